import { describe, expect, it } from 'vitest';
import { snapshotShapeIssues } from './snapshot-shape.js';

const good = {
  format: 'hoptac-workbook-snapshot/1',
  hash: 'a'.repeat(64),
  boards: ['DN'],
  series: [{ board: 'DN', indicator: 'export_value', start: '2017-01', values: ['1.5', null], estimated: [0], cells: [[0, 'DN', 'E5', 2]] }],
  openings: [{ board: 'DN', indicator: 'export_value', value: '7', sheet: 'DN', cell: 'D5' }],
  targets: [{ board: 'DN', indicator: 'export_value', year: 2017, value: '20' }],
  units: [{ board: 'DN', indicator: 'export_value', unit: 'triệu USD', exponent: 6, sheet: 'DN' }],
};
const at = (v: unknown) => snapshotShapeIssues(v).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the shape of a saved workbook snapshot', () => {
  it('accepts a snapshot as written', () => {
    expect(snapshotShapeIssues(good)).toEqual([]);
    expect(snapshotShapeIssues({ ...good, takenAt: '2018-01-05T08:00:00Z' })).toEqual([]);
  });

  it('names each wrong field by its path, in both languages', () => {
    const series = [{ ...good.series[0], start: '2017-13', values: ['1,5'], cells: [[0, 'DN', 'E5', 0]] }];
    expect(at({ ...good, series, extra: 1 })).toEqual([
      ': field not allowed here: "extra"',
      'series.0.start: has the wrong format: the string "2017-13"',
      'series.0.values.0: has the wrong format: the string "1,5"',
      'series.0.cells.0.3: must be greater than 0',
    ]);
    const [first] = snapshotShapeIssues({ ...good, boards: 'DN' });
    expect(first?.path).toEqual(['boards']);
    expect(first?.messageVi).toContain('một mảng');
  });

  it('refuses missing fields, wrong types, a wrong format tag and too many months', () => {
    const { hash: _, ...noHash } = good;
    expect(at(noHash)).toEqual(['hash: this field is required (a string)']);
    expect(at({ ...good, format: 'other/1' })).toEqual(['format: must be one of "hoptac-workbook-snapshot/1", but got the string "other/1"']);
    expect(at({ ...good, targets: [{ ...good.targets[0], year: 2017.5 }] })[0]).toMatch(/^targets\.0\.year: must be an integer/);
    expect(at({ ...good, series: [{ ...good.series[0], values: new Array(12001).fill(null) }] })).toEqual(['series.0.values: must have at most 12000 items']);
    expect(at(null)).toEqual([': must be an object, but got `null`']);
  });
});
