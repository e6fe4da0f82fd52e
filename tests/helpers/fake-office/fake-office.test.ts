/**
 * The fake host against what the Office.js documentation says Excel does: written text read as
 * typed unless the cell is text (`@`), the 5 MB request and response limits of Excel on the web,
 * and unmerge/merge acting on the given range only. The add-in's own writer and reader are run
 * against those limits too.
 */
import { describe, expect, it } from 'vitest';
import { FINDINGS_SHEET } from 'hoptac/workbook';
import type { OutputSheet } from 'hoptac/workbook';
import { readGrid } from '../../../addin/src/excel/read.js';
import { writeOutputSheets } from '../../../addin/src/excel/write.js';
import { FakeWorkbook, WEB_PAYLOAD_LIMIT_BYTES } from './index.js';
import type { FakeCell } from './index.js';

const S = 'Sheet1';
const txt = (v: string, nf = 'General'): FakeCell => ({ v, t: 'String', nf });

describe('the fake reads written text the way Excel does', () => {
  it('converts in a General cell, and keeps every text as written in a text (@) cell', async () => {
    const inputs = ['TRUE', '50%', '1,234', '(5)', '12/31/2017', '#N/A', "'007", 'Quý IV/2017'];
    const b = new FakeWorkbook([{ name: S, cells: { A2: txt('', '@'), B2: txt('', '@'), C2: txt('', '@'), D2: txt('', '@'), E2: txt('', '@'), F2: txt('', '@'), G2: txt('', '@'), H2: txt('', '@') } }]);
    await b.host().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(S);
      ws.getRange('A1:H1').values = [inputs];
      ws.getRange('A2:H2').values = [inputs];
      await ctx.sync();
    });
    const c = b.cellsOf(S);
    const row1 = ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'].map((k) => [c[k]?.t, c[k]?.v, c[k]?.nf]);
    expect(row1).toEqual([
      ['Boolean', true, 'General'],
      ['Double', 0.5, '0%'],
      ['Double', 1234, '#,##0'],
      ['Double', -5, 'General'],
      ['Double', 43100, 'm/d/yyyy'],
      ['Error', '#N/A', 'General'],
      ['String', '007', 'General'],
      ['String', 'Quý IV/2017', 'General'],
    ]);
    const row2 = ['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2', 'H2'].map((k) => [c[k]?.t, c[k]?.v, c[k]?.coerced]);
    expect(row2).toEqual(inputs.map((v) => ['String', v, undefined]));
  });

  it('keeps a number format the cell already has when a typed number comes in', async () => {
    const b = new FakeWorkbook([{ name: S, cells: { A1: { v: '', t: 'Empty', nf: '0.000' } } }]);
    await b.host().run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject(S).getRange('A1:B1').values = [['1,234', '1,234']];
      await ctx.sync();
    });
    expect(b.cellsOf(S)['A1']).toMatchObject({ v: 1234, nf: '0.000', coerced: 'number' });
    expect(b.cellsOf(S)['B1']).toMatchObject({ v: 1234, nf: '#,##0', coerced: 'number' });
  });
});

describe('the fake refuses what Excel on the web refuses: 5 MB a request, 5 MB a response', () => {
  /** a block of text whose JSON is about `bytes` long */
  const block = (rows: number, cols: number, chars: number): string[][] => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${r}:${c}:`.padEnd(chars, 'x')));

  it('refuses a sync whose writes are over 5 MB, applying none of them; the same writes in two syncs pass', async () => {
    const b = new FakeWorkbook([{ name: S, cells: {} }]);
    const half = block(1000, 30, 100); // 30,000 cells of 100 characters: about 3.1 MB as JSON
    expect(JSON.stringify(half).length).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES / 2);
    const refused = await b
      .host()
      .run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(S);
        ws.getRangeByIndexes(0, 0, 1000, 30).values = half;
        ws.getRangeByIndexes(1000, 0, 1000, 30).values = half;
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(Object.keys(b.cellsOf(S))).toHaveLength(0);
    expect(b.largestRequestBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
    await b.host().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(S);
      ws.getRangeByIndexes(0, 0, 1000, 30).values = half;
      await ctx.sync();
      ws.getRangeByIndexes(1000, 0, 1000, 30).values = half;
      await ctx.sync();
    });
    expect(Object.keys(b.cellsOf(S))).toHaveLength(60_000);
  });

  it('refuses a load whose answer is over 5 MB', async () => {
    const cells: Record<string, FakeCell> = {};
    for (let r = 1; r <= 2000; r++) for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']) cells[`${col}${r}`] = txt(`${col}${r}`.padEnd(300, 'y'));
    const b = new FakeWorkbook([{ name: S, cells }]);
    const e = await b
      .host()
      .run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItemOrNullObject(S).getRange('A1:J2000');
        r.load(['values', 'formulas']);
        await ctx.sync();
      })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    // the add-in's reader asks for 20,000 cells at a time, halves its block on that error, and reads every cell
    const again = new FakeWorkbook([{ name: S, cells }]);
    const { grid } = await readGrid(again.host());
    expect(grid.sheets[0]?.rows.length).toBe(2000);
    expect(grid.sheets[0]?.rows[1999]?.[9]?.value).toBe('J2000'.padEnd(300, 'y'));
    expect(again.largestResponseBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
  });

  it('the add-in writes a long Kiểm tra sheet in requests that Excel on the web accepts', async () => {
    const long = 'Ô giá trị chứa chữ thay vì số: Chỉ tiêu «Vốn đầu tư nước ngoài» tháng 10/2017 của Ban quản lý các KCN Đồng Nai đã đọc là 71,85. '.repeat(6);
    const rows = Array.from({ length: 4000 }, (_, i) => [`lỗi ${i}`, 'text-number', 'DN', `AL${i + 7}`, long, long].map((value) => ({ kind: 'text' as const, value })));
    const sheet: OutputSheet = { name: FINDINGS_SHEET, rows };
    // the whole sheet is far over the limit: only blocks can pass
    expect(JSON.stringify(rows.map((r) => r.map((c) => c.value))).length).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
    const b = new FakeWorkbook([]);
    await writeOutputSheets(b.host(), [sheet]);
    expect(b.largestRequestBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT_BYTES);
    expect(b.cellsOf(FINDINGS_SHEET)['E4000']?.v).toBe(long);
  });
});

describe('merges', () => {
  it('unmerge() clears only the merged areas the range touches', async () => {
    const b = new FakeWorkbook([{ name: S, cells: {}, merges: ['A1:B1', 'C3:D4', 'F10:G10'] }]);
    await b.host().run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject(S).getRange('B1:D3').unmerge();
      await ctx.sync();
    });
    expect(b.layoutOf(S).merges).toEqual(['F10:G10']);
  });

  it('merge() keeps the top-left value only, and absorbs merged areas inside it', async () => {
    const b = new FakeWorkbook([{ name: S, cells: { A1: txt('title'), B1: txt('lost') }, merges: ['B1:C1'] }]);
    await b.host().run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject(S).getRange('A1:D1').merge(false);
      await ctx.sync();
    });
    expect(b.layoutOf(S).merges).toEqual(['A1:D1']);
    expect(b.cellsOf(S)['A1']?.v).toBe('title');
    expect(b.cellsOf(S)['B1']?.t).toBe('Empty');
  });
});
