import { describe, expect, it } from 'vitest';
import { FINDINGS_SHEET, SUMMARY_SHEET } from 'hoptac/workbook';
import type { OutputSheet } from 'hoptac/workbook';
import { FakeWorkbook, addMerges } from '../../../tests/helpers/fake-office/index.js';
import type { FakeCell } from '../../../tests/helpers/fake-office/index.js';
import { readGrid, readFingerprint } from './read.js';
import { writeOutputSheets, cellPayload } from './write.js';
import { goToCell } from './navigate.js';
import { AddinFailure, failureMessage, toFailure } from './failure.js';
import { changedSheet } from './fingerprint.js';

const num = (v: number, nf = 'General'): FakeCell => ({ v, t: 'Double', nf });
const txt = (v: string): FakeCell => ({ v, t: 'String', nf: 'General' });

function book(options = {}): FakeWorkbook {
  return new FakeWorkbook(
    [
      { name: 'Boards', cells: { A1: txt('code'), B1: txt('name'), A2: txt('DN'), B2: txt('Đồng Nai') } },
      {
        name: 'DN',
        cells: {
          A3: txt('code'),
          B3: txt('indicator'),
          C3: num(45658, 'mm/yyyy'),
          A4: txt('fdi'),
          C4: num(0.1 + 0.2),
          D4: { v: '#REF!', t: 'Error', nf: 'General' },
          E4: { v: 7, t: 'Double', nf: '#,##0', f: '=C4*2' },
          F4: { v: true, t: 'Boolean', nf: 'General' },
        },
      },
      { name: SUMMARY_SHEET, cells: { A1: txt('old report') } },
    ],
    options,
  );
}

describe('the fake keeps load/sync semantics', () => {
  it('refuses properties before load and sync, and applies queued writes on sync', async () => {
    const b = book();
    await b.host().run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItemOrNullObject('Boards').getRange('A2');
      expect(() => r.values).toThrow(/not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['DN']]);
      const w = ctx.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET).getRange('B1');
      w.values = [['x']];
      expect(b.cellsOf(SUMMARY_SHEET)['B1']).toBeUndefined();
      await ctx.sync();
      expect(b.cellsOf(SUMMARY_SHEET)['B1']).toMatchObject({ v: 'x', t: 'String' });
    });
  });
  it('coerces written text the way Excel does unless the cell is text-formatted', async () => {
    const b = new FakeWorkbook([{ name: SUMMARY_SHEET, cells: {} }]);
    await b.host().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
      ws.getRange('A1:D1').values = [['=SUM(1)', '-abc', '2017-12', '123']];
      await ctx.sync();
    });
    const c = b.cellsOf(SUMMARY_SHEET);
    expect([c['A1']?.coerced, c['B1']?.coerced, c['C1']?.coerced, c['D1']?.coerced]).toEqual(['formula', 'formula', 'date', 'number']);
  });
});

describe('readGrid', () => {
  it('reads every source sheet into the Grid at its place, skipping the add-in sheets', async () => {
    const { grid, fingerprint } = await readGrid(book().host());
    expect(grid.sheets.map((s) => s.name)).toEqual(['Boards', 'DN']);
    const dn = grid.sheets[1]!;
    expect(dn.rows.length).toBe(4);
    expect(dn.rows[0]).toEqual([]);
    expect(dn.rows[2]?.[2]).toEqual({ kind: 'number', value: '45658', format: 'mm/yyyy' });
    expect(dn.rows[3]?.[2]).toEqual({ kind: 'number', value: '0.3', format: 'General' });
    expect(dn.rows[3]?.[3]).toEqual({ kind: 'error', value: '#REF!', format: 'General' });
    expect(dn.rows[3]?.[4]).toEqual({ kind: 'number', value: '7', format: '#,##0', formula: 'C4*2' });
    expect(dn.rows[3]?.[5]).toEqual({ kind: 'boolean', value: 'TRUE', format: 'General' });
    expect(fingerprint.sheets.map((s) => s.address)).toEqual(['A1:B2', 'A3:F4']);
  });

  it('skips its own sheets whatever their case, as Excel matches names', async () => {
    const b = new FakeWorkbook([
      { name: 'TỔNG HỢP', cells: { A1: txt('x') } },
      { name: 'kiểm tra', cells: { A1: txt('x') } },
      { name: 'Ghi chú', cells: { A1: txt('x') } },
    ]);
    expect((await readGrid(b.host())).grid.sheets.map((s) => s.name)).toEqual(['Ghi chú']);
  });

  it('reads in row blocks within the cell limit, and halves a block on a payload-limit error', async () => {
    const cells: Record<string, FakeCell> = {};
    for (let r = 1; r <= 100; r++) for (const c of ['A', 'B', 'C', 'D']) cells[`${c}${r}`] = num(r);
    const b = new FakeWorkbook([{ name: 'Big', cells }], { maxCellsPerLoad: 50 });
    const seen: number[] = [];
    const { grid } = await readGrid(b.host(), { blockCells: 80, onProgress: (p) => seen.push(p.rowsRead) });
    expect(grid.sheets[0]?.rows.length).toBe(100);
    expect(grid.sheets[0]?.rows[99]?.[3]).toMatchObject({ value: '100' });
    expect(seen.at(-1)).toBe(100);
    expect(b.cellLoads).toBeGreaterThan(8);
  });

  it('reads a large sheet in requests that each stay within the cell budget', async () => {
    const cells: Record<string, FakeCell> = {};
    const cols = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
    for (let r = 1; r <= 20_000; r++) for (const [i, c] of cols.entries()) cells[`${c}${r}`] = num(r * 10 + i);
    const b = new FakeWorkbook([{ name: 'Big', cells }], { maxCellsPerLoad: 20_000 });
    const { grid } = await readGrid(b.host());
    expect(grid.sheets[0]?.rows[19_999]?.[9]).toMatchObject({ kind: 'number', value: '200009' });
    expect(grid.sheets[0]?.rows.reduce((n, r) => n + (r?.filter((c) => c !== undefined).length ?? 0), 0)).toBe(200_000);
    // the work is bounded by requests, not by time: 200,000 cells in 10 requests of 20,000, none refused
    expect(b.cellLoads).toBe(10);
  });

    it('reads merged areas when ExcelApi 1.13 is there', async () => {
    const b = book();
    addMerges(b, 'DN', ['C3:D3']);
    const { grid } = await readGrid(b.host());
    expect(grid.sheets[1]?.merges).toEqual(['C3:D3']);
    const old = book({ apiMinor: 7 });
    addMerges(old, 'DN', ['C3:D3']);
    expect((await readGrid(old.host())).grid.sheets[1]?.merges).toBeUndefined();
  });

  it('finds hidden rows with one extra property per block, halving only mixed blocks', async () => {
    const cells: Record<string, FakeCell> = {};
    for (let r = 1; r <= 64; r++) cells[`A${r}`] = num(r);
    const none = new FakeWorkbook([{ name: 'S', cells }]);
    expect((await readGrid(none.host(), { blockCells: 16 })).grid.sheets[0]?.hiddenRows).toBeUndefined();
    const syncsWithout = none.syncs;
    const some = new FakeWorkbook([{ name: 'S', cells, hiddenRows: [3, 20, 21, 22, 23, 63] }]);
    const { grid } = await readGrid(some.host(), { blockCells: 16 });
    expect(grid.sheets[0]?.hiddenRows).toEqual([3, 20, 21, 22, 23, 63]);
    // rows 16-31 hold 20-23 (mixed), 48-63 holds 63, 0-15 holds 3: only those are halved
    expect(some.syncs - syncsWithout).toBeLessThanOrEqual(4);
  });

  it('stops with too-large over the cell budget', async () => {
    await expect(readGrid(book().host(), { maxCells: 5 })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('gives a fingerprint that changes when a source cell changes', async () => {
    const b = book();
    const { fingerprint } = await readGrid(b.host());
    expect(changedSheet(fingerprint, await readFingerprint(b.host()))).toBeUndefined();
    b.setCell('DN', 'C4', num(5));
    expect(changedSheet(fingerprint, await readFingerprint(b.host()))).toBe('DN');
  });
});

const report: OutputSheet = {
  name: SUMMARY_SHEET,
  rows: [
    [{ kind: 'text', value: 'Chỉ tiêu', bold: true }, { kind: 'text', value: 'DN', bold: true }],
    [{ kind: 'text', value: '=HYPERLINK("x")' }, { kind: 'number', value: '1234.5', format: '#,##0.0' }],
    [{ kind: 'text', value: '2017-12' }, { kind: 'number', value: '12345678901234567.5' }],
    [undefined, { kind: 'text', value: 'xem', link: { sheet: 'DN', cell: 'C4' } }],
  ],
  columnWidths: [20, 10],
  merges: ['A5:B5'],
  freeze: { rows: 1, cols: 1 },
};

describe('writeOutputSheets', () => {
  it('clears and rewrites its own sheet, text as text, numbers as numbers only when they fit', async () => {
    const b = book();
    await writeOutputSheets(b.host(), [report]);
    const c = b.cellsOf(SUMMARY_SHEET);
    expect(Object.values(c).filter((x) => x.coerced !== undefined)).toEqual([]);
    expect(c['A1']).toMatchObject({ v: 'Chỉ tiêu', t: 'String', bold: true });
    expect(c['A2']).toMatchObject({ v: '=HYPERLINK("x")', t: 'String', nf: '@' });
    expect(c['A2']?.f).toBeUndefined();
    expect(c['B2']).toMatchObject({ v: 1234.5, t: 'Double', nf: '#,##0.0' });
    expect(c['A3']).toMatchObject({ v: '2017-12', t: 'String' });
    expect(c['B3']).toMatchObject({ v: '12345678901234567.5', t: 'String', nf: '@' });
    expect(c['B4']).toMatchObject({ v: 'xem', link: "'DN'!C4" });
    expect(b.layoutOf(SUMMARY_SHEET)).toMatchObject({ merges: ['A5:B5'], frozen: { rows: 1, cols: 1 }, widths: { A: 117, B: 61 } });
    // the old content is gone, the sheet was not deleted or re-added
    expect(JSON.stringify(c)).not.toContain('old report');
    expect(b.ops.filter((o) => o.kind === 'add')).toEqual([]);
    expect(new Set(b.ops.map((o) => o.sheet))).toEqual(new Set([SUMMARY_SHEET]));
  });

  it('creates its sheet when absent and never touches another sheet', async () => {
    const b = book();
    const before = b.cellsOf('DN');
    await writeOutputSheets(b.host(), [{ name: FINDINGS_SHEET, rows: [[{ kind: 'text', value: '+1 lỗi' }]] }]);
    expect(b.ops[0]).toEqual({ kind: 'add', sheet: FINDINGS_SHEET });
    expect(b.cellsOf(FINDINGS_SHEET)['A1']).toMatchObject({ v: '+1 lỗi', t: 'String' });
    expect(b.cellsOf('DN')).toEqual(before);
    expect(b.ops.every((o) => o.sheet === FINDINGS_SHEET)).toBe(true);
  });

  it('shows its own sheet again if someone hid it', async () => {
    const b = new FakeWorkbook([{ name: SUMMARY_SHEET, visibility: 'Hidden', cells: {} }]);
    await writeOutputSheets(b.host(), [report], { activate: true });
    expect(b.snapshot()[0]?.visibility).toBe('Visible');
  });

    it('refuses to write a sheet that is not its own, before touching anything', async () => {
    const b = book();
    await expect(writeOutputSheets(b.host(), [{ ...report, name: 'DN' }])).rejects.toMatchObject({ code: 'not-own-sheet' });
    expect(b.ops).toEqual([]);
  });

  it('maps a protected sheet and edit mode to clear messages', async () => {
    const prot = new FakeWorkbook([{ name: SUMMARY_SHEET, protected: true, cells: {} }]);
    const e1 = await writeOutputSheets(prot.host(), [report]).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(AddinFailure);
    expect((e1 as AddinFailure).code).toBe('protected');
    expect(failureMessage('protected', { sheet: SUMMARY_SHEET }, 'vi')).toContain('được bảo vệ');
    const edit = new FakeWorkbook([{ name: SUMMARY_SHEET, cells: {} }], { failSyncWith: 'InvalidOperation' });
    await expect(writeOutputSheets(edit.host(), [report])).rejects.toMatchObject({ code: 'edit-mode' });
    expect(toFailure({ code: 'ApiNotFound' }).code).toBe('api-not-supported');
    expect(toFailure({ code: 'ItemNotFound' }).code).toBe('item-not-found');
    expect(toFailure(new Error('boom')).message).toContain('boom');
  });

  it('writes a cell payload for every kind', () => {
    expect(cellPayload(undefined)).toEqual({ value: '', format: 'General' });
    expect(cellPayload({ kind: 'number', value: '-0.5' })).toEqual({ value: -0.5, format: 'General' });
    expect(cellPayload({ kind: 'text', value: '@x' })).toEqual({ value: '@x', format: '@' });
  });
});

describe('goToCell', () => {
  it('activates the sheet and selects the cell, writing nothing', async () => {
    const b = book();
    await goToCell(b.host(), 'DN', 'D4');
    expect(b.ops).toEqual([
      { kind: 'activate', sheet: 'DN' },
      { kind: 'select', sheet: 'DN', address: 'DN!D4' },
    ]);
  });
  it('says when the sheet is gone', async () => {
    await expect(goToCell(book().host(), 'XX', 'A1')).rejects.toMatchObject({ code: 'item-not-found' });
  });
});
