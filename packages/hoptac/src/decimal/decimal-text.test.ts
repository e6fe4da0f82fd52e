import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { DECIMAL_TEXT, formatDecimal, isPlainDecimalText, splitPlainDecimal, unsignedDecimalLength } from './decimal-text.js';

// texts over the characters decimal text is made of, so every branch of the scanners is reached
const decimalish = fc.string({ unit: fc.constantFrom('-', '+', '.', 'e', ' ', ',', '0', '1', '5', '9'), maxLength: 12 });
const plain = fc.tuple(fc.boolean(), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined })).map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}${frac === undefined ? '' : `.${frac}`}`);

describe('isPlainDecimalText', () => {
  it('agrees with the plain form written as a regular expression, on any text of decimal characters', () => {
    fc.assert(
      fc.property(decimalish, (t) => {
        expect(isPlainDecimalText(t)).toBe(/^-?\d+(\.\d+)?$/.test(t));
      }),
    );
  });
  test.each(['0', '-0', '12.5', '-0.001', '1490'])('%s is plain', (t) => expect(isPlainDecimalText(t)).toBe(true));
  test.each(['', '-', '1.', '.5', '+1', '1e3', '1,5', ' 1', '1.2.3', '--1'])('%j is not plain', (t) => expect(isPlainDecimalText(t)).toBe(false));
});

describe('unsignedDecimalLength', () => {
  it('is the length of the longest digits(.digits)? at the start, as the regular expression finds it', () => {
    fc.assert(
      fc.property(decimalish, fc.nat(4), (t, start) => {
        const m = /^\d+(\.\d+)?/.exec(t.slice(start));
        expect(unsignedDecimalLength(t, start)).toBe(m === null ? 0 : m[0].length);
      }),
    );
  });
});

describe('splitPlainDecimal', () => {
  it('gives back the parts the text is written with', () => {
    fc.assert(
      fc.property(plain, (t) => {
        const p = splitPlainDecimal(t)!;
        expect(`${p.negative ? '-' : ''}${p.whole}${p.fraction === '' ? '' : `.${p.fraction}`}`).toBe(t);
      }),
    );
    expect(splitPlainDecimal('1e3')).toBeUndefined();
  });
});

describe('DECIMAL_TEXT', () => {
  test.each(['1.5e-7', '+3', '.5', '5.', '-0012.5000'])('%s is accepted input', (t) => expect(DECIMAL_TEXT.test(t)).toBe(true));
  test.each(['1,5', '1 000', '1e', '1.2.3', '1e1234567'])('%s is not', (t) => expect(DECIMAL_TEXT.test(t)).toBe(false));
});

describe('formatDecimal', () => {
  test.each([
    ['0', '0', '0'],
    ['999', '999', '999'],
    ['1000', '1.000', '1,000'],
    ['-1234567.5', '-1.234.567,5', '-1,234,567.5'],
    ['0.00012345', '0,00012345', '0.00012345'],
    ['123456.000', '123.456,000', '123,456.000'],
  ])('%s is %s (vi) and %s (en)', (d, vi, en) => {
    expect(formatDecimal(d, 'vi')).toBe(vi);
    expect(formatDecimal(d, 'en')).toBe(en);
  });
  it('keeps every digit, in groups of three before the point, and reads back to the same decimal', () => {
    fc.assert(
      fc.property(plain, (d) => {
        const vi = formatDecimal(d, 'vi');
        const en = formatDecimal(d, 'en');
        expect(vi.replaceAll('.', '').replace(',', '.')).toBe(d);
        expect(en.replaceAll(',', '')).toBe(d);
        const whole = en.replace(/^-/, '').split('.')[0]!;
        const groups = whole.split(',');
        expect(groups.slice(1).every((g) => g.length === 3)).toBe(true);
        expect(groups[0]!.length >= 1 && groups[0]!.length <= 3).toBe(true);
      }),
    );
  });
});
