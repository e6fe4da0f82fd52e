import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL, consolidate, createObservations, explain, MEASURES, Period } from '../index.js';
import type { ConsolidatedRow, Consolidation, ObservationSet } from '../index.js';
import { internals } from '../observation/internals.js';
// The expected figures come from a BigInt toolkit written apart from the library (tests/helpers).
import { ZERO, add, exact, isZero, percent, text } from '../../../../tests/helpers/exact.js';

/** The exact sum of decimal texts, by the independent toolkit; null when any is missing. */
const sum = (values: readonly (string | null | undefined)[]): string | null =>
  values.some((v) => v === null || v === undefined) ? null : text(values.reduce((a, v) => add(a, exact(v!)), ZERO));
const pick = (c: Consolidation, indicator: string, board: string, measure: string): ConsolidatedRow | undefined =>
  c.rows.find((r) => r.indicator === indicator && r.board === board && r.measure === measure);
const val = (c: Consolidation, indicator: string, board: string, measure: string) => pick(c, indicator, board, measure)?.value;

const months = (y: number) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`);

/** The hand-computed golden example: 3 boards, 2016 and 2017. */
function golden(): ObservationSet {
  const b = createObservations();
  for (const board of ['DN', 'LD', 'BP']) b.board(board);
  months(2016).forEach((m, i) => {
    b.add({ board: 'DN', indicator: 'export_value', month: m, value: String(100 + i + 1) });
    b.add({ board: 'LD', indicator: 'export_value', month: m, value: '0.5' });
    b.add({ board: 'BP', indicator: 'export_value', month: m, value: '10' });
  });
  months(2017).forEach((m, i) => {
    b.add({ board: 'DN', indicator: 'export_value', month: m, value: String(110 + i + 1), source: { sheet: 'DN', cell: `${String.fromCharCode(69 + i)}9` } });
    b.add({ board: 'LD', indicator: 'export_value', month: m, value: '0.5' });
    b.add({ board: 'BP', indicator: 'export_value', month: m, value: m === '2017-12' ? null : '12' });
  });
  b.opening({ board: 'DN', indicator: 'export_value', value: '5000' });
  b.opening({ board: 'BP', indicator: 'export_value', value: '250.25' });
  b.target({ board: 'DN', indicator: 'export_value', year: 2017, value: '1500' });
  b.target({ board: 'LD', indicator: 'export_value', year: 2017, value: '6' });
  [...months(2016), ...months(2017)].forEach((m, k) => {
    b.add({ board: 'DN', indicator: 'workers_total', month: m, value: String(50000 + 100 * k) });
    b.add({ board: 'LD', indicator: 'workers_total', month: m, value: '3000' });
    b.add({ board: 'BP', indicator: 'workers_total', month: m, value: m < '2017' ? '7000' : '8000' });
    b.add({ board: 'DN', indicator: 'leased_land_area', month: m, value: '4600' });
    b.add({ board: 'DN', indicator: 'industrial_land_area', month: m, value: '6600' });
    b.add({ board: 'LD', indicator: 'leased_land_area', month: m, value: '420.5' });
    b.add({ board: 'LD', indicator: 'industrial_land_area', month: m, value: '900' });
    b.add({ board: 'BP', indicator: 'leased_land_area', month: m, value: '0' });
    b.add({ board: 'BP', indicator: 'industrial_land_area', month: m, value: '0' });
  });
  return b.build();
}

describe('consolidate: golden example (3 boards, 2016-2017), hand-computed', () => {
  const set = golden();
  const q3 = consolidate(set, { period: 'Quý III/2017' });
  const q4 = consolidate(set, { period: '2017-Q4' });

  it('flows: value, ytd, same period last year, % vs last year, target, % of target, cumulative', () => {
    const expected: Record<string, Record<string, string | null>> = {
      DN: { value: '354', ytd: '1035', same_period_last_year: '324', vs_last_year_pct: '109.26', target: '1500', ytd_target_pct: '69.00', cumulative: '7313' },
      LD: { value: '1.5', ytd: '4.5', same_period_last_year: '1.5', vs_last_year_pct: '100.00', target: '6', ytd_target_pct: '75.00', cumulative: '10.5' },
      BP: { value: '36', ytd: '108', same_period_last_year: '30', vs_last_year_pct: '120.00', target: null, ytd_target_pct: null, cumulative: '478.25' },
      ALL: { value: '391.5', ytd: '1147.5', same_period_last_year: '355.5', vs_last_year_pct: '110.13', target: null, ytd_target_pct: null, cumulative: '7801.75' },
    };
    for (const [board, measures] of Object.entries(expected)) {
      for (const [measure, value] of Object.entries(measures)) expect([board, measure, val(q3, 'export_value', board, measure)]).toEqual([board, measure, value]);
    }
    expect(pick(q3, 'export_value', 'BP', 'target')).toMatchObject({ status: 'missing', missing: { count: 1, items: [{ board: 'BP', what: 'target', year: 2017 }] } });
    expect(pick(q3, 'export_value', ALL, 'target')?.status).toBe('missing');
  });

  it('a target no board has is no plan, not a gap; one some boards lack is missing, naming them', () => {
    // workers_total: no board has any target -> no plan, for every board and ALL, with nothing missing
    for (const board of ['DN', 'LD', 'BP', ALL]) {
      for (const measure of ['target', 'ytd_target_pct']) {
        const r = pick(q3, 'workers_total', board, measure)!;
        expect([board, measure, r.value, r.status, r.missing]).toEqual([board, measure, null, 'no-plan', undefined]);
      }
    }
    // export_value in 2017: DN and LD have targets, BP has none -> BP and ALL missing, naming BP only
    expect(pick(q3, 'export_value', ALL, 'target')?.missing?.items).toEqual([{ board: 'BP', indicator: 'export_value', what: 'target', year: 2017 }]);
    expect(pick(q3, 'export_value', ALL, 'ytd_target_pct')?.missing?.items).toEqual([{ board: 'BP', indicator: 'export_value', what: 'target', year: 2017 }]);
    // ...but in 2016 no board has one: no plan
    const h2 = consolidate(set, { period: '2016-H2' });
    expect(['DN', 'LD', 'BP', ALL].map((b) => pick(h2, 'export_value', b, 'target')?.status)).toEqual(['no-plan', 'no-plan', 'no-plan', 'no-plan']);
    // the plan is judged over the boards consolidated: BP alone has no plan for export_value
    const bp = consolidate(set, { period: '2017-Q3', boards: ['BP'], indicators: ['export_value'] });
    expect(bp.rows.filter((r) => r.measure === 'target' || r.measure === 'ytd_target_pct').map((r) => `${r.board} ${r.measure} ${r.status}`)).toEqual([
      'BP target no-plan', 'BP ytd_target_pct no-plan', 'ALL target no-plan', 'ALL ytd_target_pct no-plan',
    ]);
    // explain says so in words, with no input and nothing missing
    const e = explain(set, { period: '2017-Q3' }, { indicator: 'workers_total', board: ALL, measure: 'target' });
    expect(e).toMatchObject({ status: 'no-plan', value: null, rule: 'target-of-year', inputs: [] });
    expect(e.missing).toBeUndefined();
    expect(e.text.vi).toContain('Không đơn vị nào có kế hoạch năm 2017');
    expect(e.text.en).toContain('No board has a target for 2017');
  });

  it('a missing month makes the board and ALL missing, never a smaller total', () => {
    expect(val(q4, 'export_value', 'DN', 'value')).toBe('363');
    expect(pick(q4, 'export_value', 'BP', 'value')).toMatchObject({ value: null, status: 'missing', missing: { count: 1, items: [{ board: 'BP', month: '2017-12', what: 'month' }] } });
    expect(pick(q4, 'export_value', ALL, 'value')).toMatchObject({ value: null, status: 'missing', missing: { count: 1 } });
    expect(pick(q4, 'export_value', ALL, 'cumulative')?.status).toBe('missing');
    expect(val(q4, 'export_value', 'LD', 'cumulative')).toBe('12');
  });

  it('stocks take the last month and are never added over time', () => {
    expect(val(q3, 'workers_total', 'DN', 'value')).toBe('52000');
    expect(val(q3, 'workers_total', 'DN', 'ytd')).toBe('52000');
    expect(val(q3, 'workers_total', 'DN', 'same_period_last_year')).toBe('50800');
    expect(val(q3, 'workers_total', 'DN', 'vs_last_year_pct')).toBe('102.36');
    expect(val(q3, 'workers_total', 'BP', 'vs_last_year_pct')).toBe('114.29');
    expect(val(q3, 'workers_total', ALL, 'value')).toBe('63000');
    expect(val(q3, 'workers_total', ALL, 'vs_last_year_pct')).toBe('103.62');
    expect(val(q3, 'workers_total', ALL, 'cumulative')).toBe('63000');
    expect(val(consolidate(set, { period: '2017' }), 'workers_total', 'DN', 'value')).toBe('52300');
  });

  it('ratios are recomputed from their parts, rounded once; 0/0 is undefined', () => {
    expect(val(q3, 'occupancy_rate', 'DN', 'value')).toBe('69.70');
    expect(val(q3, 'occupancy_rate', 'LD', 'value')).toBe('46.72');
    expect(pick(q3, 'occupancy_rate', 'BP', 'value')).toMatchObject({ value: null, status: 'undefined' });
    expect(val(q3, 'occupancy_rate', ALL, 'value')).toBe('66.94'); // 5020.5 / 7500, not the mean of 69.70, 46.72
    expect(q3.rows.filter((r) => r.indicator === 'occupancy_rate').map((r) => r.measure)).not.toContain('vs_last_year_pct');
    expect(q3.rows.filter((r) => r.indicator === 'occupancy_rate' && r.board === 'DN').map((r) => r.measure)).toEqual(['value', 'ytd', 'same_period_last_year', 'cumulative']);
  });

  it('rows come in catalogue order, boards then ALL, measures in format order', () => {
    const dn = q3.rows.filter((r) => r.indicator === 'export_value' && r.board === 'DN').map((r) => r.measure);
    expect(dn).toEqual([...MEASURES]);
    expect([...new Set(q3.rows.map((r) => r.board))]).toEqual(['DN', 'LD', 'BP', ALL]);
    expect(q3.period).toBe('2017-Q3');
  });

  it('explain gives the same figure with its inputs and source cells', () => {
    const e = explain(set, { period: '2017-Q3' }, { indicator: 'export_value', board: 'DN', measure: 'value' });
    expect(e).toMatchObject({ value: '354', status: 'ok', rule: 'flow-sum-of-months' });
    expect(e.inputs.map((i) => [i.month, i.value, i.source?.cell])).toEqual([
      ['2017-07', '117', 'K9'],
      ['2017-08', '118', 'L9'],
      ['2017-09', '119', 'M9'],
    ]);
    const r = explain(set, { period: '2017-Q3' }, { indicator: 'occupancy_rate', board: ALL, measure: 'value' });
    expect(r.rounding).toEqual({ numerator: '5020.5', denominator: '7500', multiplier: '100', decimals: 2, mode: 'half-away-from-zero' });
    const m = explain(set, { period: '2017-Q4' }, { indicator: 'export_value', board: ALL, measure: 'value' });
    expect(m.missing?.items[0]).toMatchObject({ board: 'BP', month: '2017-12' });
  });

  it('explain agrees with consolidate on every figure', () => {
    for (const c of [q3, q4, consolidate(set, { period: '2017' }), consolidate(set, { period: '2016-H2' })]) {
      for (const row of c.rows) {
        const e = explain(set, { period: c.period }, row);
        expect([row.indicator, row.board, row.measure, e.value, e.status]).toEqual([row.indicator, row.board, row.measure, row.value, row.status]);
      }
    }
  });

  it('refuses an indicator outside the catalogue and a duplicate month', () => {
    const bad = createObservations().add({ board: 'X', indicator: 'nope', month: '2017-01', value: '1' }).build();
    expect(() => consolidate(bad, { period: '2017' })).toThrowError(expect.objectContaining({ code: 'unknown-indicator' }) as Error);
    const dup = createObservations()
      .add({ board: 'X', indicator: 'export_value', month: '2017-01', value: '1' })
      .add({ board: 'X', indicator: 'export_value', month: 'Tháng 1/2017', value: '2' });
    expect(() => dup.build()).toThrowError(expect.objectContaining({ code: 'duplicate-observation' }) as Error);
  });
});

// ---------------------------------------------------------------- properties

/** int × 10^-scale as decimal text keeping every place ('1.50' stays '1.50'), written by hand. */
function written(int: bigint, scale: number): string {
  const neg = int < 0n;
  let digits = (neg ? -int : int).toString().padStart(scale + 1, '0');
  if (scale > 0) digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return neg ? `-${digits}` : digits;
}

// Values as real data has them, so every path of the set is reached: small figures with a few
// places (the fast path: whole series of safe integers), the same after a unit conversion (a row in
// nghìn USD carries three more places in triệu USD, one in USD six more), 15-digit figures (the
// BigInt series), huge ones past 15 digits, negatives (corrections), blanks (null: asked, left
// empty) and months never reported (undefined).
const smallValue = fc
  .tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(0, 0, 3, 6))
  .map(([int, places, exponent]) => written(BigInt(int), places + exponent));
const wideValue = fc.tuple(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 6 })).map(([int, scale]) => written(int, scale));
const hugeValue = fc.tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 8 })).map(([int, scale]) => written(int, scale));

type Cell = string | null | undefined;
const withHoles = (v: fc.Arbitrary<string>): fc.Arbitrary<Cell> =>
  fc.oneof({ weight: 40, arbitrary: v }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) });
const months24 = (v: fc.Arbitrary<Cell>) => fc.array(v, { minLength: 24, maxLength: 24 });
/** One board's 24 months (2016-2017): mostly small figures, as real workbooks have them. */
const boardMonths = (holes: boolean) => {
  const cell = (v: fc.Arbitrary<string>) => (holes ? withHoles(v) : v);
  return fc.oneof(
    { weight: 4, arbitrary: months24(cell(smallValue)) },
    { weight: 2, arbitrary: months24(cell(wideValue)) },
    { weight: 1, arbitrary: months24(cell(fc.oneof({ weight: 5, arbitrary: smallValue }, { weight: 1, arbitrary: hugeValue }))) },
  );
};
/** 1 to 6 boards, each with its 24 months. */
const flowData = (holes = true) => fc.array(boardMonths(holes), { minLength: 1, maxLength: 6 });

const ALL_MONTHS = [...months(2016), ...months(2017)];

function flowSet(data: readonly (readonly Cell[])[], indicator = 'export_value'): ObservationSet {
  const b = createObservations();
  data.forEach((values, k) => {
    b.board(`B${k}`);
    ALL_MONTHS.forEach((m, i) => {
      const v = values[i];
      if (v !== undefined) b.add({ board: `B${k}`, indicator, month: m, value: v });
    });
  });
  return b.build();
}

/** The expected figure of one board over months a..b (indices into ALL_MONTHS), by the oracle. */
const span = (values: readonly Cell[], a: number, b: number) => sum(values.slice(a, b + 1));
/** ALL: the boards' figures summed; missing when any board's is. */
const acrossBoards = (figures: readonly (string | null)[]) => sum(figures);

describe('consolidate: the generators reach every path the data takes', () => {
  it('fast (safe-integer) series and BigInt series both occur, with blanks and absent months', () => {
    const seen = { fast: 0, big: 0, blank: 0, absent: 0, negative: 0, places: new Set<number>() };
    for (const data of fc.sample(flowData(), { numRuns: 200, seed: 13 })) {
      for (const sr of internals(flowSet(data)).series) {
        if (sr === undefined) continue;
        if (sr.mant !== undefined) seen.fast++;
        else seen.big++;
      }
      for (const v of data.flat()) {
        if (v === null) seen.blank++;
        else if (v === undefined) seen.absent++;
        else {
          if (v.startsWith('-')) seen.negative++;
          seen.places.add(v.split('.')[1]?.length ?? 0);
        }
      }
    }
    expect(seen.fast).toBeGreaterThan(50);
    expect(seen.big).toBeGreaterThan(50);
    expect(Math.min(seen.blank, seen.absent, seen.negative)).toBeGreaterThan(0);
    expect([0, 3, 6, 8].every((p) => seen.places.has(p))).toBe(true);
  });
});

describe('consolidate: laws', () => {
  it('a flow’s quarter is the sum of its months, its year the sum of its quarters (exact, missing when any month is)', () => {
    fc.assert(
      fc.property(flowData(), fc.integer({ min: 1, max: 4 }), (data, q) => {
        const set = flowSet(data);
        const opt = { indicators: ['export_value'], measures: ['value'] as const };
        const quarter = consolidate(set, { ...opt, period: `2017-Q${q}` });
        const year = consolidate(set, { ...opt, period: '2017' });
        const a = 12 + (q - 1) * 3;
        // straight from the data
        const boardQuarter = data.map((values) => span(values, a, a + 2));
        const boardYear = data.map((values) => span(values, 12, 23));
        data.forEach((_, k) => {
          expect(val(quarter, 'export_value', `B${k}`, 'value')).toBe(boardQuarter[k]);
          expect(val(year, 'export_value', `B${k}`, 'value')).toBe(boardYear[k]);
        });
        expect(val(quarter, 'export_value', ALL, 'value')).toBe(acrossBoards(boardQuarter));
        expect(val(year, 'export_value', ALL, 'value')).toBe(acrossBoards(boardYear));
        // and from the engine's own smaller periods
        for (const board of [...set.boards, ALL]) {
          const ms = Period.months(Period.parse(`2017-Q${q}`)).map((m) => val(consolidate(set, { ...opt, period: m }), 'export_value', board, 'value'));
          expect(val(quarter, 'export_value', board, 'value')).toBe(sum(ms));
          const qs = [1, 2, 3, 4].map((k) => val(consolidate(set, { ...opt, period: `2017-Q${k}` }), 'export_value', board, 'value'));
          expect(val(year, 'export_value', board, 'value')).toBe(sum(qs));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('ALL equals the exact sum of the boards, for any partition and order of boards', () => {
    fc.assert(
      fc.property(flowData(), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }), fc.boolean(), (data, groups, reverse) => {
        const set = flowSet(data);
        const opt = { indicators: ['export_value'], period: '2017' } as const;
        const codes = reverse ? [...set.boards].reverse() : [...set.boards];
        const all = consolidate(set, { ...opt, boards: codes });
        for (const measure of ['value', 'ytd', 'same_period_last_year', 'cumulative']) {
          // the exact sum of each board's figure, independent of the engine's accumulation
          const direct = sum(codes.map((b) => val(all, 'export_value', b, measure)));
          expect(val(all, 'export_value', ALL, measure)).toBe(direct);
          const parts = [0, 1, 2]
            .map((g) => set.boards.filter((_, k) => groups[k] === g))
            .filter((p) => p.length > 0)
            .map((p) => val(consolidate(set, { ...opt, boards: p }), 'export_value', ALL, measure));
          expect(sum(parts)).toBe(direct);
        }
        // the year's value is the naive exact sum of every value of 2017; last year's, of 2016
        expect(val(all, 'export_value', ALL, 'value')).toBe(sum(data.flatMap((values) => values.slice(12, 24))));
        expect(val(all, 'export_value', ALL, 'same_period_last_year')).toBe(sum(data.flatMap((values) => values.slice(0, 12))));
        // a board's cumulative runs from its first reported month (no opening here)
        data.forEach((values, k) => {
          const first = values.findIndex((v) => v !== undefined);
          const want = first < 0 ? null : span(values, first, 23);
          expect(val(all, 'export_value', `B${k}`, 'cumulative') ?? null).toBe(want);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('a stock’s quarter, half and year take their last month (missing when that month is)', () => {
    fc.assert(
      fc.property(boardMonths(true), fc.constantFrom('2017-Q1', '2017-Q2', '2017-H1', '2017-H2', '2017', '2016-Q4'), (values, p) => {
        const b = createObservations().board('DN');
        ALL_MONTHS.forEach((m, i) => {
          const v = values[i];
          if (v !== undefined) b.add({ board: 'DN', indicator: 'workers_total', month: m, value: v });
        });
        const set = b.build();
        const last = Period.toString(Period.lastMonth(Period.parse(p)));
        const want = sum([values[ALL_MONTHS.indexOf(last)]]);
        const c = consolidate(set, { period: p, indicators: ['workers_total'] });
        expect(val(c, 'workers_total', 'DN', 'value')).toBe(want);
        if (values.some((v) => v !== undefined)) expect(val(c, 'workers_total', 'DN', 'cumulative')).toBe(want);
      }),
      { numRuns: 80 },
    );
  });

  it('a ratio equals the quotient of its summed parts, rounded once half away from zero', () => {
    const part = fc.oneof(
      fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 3 })).map(([i, s]) => written(i, s)),
      fc.tuple(fc.integer({ min: -40, max: 40 }), fc.constantFrom(0, 1)).map(([i, s]) => written(BigInt(i), s)), // small: many exact halves
    );
    // Parts whose totals make an exact half at the second place: N / D × 100 = q / 1000 with q
    // ending in 5, spread over several boards (the last board makes up the totals).
    const halfway = fc
      .tuple(fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }), fc.integer({ min: 1, max: 999 }), fc.array(fc.tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 0n, max: 10n ** 9n })), { maxLength: 4 }))
      .map(([k, m, others]) => {
        const N = (10n * k + 5n) * BigInt(m);
        const D = 100_000n * BigInt(m);
        const restN = others.reduce((r, [a]) => r - a, N);
        const restD = others.reduce((r, [, b]) => r - b, D);
        return [...others, [restN, restD] as const].map(([a, b]) => [written(a, 3), written(b, 3)] as [string, string]);
      });
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.tuple(part, part), { minLength: 1, maxLength: 8 }), halfway), (pairs) => {
        const b = createObservations();
        pairs.forEach(([n, d], k) => {
          b.add({ board: `B${k}`, indicator: 'leased_land_area', month: '2017-12', value: n });
          b.add({ board: `B${k}`, indicator: 'industrial_land_area', month: '2017-12', value: d });
        });
        const c = consolidate(b.build(), { period: '2017-12', indicators: ['occupancy_rate'], measures: ['value'] });
        const n = exact(sum(pairs.map((p) => p[0]))!);
        const d = exact(sum(pairs.map((p) => p[1]))!);
        const row = pick(c, 'occupancy_rate', ALL, 'value')!;
        if (isZero(d)) expect(row).toMatchObject({ value: null, status: 'undefined' });
        else expect(row).toMatchObject({ value: percent(n, d, 2), status: 'ok' });
      }),
      { numRuns: 200 },
    );
  });

  it('a ratio’s exact halves round away from zero, on both sides of zero (by hand)', () => {
    // 1 / 32 = 3.125 %, 3 / 8 = 37.5 %, 1 / 16 = 6.25 %, 1 / 4000 = 0.025 %
    const cases: [string, string, string][] = [
      ['1', '32', '3.13'],
      ['-1', '32', '-3.13'],
      ['1', '-32', '-3.13'],
      ['3', '8', '37.50'],
      ['-1', '16', '-6.25'],
      ['1', '4000', '0.03'],
      ['-1', '4000', '-0.03'],
      ['1', '3', '33.33'],
      ['2', '3', '66.67'],
      ['-2', '3', '-66.67'],
    ];
    for (const [n, d, want] of cases) {
      const set = createObservations()
        .add({ board: 'A', indicator: 'leased_land_area', month: '2017-12', value: n })
        .add({ board: 'A', indicator: 'industrial_land_area', month: '2017-12', value: d })
        .build();
      const c = consolidate(set, { period: '2017-12', indicators: ['occupancy_rate'], measures: ['value'] });
      expect([n, d, val(c, 'occupancy_rate', 'A', 'value')]).toEqual([n, d, want]);
    }
  });

  it('missing is never zero: a blank or unreported month anywhere in the period makes the total missing', () => {
    fc.assert(
      fc.property(flowData(false), fc.integer({ min: 0, max: 11 }), fc.constantFrom(null, undefined), (data, blankMonth, hole) => {
        const last = data.length - 1;
        const holed = data.map((values, k) => (k === last ? values.map((v, i) => (i === 12 + blankMonth ? hole : v)) : values));
        const c = consolidate(flowSet(holed), { period: '2017', indicators: ['export_value'] });
        for (const board of [`B${last}`, ALL]) {
          for (const measure of ['value', 'ytd', 'vs_last_year_pct', 'cumulative']) expect([board, measure, pick(c, 'export_value', board, measure)]).toMatchObject([board, measure, { value: null, status: 'missing' }]);
        }
        expect(pick(c, 'export_value', `B${last}`, 'value')?.missing?.items[0]?.month).toBe(months(2017)[blankMonth]);
        // the other boards keep their figures
        for (let k = 0; k < last; k++) expect(val(c, 'export_value', `B${k}`, 'value')).toBe(span(data[k]!, 12, 23));
      }),
      { numRuns: 80 },
    );
  });

  it('huge values stay exact (BigInt path)', () => {
    const big = '123456789012345678901234567890.123456';
    const set = createObservations()
      .add({ board: 'A', indicator: 'export_value', month: '2017-01', value: big })
      .add({ board: 'A', indicator: 'export_value', month: '2017-02', value: '0.000001' })
      .add({ board: 'B', indicator: 'export_value', month: '2017-01', value: '9007199254740993' })
      .add({ board: 'B', indicator: 'export_value', month: '2017-02', value: '9007199254740993' })
      .build();
    const c = consolidate(set, { period: '2017-01/2017-02', indicators: ['export_value'], measures: ['value'] });
    expect(val(c, 'export_value', 'A', 'value')).toBe('123456789012345678901234567890.123457');
    expect(val(c, 'export_value', 'B', 'value')).toBe('18014398509481986');
    expect(val(c, 'export_value', ALL, 'value')).toBe('123456789012363693299744049876.123457');
  });
});

describe('addSeries', () => {
  it('builds the same set as adding each month (property)', () => {
    fc.assert(
      fc.property(fc.array(withHoles(fc.oneof(smallValue, wideValue)), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 40 }), (vals, offset) => {
        const start = Period.toString(Period.month(2015 + Math.floor(offset / 12), (offset % 12) + 1));
        const values = vals;
        const one = createObservations().addSeries({ board: 'A', indicator: 'export_value', start, values }).build();
        const each = createObservations().board('A'); // addSeries registers its board even when every value is undefined
        const m0 = 2015 * 12 + offset;
        values.forEach((v, k) => {
          if (v !== undefined) each.add({ board: 'A', indicator: 'export_value', month: Period.month(Math.floor((m0 + k) / 12), ((m0 + k) % 12) + 1), value: v });
        });
        const two = each.build();
        for (const p of ['2015', '2016', '2017', '2016-Q3']) {
          expect(consolidate(one, { period: p, indicators: ['export_value'] }).rows).toEqual(consolidate(two, { period: p, indicators: ['export_value'] }).rows);
        }
      }),
      { numRuns: 60 },
    );
  });
});
