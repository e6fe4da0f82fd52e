import { describe, expect, test } from 'vitest';
import { consolidate } from '../consolidate/consolidate.js';
import { explain } from '../consolidate/explain.js';
import { observations } from '../observation/set.js';
import { consolidateWorkbook } from './consolidate.js';
import { readMonthHeader } from './month-header.js';
import { readWorkbook } from './read/index.js';
import { reportSheets, summaryPosition } from './report.js';
import { boardSheet, boardsSheet, grid } from '../../../../tests/helpers/test-grid.js';

const text = (value: string) => ({ kind: 'text' as const, value });
// December 2017 is month index 2017 × 12 + 11, by hand
const DEC_2017 = 2017 * 12 + 11;

describe('month header grammar: the estimate mark', () => {
  test.each([
    'Tháng 12/2017 (ước)',
    'Tháng 12/2017 (Ước)',
    'Ước T12/2017',
    'ước tháng 12/2017',
    'T12/2017 ước',
    'T12/2017 UTH',
    'UTH T12/2017',
    'ƯTH 12/2017',
    '(ước) 2017-12',
    'Ước thực hiện T12/2017',
    'Ước tính Tháng 12 năm 2017',
    '2017-12 (est.)',
    '12/2017 (est)',
    'Est. 2017-12',
    'T12/2017 - ước',
    'Tháng 12/2017(ước)',
  ])('%s is December 2017, estimated', (h) => {
    expect(readMonthHeader(text(h))).toEqual({ month: DEC_2017, estimated: true });
  });

  test.each(['Tháng 12/2017', 'T12/2017', '2017-12', '12/2017', 'Tháng 12 năm 2017'])('%s is December 2017, final', (h) => {
    expect(readMonthHeader(text(h))).toEqual({ month: DEC_2017, estimated: false });
  });

  test.each(['ước', 'ghi chú (ước)', 'Tháng 12/2017 ướcx', 'Tháng 12/2017 (ước', 'estimate', 'T12/2017est', 'UTH', 'Quý IV/2017 (ước)'])('%s is not a month', (h) => {
    expect(readMonthHeader(text(h))).toBeUndefined();
  });

  test('a header read again, or after more texts than are kept, reads the same', () => {
    const forms = ['Tháng 12/2017 (ước)', 'T12/2017', ' 2017-12 ', 'ghi chú (ước)', 'Quý IV/2017'];
    const want = [{ month: DEC_2017, estimated: true }, { month: DEC_2017, estimated: false }, { month: DEC_2017, estimated: false }, undefined, undefined];
    for (let round = 0; round < 3; round++) forms.forEach((h, i) => expect(readMonthHeader(text(h)), `${h} (${round})`).toEqual(want[i]));
    // 6,000 distinct headers, each month index by hand (year × 12 + month − 1), marked every third
    for (let k = 0; k < 6000; k++) {
      const y = 1950 + Math.floor(k / 12);
      const m = (k % 12) + 1;
      const h = k % 3 === 0 ? `Tháng ${m}/${y} (ước)` : `T${m}/${y}`;
      expect(readMonthHeader(text(h)), h).toEqual({ month: y * 12 + m - 1, estimated: k % 3 === 0 });
    }
    forms.forEach((h, i) => expect(readMonthHeader(text(h)), h).toEqual(want[i]));
  });

  test('a date cell is a month without a mark', () => {
    // 43070 is 2017-12-01 in Excel's 1900 system
    expect(readMonthHeader({ kind: 'number', value: '43070', format: 'mm/yyyy' })).toEqual({ month: DEC_2017, estimated: false });
  });
});

describe('reading, consolidating and explaining estimates', () => {
  const g = grid(
    boardsSheet('DN', 'LD'),
    boardSheet('DN', ['T10/2017', 'T11/2017', 'Tháng 12/2017 (ước)'], [['export_value', 'triệu USD', 10, 20, 30]]),
    boardSheet('LD', ['T10/2017', 'T11/2017', 'T12/2017'], [['export_value', 'nghìn USD', 1000, 2000, null]]),
  );
  const model = readWorkbook(g);

  test('the marked column is estimated, the others final; nothing else changes', () => {
    expect(model.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const obs = [...observations(model.observations)].map((o) => `${o.board} ${o.month} ${o.value} ${o.status} ${o.source?.cell ?? ''}`);
    expect(obs).toEqual([
      'DN 2017-10 10 final D2',
      'DN 2017-11 20 final E2',
      'DN 2017-12 30 estimated F2',
      'LD 2017-10 1 final D2',
      'LD 2017-11 2 final E2',
      'LD 2017-12 null final F2',
    ]);
  });

  test('a consolidated figure built from an estimated month is estimated, and only those', () => {
    const c = consolidate(model.observations, { period: '2017-Q4', catalogue: model.catalogue, indicators: ['export_value'], measures: ['value', 'cumulative'] });
    const est = c.rows.filter((r) => r.estimated === true).map((r) => `${r.board} ${r.measure} ${r.value}`);
    // DN's Q4 uses December's estimate; LD's is missing (December blank), so ALL is missing too
    expect(est).toEqual(['DN value 60', 'DN cumulative 60']);
    const nov = consolidate(model.observations, { period: '2017-11', catalogue: model.catalogue, indicators: ['export_value'], measures: ['value'] });
    expect(nov.rows.filter((r) => r.estimated === true)).toEqual([]);
    expect(nov.rows.find((r) => r.board === 'ALL')?.value).toBe('22');
  });

  test('explain names the estimated inputs', () => {
    const e = explain(model.observations, { period: '2017-Q4', catalogue: model.catalogue }, { indicator: 'export_value', board: 'DN', measure: 'value' });
    expect(e.inputs.map((i) => `${i.month} ${i.estimated === true ? 'estimated' : 'final'} ${i.source?.cell}`)).toEqual(['2017-10 final D2', '2017-11 final E2', '2017-12 estimated F2']);
  });

  test('Tổng hợp shows "(ước)" after an estimated figure and says so in the notes; English "(est.)"', () => {
    const g2 = grid(
      boardsSheet('DN', 'LD'),
      boardSheet('DN', ['T11/2017', 'Tháng 12/2017 (ước)'], [['export_value', 'triệu USD', 20, 30]]),
      boardSheet('LD', ['T11/2017', 'T12/2017'], [['export_value', 'triệu USD', 2, 3]]),
    );
    const r = consolidateWorkbook(g2, { period: '2017-12' });
    const c = r.consolidation!;
    for (const lang of ['vi', 'en'] as const) {
      const { summary } = reportSheets(r, { lang });
      const dn = summaryPosition(c, 'export_value', 'DN', 'value')!;
      const ld = summaryPosition(c, 'export_value', 'LD', 'value')!;
      const all = summaryPosition(c, 'export_value', 'ALL', 'value')!;
      const at = (p: { row: number; col: number }) => summary.rows[p.row]?.[p.col];
      const mark = lang === 'vi' ? '" (ước)"' : '" (est.)"';
      // whole numbers, padded by two digit-wide spaces to line up with the 2-decimal rows of the sheet
      expect(at(dn)).toEqual({ kind: 'number', value: '30', format: `#,##0_._0_0${mark}` });
      expect(at(all)).toEqual({ kind: 'number', value: '33', format: `#,##0_._0_0${mark}` });
      expect(at(ld)).toEqual({ kind: 'number', value: '3', format: '#,##0_._0_0' });
      const notes = summary.rows[dn.row]!.at(-1);
      expect(notes?.kind === 'text' ? notes.value : '').toContain(lang === 'vi' ? 'có dùng số liệu ước tính (ước): DN, Tổng cộng' : 'built from estimates (est.): DN, Total');
    }
  });
});
