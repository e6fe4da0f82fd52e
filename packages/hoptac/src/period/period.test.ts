import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Period } from '../index.js';
import type { Period as P } from '../index.js';

const year = fc.integer({ min: 1990, max: 2100 });
const periodArb: fc.Arbitrary<P> = fc.oneof(
  fc.record({ kind: fc.constant('month' as const), year, month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('quarter' as const), year, quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const) }),
  fc.record({ kind: fc.constant('half' as const), year, half: fc.constantFrom(1 as const, 2 as const) }),
  fc.record({ kind: fc.constant('year' as const), year }),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 120 }))
    .map(([y, m, len]): P => {
      const from = Period.month(y, m);
      const toIdx = y * 12 + m - 1 + len;
      return { kind: 'span', from, to: Period.month(Math.floor(toIdx / 12), (toIdx % 12) + 1) };
    }),
);

describe('Period.parse', () => {
  it.each([
    ['2017-12', '2017-12'],
    ['2017-M12', '2017-12'],
    ['Tháng 12/2017', '2017-12'],
    ['tháng 12 năm 2017', '2017-12'],
    ['T1/2017', '2017-01'],
    ['T01/2017', '2017-01'],
    ['01/2017', '2017-01'],
    ['1/2017', '2017-01'],
    ['Quý IV/2017', '2017-Q4'],
    ['Quí IV/2017', '2017-Q4'],
    ['quý 4 năm 2017', '2017-Q4'],
    ['2017-Q4', '2017-Q4'],
    ['6 tháng đầu năm 2017', '2017-H1'],
    ['6 tháng cuối năm 2017', '2017-H2'],
    ['2017-S2', '2017-H2'],
    ['Năm 2017', '2017'],
    ['2017', '2017'],
    ['Giai đoạn 2016-2018', '2016/2018'],
    ['2016/2018', '2016/2018'],
    ['2016-07/2018-06', '2016-07/2018-06'],
  ])('reads %s as %s', (text, canonical) => {
    expect(Period.toString(Period.parse(text))).toBe(canonical);
  });

  it.each(['2017-13', 'Quý V/2017', 'Tháng 0/2017', '', 'abc', '2018/2016', '1776', '2017-Q0', 'x'.repeat(10_000)])('refuses %j with invalid-period', (text) => {
    expect(() => Period.parse(text)).toThrowError(expect.objectContaining({ code: 'invalid-period' }) as Error);
    expect(Period.safeParse(text).success).toBe(false);
  });

  it('parse(toString(p)) equals p and parse(label(p)) equals p in both languages for Vietnamese', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(Period.parse(Period.toString(p))).toEqual(p);
        expect(Period.equals(Period.parse(Period.label(p, 'vi')), p)).toBe(true);
      }),
    );
  });
});

describe('Period operations', () => {
  it('sorts by first month then by length', () => {
    const sorted = ['2018', '2017-Q4', '2017-12', '2017-10', '2017'].map(Period.parse).sort(Period.compare).map(Period.toString);
    expect(sorted).toEqual(['2017', '2017-10', '2017-Q4', '2017-12', '2018']);
  });
  it('months, first and last month, count', () => {
    expect(Period.months(Period.parse('2017-H2')).map(Period.toString)).toEqual(['2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12']);
    expect(Period.monthCount(Period.parse('2016/2018'))).toBe(36);
    expect(Period.toString(Period.lastMonth(Period.parse('2017-Q3')))).toBe('2017-09');
  });
  it('year to date runs from January of the last month’s year', () => {
    expect(Period.toString(Period.yearToDate(Period.parse('2017-Q3')))).toBe('2017-01/2017-09');
    expect(Period.toString(Period.yearToDate(Period.parse('2016-07/2018-03')))).toBe('2018-01/2018-03');
  });
  it('a single year from January to December is written by its months, never as 2017/2017', () => {
    const ytd = Period.yearToDate(Period.parse('2017-Q4'));
    expect(ytd).toEqual({ kind: 'span', from: { kind: 'month', year: 2017, month: 1 }, to: { kind: 'month', year: 2017, month: 12 } });
    expect(Period.toString(ytd)).toBe('2017-01/2017-12');
    expect(Period.label(ytd)).toBe('Từ tháng 1/2017 đến tháng 12/2017');
    expect(Period.label(ytd, 'en')).toBe('January 2017 to December 2017');
    expect(Period.parse('2017-01/2017-12')).toEqual(ytd);
    expect(Period.parse('2017/2017')).toEqual(ytd); // the old text still reads
    expect(Period.equals(Period.parse('Từ tháng 1/2017 đến tháng 12/2017'), ytd)).toBe(true);
    // the year itself and spans over several whole years keep their texts
    expect(Period.toString(Period.parse('2017'))).toBe('2017');
    expect(Period.toString(Period.span(Period.parse('2016'), Period.parse('2018')))).toBe('2016/2018');
    expect(Period.label(Period.parse('2016/2018'))).toBe('Giai đoạn 2016-2018');
  });
  it('shift by years keeps the kind', () => {
    expect(Period.toString(Period.shiftYears(Period.parse('2017-Q4'), -1))).toBe('2016-Q4');
    expect(Period.toString(Period.shiftYears(Period.parse('2016/2018'), 3))).toBe('2019/2021');
  });
  it('contains is consistent with months', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        const am = new Set(Period.months(a).map(Period.toString));
        const inside = Period.months(b).every((m) => am.has(Period.toString(m)));
        expect(Period.contains(a, b)).toBe(inside);
      }),
    );
  });
  it('compare is a total order consistent with equals', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        // antisymmetric: the signs cancel (a sum, since -Math.sign(0) is -0, which toBe tells from 0)
        expect(Math.sign(Period.compare(a, b)) + Math.sign(Period.compare(b, a))).toBe(0);
        expect(Period.compare(a, b) === 0).toBe(Period.equals(a, b));
      }),
    );
  });
});
