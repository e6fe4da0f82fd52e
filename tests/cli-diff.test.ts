/**
 * Golden tests of `hoptac diff` on two copies of the example workbook: the revised copy written by
 * examples/make-revised.mjs (its edits listed as data), and an estimated copy whose December 2018
 * column on DN carries the estimate mark. Expected changes come from the edits and the generator's
 * own data; cells from a plain scan of the files' grids; figures that moved from a BigInt sum.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRevisedWorkbook, MOVED, REVISIONS } from '../examples/make-revised.mjs';
import { MONTHS, workbookData } from '../examples/workbook-data.mjs';
import { diffFiles } from '../packages/cli/src/api/diff.js';
import { CompareFileError, compareIsolated } from '../packages/cli/src/compare.js';
import { readXlsx } from '../packages/cli/src/xlsx/index.js';
import { EXAMPLE, hoptac, hoptacJson, tempDir } from './helpers/cli.js';
import { estimatedExample } from './helpers/workbooks.js';
import type { RowJson } from './helpers/cli.js';
import { add, exact, text } from './helpers/exact.js';

interface ChangeJson {
  kind: string;
  board: string;
  indicator: string;
  month?: string;
  year?: number;
  before: string | null;
  after: string | null;
  sheet: string | null;
  cell: string | null;
}
interface DiffJson {
  ok: boolean;
  changes: ChangeJson[];
  affected: { indicator: string; board: string; measure: string; period: string; before: string | null; after: string | null }[];
  findings: { file: string; severity: string; code: string; sheet: string | null; cell: string | null; message: string }[];
}

const data = workbookData();
let tmp: { dir: string; cleanup: () => void };
let revised: string;
let estimated: string;

type Grid = Awaited<ReturnType<typeof readXlsx>>;
/** The A1 cell of (indicator, month) on a board sheet, by a plain scan: the row whose column A is the code, the column E + month's place. */
function cellIn(grid: Grid, board: string, indicator: string, month?: string, col?: number): string {
  const sheet = grid.sheets.find((s) => s.name === board)!;
  const r = sheet.rows.findIndex((row) => row?.[0]?.kind === 'text' && row[0].value === indicator);
  const c = col ?? 4 + MONTHS.indexOf(month!);
  let name = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${r + 1}`;
}

beforeAll(async () => {
  tmp = tempDir('hoptac-diff-');
  revised = join(tmp.dir, 'revised.xlsx');
  writeFileSync(revised, await makeRevisedWorkbook());
  // the estimated copy: DN's December 2018 header (a date cell in the example) typed as a marked month
  estimated = await estimatedExample(EXAMPLE, tmp.dir);
});

afterAll(() => tmp?.cleanup());

describe('hoptac diff: the example workbook and its revised copy', () => {
  it('reports exactly the edits, located in the new copy (the old one for a removed value), grouped by board', async () => {
    const { code, json } = await hoptacJson<DiffJson>(['diff', EXAMPLE, revised]);
    expect(code).toBe(0);
    expect(json.ok).toBe(true);
    expect(Object.keys(json)).toEqual(['ok', 'changes', 'affected', 'findings']);
    const oldGrid = await readXlsx(EXAMPLE);
    const newGrid = await readXlsx(revised);
    const targetRow = newGrid.sheets.find((s) => s.name === 'Targets')!.rows.findIndex((r) => r?.[0]?.value === 'DN' && r[1]?.value === 'export_value' && r[2]?.value === '2018');
    const expected = REVISIONS.map((r) => ({
      kind: r.kind,
      board: r.board,
      indicator: r.indicator,
      ...(r.month === undefined ? {} : { month: r.month }),
      ...(r.year === undefined ? {} : { year: r.year }),
      before: r.before,
      after: r.after,
      sheet: r.kind === 'target' ? 'Targets' : r.board,
      cell:
        r.kind === 'target'
          ? `D${targetRow + 1}`
          : r.kind === 'unit'
            ? cellIn(newGrid, r.board, r.indicator, undefined, 2)
            : cellIn(r.kind === 'removed' ? oldGrid : newGrid, r.board, r.indicator, r.month),
    }));
    const key = (c: ChangeJson) => `${c.kind} ${c.board} ${c.indicator}`;
    expect([...json.changes].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    // grouped by board in the Boards order
    const order = ['DN', 'LD', 'BP'];
    const boards = json.changes.map((c) => c.board);
    expect(boards).toEqual([...boards].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    // the moved LD rows really moved
    expect(cellIn(oldGrid, MOVED.board, MOVED.rows[0]!, '2018-01')).not.toBe(cellIn(newGrid, MOVED.board, MOVED.rows[0]!, '2018-01'));
  });

  it('affected: the figures the edits moved for the latest complete month and its year, by an independent sum', async () => {
    const { json } = await hoptacJson<DiffJson>(['diff', EXAMPLE, revised]);
    const periods = [...new Set(json.affected.map((a) => a.period))];
    expect(periods).toEqual(['2018-12', '2018']);
    // every figure that moved is of an edited indicator
    const touched = new Set(REVISIONS.filter((r) => r.kind !== 'unit').map((r) => r.indicator));
    expect(json.affected.every((a) => touched.has(a.indicator))).toBe(true);
    // DN's 2018 exports: the year's sum before, plus the correction after
    const dn = data.rows.find((r) => r.board === 'DN' && r.indicator === 'export_value')!;
    const sum = dn.cells.filter((c) => c.month.startsWith('2018')).reduce((acc, c) => add(acc, exact(c.value!)), exact('0'));
    const rev = REVISIONS.find((r) => r.kind === 'revised')!;
    const after = add(add(sum, exact(rev.after!)), exact(`-${rev.before!}`));
    expect(json.affected.find((a) => a.period === '2018' && a.indicator === 'export_value' && a.board === 'DN' && a.measure === 'value')).toEqual({
      indicator: 'export_value', board: 'DN', measure: 'value', period: '2018', before: text(sum), after: text(after),
    });
    // BP's missing November made every 2018 total of exports missing; filled in, they are numbers
    const all = json.affected.find((a) => a.period === '2018' && a.indicator === 'export_value' && a.board === 'ALL' && a.measure === 'value')!;
    expect(all.before).toBeNull();
    expect(all.after).not.toBeNull();
    // --period narrows it to that period
    const q4 = await hoptacJson<DiffJson>(['diff', EXAMPLE, revised, '--period', 'Quý IV/2018']);
    expect([...new Set(q4.json.affected.map((a) => a.period))]).toEqual(['2018-Q4']);
  });

  it('a workbook against itself: no change, exit 0', async () => {
    const { code, json } = await hoptacJson<DiffJson>(['diff', EXAMPLE, EXAMPLE]);
    expect(code).toBe(0);
    expect(json.changes).toEqual([]);
    expect(json.affected).toEqual([]);
  });

  it('the text report: grouped by board, in Vietnamese or English', async () => {
    const vi = await hoptac(['diff', EXAMPLE, revised]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('5 thay đổi');
    expect(vi.stdout.indexOf('\nDN (')).toBeLessThan(vi.stdout.indexOf('\nLD ('));
    expect(vi.stdout.indexOf('\nLD (')).toBeLessThan(vi.stdout.indexOf('\nBP ('));
    expect(vi.stdout).toContain('nghìn USD → triệu USD');
    const en = await hoptac(['diff', EXAMPLE, revised, '--lang', 'en']);
    expect(en.stdout).toContain('5 changes');
    expect(en.stdout).toContain('Consolidated figures that moved');
  });

  it('diffFiles gives what diff --json prints', async () => {
    const { json } = await hoptacJson<DiffJson>(['diff', EXAMPLE, revised]);
    expect(JSON.parse(JSON.stringify(await diffFiles(EXAMPLE, revised)))).toEqual(json);
  });
});

describe('hoptac diff: estimates made final', () => {
  it('every DN value of a marked December 2018 is finalized, at the same value', async () => {
    const { code, json } = await hoptacJson<DiffJson>(['diff', estimated, EXAMPLE]);
    expect(code).toBe(0);
    const grid = await readXlsx(EXAMPLE);
    const stored = new Set(['occupancy_rate']); // a ratio row: checked, never stored
    const expected = data.rows
      .filter((r) => r.board === 'DN' && !stored.has(r.indicator))
      .map((r) => ({ r, c: r.cells.find((c) => c.month === '2018-12')! }))
      .filter(({ c }) => c.value !== null)
      .map(({ r, c }) => ({ kind: 'finalized', board: 'DN', indicator: r.indicator, month: '2018-12', before: c.value, after: c.value, sheet: 'DN', cell: cellIn(grid, 'DN', r.indicator, '2018-12') }));
    const key = (c: { indicator: string }) => c.indicator;
    expect([...json.changes].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
  });

  it('consolidate --json marks figures built from the estimate, and only those', async () => {
    const { json } = await hoptacJson<{ rows: RowJson[] }>(['consolidate', estimated, '--period', '2018-12']);
    const flagged = json.rows.filter((r) => (r as RowJson & { estimated?: boolean }).estimated === true);
    expect(flagged.length).toBeGreaterThan(0);
    // DN's and ALL's December figures carry the mark; no LD or BP figure does
    expect(flagged.some((r) => r.board === 'DN' && r.indicator === 'export_value' && r.measure === 'value')).toBe(true);
    expect(flagged.some((r) => r.board === 'ALL' && r.indicator === 'export_value' && r.measure === 'value')).toBe(true);
    expect(flagged.filter((r) => r.board === 'LD' || r.board === 'BP')).toEqual([]);
    // last year's figure for DN does not use December 2018
    expect(flagged.some((r) => r.board === 'DN' && r.measure === 'same_period_last_year')).toBe(false);
  });
});

describe('hoptac diff: exit codes and errors', () => {
  it('2 when a file cannot be read, naming which', async () => {
    const missing = await hoptac(['diff', EXAMPLE, join(tmp.dir, 'nope.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.xlsx');
    const bad = join(tmp.dir, 'not-a-workbook.xlsx');
    writeFileSync(bad, 'hello');
    const r = await hoptac(['diff', bad, EXAMPLE, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not-a-workbook.xlsx');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('2 when only the new file cannot be read, or both: the new one named, or the old one (its worker does not wait on the other)', async () => {
    const bad = join(tmp.dir, 'broken-zip.xlsx');
    writeFileSync(bad, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]));
    const newBad = await hoptac(['diff', EXAMPLE, bad, '--lang', 'en']);
    expect(newBad.code).toBe(2);
    expect(newBad.stderr).toContain('broken-zip.xlsx');
    expect(newBad.stderr).not.toContain('example');
    const other = join(tmp.dir, 'other-bad.xlsx');
    writeFileSync(other, 'hello');
    const both = await hoptac(['diff', other, bad, '--lang', 'en']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('other-bad.xlsx');
    expect(both.stderr).not.toContain('broken-zip.xlsx');
  });

  it('the time limit stops both readers and names the old file', async () => {
    const e = await compareIsolated({ old: EXAMPLE, new: revised }, { timeoutMs: 1 }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(CompareFileError);
    expect((e as CompareFileError).which).toBe('old');
    expect((e as CompareFileError).error.code).toBe('timeout');
  });

  it('1 when either file has errors, with the findings of both', async () => {
    const broken = join(tmp.dir, 'broken.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(revised);
    const ld = wb.getWorksheet('LD')!;
    let row = 0;
    ld.eachRow((r) => {
      if (row === 0 && r.getCell(1).value === 'workers_total') row = r.number;
    });
    ld.getRow(row).getCell(6).value = 'abc';
    writeFileSync(broken, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { code, json } = await hoptacJson<DiffJson>(['diff', EXAMPLE, broken]);
    expect(code).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.affected).toEqual([]);
    expect(json.findings.some((f) => f.file === 'new' && f.code === 'not-a-number' && f.sheet === 'LD' && f.cell === `F${row}`)).toBe(true);
    expect(json.findings.filter((f) => f.file === 'old' && f.severity === 'error')).toEqual([]);
  });

  it('usage: two files are needed', async () => {
    const r = await hoptac(['diff', EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hai tệp');
    expect((await hoptac(['diff', '--help'])).stdout).toContain('hoptac diff');
  });
});
