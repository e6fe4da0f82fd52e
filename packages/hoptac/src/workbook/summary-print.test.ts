import { describe, expect, it } from 'vitest';
import type { OutputCell } from './output.js';
import { fitColumnWidths, shownNumberWidth, summaryPrint, wrappedRowHeights } from './summary-print.js';

const t = (value: string, bold = false): OutputCell => (bold ? { kind: 'text', value, bold } : { kind: 'text', value });
const n = (value: string, format: string): OutputCell => ({ kind: 'number', value, format });

describe('the summary on paper', () => {
  it('prints A4 landscape, one page wide, the title rows on every page, the page and the period in the footer', () => {
    expect(summaryPrint('Quý IV/2017', 'vi', 5)).toEqual({
      paper: 'A4',
      orientation: 'landscape',
      fitToPagesWide: 1,
      titleRows: { first: 0, last: 5 },
      footer: { center: 'Trang &P/&N', right: 'Quý IV/2017' },
    });
    expect(summaryPrint('R&D 2017', 'en', undefined)).toEqual({ paper: 'A4', orientation: 'landscape', fitToPagesWide: 1, footer: { center: 'Page &P of &N', right: 'R&&D 2017' } });
  });

  it('measures a number as it shows: grouped digits, decimals, padding, a mark', () => {
    expect(shownNumberWidth('1234567.5', '#,##0.00')).toBe(12); // 1,234,567.50
    expect(shownNumberWidth('-5', '#,##0_._0_0')).toBe(5); // -5 and three spaces
    expect(shownNumberWidth('12', '#,##0" (ước)"')).toBe(8); // 12 (ước)
  });

  it('fits each column to its widest cell from the header on, within bounds, widening merged columns evenly', () => {
    const rows: OutputCell[][] = [
      [t('A title far wider than any column, left out')],
      [t('STT', true), t('Chỉ tiêu', true), t('Thực hiện kỳ báo cáo', true), undefined],
      [n('1', '0'), t('Vốn FDI đăng ký cấp mới'), n('67.97', '#,##0.00'), n('1366', '#,##0')],
      [n('2', '0'), t('Số dự án'), n('5', '#,##0'), n('12345678', '#,##0')],
    ];
    const widths = fitColumnWidths(rows, ['C2:D2'], 1, (c) => (c === 1 ? { min: 10, max: 20 } : { min: 4, max: 18 }));
    // STT bold: ceil(3 × 1.1) + 2 = 6; the name is cut at 20; C: '67.97' + 2 = 7; D: '12,345,678' + 2 = 12;
    // the merged title needs ceil(20 × 1.1) + 2 = 24 over C and D (19): each gets ceil(5 / 2) = 3 more
    expect(widths).toEqual([6, 20, 10, 15]);
  });

  it('makes a row with a wrapped note as tall as its lines (15 points a line)', () => {
    const note: OutputCell = { kind: 'text', value: 'x'.repeat(25), wrap: true };
    // 25 characters in a column of 12 (10 a line): 3 lines; unwrapped text never grows a row
    expect(wrappedRowHeights([[t('a'), note], [t('y'.repeat(40))], [note]], [30, 12])).toEqual([45, undefined, undefined]); // in column A (30 wide) it fits one line
  });
});
