import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Unit, normalizeDecimal } from '../index.js';
import { format } from '../decimal/scaled.js';

describe('units', () => {
  it('reads the ways boards write units', () => {
    expect(Unit.parse('Tr.USD').code).toBe('triệu USD');
    expect(Unit.parse('tỷ VNĐ').code).toBe('tỷ đồng');
    expect(Unit.parse(' Triệu  đồng ').code).toBe('triệu đồng');
    expect(Unit.parse('m²').code).toBe('m2');
    expect(Unit.parse('Hecta').code).toBe('ha');
    expect(Unit.safeParse('gallon').success).toBe(false);
  });
  it('converts exactly within a base', () => {
    expect(Unit.convert('1250.5', 'nghìn USD', 'triệu USD')).toBe('1.2505');
    expect(Unit.convert('3.5', 'ha', 'm2')).toBe('35000');
    expect(Unit.convert('0.1', 'triệu đồng', 'tỷ đồng')).toBe('0.0001');
  });
  it('refuses different bases with unit-mismatch', () => {
    expect(() => Unit.convert('1', 'USD', 'tỷ đồng')).toThrowError(expect.objectContaining({ code: 'unit-mismatch' }) as Error);
    expect(() => Unit.convert('1', 'người', 'ha')).toThrowError(expect.objectContaining({ code: 'unit-mismatch' }) as Error);
  });
  it('round-trips every pair of a base exactly (property)', () => {
    const pairs = Unit.all.flatMap((a) => Unit.all.filter((b) => b.base === a.base).map((b) => [a.code, b.code] as const));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 9 }), ([a, b], int, scale) => {
        const v = format({ int, scale });
        expect(Unit.convert(Unit.convert(v, a, b), b, a)).toBe(normalizeDecimal(v));
      }),
    );
  });
  it('converts currency only with a rate, and keeps the rate', () => {
    const rate = { from: 'USD', to: 'VND', rate: '23500', date: '2017-12-31' } as const;
    const r = Unit.convertCurrency('2', 'triệu USD', 'tỷ đồng', rate);
    expect(r).toEqual({ value: '47', unit: 'tỷ đồng', rate });
    expect(() => Unit.convertCurrency('2', 'triệu USD', 'tỷ đồng', { ...rate, rate: '-1' })).toThrowError(expect.objectContaining({ code: 'invalid-exchange-rate' }) as Error);
    expect(() => Unit.convertCurrency('2', 'tỷ đồng', 'triệu USD', rate)).toThrowError(expect.objectContaining({ code: 'invalid-exchange-rate' }) as Error);
  });
});
