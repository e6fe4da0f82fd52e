import { describe, expect, it } from 'vitest';
import { FINDINGS_SHEET, SUMMARY_SHEET } from 'hoptac/workbook';
import type { OutputSheet } from 'hoptac/workbook';
import { FakeWorkbook } from '../../../tests/helpers/fake-office/index.js';
import { writeOutputSheets } from './write.js';

/** A small summary with every print setting, as reportSheets describes `Tổng hợp`. */
const summary: OutputSheet = {
  name: SUMMARY_SHEET,
  rows: [
    [{ kind: 'text', value: 'BÁO CÁO', bold: true }],
    [{ kind: 'text', value: 'Chỉ tiêu', bold: true }, { kind: 'text', value: 'DN', bold: true }],
    [{ kind: 'text', value: 'Vốn FDI' }, { kind: 'number', value: '29.5978', format: '#,##0.0000' }],
    [{ kind: 'text', value: 'Số dự án' }, { kind: 'number', value: '5', format: '#,##0_._0_0_0_0' }],
    [undefined, { kind: 'text', value: 'BP: thiếu số liệu tháng 2018-11', wrap: true }],
  ],
  columnWidths: [20, 10],
  rowHeights: [undefined, undefined, undefined, undefined, 30],
  freeze: { rows: 2, cols: 1 },
  print: { paper: 'A4', orientation: 'landscape', fitToPagesWide: 1, titleRows: { first: 0, last: 1 }, footer: { center: 'Trang &P/&N', right: 'Quý IV/2017' } },
};

describe('the add-in prints Tổng hợp as the command writes it', () => {
  it('sets A4 landscape, one page wide, the title rows, the footer, frozen panes, widths and one format per row', async () => {
    const b = new FakeWorkbook([{ name: 'DN', cells: {} }]);
    await writeOutputSheets(b.host(), [summary, { name: FINDINGS_SHEET, rows: [[{ kind: 'text', value: 'x' }]] }]);
    const layout = b.layoutOf(SUMMARY_SHEET);
    expect(layout.print).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1 },
      titleRows: '$1:$2',
      footer: { left: '', center: 'Trang &P/&N', right: 'Quý IV/2017' },
    });
    // frozen below the header rows and right of the names; widths in points (20 × 5.6 + 5, 10 × 5.6 + 5)
    expect(layout.frozen).toEqual({ rows: 2, cols: 1 });
    expect(layout.widths).toEqual({ A: 117, B: 61 });
    expect(layout.heights).toEqual({ 5: 30 });
    const cells = b.cellsOf(SUMMARY_SHEET);
    expect(cells['B3']).toMatchObject({ v: 29.5978, nf: '#,##0.0000' });
    expect(cells['B4']).toMatchObject({ v: 5, nf: '#,##0_._0_0_0_0' });
    // the note wraps within its column, at the top of the cell; the names do not
    expect(cells['B5']).toMatchObject({ v: 'BP: thiếu số liệu tháng 2018-11', wrap: true, valign: 'Top' });
    expect(cells['A3']?.wrap).toBeUndefined();
    // a sheet without print settings gets none
    expect(b.layoutOf(FINDINGS_SHEET).print).toBeUndefined();
  });

  it('leaves the print settings out where Excel lacks ExcelApi 1.9, and writes everything else', async () => {
    const b = new FakeWorkbook([{ name: 'DN', cells: {} }], { apiMinor: 8 });
    await writeOutputSheets(b.host(), [summary]);
    expect(b.layoutOf(SUMMARY_SHEET).print).toBeUndefined();
    expect(b.ops.some((o) => o.kind === 'pageLayout')).toBe(false);
    expect(b.cellsOf(SUMMARY_SHEET)['B3']).toMatchObject({ v: 29.5978 });
  });

  it('is refused by the fake as by Excel when misspelt', () => {
    const b = new FakeWorkbook([{ name: 'DN', cells: {} }]);
    return b.host().run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject('DN');
      expect(() => (ws.pageLayout.orientation = 'landscape')).toThrow(/orientation/);
      expect(() => (ws.pageLayout.zoom = { scale: 50, horizontalFitToPages: 1 })).toThrow(/zoom/);
      await context.sync();
    });
  });
});
