import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createObservations } from './builder.js';
import { observations } from './list.js';

const monthText = (m: number) => `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

// one observation per board × indicator × month, in any order, some estimated, added one by one or
// as rows of consecutive months: the store's runs must give back exactly what was added
const cellArb = fc.record({ board: fc.constantFrom('DN', 'LD', 'BP'), indicator: fc.constantFrom('x', 'y'), month: fc.integer({ min: 0, max: 40 }), value: fc.oneof(fc.constant(null), fc.integer({ min: -999, max: 999 }).map(String)), estimated: fc.boolean() });
const key = (c: { board: string; indicator: string; month: number }) => `${c.board}|${c.indicator}|${c.month}`;

describe('the raw store keeps what was added, in any order', () => {
  it('gives every observation back with its board, indicator, month, value and status', () => {
    fc.assert(
      fc.property(fc.uniqueArray(cellArb, { selector: key, minLength: 1, maxLength: 120 }), fc.boolean(), (cells, rows) => {
        const b = createObservations();
        if (rows) {
          // consecutive months of one board, indicator and status go in as one addSeries
          for (let k = 0; k < cells.length; ) {
            const c = cells[k]!;
            let j = k + 1;
            while (j < cells.length && cells[j]!.board === c.board && cells[j]!.indicator === c.indicator && cells[j]!.estimated === c.estimated && cells[j]!.month === c.month + (j - k)) j++;
            b.addSeries({ board: c.board, indicator: c.indicator, start: monthText(c.month), values: cells.slice(k, j).map((x) => x.value), status: c.estimated ? 'estimated' : 'final' });
            k = j;
          }
        } else {
          for (const c of cells) b.add({ board: c.board, indicator: c.indicator, month: monthText(c.month), value: c.value, status: c.estimated ? 'estimated' : 'final' });
        }
        const set = b.build();
        // expected: boards and indicators in the order first seen, months rising
        const boards = [...new Set(cells.map((c) => c.board))];
        const inds = [...new Set(cells.map((c) => c.indicator))];
        const want = [...cells]
          .sort((p, q) => boards.indexOf(p.board) - boards.indexOf(q.board) || inds.indexOf(p.indicator) - inds.indexOf(q.indicator) || p.month - q.month)
          .map((c) => ({ board: c.board, indicator: c.indicator, month: monthText(c.month), value: c.value, status: c.estimated ? 'estimated' : 'final' }));
        expect([...observations(set)]).toEqual(want);
        expect(set.size).toBe(cells.length);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a month given twice, even when it continues a row', () => {
    const b = createObservations()
      .addSeries({ board: 'DN', indicator: 'x', start: '2017-01', values: ['1', '2', '3'] })
      .add({ board: 'DN', indicator: 'x', month: '2017-04', value: '4' })
      .add({ board: 'DN', indicator: 'x', month: '2017-02', value: '5' });
    expect(() => b.build()).toThrowError(expect.objectContaining({ code: 'duplicate-observation', params: expect.objectContaining({ month: '2017-02' }) }) as Error);
  });

  it('stores nothing of an observation whose value is refused', () => {
    const b = createObservations().add({ board: 'DN', indicator: 'x', month: '2017-01', value: '1' });
    expect(() => b.add({ board: 'DN', indicator: 'x', month: '2017-02', value: 'abc' })).toThrow();
    const set = b.add({ board: 'DN', indicator: 'x', month: '2017-03', value: '3' }).build();
    expect([...observations(set)].map((o) => `${o.month}=${o.value}`)).toEqual(['2017-01=1', '2017-03=3']);
  });
});
