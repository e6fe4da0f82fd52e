import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findOutliers } from './find.js';
import { scan } from './scan.js';

const D = DecimalJs.clone({ precision: 200 });
const BASE = ['12.5', '14', '13.2', '15', '12.8', '13.9', '14.4', '12.1', '13.5', '14.8', '13', '12.6'];
const brief = (xs: ReturnType<typeof findOutliers>) => xs.map((o) => [o.index, o.kind, o.exponent ?? null]);

describe('findOutliers: flows', () => {
  test('a ×1000 slip: median 13.35, MAD 0.7 (by hand), usual range 13.35 ± 3.5 × 0.7 / 0.6745, rounded outward', () => {
    expect(findOutliers([...BASE, '13800'])).toEqual([{ index: 12, kind: 'unit-slip', value: '13800', low: '9.7', high: '17.0', median: '13.35', exponent: 3 }]);
  });

  test('a ×0.001 slip', () => {
    const big = BASE.map((v) => new D(v).times(1000).toFixed());
    expect(brief(findOutliers([...big, '13.5']))).toEqual([[12, 'unit-slip', -3]]);
    expect(brief(findOutliers([...big, '0.0135']))).toEqual([[12, 'unit-slip', -6]]);
    expect(brief(findOutliers([...BASE, '13350000']))).toEqual([[12, 'unit-slip', 6]]);
  });

  test('an outlier that is no unit slip: 25 (z = 0.6745 × 11.65 / 0.7 ≈ 11.2)', () => {
    expect(brief(findOutliers([...BASE, '25']))).toEqual([[12, 'outlier', null]]);
    expect(brief(findOutliers([...BASE, '25'], { unitSlip: false }))).toEqual([[12, 'outlier', null]]);
    // inside: 16.9 is 3.55 from the median, z = 0.6745 × 3.55 / 0.7 ≈ 3.42
    expect(findOutliers([...BASE, '16.9'])).toEqual([]);
    expect(brief(findOutliers([...BASE, '17']))).toEqual([[12, 'outlier', null]]); // z ≈ 3.52
  });

  test('fewer than 12 months of history: not checked', () => {
    expect(findOutliers([...BASE.slice(1), '13800'])).toEqual([]);
  });

  test('missing months: the window is the 24 months before, needing 12 reported', () => {
    const gap = Array<null>(12).fill(null);
    // 12 reported then 12 blank: the month after still has 12 in its window
    expect(brief(findOutliers([...BASE, ...gap, '13800']))).toEqual([[24, 'unit-slip', 3]]);
    // one more blank and only 11 are left
    expect(findOutliers([...BASE, ...gap, null, '13800'])).toEqual([]);
    // a blank among the history is skipped, not zero
    expect(findOutliers([...BASE.slice(0, 6), null, ...BASE.slice(6), '13.4'])).toEqual([]);
  });

  test('a slip is left out of the later months\' history, so a board that keeps the wrong unit is told each month', () => {
    expect(brief(findOutliers([...BASE, '13800', '13.1', '14100', '14500']))).toEqual([[12, 'unit-slip', 3], [14, 'unit-slip', 3], [15, 'unit-slip', 3]]);
  });

  test('a flat series (MAD and mean absolute deviation 0) is not judged, except for a unit slip', () => {
    const flat = Array<string>(13).fill('5');
    expect(findOutliers([...flat, '6'])).toEqual([]);
    expect(findOutliers([...flat, '5000'])).toEqual([{ index: 13, kind: 'unit-slip', value: '5000', low: '5', high: '5', median: '5', exponent: 3 }]);
  });

  test('MAD 0: the mean absolute deviation (by hand), at least the step of the history', () => {
    // ten 100s, 110 and 90: median 100, MAD 0, mean absolute deviation 20/12; the step is 10, so
    // the spread is 10: outlier beyond 3.5 × 10 / 0.7979 ≈ 43.9 from 100
    const h = [...Array<string>(10).fill('100'), '110', '90'];
    expect(findOutliers([...h, '143'])).toEqual([]);
    expect(findOutliers([...h, '144'])).toEqual([{ index: 12, kind: 'outlier', value: '144', low: '56', high: '144', median: '100' }]);
    // a count that rises by 1 or 2 is not an outlier for rising by 0 or 3
    const counts = ['1', '2', '1', '1', '2', '1', '1', '1', '2', '1', '1', '1'];
    expect(findOutliers([...counts, '0'])).toEqual([]);
    expect(findOutliers([...counts, '3'])).toEqual([]);
  });

  test('bad input is a HoptacError, not a crash', () => {
    expect(() => findOutliers(['1', 'abc'])).toThrow(/not a valid decimal/);
  });
});

describe('findOutliers: stocks, on month-to-month changes', () => {
  const levels = ['1000', '1010', '1018', '1030', '1039', '1050', '1058', '1070', '1079', '1090', '1098', '1110', '1119'];
  test('a ×1000 level: the change is an outlier, the level 1000 × the median level (1058): a slip, reported once', () => {
    const r = findOutliers([...levels, '1125000', '1128'], { kind: 'stock' });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ index: 13, kind: 'unit-slip', exponent: 3, value: '1125000', change: '1123881', median: '1058' });
  });

  test('a level shift is one outlier; the changes after it are ordinary', () => {
    // changes: median 9.5, MAD 1.5 (by hand); +60 is far out; the usual level is 1119 + 9.5 ± 7.78…
    const r = findOutliers([...levels, '1179', '1188', '1199'], { kind: 'stock' });
    expect(r).toEqual([{ index: 13, kind: 'outlier', value: '1179', change: '60', low: '1120', high: '1137', median: '1058' }]);
  });

  test('a constant level (no change at all) is flat: not judged', () => {
    expect(findOutliers([...Array<string>(13).fill('6600'), '6650'], { kind: 'stock' })).toEqual([]);
  });
});

/** a series of 13-40 months around 100-200 with a few spikes (×1000, +500, ÷1000) and blanks */
const series = fc
  .tuple(
    fc.array(fc.option(fc.integer({ min: 10000, max: 20000 }), { freq: 8, nil: null }), { minLength: 13, maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('x1000', 'plus', 'div')), { maxLength: 3 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([ints, spikes, scale]) => {
    const xs = ints.map((i) => (i === null ? null : new D(i).div(new D(10).pow(scale))));
    for (const [at, how] of spikes) {
      const k = at % xs.length;
      const v = xs[k];
      if (v === null || v === undefined) continue;
      xs[k] = how === 'x1000' ? v.times(1000) : how === 'plus' ? v.plus(500) : v.div(1000);
    }
    return xs.map((v) => (v === null ? null : v.toFixed()));
  });
const factor = fc
  .tuple(fc.integer({ min: -5000, max: 5000 }).filter((n) => n !== 0), fc.integer({ min: 0, max: 4 }))
  .map(([n, k]) => new D(n).div(new D(10).pow(k)));
const offset = fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 3 })).map(([n, k]) => new D(n).div(new D(10).pow(k)));
const kind = fc.constantFrom('flow' as const, 'stock' as const);
const map = (xs: readonly (string | null)[], f: (d: DecimalJs) => DecimalJs) => xs.map((v) => (v === null ? null : f(new D(v)).toFixed()));

describe('laws', () => {
  test('scaling a series by a non-zero exact decimal changes no finding (outliers and unit slips)', () => {
    fc.assert(
      fc.property(series, factor, kind, (xs, a, k) => {
        expect(brief(findOutliers(map(xs, (d) => d.times(a)), { kind: k }))).toEqual(brief(findOutliers(xs, { kind: k })));
      }),
      { numRuns: 300 },
    );
  });

  test('shifting and scaling changes no outlier when unit slips are off (a slip is a ratio to the median: a shift moves it)', () => {
    fc.assert(
      fc.property(series, factor, offset, kind, (xs, a, b, k) => {
        const opts = { kind: k, unitSlip: false };
        expect(brief(findOutliers(map(xs, (d) => d.times(a).plus(b)), opts))).toEqual(brief(findOutliers(xs, opts)));
      }),
      { numRuns: 300 },
    );
  });

  test('the fast statistics (doubles holding integers) agree with the bigint ones', () => {
    fc.assert(
      fc.property(series, kind, fc.boolean(), (xs, k, slips) => {
        const scale = Math.max(0, ...xs.map((v) => (v === null || !v.includes('.') ? 0 : v.length - v.indexOf('.') - 1)));
        const ints = xs.map((v) => (v === null ? 0n : BigInt(new D(v).times(new D(10).pow(scale)).toFixed())));
        const present = xs.map((v) => v !== null);
        const fast = scan({ present, ints, scale, kind: k, unitSlip: slips });
        const big = scan({ present, ints, scale, kind: k, unitSlip: slips, forceBig: true });
        expect(fast).toEqual(big);
      }),
      { numRuns: 300 },
    );
  });
});
