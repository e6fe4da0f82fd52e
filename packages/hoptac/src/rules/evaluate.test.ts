import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { builtInCatalogue } from '../indicator/builtin.js';
import { createObservations } from '../observation/set.js';
import { builtInRules } from './builtin.js';
import { evaluateRules } from './evaluate.js';
import { parseRule } from './parse.js';

const D = DecimalJs.clone({ precision: 200 });

/** One board, values by month for two indicators (null: blank, undefined: absent). */
function set(rows: Record<string, readonly (string | null | undefined)[]>) {
  const b = createObservations().board('DN');
  for (const [indicator, values] of Object.entries(rows)) {
    b.addSeries({ board: 'DN', indicator, start: '2017-01', values, sources: values.map((_, i) => ({ sheet: 'DN', cell: `${String.fromCharCode(69 + i)}${indicator === 'workers_foreign' ? 5 : 6}` })) });
  }
  return b.build();
}
const rule = (left: string, operator: string, right: string, severity = 'error') => parseRule({ code: 'r', left, operator, right, severity }, builtInCatalogue);

describe('evaluateRules', () => {
  // workers_foreign vs workers_total: 5 < 6, 6 = 6, 7 > 6
  const s = set({ workers_foreign: ['5', '6', '7'], workers_total: ['6', '6', '6'] });
  test.each([
    ['<=', ['2017-03']],
    ['<', ['2017-02', '2017-03']],
    ['=', ['2017-01', '2017-03']],
    ['>=', ['2017-01']],
    ['>', ['2017-01', '2017-02']],
    ['!=', ['2017-02']],
  ])('operator %s is violated in %j', (op, months) => {
    const r = evaluateRules(s, [rule('workers_foreign', op, 'workers_total')]);
    expect(r.violations.map((v) => v.month)).toEqual(months);
    expect(r.stats[0]).toMatchObject({ evaluated: 3, violated: months.length, skipped: 0, divisionByZero: 0 });
  });

  test('a violation: both sides\' values, the first indicator\'s cell, the rule\'s severity', () => {
    const r = evaluateRules(s, [rule('workers_foreign', '<=', 'workers_total', 'warning')]);
    expect(r.violations).toEqual([{ rule: 'r', severity: 'warning', board: 'DN', month: '2017-03', left: '7', right: '6', source: { sheet: 'DN', cell: 'G5' } }]);
  });

  test('exact arithmetic: 0.1 + 0.2 = 0.3, 1/3 is not 0.333333, 1/3 * 3 = 1', () => {
    const x = set({ workers_foreign: ['0.1', '1', '1'], workers_total: ['0.2', '3', '3'] });
    expect(evaluateRules(x, [rule('workers_foreign + workers_total', '=', '0.3')]).violations.map((v) => v.month)).toEqual(['2017-02', '2017-03']);
    const third = evaluateRules(x, [rule('workers_foreign / workers_total', '<=', '0.333333')]).violations;
    expect(third.map((v) => [v.month, v.left, v.right])).toEqual([['2017-01', '0.5', '0.333333'], ['2017-02', '≈0.333333', '0.333333'], ['2017-03', '≈0.333333', '0.333333']]);
    expect(evaluateRules(x, [rule('workers_foreign / workers_total * 3', '=', '1')]).violations.map((v) => v.month)).toEqual(['2017-01']);
  });

  test('missing indicators: skipped and counted, never reported; none reported: not counted; division by zero: counted', () => {
    const x = set({ workers_foreign: ['9', '9', null, undefined, '1'], workers_total: ['1', undefined, null, undefined, '0'] });
    const r = evaluateRules(x, [rule('workers_foreign', '<=', 'workers_total'), rule('workers_foreign / workers_total', '<', '100')]);
    // 9 <= 1 and 1 <= 0 fail; 9 / 1 < 100 holds; 1 / 0 is undefined
    expect(r.violations.map((v) => [v.month, v.left, v.right])).toEqual([['2017-01', '9', '1'], ['2017-05', '1', '0']]);
    expect(r.stats.map((st) => [st.evaluated, st.violated, st.skipped, st.divisionByZero])).toEqual([
      [2, 2, 1, 0],
      [1, 0, 1, 1],
    ]);
  });

  test('a ratio in a rule is its parts, recomputed (occupancy over 100 %)', () => {
    const x = set({ leased_land_area: ['50', '120'], industrial_land_area: ['100', '100'] });
    const r = evaluateRules(x, [rule('occupancy_rate', '<=', '100')]);
    expect(r.violations.map((v) => [v.month, v.left])).toEqual([['2017-02', '120']]);
  });

  test('property: a·b <= c exactly as decimal.js says, for any decimals', () => {
    const dec = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 8 })).map(([i, sc]) => new D(i.toString()).div(new D(10).pow(sc)).toFixed());
    fc.assert(
      fc.property(dec, dec, dec, (a, b, c) => {
        const x = set({ workers_foreign: [a], workers_total: [b], workers_out_of_province: [c] });
        const r = evaluateRules(x, [rule('workers_foreign * workers_total', '<=', 'workers_out_of_province')]);
        expect(r.violations.length === 1).toBe(new D(a).times(b).cmp(c) > 0);
      }),
      { numRuns: 300 },
    );
  });

  test('property: a/b compared with c by cross-multiplication agrees with a high-precision quotient', () => {
    const dec = fc.tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 0, max: 4 })).map(([i, sc]) => new D(i.toString()).div(new D(10).pow(sc)).toFixed());
    fc.assert(
      fc.property(dec, dec.filter((b) => !new D(b).isZero()), dec, (a, b, c) => {
        const x = set({ workers_foreign: [a], workers_total: [b], workers_out_of_province: [c] });
        const r = evaluateRules(x, [rule('workers_foreign / workers_total', '>', 'workers_out_of_province')]);
        // 200 digits decide every quotient of these sizes that is not equal to c
        expect(r.violations.length === 1).toBe(new D(a).div(b).cmp(c) <= 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluateRules: plain comparisons (values and constants, compared on the stored integers)', () => {
  // mantissas small and huge, scales 0 to 20: both the double path and the exact fallback
  const dec = fc
    .tuple(fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n })), fc.integer({ min: 0, max: 20 }))
    .map(([i, sc]) => new D(i.toString()).div(new D(10).pow(sc)).toFixed());
  const op = fc.constantFrom('<=', '<', '=', '>=', '>', '!=');
  const holdsD = (c: number, o: string) => ({ '<=': c <= 0, '<': c < 0, '=': c === 0, '>=': c >= 0, '>': c > 0, '!=': c !== 0 })[o]!;
  test('property: indicator against indicator, and against a constant, as decimal.js says', () => {
    fc.assert(
      fc.property(dec, dec, dec, op, (a, b, c, o) => {
        const x = set({ workers_foreign: [a], workers_total: [b] });
        const two = evaluateRules(x, [rule('workers_foreign', o, 'workers_total')]);
        expect(two.violations.length === 0).toBe(holdsD(new D(a).cmp(b), o));
        const one = evaluateRules(x, [rule('workers_total', o, c)]);
        expect(one.violations.length === 0).toBe(holdsD(new D(b).cmp(c), o));
      }),
      { numRuns: 500 },
    );
  });
});

describe('builtInRules', () => {
  test('the built-in catalogue: the third part rule, the ratios defined, counts of flows not negative', () => {
    expect(builtInRules(builtInCatalogue).map((r) => [r.code, r.severity, r.indicators])).toEqual([
      ['builtin:workers_out_of_province<=workers_total', 'warning', ['workers_out_of_province', 'workers_total']],
      ['builtin:occupancy_rate-defined', 'warning', ['industrial_land_area', 'leased_land_area']],
      ['builtin:foreign_worker_share-defined', 'warning', ['workers_total', 'workers_foreign']],
      ['builtin:fdi_projects_new>=0', 'error', ['fdi_projects_new']],
      ['builtin:ddi_projects_new>=0', 'error', ['ddi_projects_new']],
    ]);
  });

  test('without the % ratios, the part rules come back (ratio-parts no longer covers them)', () => {
    const cat = { indicators: builtInCatalogue.indicators.filter((i) => i.kind !== 'ratio') };
    expect(builtInRules(cat).map((r) => r.code).slice(0, 3)).toEqual([
      'builtin:leased_land_area<=industrial_land_area',
      'builtin:workers_foreign<=workers_total',
      'builtin:workers_out_of_province<=workers_total',
    ]);
  });

  test('a ratio undefined where it has a value: reported only where ratio-parts does not already say it', () => {
    // industrial land 0 with leased land 5 (ratio-parts), -5 (not), 0 (0/0: no value to give)
    const x = set({ leased_land_area: ['5', '-5', '0', '5'], industrial_land_area: ['0', '0', '0', '10'] });
    const r = evaluateRules(x, builtInRules(builtInCatalogue).filter((rr) => rr.code === 'builtin:occupancy_rate-defined'));
    expect(r.violations.map((v) => [v.month, v.left, v.source?.cell])).toEqual([['2017-02', '0', 'F6']]);
  });

  test('never negative: a flow of projects below zero', () => {
    const x = set({ fdi_projects_new: ['2', '-1', '0'] });
    const r = evaluateRules(x, builtInRules(builtInCatalogue));
    expect(r.violations.map((v) => [v.rule, v.month, v.severity])).toEqual([['builtin:fdi_projects_new>=0', '2017-02', 'error']]);
  });
});
