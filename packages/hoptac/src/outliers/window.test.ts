import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scan } from './scan.js';
import { WINDOW } from './constants.js';
import { NumberWindow, ROOM, SAFE_MANTISSA } from './window.js';

/** 4 × the MAD and 2 × the median by the definition, on bigints, sorting (independent of window.ts) */
function definition(values: readonly number[]): { m2: bigint; d4: bigint } {
  const cmp = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
  const med2 = (xs: bigint[]) => {
    const h = xs.length >> 1;
    return xs.length % 2 === 1 ? 2n * xs[h]! : xs[h - 1]! + xs[h]!;
  };
  const w = values.map(BigInt).sort(cmp);
  const m2 = med2(w);
  const dev = w.map((v) => (2n * v > m2 ? 2n * v - m2 : m2 - 2n * v)).sort(cmp);
  return { m2, d4: med2(dev) };
}

/** a window of 12-25 integers: wide, narrow (many ties) or with a few far values */
const windowValues = fc.oneof(
  fc.array(fc.integer({ min: -SAFE_MANTISSA, max: SAFE_MANTISSA }), { minLength: 12, maxLength: 25 }),
  fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 12, maxLength: 25 }),
  fc.tuple(fc.array(fc.integer({ min: 100, max: 120 }), { minLength: 12, maxLength: 22 }), fc.array(fc.integer({ min: -SAFE_MANTISSA, max: SAFE_MANTISSA }), { maxLength: 3 })).map(([a, b]) => [...a, ...b]),
);

/** the values entered one by one, with some slid out and in again by replace */
function fill(values: readonly number[], churn: readonly number[]): NumberWindow {
  const ys = new Float64Array(values.length + churn.length);
  ys.set(values);
  const w = new NumberWindow(ys);
  values.forEach((_, s) => w.add(s));
  // replace slot i by a new slot holding the same value as some other, then back: same multiset
  churn.forEach((c, j) => {
    const out = c % values.length;
    ys[values.length + j] = values[out]!;
    w.replace(out, values.length + j);
  });
  return w;
}

describe('NumberWindow', () => {
  test('the window and the month entering it fit its room (its search probes 32 positions)', () => {
    expect(ROOM).toBe(32);
    expect(WINDOW + 1).toBeLessThanOrEqual(ROOM);
  });

  test('its median and MAD are the definition\'s, and its cheap bound never exceeds the MAD', () => {
    fc.assert(
      fc.property(windowValues, fc.array(fc.nat(), { maxLength: 8 }), (values, churn) => {
        const w = fill(values, churn);
        const { m2, d4 } = definition(values);
        expect(BigInt(w.m2())).toBe(m2);
        expect(BigInt(w.d4(w.m2()))).toBe(d4);
        const low = w.d4Low(w.m2());
        expect(low).toBeGreaterThanOrEqual(0);
        expect(BigInt(low) <= d4).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('remove and replace keep the window sorted as the definition\'s multiset', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 14, maxLength: 40 }), (values) => {
        // slide a 12-slot window over the values: the first half by replace, the rest by remove then add
        const ys = Float64Array.from(values);
        const w = new NumberWindow(ys);
        for (let s = 0; s < 12; s++) w.add(s);
        for (let s = 12; s < values.length; s++) {
          if (s % 2 === 0) w.replace(s - 12, s);
          else {
            w.remove(s - 12);
            w.add(s);
          }
          const { m2, d4 } = definition(values.slice(s - 11, s + 1));
          expect([BigInt(w.m2()), BigInt(w.d4(w.m2()))]).toEqual([m2, d4]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('scan: the number path with its cheap bound agrees with the bigint path', () => {
  const kind = fc.constantFrom('flow' as const, 'stock' as const);
  // small counts (ties, MAD 0, flat runs), large values near the safe limit, and blanks
  const value = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -SAFE_MANTISSA, max: SAFE_MANTISSA }), fc.integer({ min: 990, max: 1010 }), fc.integer({ min: 990_000, max: 1_010_000 }));
  test('flows and stocks, with and without unit slips', () => {
    fc.assert(
      fc.property(fc.array(fc.option(value, { freq: 6, nil: null }), { minLength: 13, maxLength: 60 }), kind, fc.boolean(), (xs, k, slips) => {
        const present = xs.map((v) => v !== null);
        const ints = xs.map((v) => BigInt(v ?? 0));
        const opts = { present, scale: 0, kind: k, unitSlip: slips };
        expect(scan({ ...opts, ints: Float64Array.from(xs, (v) => v ?? 0) })).toEqual(scan({ ...opts, ints, forceBig: true }));
      }),
      { numRuns: 500 },
    );
  });
});
