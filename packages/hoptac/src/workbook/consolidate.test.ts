import { describe, expect, test } from 'vitest';
import { isHoptacError } from '../errors.js';
import { consolidateWorkbook, latestCompleteMonth } from './consolidate.js';
import { readWorkbook } from './read/index.js';
import { boardsSheet, grid, sheet, type CellSpec } from '../../../../tests/helpers/test-grid.js';

const MONTHS: string[] = [];
for (let m = 1; m <= 12; m++) MONTHS.push(`2016-${String(m).padStart(2, '0')}`);
MONTHS.push('2017-01', '2017-02');
const y2016 = (v: CellSpec, feb: CellSpec = v): CellSpec[] => MONTHS.slice(0, 12).map((_, i) => (i === 1 ? feb : v));

/**
 * Three boards, January 2016 to February 2017. Hand-computed figures for 2017-02 are in the test.
 */
function golden() {
  const header = ['code', 'indicator', 'unit', 'opening', ...MONTHS];
  return grid(
    sheet('Ghi chú', [['Bảng tổng hợp hợp tác ba tỉnh']]),
    boardsSheet('DN', 'LD', 'BP'),
    sheet('Targets', [
      ['board', 'indicator', 'year', 'target'],
      ['DN', 'export_value', 2017, 150],
      ['LD', 'export_value', 'Năm 2017', '100'],
    ]),
    sheet('DN', [
      ['BÁO CÁO KẾT QUẢ - BQL CÁC KCN ĐỒNG NAI'],
      header,
      [null, 'I. Xuất nhập khẩu'],
      ['export_value', 'Kim ngạch xuất khẩu', 'triệu USD', 100, ...y2016(10, 12), 11, '13,5'],
      [null, 'II. Đất đai'],
      ['leased_land_area', 'Đất đã cho thuê', 'ha', null, ...y2016(4500), 4550, 4600],
      ['industrial_land_area', 'Đất cho thuê được', 'ha', null, ...y2016(6600), 6600, 6600],
    ]),
    sheet('LD', [
      header,
      ['export_value', 'Kim ngạch xuất khẩu', 'nghìn USD', null, ...y2016(5000), 4000, '6.000,5'],
      ['leased_land_area', 'Đất đã cho thuê', 'm2', null, ...y2016(4000000), 4000000, 4205000],
      ['industrial_land_area', 'Đất cho thuê được', 'ha', null, ...y2016(900), 900, 900],
    ]),
    sheet('BP', [
      header,
      ['export_value', 'Kim ngạch xuất khẩu', 'triệu USD', null, ...y2016('-'), 2, 3],
      ['leased_land_area', 'Đất đã cho thuê', 'ha', null, ...y2016(100), 200, null],
      ['industrial_land_area', 'Đất cho thuê được', 'ha', null, ...y2016(500), 500, 500],
    ]),
  );
}

describe('consolidateWorkbook: a 3-board golden consolidation, by hand', () => {
  const r = consolidateWorkbook(golden(), { period: 'Tháng 2/2017' });
  const fig = (indicator: string, board: string, measure: string) => {
    const row = r.consolidation!.rows.find((x) => x.indicator === indicator && x.board === board && x.measure === measure);
    if (row === undefined) throw new Error(`no row ${indicator} ${board} ${measure}`);
    return row.status === 'ok' ? row.value : row.status;
  };

  test('the model is clean enough to consolidate', () => {
    expect(r.period).toBe('2017-02');
    expect(r.model.ok).toBe(true);
    expect(r.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      'text-number Targets!D3',
      'text-number DN!R4',
      'unit-converted LD!C2',
      'text-number LD!R2',
      'unit-converted LD!C3',
      'missing-value BP!R3',
    ]);
    expect(r.consolidation!.boards).toEqual(['DN', 'LD', 'BP']);
  });

  test.each([
    // DN: opening 100, 2016 = 11 × 10 + 12 = 122, 2017: 11 + 13.5
    ['DN', 'value', '13.5'],
    ['DN', 'ytd', '24.5'],
    ['DN', 'same_period_last_year', '12'],
    ['DN', 'vs_last_year_pct', '112.50'],
    ['DN', 'target', '150'],
    ['DN', 'ytd_target_pct', '16.33'], // 24.5 / 150 = 16.333...
    ['DN', 'cumulative', '246.5'], // 100 + 122 + 24.5
    // LD in nghìn USD: 2016 = 12 × 5, 2017: 4 + 6.0005
    ['LD', 'value', '6.0005'],
    ['LD', 'ytd', '10.0005'],
    ['LD', 'same_period_last_year', '5'],
    ['LD', 'vs_last_year_pct', '120.01'],
    ['LD', 'target', '100'],
    ['LD', 'ytd_target_pct', '10.00'], // 10.0005 % rounds to 10.00
    ['LD', 'cumulative', '70.0005'],
    // BP: 2016 all '-' (zero), no target
    ['BP', 'value', '3'],
    ['BP', 'ytd', '5'],
    ['BP', 'same_period_last_year', '0'],
    ['BP', 'vs_last_year_pct', 'undefined'], // 3 / 0
    ['BP', 'target', 'missing'],
    ['BP', 'ytd_target_pct', 'missing'],
    ['BP', 'cumulative', '5'],
    ['ALL', 'value', '22.5005'],
    ['ALL', 'ytd', '39.5005'],
    ['ALL', 'same_period_last_year', '17'],
    ['ALL', 'vs_last_year_pct', '132.36'], // 22.5005 / 17 = 1.32355882...
    ['ALL', 'target', 'missing'], // BP has none
    ['ALL', 'ytd_target_pct', 'missing'],
    ['ALL', 'cumulative', '321.5005'],
  ])('export_value %s %s = %s', (board, measure, expected) => {
    expect(fig('export_value', board, measure)).toBe(expected);
  });

  test.each([
    ['DN', 'value', '69.70'], // 4600 / 6600
    ['DN', 'same_period_last_year', '68.18'], // 4500 / 6600
    ['LD', 'value', '46.72'], // 420.5 ha (4,205,000 m2) / 900
    ['LD', 'same_period_last_year', '44.44'],
    ['BP', 'value', 'missing'], // February left blank
    ['BP', 'same_period_last_year', '20.00'],
    ['ALL', 'value', 'missing'],
    ['ALL', 'same_period_last_year', '62.50'], // 5000 / 8000: summed parts, never averaged
    ['ALL', 'ytd', 'missing'],
  ])('occupancy_rate %s %s = %s', (board, measure, expected) => {
    expect(fig('occupancy_rate', board, measure)).toBe(expected);
  });

  test('a missing figure says what it lacked', () => {
    const row = r.consolidation!.rows.find((x) => x.indicator === 'leased_land_area' && x.board === 'ALL' && x.measure === 'value')!;
    expect(row.value).toBeNull();
    expect(row.missing?.items).toEqual([{ board: 'BP', indicator: 'leased_land_area', what: 'month', month: '2017-02' }]);
  });

  test('latestCompleteMonth: BP has not filled February', () => {
    expect(latestCompleteMonth(r.model)).toBe('2017-01');
  });
});

describe('consolidateWorkbook: edges', () => {
  test('a model with errors is not consolidated', () => {
    const g = grid(boardsSheet('DN'), sheet('DN', [['code', 'indicator', 'unit', '2017-01'], ['export_value', 'x', 'triệu USD', 'abc']]));
    const r = consolidateWorkbook(g, { period: '2017-01' });
    expect(r.consolidation).toBeUndefined();
    expect(r.findings.some((f) => f.code === 'not-a-number')).toBe(true);
  });

  test('a board whose sheet has no data for an indicator still counts: ALL is missing', () => {
    const g = grid(
      boardsSheet('DN', 'LD'),
      sheet('DN', [['code', 'indicator', 'unit', '2017-01'], ['export_value', 'x', 'triệu USD', 5]]),
      sheet('LD', [['code', 'indicator', 'unit', '2017-01'], ['import_value', 'x', 'triệu USD', 5]]),
    );
    const r = consolidateWorkbook(readWorkbook(g), { period: '2017-01' });
    const all = r.consolidation!.rows.find((x) => x.indicator === 'export_value' && x.board === 'ALL' && x.measure === 'value')!;
    expect(all.status).toBe('missing');
    expect(all.missing?.items[0]?.board).toBe('LD');
  });

  test('period-outside-data when the period needs months no sheet has', () => {
    const r = consolidateWorkbook(golden(), { period: '2017-Q1' });
    const f = r.findings.filter((x) => x.code === 'period-outside-data');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('March 2017');
    expect(f[0]!.messageVi).toContain('03/2017');
    expect(f[0]!.params).toMatchObject({ months: '2017-03' }); // codes stay codes in params
    expect(f[0]!.severity).toBe('warning');
    expect(consolidateWorkbook(golden(), { period: '2017-02' }).findings.some((x) => x.code === 'period-outside-data')).toBe(false);
  });

  test('a bad period throws invalid-period, and only then', () => {
    let caught: unknown;
    try {
      consolidateWorkbook(golden(), { period: 'Quý V/2017' });
    } catch (e) {
      caught = e;
    }
    expect(isHoptacError(caught) && caught.code).toBe('invalid-period');
    expect(() => consolidateWorkbook({ sheets: [] }, { period: '2017' })).not.toThrow();
  });

  test('latestCompleteMonth does not wait for a row a board never fills in', () => {
    const header = ['code', 'indicator', 'unit', '2017-01', '2017-02', '2017-03'];
    const g = grid(
      boardsSheet('DN', 'LD'),
      sheet('DN', [header, ['export_value', 'x', 'triệu USD', 1, 2, 3], ['wastewater_plants', 'x', 'KCN', null, null, null]]),
      sheet('LD', [header, ['export_value', 'x', 'triệu USD', 1, '-', null], ['import_value', 'x', 'triệu USD', 1, 2, 3]]),
    );
    expect(latestCompleteMonth(readWorkbook(g))).toBe('2017-02');
  });

  test('latestCompleteMonth is undefined when a board reports nothing', () => {
    const g = grid(boardsSheet('DN', 'LD'), sheet('DN', [['code', 'indicator', 'unit', '2017-01'], ['export_value', 'x', 'triệu USD', 5]]), sheet('LD', [['code', 'indicator', 'unit', '2017-01']]));
    expect(latestCompleteMonth(readWorkbook(g))).toBeUndefined();
  });
});
