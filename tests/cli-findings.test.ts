/**
 * The bad-input corpus: every finding code of format 1 (and hoptac's own), planted at a known cell
 * of a real .xlsx file, must be reported there by `hoptac check --json` (or `consolidate`), with
 * the exit code its severity implies. The workbooks are built here from one small valid base
 * (tests/helpers/workbooks.ts), one problem each.
 */
import { FINDING_CODES, FINDING_SEVERITY } from 'hoptac/workbook';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoptacJson, tempDir } from './helpers/cli.js';
import type { FindingJson } from './helpers/cli.js';
import { partText, patchPackage, plant, setPartText, sheet, sheetPart } from './helpers/workbooks.js';
import type { Parts } from './helpers/workbooks.js';
import type { BaseOptions } from './helpers/workbooks.js';

interface Plant {
  readonly code: string;
  readonly why: string;
  readonly mutate: (wb: ExcelJS.Workbook) => void;
  /** where it must be reported: [sheet, cell], null when absent */
  readonly at: readonly [string | null, string | null];
  readonly options?: BaseOptions;
  /** run `consolidate --period` instead of `check` */
  readonly period?: string;
  /** a change to the saved package that exceljs cannot express (a repeated cell, a sheet without r:id) */
  readonly zip?: (parts: Parts) => void;
}

const INDICATORS_HEADER = ['code', 'name_vi', 'name_en', 'unit', 'kind', 'numerator', 'denominator', 'decimals'];

const CORPUS: readonly Plant[] = [
  { code: 'missing-sheet', why: "a listed board's sheet is absent (reported at its code in Boards)", mutate: (wb) => wb.removeWorksheet(sheet(wb, 'LD').id), at: ['Boards', 'A3'] },
  { code: 'missing-sheet', why: 'Boards is absent', mutate: (wb) => wb.removeWorksheet(sheet(wb, 'Boards').id), at: [null, null] },
  { code: 'unknown-sheet', why: 'a board-like sheet no board names', mutate: (wb) => wb.addWorksheet('HN').addRow(['code', 'indicator', 'unit', '2017-01']), at: ['HN', 'A1'] },
  { code: 'bad-header', why: 'the unit column is missing (reported where it is to be added)', mutate: (wb) => (sheet(wb, 'DN').getCell('C1').value = 'xyz'), at: ['DN', 'H1'] },
  { code: 'duplicate-board', why: 'DN listed twice', mutate: (wb) => sheet(wb, 'Boards').addRow(['DN', 'again', 'Đồng Nai', 'KCN', '']), at: ['Boards', 'A4'] },
  { code: 'unknown-indicator', why: 'a code not in the catalogue', mutate: (wb) => (sheet(wb, 'DN').getCell('A5').value = 'foo_bar'), at: ['DN', 'A5'] },
  { code: 'duplicate-indicator', why: 'workers_total twice on one sheet', mutate: (wb) => (sheet(wb, 'DN').getCell('A6').value = 'workers_total'), at: ['DN', 'A6'] },
  { code: 'duplicate-indicator', why: 'a code twice in Indicators', mutate: (wb) => indicators(wb, [['workers_total', 'người', 'stock']]), at: ['Indicators', 'A7'] },
  { code: 'bad-period-header', why: 'Tháng 13/2017 among the month columns', mutate: (wb) => (sheet(wb, 'DN').getCell('F1').value = 'Tháng 13/2017'), at: ['DN', 'F1'] },
  { code: 'duplicate-period', why: 'two columns for 2017-02', mutate: (wb) => (sheet(wb, 'DN').getCell('G1').value = 'T2/2017'), at: ['DN', 'G1'] },
  { code: 'not-a-number', why: 'text that spells no number', mutate: (wb) => (sheet(wb, 'DN').getCell('E2').value = 'mười'), at: ['DN', 'E2'] },
  { code: 'formula-error', why: 'a formula whose cached value is #DIV/0!', mutate: (wb) => (sheet(wb, 'DN').getCell('F2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue), at: ['DN', 'F2'] },
  { code: 'text-number', why: '"30,5" typed as text', mutate: (wb) => (sheet(wb, 'DN').getCell('G2').value = '30,5'), at: ['DN', 'G2'] },
  { code: 'unit-converted', why: 'nghìn USD for triệu USD', mutate: (wb) => (sheet(wb, 'LD').getCell('C2').value = 'nghìn USD'), at: ['LD', 'C2'] },
  { code: 'unit-mismatch', why: 'USD for người', mutate: (wb) => (sheet(wb, 'LD').getCell('C5').value = 'USD'), at: ['LD', 'C5'] },
  { code: 'negative-stock', why: 'workers below zero', mutate: (wb) => (sheet(wb, 'LD').getCell('E5').value = -3), at: ['LD', 'E5'] },
  { code: 'ratio-parts', why: 'leased land above leasable land (occupancy over 100 %)', mutate: (wb) => (sheet(wb, 'DN').getCell('F4').value = 150), at: ['DN', 'F4'] },
  { code: 'precision-loss', why: 'a number with 17 significant digits', mutate: (wb) => (sheet(wb, 'DN').getCell('E3').value = Number('12345678901234567')), at: ['DN', 'E3'] },
  { code: 'missing-value', why: 'LD left February blank, DN reported it', mutate: (wb) => (sheet(wb, 'LD').getCell('F2').value = null), at: ['LD', 'F2'] },
  { code: 'merged-cell', why: 'a merged range in the data', mutate: (wb) => sheet(wb, 'DN').mergeCells('E5:F5'), at: ['DN', 'E5'] },
  { code: 'no-cached-value', why: 'a formula saved without its result', mutate: (wb) => (sheet(wb, 'DN').getCell('E6').value = { formula: 'E5*0.01' } as ExcelJS.CellFormulaValue), at: ['DN', 'E6'] },
  { code: 'date-value', why: 'a date in a value cell', mutate: (wb) => (sheet(wb, 'DN').getCell('F6').value = new Date(Date.UTC(2017, 0, 5))), at: ['DN', 'F6'] },
  { code: 'boolean-value', why: 'TRUE in a value cell', mutate: (wb) => (sheet(wb, 'DN').getCell('G6').value = true), at: ['DN', 'G6'] },
  { code: 'hidden-row', why: 'a hidden row holding data', mutate: (wb) => (sheet(wb, 'DN').getRow(6).hidden = true), at: ['DN', 'A6'] },
  { code: 'reserved-sheet-name', why: 'a sheet named __proto__', mutate: (wb) => wb.addWorksheet('__proto__'), at: ['__proto__', null] },
  { code: 'duplicate-sheet', why: '"DN " and "DN" name the same sheet', mutate: (wb) => wb.addWorksheet('DN ').addRow(['code']), at: ['DN ', null] },
  { code: 'bad-board', why: 'zone_kind XYZ', mutate: (wb) => (sheet(wb, 'Boards').getCell('D3').value = 'XYZ'), at: ['Boards', 'D3'] },
  { code: 'bad-board', why: 'a code with lower-case letters', mutate: (wb) => sheet(wb, 'Boards').addRow(['hn', 'Hà Nội', 'Hà Nội', 'KCN', '']), at: ['Boards', 'A4'] },
  {
    code: 'no-boards',
    why: 'Boards with a header and no board',
    mutate: (wb) => {
      wb.removeWorksheet(sheet(wb, 'Boards').id);
      wb.addWorksheet('Boards').addRow(['code', 'name', 'province', 'zone_kind', 'focal_unit']);
    },
    at: ['Boards', 'A1'],
  },
  { code: 'bad-target', why: 'a target for an unknown board', mutate: (wb) => (sheet(wb, 'Targets').getCell('A2').value = 'ZZ'), at: ['Targets', 'A2'] },
  { code: 'bad-setting', why: 'number_format fr', mutate: (wb) => (sheet(wb, 'Settings').getCell('B2').value = 'fr'), at: ['Settings', 'B2'] },
  { code: 'unknown-setting', why: 'a key format 1 does not know', mutate: (wb) => sheet(wb, 'Settings').addRow(['currency', 'VND']), at: ['Settings', 'A3'] },
  { code: 'bad-indicator', why: 'an Indicators row with kind "weird"', mutate: (wb) => indicators(wb, [['bad_one', 'ha', 'weird']]), at: ['Indicators', 'E7'] },
  { code: 'blank-unit', why: 'a board row without its unit', mutate: (wb) => (sheet(wb, 'DN').getCell('C3').value = null), at: ['DN', 'C3'] },
  { code: 'ratio-reported', why: 'a row for occupancy_rate', mutate: (wb) => sheet(wb, 'DN').addRow(['occupancy_rate', 'Tỷ lệ lấp đầy', '%', null, 50, 60, 70]), at: ['DN', 'A7'] },
  { code: 'opening-not-flow', why: 'an opening on a stock row', mutate: (wb) => (sheet(wb, 'DN').getCell('D3').value = 5), at: ['DN', 'D3'] },
  { code: 'name-mismatch', why: "workers_total's row named as foreign workers", mutate: (wb) => (sheet(wb, 'DN').getCell('B5').value = 'Lao động nước ngoài'), at: ['DN', 'B5'] },
  { code: 'row-without-code', why: 'values on a row with a blank code', mutate: (wb) => sheet(wb, 'DN').addRow([null, 'Ghi chú', null, null, 1, 2, 3]), at: ['DN', 'A7'] },
  { code: 'period-outside-data', why: 'consolidating 2019 when the sheets hold 2017', mutate: () => undefined, at: [null, null], period: '2019' },
  {
    code: 'findings-capped',
    why: '300 text numbers: details capped at 200, counts exact',
    mutate: (wb) =>
      sheet(wb, 'DN').eachRow((r, i) => {
        if (i > 1) for (let c = 5; c <= 64; c++) r.getCell(c).value = String(r.getCell(c).value);
      }),
    at: [null, null],
    options: { months: 60 },
  },
  {
    code: 'duplicate-cell',
    why: 'two <c r="F3"> in DN, the second with another value',
    mutate: () => undefined,
    zip: (parts) => {
      const part = sheetPart(parts, 'DN');
      const xml = partText(parts, part);
      const cell = /<c r="F3"[^>]*>.*?<\/c>/.exec(xml)![0];
      setPartText(parts, part, xml.replace(cell, `${cell}<c r="F3"><v>1014450.595</v></c>`));
    },
    at: ['DN', 'F3'],
  },
  {
    code: 'sheet-without-part',
    why: 'a <sheet> without r:id, as Excel 16 writes',
    mutate: () => undefined,
    zip: (parts) => setPartText(parts, 'xl/workbook.xml', partText(parts, 'xl/workbook.xml').replace('</sheets>', '<sheet name="Ghi chú" sheetId="99"/></sheets>')),
    at: ['Ghi chú', null],
  },
  { code: 'text-too-long', why: 'a board name of 40,093 characters', mutate: (wb) => (sheet(wb, 'Boards').getCell('B2').value = 'Ban Quản lý '.repeat(3341) + 'x'), at: ['Boards', 'B2'] },
];

/** Adds an Indicators sheet with the base's indicators (rows 2-6) and then `extra` rows. */
function indicators(wb: ExcelJS.Workbook, extra: readonly (readonly [string, string, string])[]): void {
  const ws = wb.addWorksheet('Indicators');
  ws.addRow(INDICATORS_HEADER);
  const base: (readonly [string, string, string])[] = [
    ['fdi_capital_new', 'triệu USD', 'flow'],
    ['industrial_land_area', 'ha', 'stock'],
    ['leased_land_area', 'ha', 'stock'],
    ['workers_total', 'người', 'stock'],
    ['workers_foreign', 'người', 'stock'],
  ];
  for (const [code, unit, kind] of [...base, ...extra]) ws.addRow([code, code, code, unit, kind]);
}

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir('hoptac-corpus-');
});
afterAll(() => tmp.cleanup());

describe('the base workbook', () => {
  it('is clean: check exits 0 with no finding', async () => {
    const path = await plant(tmp.dir, 'base', () => undefined);
    const { code, json } = await hoptacJson<{ ok: boolean; findings: FindingJson[] }>(['check', path]);
    expect({ code, json }).toEqual({ code: 0, json: { ok: true, findings: [], counts: { errors: 0, warnings: 0, byCode: {} } } });
  });
});

describe('every finding code, planted at a known cell of a real .xlsx file', () => {
  it('covers every code the library knows', () => {
    expect(new Set(CORPUS.map((p) => p.code))).toEqual(new Set(FINDING_CODES));
  });

  it.each(CORPUS.map((p, i) => [p.code, p.why, i] as const))('%s (%s)', async (code, _why, i) => {
    const p = CORPUS[i]!;
    const path = await plant(tmp.dir, `case-${i}-${code}`, p.mutate, p.options);
    if (p.zip !== undefined) await patchPackage(path, p.zip);
    const args = p.period === undefined ? ['check', path] : ['consolidate', path, '--period', p.period];
    const { code: exit, json } = await hoptacJson<{ ok?: boolean; findings: FindingJson[] }>(args);
    const hits = json.findings.filter((f) => f.code === code);
    expect(hits.map((f) => [f.sheet, f.cell]), JSON.stringify(json.findings.map((f) => [f.code, f.sheet, f.cell]))).toContainEqual([...p.at]);
    const severity = FINDING_SEVERITY.get(code as never)!;
    for (const f of hits) {
      expect(f.severity).toBe(severity);
      expect(f.message.length).toBeGreaterThan(20);
    }
    const errors = json.findings.filter((f) => f.severity === 'error').length;
    expect(exit).toBe(errors > 0 ? 1 : 0);
    if (severity === 'error') expect(exit).toBe(1);
    if (json.ok !== undefined) expect(json.ok).toBe(errors === 0);
  });

  it('findings-capped keeps counting: the capped code is listed 200 times, and the note gives the exact count', async () => {
    const p = CORPUS.find((x) => x.code === 'findings-capped')!;
    const path = await plant(tmp.dir, 'capped-again', p.mutate, p.options);
    const { json } = await hoptacJson<{ findings: FindingJson[] }>(['check', path, '--lang', 'en']);
    expect(json.findings.filter((f) => f.code === 'text-number')).toHaveLength(200);
    expect(json.findings.find((f) => f.code === 'findings-capped')!.message).toMatch(/text-number: 300/);
  });
});
