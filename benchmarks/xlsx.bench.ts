// npm run bench:xlsx: how fast the guarded .xlsx reader gets through hostile and awkward files.
// The tests bound the same cases by work (bytes zlib may produce, cells emitted, pieces scanned);
// the times, which depend on the machine and its load, are measured here, never in a test.
// Targets (one unloaded run of the 2-core machine class): each case at most its target below.
//
//   npx tsx benchmarks/xlsx.bench.ts [--runs N]
import { cpus, loadavg } from 'node:os';
import * as zlib from 'node:zlib';
import { readXlsx } from '../packages/cli/src/xlsx/index.js';
import { entriesOf, makeXlsx, rawZip } from '../tests/helpers/make-xlsx.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 3) || 3;

const SHEET = '<row r="1"><c r="A1"><v>1</v></c></row>';
const good = makeXlsx({ sheets: [{ name: 'S', xml: SHEET }] });
const zeros = new Uint8Array(zlib.deflateRawSync(Buffer.alloc(50 * 1024 * 1024)));
const bomb = (size: number) => rawZip(entriesOf(good).map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, method: 8, data: zeros, size, crc: 0 } : e)));
const long = makeXlsx({ sheets: [{ name: 'S', xml: `<row r="1"><c r="A1" t="str"><f>X</f><v>${'ab&amp;\r\n'.repeat(2_000_000)}</v></c></row>` }] });
const huge =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
  '<dataValidations count="2"><dataValidation type="list" sqref="A:A"><formula1>"a,b"</formula1></dataValidation><dataValidation type="decimal" sqref="A1:XFD1048576"/></dataValidations>' +
  '<conditionalFormatting sqref="1:1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting></worksheet>';
const dimension = makeXlsx({ sheets: [{ name: 'S', xml: huge }] });

const cases: { name: string; targetMs: number; run: () => Promise<unknown> }[] = [
  { name: '8 M characters of text in one cell (18 MB of XML)', targetMs: 4000, run: () => readXlsx(long, { maxInflateRatio: 1e6 }) },
  { name: 'a whole-column validation and a huge dimension', targetMs: 200, run: () => readXlsx(dimension) },
  { name: 'a 50 MB bomb declaring 4 KB (refused)', targetMs: 1000, run: () => readXlsx(bomb(4096)).catch((e: unknown) => e) },
  { name: 'a 50 MB bomb declaring 50 MB (refused by ratio)', targetMs: 1000, run: () => readXlsx(bomb(50 * 1024 * 1024)).catch((e: unknown) => e) },
  { name: 'a 50 MB bomb declaring 2 GB (refused)', targetMs: 1000, run: () => readXlsx(bomb(2 ** 31 - 1)).catch((e: unknown) => e) },
];

console.log(`bench:xlsx — ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}, ${runs} runs each (median)`);
let met = 0;
for (const c of cases) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await c.run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const ok = median <= c.targetMs;
  if (ok) met++;
  console.log(`${ok ? 'met ' : 'MISS'} ${c.name}: median ${Math.round(median)} ms (target ≤ ${c.targetMs} ms; runs ${times.map((t) => Math.round(t)).join(', ')})`);
}
console.log(`${met} of ${cases.length} targets met`);
