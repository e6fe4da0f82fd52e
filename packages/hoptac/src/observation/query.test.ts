import { describe, expect, it } from 'vitest';
import { createObservations } from './set.js';
import { findSeries, firstMonth, hasAnyValue, hasValueAt, isEstimatedAt, isReportedAt, lastMonth, listOpenings, listSeries, listTargets, safeMantissaAt, seriesBoard, seriesIndicator, seriesMantissas, seriesScale, sourceAt, valueAt } from './query.js';

const month = (y: number, m: number) => y * 12 + m - 1;

describe('the observation set answers questions without showing its internals', () => {
  const set = createObservations()
    .add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: '1.5', source: { sheet: 'DN', cell: 'D5' } })
    .add({ board: 'DN', indicator: 'export_value', month: '2017-03', value: null })
    .add({ board: 'DN', indicator: 'workers_total', month: '2017-02', value: '12', status: 'estimated' })
    .add({ board: 'LD', indicator: 'export_value', month: '2018-01', value: '123456789012345678' })
    .opening({ board: 'LD', indicator: 'export_value', value: '7' })
    .opening({ board: 'DN', indicator: 'export_value', value: '3.25' })
    .target({ board: 'DN', indicator: 'export_value', year: 2017, value: '20' })
    .build();
  const dn = findSeries(set, 'DN', 'export_value')!;
  const ld = findSeries(set, 'LD', 'export_value')!;

  it('lists and finds series by code', () => {
    expect(listSeries(set).map((sr) => `${seriesBoard(set, sr)}/${seriesIndicator(set, sr)}`)).toEqual(['DN/export_value', 'DN/workers_total', 'LD/export_value']);
    expect(findSeries(set, 'LD', 'workers_total')).toBeUndefined();
    expect(findSeries(set, 'XX', 'export_value')).toBeUndefined();
  });

  it('spans a series over its board months and tells values, blanks and nothing apart', () => {
    expect([firstMonth(dn), lastMonth(dn)]).toEqual([month(2017, 1), month(2017, 3)]);
    expect([hasValueAt(dn, month(2017, 1)), hasValueAt(dn, month(2017, 2)), hasValueAt(dn, month(2017, 3)), hasValueAt(dn, month(2016, 12))]).toEqual([true, false, false, false]);
    expect([isReportedAt(dn, month(2017, 2)), isReportedAt(dn, month(2017, 3))]).toEqual([false, true]);
    expect(hasAnyValue(dn)).toBe(true);
    expect(valueAt(dn, month(2017, 1))).toEqual({ int: 15n, scale: 1 });
    expect(valueAt(dn, month(2017, 3))).toBeUndefined();
    expect(valueAt(ld, month(2018, 1))).toEqual({ int: 123456789012345678n, scale: 0 });
  });

  it('gives sources, estimate marks and mantissas', () => {
    expect(sourceAt(set, dn, month(2017, 1))).toEqual({ sheet: 'DN', cell: 'D5' });
    expect(sourceAt(set, dn, month(2017, 3))).toBeUndefined();
    expect(isEstimatedAt(findSeries(set, 'DN', 'workers_total')!, month(2017, 2))).toBe(true);
    expect(isEstimatedAt(dn, month(2017, 1))).toBe(false);
    expect([safeMantissaAt(dn, month(2017, 1)), seriesScale(dn)]).toEqual([15, 1]);
    expect(safeMantissaAt(ld, month(2018, 1))).toBeUndefined(); // too large for a safe double
    const m = seriesMantissas(dn);
    expect([...m.present]).toEqual([1, 0, 0]);
  });

  it('lists openings board by board and targets as set', () => {
    expect(listOpenings(set).map((o) => `${o.board} ${o.indicator} ${o.value.int}/${o.value.scale}`)).toEqual(['DN export_value 325/2', 'LD export_value 7/0']);
    expect(listTargets(set).map((t) => `${t.board} ${t.indicator} ${t.year} ${t.value.int}`)).toEqual(['DN export_value 2017 20']);
  });
});
