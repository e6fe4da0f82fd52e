import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelNumberToDecimal, isDecimal, normalizeDecimal, roundDecimal, significantDigits } from '../index.js';
import { divRound, format, parseScaled } from './scaled.js';

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
  .map(([neg, int, scale]) => format({ int: neg ? -int : int, scale }));

describe('decimals', () => {
  it('normalizes plain and exponent forms', () => {
    expect(normalizeDecimal('0012.5000')).toBe('12.5');
    expect(normalizeDecimal('1.5e-7')).toBe('0.00000015');
    expect(normalizeDecimal('1.23E+5')).toBe('123000');
    expect(normalizeDecimal('-0.000')).toBe('0');
    expect(normalizeDecimal('.5')).toBe('0.5');
    expect(isDecimal('1.234,5')).toBe(false);
    expect(isDecimal('1e999999')).toBe(false); // would need a million digits: refused, not allocated
    expect(() => normalizeDecimal('abc')).toThrowError(expect.objectContaining({ code: 'invalid-decimal' }) as Error);
  });
  it('parse(format(x)) = x', () => {
    fc.assert(fc.property(decimalText, (t) => {
        expect(normalizeDecimal(normalizeDecimal(t))).toBe(normalizeDecimal(t));
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 20 }), (int, scale) => {
        const d = parseScaled(format({ int, scale }))!;
        expect(d.int * 10n ** BigInt(scale)).toBe(int * 10n ** BigInt(d.scale));
      }),
    );
  });
  it('rounds half away from zero, once', () => {
    expect(roundDecimal('68.485', 2)).toBe('68.49');
    expect(roundDecimal('-68.485', 2)).toBe('-68.49');
    expect(roundDecimal('2.5', 0)).toBe('3');
    expect(roundDecimal('-2.5', 0)).toBe('-3');
    expect(roundDecimal('1.2', 3)).toBe('1.200');
    // 2/3 × 100 = 66.666… → 66.67; 1/8 × 100 = 12.5 → 12.50; ties away from zero on negative quotients
    expect(format(divRound(parseScaled('2')!, parseScaled('3')!, 2, 2)!)).toBe('66.67');
    expect(format(divRound(parseScaled('-1')!, parseScaled('8')!, 1, 2)!)).toBe('-12.5');
    expect(format(divRound(parseScaled('-1')!, parseScaled('16')!, 1, 2)!)).toBe('-6.3');
    expect(divRound(parseScaled('1')!, parseScaled('0')!, 2)).toBeUndefined();
  });
  it('rounding a quotient equals rounding its exact value (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }), (a, b, d) => {
        const q = divRound({ int: a, scale: 0 }, { int: b, scale: 0 }, d)!;
        // |a/b - q| <= 1/2 ulp, and ties go away from zero
        const scaledA = a * 10n ** BigInt(d) * 2n;
        const diff = scaledA - q.int * b * 2n; // 2·(a·10^d − q·b)
        const absDiff = diff < 0n ? -diff : diff;
        expect(absDiff <= b).toBe(true);
        if (absDiff === b) expect(q.int === 0n || q.int < 0n === a < 0n).toBe(true);
      }),
    );
  });
  it('reads Excel numbers through their 15 significant digits', () => {
    expect(excelNumberToDecimal(0.1 + 0.2)).toBe('0.3');
    expect(excelNumberToDecimal(1234567.5)).toBe('1234567.5');
    expect(excelNumberToDecimal(-0.000001)).toBe('-0.000001');
    expect(excelNumberToDecimal(1e21)).toBe('1000000000000000000000');
    expect(excelNumberToDecimal(123456789012345680)).toBe('123456789012346000');
    expect(() => excelNumberToDecimal(Number.NaN)).toThrow();
  });
  it('a value with 15 significant digits and 6 decimals survives the Excel rule exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), (int) => {
        const text = format({ int, scale: 6 });
        expect(excelNumberToDecimal(Number(text))).toBe(normalizeDecimal(text));
      }),
    );
  });
  it('counts significant digits', () => {
    expect(significantDigits('0.00120')).toBe(2);
    expect(significantDigits('1234567890123456789')).toBe(19);
    expect(significantDigits('0')).toBe(0);
  });
});
