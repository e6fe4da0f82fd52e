import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth, isoDate, parseDate } from './dates.js';

describe('calendar arithmetic', () => {
  it('agrees with Date.UTC for every day of 1900-2999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d0) => {
        const d = Math.min(d0, daysInMonth(y, m));
        const n = dayNumber(y, m, d);
        expect(n).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
        expect(isoDate(n)).toBe(new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10));
        expect(parseDate(isoDate(n))).toEqual({ year: y, month: m, day: d });
      }),
    );
  });

  it('knows leap years and refuses impossible dates', () => {
    expect(parseDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
    expect(parseDate('2100-02-29')).toBeUndefined();
    expect(parseDate('2000-02-29')).toBeDefined();
    expect(parseDate('2018-12')).toBeUndefined();
    expect(parseDate('2018-12', true)).toEqual({ year: 2018, month: 12 });
    expect(parseDate('26/12/2017')).toBeUndefined();
  });
});
