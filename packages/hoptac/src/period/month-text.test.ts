import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { isMonthText, monthTextIndex } from './month-text.js';

describe('monthTextIndex', () => {
  it('is year × 12 + month − 1 for every YYYY-MM of years 1900-2999 and months 01-12, and undefined around them', () => {
    for (let y = 1890; y <= 3010; y++) {
      for (let m = 0; m <= 13; m++) {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
        const inRange = y >= 1900 && y <= 2999 && m >= 1 && m <= 12;
        expect(monthTextIndex(text)).toBe(inRange ? y * 12 + m - 1 : undefined);
      }
    }
  });
  it('accepts only the canonical form, as the regular expression says, on any text of date characters', () => {
    const chars = fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '/', ' ', 'T', 'Q'), maxLength: 9 });
    fc.assert(
      fc.property(chars, (t) => {
        const m = /^(\d{4})-(\d{2})$/.exec(t);
        const ok = m !== null && Number(m[1]) >= 1900 && Number(m[1]) <= 2999 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
        expect(isMonthText(t)).toBe(ok);
      }),
    );
  });
  test.each(['2017-1', '2017-001', ' 2017-01', '2017-01 ', '2017/01', '01/2017', '2017-Q1', '２０１７-01'])('%j is not canonical month text', (t) => {
    expect(monthTextIndex(t)).toBeUndefined();
  });
});
