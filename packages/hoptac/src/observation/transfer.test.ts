import { describe, expect, test } from 'vitest';
import { consolidate } from '../consolidate/consolidate.js';
import { diffObservations } from './diff.js';
import { createObservations, observations } from './set.js';
import { fromObservationData, observationData } from './transfer.js';

describe('observation data between threads', () => {
  test('a structured clone gives the same set: values, blanks, estimates, sources, openings, targets', () => {
    const set = createObservations()
      .board('BP')
      .addSeries({ board: 'DN', indicator: 'export_value', start: '2017-01', values: ['1.5', null, undefined, '123456789012345678901234.5'], sources: [{ sheet: 'DN', cell: 'E7' }, { sheet: 'DN', cell: 'F7' }, undefined, { sheet: 'DN' }] })
      .add({ board: 'LD', indicator: 'export_value', month: '2017-02', value: '7', status: 'estimated', source: { sheet: 'LD', cell: 'F9' } })
      .opening({ board: 'DN', indicator: 'export_value', value: '100', source: { sheet: 'DN', cell: 'D7' } })
      .target({ board: 'LD', indicator: 'export_value', year: 2017, value: '90' })
      .build();
    const back = fromObservationData(structuredClone(observationData(set)));
    expect([...observations(back)]).toEqual([...observations(set)]);
    expect(back.boards).toEqual(set.boards);
    expect(back.size).toBe(set.size);
    expect(diffObservations(set, back)).toEqual([]);
    const opts = { period: '2017-Q1', indicators: ['export_value'] };
    expect(consolidate(back, opts)).toEqual(consolidate(set, opts));
  });

  test('anything else is refused', () => {
    expect(() => fromObservationData({ format: 'hoptac-observations/1', inner: {} })).toThrow(/observationData/);
  });
});
