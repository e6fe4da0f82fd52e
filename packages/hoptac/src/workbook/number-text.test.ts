import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeDecimal } from '../decimal/public.js';
import { parseTextNumber } from './number-text.js';

describe('parseTextNumber', () => {
  test.each([
    ['1.234.567,5', 'vi', '1234567.5'],
    ['1,234,567.5', 'en', '1234567.5'],
    ['1.234', 'vi', '1234'],
    ['1,234', 'en', '1234'],
    ['1234,5', 'vi', '1234.5'],
    ['1234.5', 'en', '1234.5'],
    ['1 234 567,25', 'vi', '1234567.25'],
    ['1\u00a0234\u00a0567.25', 'en', '1234567.25'],
    ['\u00a0 -12,50 ', 'vi', '-12.5'],
    ['−3', 'vi', '-3'],
    ['+7', 'en', '7'],
    [',5', 'vi', '0.5'],
    ['007', 'vi', '7'],
    ['-0,0', 'vi', '0'],
    ['123.456.789.012.345.678,9', 'vi', '123456789012345678.9'],
  ] as const)('%s (%s) is %s', (text, format, value) => {
    expect(parseTextNumber(text, format)).toEqual({ kind: 'number', value });
  });

  test.each([
    ['1.23', 'vi'],
    ['1234.5', 'vi'],
    ['1,5', 'en'],
    ['12,34,567', 'en'],
    ['1..234', 'vi'],
    ['.234', 'vi'],
    ['1.234.', 'vi'],
    ['abc', 'vi'],
    ['1,2,3', 'vi'],
    ['1e5', 'en'],
    ['12%', 'en'],
    ['- 5', 'vi'],
    ['--', 'vi'],
    ['1.234,5,6', 'vi'],
  ] as const)('%s (%s) is not a number', (text, format) => {
    expect(parseTextNumber(text, format).kind).toBe('invalid');
  });

  test('dashes are zero, spaces are blank', () => {
    for (const d of ['-', '–', '—', ' - ']) expect(parseTextNumber(d, 'vi').kind).toBe('zero');
    for (const b of ['', '   ', '\u00a0', '\t']) expect(parseTextNumber(b, 'en').kind).toBe('blank');
  });

  // a decimal formatted the way a person in each convention writes it comes back exactly
  const decimalArb = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.nat({ max: 12 }))
    .map(([neg, int, scale]) => {
      const digits = int.toString().padStart(scale + 1, '0');
      const whole = digits.slice(0, digits.length - scale);
      const frac = digits.slice(digits.length - scale);
      return { neg, whole, frac };
    });

  const group = (whole: string, sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

  test.each(['vi', 'en'] as const)('property: %s formatted text reads back exactly', (format) => {
    fc.assert(
      fc.property(decimalArb, fc.constantFrom('sep', 'space', 'nbsp', 'none'), ({ neg, whole, frac }, style) => {
        const sep = style === 'sep' ? (format === 'vi' ? '.' : ',') : style === 'space' ? ' ' : style === 'nbsp' ? '\u00a0' : '';
        const point = format === 'vi' ? ',' : '.';
        const text = `${neg ? '-' : ''}${group(whole, sep)}${frac === '' ? '' : point + frac}`;
        const expected = normalizeDecimal(`${neg ? '-' : ''}${whole}${frac === '' ? '' : `.${frac}`}`);
        expect(parseTextNumber(text, format)).toEqual({ kind: 'number', value: expected });
      }),
      { numRuns: 500 },
    );
  });

  test('property: a vi text with grouping is never read as an en decimal and vice versa', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1000n, max: 10n ** 12n }), (n) => {
        const vi = group(n.toString(), '.');
        const r = parseTextNumber(vi, 'en');
        // "1.234" in en is the decimal 1.234, never 1234
        expect(r.kind === 'number' ? r.value : 'invalid').not.toBe(n.toString());
      }),
      { numRuns: 200 },
    );
  });
});
