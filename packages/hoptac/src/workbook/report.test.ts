import { describe, expect, test } from 'vitest';
import { MEASURES } from '../consolidate/types.js';
import { consolidateWorkbook } from './consolidate.js';
import { readWorkbook } from './read/index.js';
import { reportSheets, summaryPosition, SUMMARY_FIRST_DATA_ROW, SUMMARY_FIRST_FIGURE_COL, SUMMARY_HEADER_ROW } from './report.js';
import { FINDINGS_SHEET, type OutputCell, SUMMARY_SHEET } from './output.js';
import { boardsSheet, grid, sheet } from '../../../../tests/helpers/test-grid.js';

const months = ['2016-01', '2016-02', '2017-01', '2017-02'];
function workbook() {
  const header = ['code', 'indicator', 'unit', ...months];
  return grid(
    boardsSheet('DN', 'LD'),
    sheet('Targets', [['board', 'indicator', 'year', 'target'], ['DN', 'export_value', 2017, 40], ['LD', 'export_value', 2017, 60], ['DN', 'leased_land_area', 2017, 80]]),
    sheet('DN', [header, ['export_value', 'x', 'triệu USD', 10, 10, 10, 12.25], ['leased_land_area', 'x', 'ha', 50, 50, 60, 60], ['industrial_land_area', 'x', 'ha', 100, 100, 100, 100]]),
    sheet('LD', [header, ['export_value', 'x', 'triệu USD', 0, 0, 5, null], ['leased_land_area', 'x', 'ha', 10, 10, 10, 10], ['industrial_land_area', 'x', 'ha', 0, 0, 0, 0]]),
  );
}

const text = (c: OutputCell | undefined) => (c?.kind === 'text' ? c.value : undefined);

describe('reportSheets: summary', () => {
  const result = consolidateWorkbook(workbook(), { period: '2017-02' });
  const { summary, findings } = reportSheets(result);
  const c = result.consolidation!;

  test('names, title rows, two-row header', () => {
    expect(summary.name).toBe(SUMMARY_SHEET);
    expect(findings.name).toBe(FINDINGS_SHEET);
    expect(text(summary.rows[0]![0])).toBe('BÁO CÁO TỔNG HỢP KẾT QUẢ HỢP TÁC — Tháng 2/2017');
    expect(text(summary.rows[1]![0])).toBe('Các đơn vị: DN — BQL DN; LD — BQL LD');
    const h1 = summary.rows[SUMMARY_HEADER_ROW]!;
    const h2 = summary.rows[SUMMARY_HEADER_ROW + 1]!;
    expect(h1.slice(0, 3).map(text)).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính']);
    // 2 boards + total = 3 columns per measure
    expect(MEASURES.map((_, k) => text(h1[3 + k * 3]))).toEqual([
      'Thực hiện kỳ báo cáo', 'Lũy kế từ đầu năm', 'Cùng kỳ năm trước', 'So với cùng kỳ (%)', 'Kế hoạch năm', '% kế hoạch năm', 'Lũy kế từ khi thành lập',
    ]);
    expect(text(h1[3 + 7 * 3])).toBe('Ghi chú');
    expect(h2.slice(3, 9).map(text)).toEqual(['DN', 'LD', 'Tổng cộng', 'DN', 'LD', 'Tổng cộng']);
    expect(summary.merges).toContain('D5:F5');
    expect(summary.freeze).toEqual({ rows: SUMMARY_FIRST_DATA_ROW, cols: SUMMARY_FIRST_FIGURE_COL });
  });

  test('every figure of the consolidation is in exactly one cell, at its documented place', () => {
    const placed = new Set<string>();
    for (const row of c.rows) {
      const p = summaryPosition(c, row.indicator, row.board, row.measure)!;
      const key = `${p.row},${p.col}`;
      expect(placed.has(key), key).toBe(false);
      placed.add(key);
      const cell = summary.rows[p.row]?.[p.col];
      if (row.status === 'ok') expect(cell).toMatchObject({ kind: 'number', value: row.value });
      else if (row.status === 'no-plan') expect(cell).toEqual({ kind: 'text', value: '—' }); // no plan: not a gap
      else expect(cell).toBeUndefined(); // never 0
    }
    // and nothing else in the figure area
    let numbers = 0;
    const notesCol = SUMMARY_FIRST_FIGURE_COL + MEASURES.length * 3;
    for (let r = SUMMARY_FIRST_DATA_ROW; r < summary.rows.length; r++) {
      for (let col = SUMMARY_FIRST_FIGURE_COL; col < notesCol; col++) {
        const cell = summary.rows[r]![col];
        if (cell !== undefined) {
          numbers++;
          expect(placed.has(`${r},${col}`)).toBe(true);
        }
      }
    }
    expect(numbers).toBe(c.rows.filter((x) => x.status === 'ok' || x.status === 'no-plan').length);
    expect(summary.rows.length).toBe(SUMMARY_FIRST_DATA_ROW + c.indicators.length);
  });

  test('indicator rows: STT, name, unit in catalogue order', () => {
    const r0 = summary.rows[SUMMARY_FIRST_DATA_ROW]!;
    expect(r0[0]).toMatchObject({ kind: 'number', value: '1' });
    expect(text(r0[1])).toBe('Số dự án FDI cấp mới');
    expect(text(r0[2])).toBe('dự án');
  });

  test('number formats: every decimal of a sum shown, percentages with 2', () => {
    const row = summary.rows[summaryPosition(c, 'export_value', 'DN', 'value')!.row]!;
    const v = row[summaryPosition(c, 'export_value', 'DN', 'value')!.col];
    expect(v).toEqual({ kind: 'number', value: '12.25', format: '#,##0.00' });
    const pct = row[summaryPosition(c, 'export_value', 'DN', 'vs_last_year_pct')!.col];
    expect(pct).toEqual({ kind: 'number', value: '122.50', format: '#,##0.00' });
    const occ = summary.rows[summaryPosition(c, 'occupancy_rate', 'DN', 'value')!.row]![summaryPosition(c, 'occupancy_rate', 'DN', 'value')!.col];
    expect(occ).toEqual({ kind: 'number', value: '60.00', format: '#,##0.00' });
  });

  test('notes say why a figure is blank', () => {
    const notesCol = SUMMARY_FIRST_FIGURE_COL + MEASURES.length * 3;
    const ev = summary.rows[summaryPosition(c, 'export_value', 'DN', 'value')!.row]!;
    const note = text(ev[notesCol])!;
    // cumulative needs the months 2016-03 to 2016-12, absent on both sheets
    expect(note).toContain('DN: thiếu số liệu tháng 2016-03–2016-12;');
    expect(note).toContain('LD: thiếu số liệu tháng 2016-03–2016-12, 2017-02');
    const occ = summary.rows[summaryPosition(c, 'occupancy_rate', 'LD', 'value')!.row]!;
    expect(text(occ[notesCol])).toContain('chia cho 0'); // LD has no leasable land
    const fdi = summary.rows[summaryPosition(c, 'fdi_projects_new', 'DN', 'value')!.row]!;
    // no board has a 2017 target for it: no plan, so no note about one
    expect(text(fdi[notesCol])).toBe('DN: thiếu số liệu tháng 2016-01–2017-02; LD: thiếu số liệu tháng 2016-01–2017-02');
  });

  test('a plan no board has is "—" with no note; a plan one board lacks is blank and the note names that board', () => {
    const notesCol = SUMMARY_FIRST_FIGURE_COL + MEASURES.length * 3;
    const cell = (ind: string, board: string, m: (typeof MEASURES)[number]) => summary.rows[summaryPosition(c, ind, board, m)!.row]![summaryPosition(c, ind, board, m)!.col];
    // fdi_projects_new: no target at all in 2017
    for (const b of ['DN', 'LD', 'ALL']) {
      expect(cell('fdi_projects_new', b, 'target')).toEqual({ kind: 'text', value: '—' });
      expect(cell('fdi_projects_new', b, 'ytd_target_pct')).toEqual({ kind: 'text', value: '—' });
    }
    // leased_land_area: DN's target is 80 ha, LD has none. DN's stock in 2017-02 is 60 ha: 60 / 80 = 75.00 %
    expect(cell('leased_land_area', 'DN', 'target')).toMatchObject({ kind: 'number', value: '80' });
    expect(cell('leased_land_area', 'DN', 'ytd_target_pct')).toMatchObject({ kind: 'number', value: '75.00' });
    for (const b of ['LD', 'ALL']) {
      expect(cell('leased_land_area', b, 'target')).toBeUndefined();
      expect(cell('leased_land_area', b, 'ytd_target_pct')).toBeUndefined();
    }
    const note = text(summary.rows[summaryPosition(c, 'leased_land_area', 'DN', 'value')!.row]![notesCol])!;
    // a stock needs only 2017-02 and 2016-02, which both boards have: the target is the only gap
    expect(note).toBe('LD: thiếu kế hoạch năm 2017');
  });

  test('English', () => {
    const en = reportSheets(result, { lang: 'en' });
    expect(text(en.summary.rows[0]![0])).toBe('CONSOLIDATED COOPERATION RESULTS — February 2017');
    expect(en.summary.rows[SUMMARY_HEADER_ROW]!.slice(0, 4).map(text)).toEqual(['No.', 'Indicator', 'Unit', 'This period']);
    expect(text(en.summary.rows[SUMMARY_FIRST_DATA_ROW]![2])).toBe('projects');
    expect(text(en.findings.rows[0]![0])).toBe('Severity');
  });
});

describe('reportSheets: findings and errors', () => {
  test('one row per finding, with a link on the cell column, then totals', () => {
    const result = consolidateWorkbook(workbook(), { period: '2017-02' });
    const { findings } = reportSheets(result);
    expect(findings.rows[0]!.map(text)).toEqual(['Mức độ', 'Mã', 'Trang tính', 'Ô', 'Nội dung']);
    expect(findings.rows.length).toBe(result.findings.length + 2);
    result.findings.forEach((f, i) => {
      const row = findings.rows[i + 1]!;
      expect(text(row[1])).toBe(f.code);
      expect(text(row[2])).toBe(f.sheet ?? '');
      if (f.cell !== undefined) expect(row[3]).toEqual({ kind: 'text', value: f.cell, link: { sheet: f.sheet, cell: f.cell } });
      else if (f.sheet === undefined) expect(row[3]).toBeUndefined();
      expect(text(row[4])).toBe(f.messageVi);
    });
    expect(text(findings.rows[findings.rows.length - 1]![0])).toBe(`Tổng số: 0 lỗi, ${result.findings.length} cảnh báo.`);
  });

  test('capped details: the findings-capped line with exact counts comes last, then totals', () => {
    const bad = grid(boardsSheet('DN'), sheet('DN', [['code', 'indicator', 'unit', ...months], ['export_value', 'x', 'triệu USD', 'a', 'b', 'c', 'd']]));
    const result = consolidateWorkbook(readWorkbook(bad, { maxDetailsPerCode: 2 }), { period: '2017-02' });
    const { findings } = reportSheets(result, { lang: 'en' });
    const codes = findings.rows.slice(1).map((r) => text(r[1]));
    expect(codes.filter((c) => c === 'not-a-number')).toHaveLength(2);
    expect(codes[codes.length - 2]).toBe('findings-capped');
    expect(text(findings.rows[findings.rows.length - 2]![4])).toContain('not-a-number: 4');
    // totals count every finding, not only the listed ones
    expect(text(findings.rows[findings.rows.length - 1]![0])).toBe(`In all: 4 errors, ${result.findings.filter((f) => f.severity === 'warning' && f.code !== 'findings-capped').length} warnings.`);
  });

  test('a workbook with errors: the summary says so and holds no figure', () => {
    const bad = grid(boardsSheet('DN'), sheet('DN', [['code', 'indicator', 'unit', ...months], ['export_value', 'x', 'triệu USD', 'a', 'b', 1, 2]]));
    const result = consolidateWorkbook(bad, { period: '2017-02' });
    const { summary, findings } = reportSheets(result);
    expect(result.consolidation).toBeUndefined();
    expect(text(summary.rows[2]![0])).toBe('KHÔNG TỔNG HỢP ĐƯỢC: bảng tính còn 2 lỗi. Xem trang "Kiểm tra", sửa các lỗi rồi tổng hợp lại.');
    expect(summary.rows.flat().some((cell) => cell?.kind === 'number')).toBe(false);
    expect(text(findings.rows[1]![0])).toBe('Lỗi');
  });
});
