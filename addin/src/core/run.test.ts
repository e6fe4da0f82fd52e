import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { FINDINGS_SHEET, SUMMARY_SHEET, consolidateWorkbook, readWorkbook, latestCompleteMonth } from 'hoptac/workbook';
import type { Grid } from 'hoptac/workbook';
import { readXlsx } from '../../../packages/cli/src/xlsx/index.js';
import { FakeWorkbook, fakeSheetsOf } from '../../../tests/helpers/fake-office.js';
import type { FakeSheetInput } from '../../../tests/helpers/fake-office.js';
import { consolidateRun, validate } from './run.js';

let grid: Grid;
let sheets: FakeSheetInput[];
beforeAll(async () => {
  grid = await readXlsx(fileURLToPath(new URL('../../../examples/shared-workbook.xlsx', import.meta.url)));
  sheets = fakeSheetsOf(grid);
});

const writes = (b: FakeWorkbook) => b.ops.filter((o) => o.kind !== 'activate' && o.kind !== 'select');

describe('validate', () => {
  it('reads the workbook through Excel and finds what the command line finds, writing nothing', async () => {
    const b = new FakeWorkbook(sheets);
    const progress: string[] = [];
    const out = await validate(b.host(), { onProgress: (p) => progress.push(p.sheet) });
    const direct = readWorkbook(grid);
    expect(out.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual(direct.findings.map((f) => [f.code, f.sheet, f.cell]));
    expect(out.summary).toMatchObject({ boards: 3, errors: 0, months: { count: 48, first: '2015-01', last: '2018-12' } });
    expect(out.summary.latestComplete).toBe(latestCompleteMonth(direct));
    expect(new Set(progress)).toEqual(new Set(grid.sheets.map((s) => s.name)));
    expect(b.ops).toEqual([]);
  });
  it('says which Excel is too old', async () => {
    const b = new FakeWorkbook(sheets, { apiMinor: 6 });
    await expect(validate(b.host())).rejects.toMatchObject({ code: 'api-not-supported' });
  });
});

describe('consolidateRun', () => {
  it('consolidates the latest complete month by default and writes only its own two sheets', async () => {
    const b = new FakeWorkbook(sheets);
    const out = await consolidateRun(b.host(), { activate: true });
    const expected = consolidateWorkbook(grid, { period: latestCompleteMonth(readWorkbook(grid))! });
    expect(out.period).toBe(expected.period);
    expect(out.consolidated).toBe(true);
    expect(out.written).toEqual([SUMMARY_SHEET, FINDINGS_SHEET]);
    expect(new Set(writes(b).map((o) => o.sheet))).toEqual(new Set([SUMMARY_SHEET, FINDINGS_SHEET]));
    expect(b.ops.at(-1)).toEqual({ kind: 'activate', sheet: SUMMARY_SHEET });
    // a second run clears and rewrites the same sheets: never deleted, never added again
    const before = b.ops.length;
    await consolidateRun(b.host(), { period: '2017-Q4' });
    expect(b.ops.slice(before).filter((o) => o.kind === 'add')).toEqual([]);
    expect(b.sheets.map((s) => s.name).filter((n) => n === SUMMARY_SHEET)).toHaveLength(1);
  });

  it('stops and writes nothing when a board sheet changes between reading and writing', async () => {
    let edited = false;
    const b = new FakeWorkbook(sheets, {
      beforeSync: (n, book) => {
        // once the reading is over (the fingerprint pass starts), a colleague types into DN
        if (!edited && n > 20) {
          book.setCell('DN', 'F7', { v: 99, t: 'Double', nf: 'General' });
          edited = true;
        }
      },
    });
    await expect(consolidateRun(b.host(), { period: '2017-Q4' })).rejects.toMatchObject({ code: 'source-changed', params: { sheet: 'DN' } });
    expect(edited).toBe(true);
    expect(writes(b)).toEqual([]);
  });

  it('leaves a large workbook to the task pane when asked for bounded work', async () => {
    const b = new FakeWorkbook(sheets);
    await expect(consolidateRun(b.host(), { maxCells: 1000 })).rejects.toMatchObject({ code: 'too-large' });
    expect(b.ops).toEqual([]);
  });

  it('maps edit mode to its message', async () => {
    const b = new FakeWorkbook(sheets, { failSyncWith: 'InvalidOperation' });
    await expect(consolidateRun(b.host(), { period: '2017-Q4' })).rejects.toMatchObject({ code: 'edit-mode' });
  });
});
