/**
 * A child process for the writer's kill -9 test: writes OUT from IN with one output sheet, and
 * pauses for ever once BYTES bytes of the temporary file are written, after saying `paused` on
 * standard output. The test then kills it with SIGKILL.
 */
import { writeXlsxWithSheets } from '../../packages/cli/src/xlsx/write.js';

const [input, output, bytes] = process.argv.slice(2);
if (input === undefined || output === undefined || bytes === undefined) throw new Error('usage: IN OUT BYTES');
const rows = Array.from({ length: 20_000 }, (_, i) => [{ kind: 'text' as const, value: `row ${i} ${'x'.repeat(40)}` }, { kind: 'number' as const, value: String(i) }]);
await writeXlsxWithSheets(input, output, [{ name: 'Tổng hợp', rows }], {
  hooks: {
    afterBytes: {
      bytes: Number(bytes),
      run: () =>
        new Promise<void>(() => {
          process.stdout.write('paused\n');
          setInterval(() => undefined, 1000);
        }),
    },
  },
});
process.stdout.write('done\n');
