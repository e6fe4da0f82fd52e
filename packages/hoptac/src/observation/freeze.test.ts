import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, exact, text, ZERO } from '../../../../tests/helpers/exact.js';
import { consolidate, createObservations, defineCatalogue, normalizeDecimal, observations } from '../index.js';

const catalogue = defineCatalogue({ indicators: [{ code: 'x', nameVi: 'x', nameEn: 'x', unit: 'tỷ đồng', kind: 'flow' }] });

// a decimal with up to 16 integer digits and up to 30 places: short ones take the fast path, long
// ones the general reader; one series mixes scales, so build() rescales them to a common one and
// keeps the series as doubles only while every value and every sum stays a safe integer
const decimalText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,15}$|^0$/), fc.option(fc.stringMatching(/^[0-9]{1,30}$/), { nil: undefined }))
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);

describe('build() lays out a series of mixed scales exactly', () => {
  it('keeps every value and sums a year exactly (BigInt oracle), whatever the scales', () => {
    fc.assert(
      fc.property(fc.array(fc.option(decimalText, { nil: null }), { minLength: 1, maxLength: 24 }), (values) => {
        const set = createObservations().addSeries({ board: 'A', indicator: 'x', start: '2017-01', values }).build();
        const back = [...observations(set)].map((o) => o.value);
        expect(back).toEqual(values.map((v) => (v === null ? null : normalizeDecimal(v))));
        const year = values.slice(0, 12);
        const complete = year.length === 12 && year.every((v) => v !== null);
        const row = consolidate(set, { period: '2017', catalogue, indicators: ['x'], measures: ['value'] }).rows.find((r) => r.board === 'A');
        if (complete) expect(row?.value).toBe(normalizeDecimal(text(year.reduce((acc, v) => add(acc, exact(v!)), ZERO))));
        else expect(row?.value).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a zero next to a value with many places', () => {
    const set = createObservations().addSeries({ board: 'A', indicator: 'x', start: '2017-01', values: ['0', '0.000000000000000000000000000001', '5'] }).build();
    expect([...observations(set)].map((o) => o.value)).toEqual(['0', '0.000000000000000000000000000001', '5']);
  });
});
