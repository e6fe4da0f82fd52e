/**
 * `hoptac explain` and the scripts' `explainFile` on the example workbook: every input is checked
 * against the cell it names, read with exceljs (month columns found from their headers, a board's
 * own unit scaled by hand), and the figure against a BigInt sum of those cells (helpers/exact.ts).
 * Then the refusals (unknown indicator, board, measure, period), each in Vietnamese and English,
 * and a workbook with errors.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainFile } from '../packages/cli/src/api/index.js';
import type { ExplainJson, ExplanationJson } from '../packages/cli/src/api/index.js';
import { EXAMPLE, hoptac, hoptacJson, tempDir } from './helpers/cli.js';
import { ZERO, add, exact, percent, shiftDown, text } from './helpers/exact.js';
import type { Exact } from './helpers/exact.js';

const BOARDS = ['DN', 'LD', 'BP'];
let book: ExcelJS.Workbook;
let tmp: { dir: string; cleanup: () => void };
beforeAll(async () => {
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(EXAMPLE);
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

/** A header's month (`Tháng 10/2017`, `T10/2017`, `Tháng 10 năm 2017`, `2017-10`) as `2017-10`, or undefined. */
function headerMonth(v: unknown): string | undefined {
  const s = String(v ?? '');
  const a = /^(?:Tháng |T)(\d{1,2})(?:\/| năm )(\d{4})$/.exec(s);
  if (a !== null) return `${a[2]}-${a[1]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}$/.test(s) ? s : undefined;
}

/** The decimal text a cell holds (a number, a formula's cached result, or Vietnamese number text). */
function cellText(v: ExcelJS.CellValue): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.replace(/\./g, '').replace(',', '.');
  if (v !== null && typeof v === 'object' && 'result' in v) return String(v.result);
  throw new Error(`not a number: ${JSON.stringify(v)}`);
}

/** The cells a board wrote for an indicator's months, found on its sheet without the library: A1 ref and exact value in the catalogue unit. */
function boardCells(board: string, indicator: string, months: readonly string[]): { ref: string; value: Exact }[] {
  const ws = book.getWorksheet(board)!;
  let row = 0;
  let header = 0;
  ws.eachRow((r, i) => {
    if (r.getCell(1).value === indicator) row = i;
    if (header === 0 && headerMonth(r.getCell(5).value) !== undefined) header = i;
  });
  expect([row > 0, header > 0]).toEqual([true, true]);
  const scaled = String(ws.getCell(row, 3).value).startsWith('nghìn'); // nghìn USD: 1000 × the catalogue's triệu USD
  return months.map((m) => {
    let col = 0;
    ws.getRow(header).eachCell((c, k) => {
      if (headerMonth(c.value) === m) col = k;
    });
    expect(col, `${board} ${m}`).toBeGreaterThan(0);
    const cell = ws.getCell(row, col);
    const v = exact(cellText(cell.value));
    return { ref: `${board}!${cell.address}`, value: scaled ? shiftDown(v, 3) : v };
  });
}

const sum = (xs: readonly { value: Exact }[]) => text(xs.reduce((a, x) => add(a, x.value), ZERO));
const Q4 = ['2017-10', '2017-11', '2017-12'];
const refs = (f: ExplanationJson) => f.inputs.map((i) => `${i.sheet!}!${i.cell!}`);

describe('hoptac explain: a sum over boards and months', () => {
  it('--json: every input names its cell and holds its value; the figure is their exact sum (LD writes nghìn USD)', async () => {
    const { code, json } = await hoptacJson<ExplainJson>(['explain', EXAMPLE, '--period', 'Quý IV/2017', '--indicator', 'fdi_capital_new']);
    expect(code).toBe(0);
    const cells = BOARDS.flatMap((b) => boardCells(b, 'fdi_capital_new', Q4));
    const f = json.figure!;
    expect(f).toMatchObject({ indicator: 'fdi_capital_new', board: 'ALL', measure: 'value', period: '2017-Q4', unit: 'triệu USD', status: 'ok', rule: 'sum-of-boards', missing: null, parts: null });
    expect(refs(f)).toEqual(cells.map((c) => c.ref));
    expect(f.inputs.map((i) => i.value)).toEqual(cells.map((c) => text(c.value)));
    expect(f.inputs.map((i) => `${i.board} ${i.month!}`)).toEqual(BOARDS.flatMap((b) => Q4.map((m) => `${b} ${m}`)));
    expect(f.value).toBe(sum(cells));
    expect(f.text).toBe('Cộng số liệu của tất cả các đơn vị.');
    expect(json.findings.every((x) => x.severity === 'warning')).toBe(true);
  });

  it('text, vi and en: the rule, the value, and one line per input with board, month, value and source cell', async () => {
    const cells = boardCells('DN', 'export_value', Q4);
    const total = sum(cells); // DN's 2017-Q4 exports
    const group = (v: string, lang: 'vi' | 'en') => {
      const [i, f] = v.split('.');
      const g = i!.replace(/\B(?=(\d{3})+$)/g, lang === 'vi' ? '.' : ',');
      return f === undefined ? g : `${g}${lang === 'vi' ? ',' : '.'}${f}`;
    };
    for (const lang of ['vi', 'en'] as const) {
      const r = await hoptac(['explain', EXAMPLE, '--period', '2017-Q4', '--indicator', 'export_value', '--board', 'DN', '--lang', lang]);
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[1]).toBe(lang === 'vi' ? 'Kim ngạch xuất khẩu (triệu USD) [export_value] · DN · Kỳ này' : 'exports (triệu USD) [export_value] · DN · Period');
      expect(lines[2]).toBe(`${lang === 'vi' ? 'Giá trị' : 'Value'}: ${group(total, lang)} triệu USD`);
      expect(lines[3]).toBe(lang === 'vi' ? 'Cách tính: Chỉ tiêu lưu lượng: cộng các tháng từ 2017-10 đến 2017-12.' : 'Rule: Flow: the sum of the months 2017-10 to 2017-12.');
      const rows = lines.slice(6, 9).map((l) => l.trim().split(/\s{2,}/));
      expect(rows).toEqual(
        cells.map((c, k) => ['DN', lang === 'vi' ? `Tháng ${10 + k}/2017` : `${['October', 'November', 'December'][k]!} 2017`, group(text(c.value), lang), c.ref]),
      );
    }
  });

  it('a ratio: both parts explained, rounded once from the exact sums', async () => {
    const { json } = await hoptacJson<ExplainJson>(['explain', EXAMPLE, '--period', '2017-Q4', '--indicator', 'occupancy_rate']);
    const f = json.figure!;
    const leased = BOARDS.flatMap((b) => boardCells(b, 'leased_land_area', ['2017-12'])); // stocks: the quarter's last month
    const leasable = BOARDS.flatMap((b) => boardCells(b, 'industrial_land_area', ['2017-12']));
    expect(f).toMatchObject({ rule: 'ratio-of-parts', unit: '%', inputs: [] });
    expect(refs(f.parts![0])).toEqual(leased.map((c) => c.ref));
    expect(refs(f.parts![1])).toEqual(leasable.map((c) => c.ref));
    expect(f.rounding).toEqual({ numerator: sum(leased), denominator: sum(leasable), multiplier: '100', decimals: 2 });
    expect(f.value).toBe(percent(exact(sum(leased)), exact(sum(leasable)), 2));
  });

  it('a missing month: named, with every input there is; an indicator chosen by its name', async () => {
    const r = await explainFile(EXAMPLE, { period: '2018-Q4', indicator: 'Kim ngạch xuất khẩu', board: 'BP', lang: 'en' });
    const f = r.figure!;
    expect(f).toMatchObject({ indicator: 'export_value', value: null, status: 'missing', missing: { count: 1, items: [{ board: 'BP', indicator: 'export_value', what: 'month', month: '2018-11', year: null }] } });
    expect(refs(f)).toEqual(boardCells('BP', 'export_value', ['2018-10', '2018-12']).map((c) => c.ref));
    const t = await hoptac(['explain', EXAMPLE, '--period', '2018-Q4', '--indicator', 'export_value', '--board', 'BP', '--lang', 'en']);
    expect(t.stdout).toContain('Missing (1): BP November 2018');
  });

  it('a target no board has: no plan, said in words, nothing missing', async () => {
    const r = await explainFile(EXAMPLE, { period: '2017-Q4', indicator: 'workers_total', measure: 'target' });
    expect(r.figure).toMatchObject({ status: 'no-plan', value: null, missing: null, inputs: [], rule: 'target-of-year' });
    const t = await hoptac(['explain', EXAMPLE, '--period', '2017-Q4', '--indicator', 'workers_total', '--measure', 'target']);
    expect(t.stdout).toContain('Không có kế hoạch: không đơn vị nào có kế hoạch năm cho chỉ tiêu này');
  });
});

describe('hoptac explain: refusals and errors', () => {
  const cases = [
    { args: ['--indicator', 'nope'], code: 'unknown-indicator', vi: 'sổ số liệu không có chỉ tiêu "nope"', en: 'the workbook has no indicator "nope"' },
    { args: ['--indicator', 'export_value', '--board', 'XX'], code: 'unknown-board', vi: 'sổ số liệu không có đơn vị "XX". Các mã đơn vị: DN, LD, BP, ALL.', en: 'the workbook has no board "XX". Board codes: DN, LD, BP, ALL.' },
    { args: ['--indicator', 'occupancy_rate', '--measure', 'target'], code: 'invalid-measure', vi: 'chỉ tiêu này không có số đo "target"', en: 'this indicator has no measure "target"' },
    { args: ['--indicator', 'export_value', '--measure', 'average'], code: 'invalid-measure', vi: 'không có số đo "average"', en: 'has no measure "average"' },
  ];
  for (const c of cases) {
    it(`${c.code} (${c.args.join(' ')}): exit 2, one line in vi and en, a CliError for scripts`, async () => {
      for (const lang of ['vi', 'en'] as const) {
        const r = await hoptac(['explain', EXAMPLE, '--period', '2017-Q4', ...c.args, '--lang', lang]);
        expect([r.code, r.stdout]).toEqual([2, '']);
        expect(r.stderr.split('\n')[0]).toContain(c[lang]);
      }
      const opts = Object.fromEntries([['period', '2017-Q4'], ...c.args.map((a, i) => (i % 2 === 0 ? [a.slice(2), c.args[i + 1]] : [])).filter((x) => x.length > 0)]) as { period: string; indicator: string };
      await expect(explainFile(EXAMPLE, opts)).rejects.toMatchObject({ name: 'CliError', code: c.code });
    });
  }

  it('a bad period and a missing option are usage errors (exit 2)', async () => {
    expect((await hoptac(['explain', EXAMPLE, '--period', '2017-Q9', '--indicator', 'export_value'])).code).toBe(2);
    await expect(explainFile(EXAMPLE, { period: '2017-Q9', indicator: 'export_value' })).rejects.toMatchObject({ code: 'invalid-period' });
    const r = await hoptac(['explain', EXAMPLE, '--indicator', 'export_value', '--lang', 'en']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'hoptac: the option --period is required.']);
    expect((await hoptac(['explain', EXAMPLE, '--period', '2017-Q4'])).code).toBe(2);
  });

  it('a workbook with errors: exit 1, no figure, its findings', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.getWorksheet('BP')!.getCell('H10').value = { error: '#REF!' } as never;
    const f = join(tmp.dir, 'errors.xlsx');
    await wb.xlsx.writeFile(f);
    const { code, json } = await hoptacJson<ExplainJson>(['explain', f, '--period', '2017-Q4', '--indicator', 'export_value']);
    expect([code, json.figure]).toEqual([1, null]);
    expect(json.findings).toContainEqual(expect.objectContaining({ severity: 'error', code: 'formula-error', sheet: 'BP', cell: 'H10' }));
    expect((await hoptac(['explain', f, '--period', '2017-Q4', '--indicator', 'export_value'])).code).toBe(1);
  });
});
