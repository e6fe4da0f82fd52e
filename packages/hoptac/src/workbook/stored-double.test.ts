import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { storedDoubleLost } from './stored-double.js';

describe('storedDoubleLost: did the 15-digit rule change the stored double?', () => {
  test('real texts: Excel 2007-2016 17-digit, 16-digit writers, and true losses', () => {
    expect(storedDoubleLost('5.0999999999999996')).toBe(false); // Excel's typed 5.1
    expect(storedDoubleLost('9.099999999999999')).toBe(false); // '%.16g' of 9.1
    expect(storedDoubleLost('14602.271000000001')).toBe(false);
    expect(storedDoubleLost('0.30000000000000004')).toBe(true); // 0.1 + 0.2
    expect(storedDoubleLost('12345678901234567')).toBe(true);
    expect(storedDoubleLost('1234567890123445')).toBe(true);
    expect(storedDoubleLost('1e+300')).toBe(false);
  });

  // The oracle compares doubles, which only a test may do: the double of the 15-digit reading
  // (ECMAScript's toPrecision(15) of the stored double) against the stored double itself.
  const oracle = (text: string): boolean => {
    const d = Number(text);
    return Number(d.toPrecision(15)) !== d;
  };
  test('agrees with the double comparison on any finite double, written with 15, 16 or 17 digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => d !== 0), fc.constantFrom(15, 16, 17), (d, p) => {
        const text = d.toPrecision(p);
        // a text beyond the largest double is not a stored number (the reader keeps it as text)
        fc.pre(Number.isFinite(Number(text)));
        expect(storedDoubleLost(text)).toBe(oracle(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
