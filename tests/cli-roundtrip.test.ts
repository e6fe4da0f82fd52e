/**
 * Round trip through real files: `hoptac template` -> fill every value cell with random exact
 * decimals (some typed as Vietnamese text numbers) -> `hoptac check` accepts it -> reading the
 * workbook gives back exactly the decimals written.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { observations } from 'hoptac';
import { readWorkbook } from 'hoptac/workbook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../packages/cli/src/xlsx/index.js';
import { hoptac, hoptacJson, tempDir } from './helpers/cli.js';
import type { FindingJson } from './helpers/cli.js';

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir('hoptac-roundtrip-');
});
afterAll(() => tmp.cleanup());

/** Canonical decimal of n / 10^scale. */
function decimal(n: bigint, scale: number): string {
  const s = n.toString().padStart(scale + 1, '0');
  const int = scale === 0 ? s : s.slice(0, -scale);
  const frac = scale === 0 ? '' : s.slice(-scale).replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/** 1234567.5 -> "1.234.567,5" */
function viText(d: string): string {
  const [int, frac] = d.split('.');
  const g = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac === undefined ? g : `${g},${frac}`;
}

// at most 13 significant digits: always exact in an Excel cell
const exactDecimal = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 13n - 1n }), fc.integer({ min: 0, max: 4 }), fc.boolean()).map(([n, scale, asText]) => ({ value: decimal(n, scale), asText }));

const MONTHS = ['2017-11', '2017-12', '2018-01', '2018-02'];

describe('template -> fill -> check -> read', () => {
  it('gives back exactly the decimals written', async () => {
    const template = join(tmp.dir, 'template.xlsx');
    const made = await hoptac(['template', '--boards', 'DN,LD', '--from', '2017-11', '--to', '2018-02', '--out', template]);
    expect(made.code).toBe(0);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(exactDecimal, { minLength: 2 * 22 * 4, maxLength: 2 * 22 * 4 }), async (values) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(template);
        const written = new Map<string, string>();
        let k = 0;
        for (const board of ['DN', 'LD']) {
          const ws = wb.getWorksheet(board)!;
          ws.eachRow((row, r) => {
            const code = row.getCell(1).value;
            if (r <= 4 || typeof code !== 'string' || code === '') return;
            MONTHS.forEach((month, i) => {
              const v = values[k++]!;
              row.getCell(5 + i).value = v.asText ? viText(v.value) : Number(v.value);
              written.set(`${board}|${code}|${month}`, v.value);
            });
          });
        }
        expect(written.size).toBe(2 * 22 * 4);
        const filled = join(tmp.dir, `filled-${run++}.xlsx`);
        await wb.xlsx.writeFile(filled);

        const check = await hoptacJson<{ ok: boolean; findings: FindingJson[] }>(['check', filled]);
        expect(check.code).toBe(0);
        expect(check.json.ok).toBe(true);
        // random figures break part <= whole by chance: ratio-parts, and the built-in rule on
        // workers from other provinces (a warning); nothing else
        expect(check.json.findings.every((f) => f.code === 'text-number' || f.code === 'ratio-parts' || (f.code === 'rule-violated' && f.severity === 'warning'))).toBe(true);

        const model = readWorkbook(await readXlsx(filled));
        const read = new Map<string, string | null>();
        for (const o of observations(model.observations)) read.set(`${o.board}|${o.indicator}|${o.month}`, o.value);
        expect(read).toEqual(written);
      }),
      { numRuns: 4 },
    );
  });
});
