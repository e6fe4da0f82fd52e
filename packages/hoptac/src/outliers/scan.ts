/**
 * Private: the outlier scan over one series of exact integer mantissas (one common scale).
 *
 * Two implementations of the window's statistics (window.ts), both exact on integers: numbers when
 * every |mantissa| is at most 2^29 (every intermediate then stays under 2^53), bigints otherwise
 * (sorting each window: slower, same answers, the reference). Property tests check that they agree.
 */
import { format, pow10, trim } from '../decimal/scaled.js';
import { C_MAD, C_MEAN, MIN_HISTORY, SLIP_EXPONENTS, THRESHOLD, WINDOW } from './constants.js';
import { abs, BigWindow, judge, median2, NumberWindow, SAFE_MANTISSA, type Stats, type Window } from './window.js';

export type SeriesKind = 'flow' | 'stock';

/** One series: `present[t]` when slot t holds a value, `ints[t]` its mantissa at `scale`. */
export interface ScanInput {
  readonly present: ArrayLike<boolean | number>;
  readonly ints: ArrayLike<number> | readonly bigint[];
  readonly scale: number;
  readonly kind: SeriesKind;
  /** classify outliers that look like a unit slip (default true) */
  readonly unitSlip?: boolean;
  /** use the bigint statistics even when numbers would be exact (tests) */
  readonly forceBig?: boolean;
}

/** A month found unusual. Decimal strings are plain text at the series' scale or finer. */
export interface ScanHit {
  readonly slot: number;
  readonly kind: 'outlier' | 'unit-slip';
  /** the month's value (a stock's level) */
  readonly value: string;
  /** a stock's change from the month before (absent for a flow) */
  readonly change?: string;
  /** the usual range of the value (a stock's: the month before's level plus the usual change), rounded to the series' places */
  readonly low: string;
  readonly high: string;
  /** the median of the trailing values (a stock's: of its levels) */
  readonly median: string;
  /** for a unit slip: the value is about 10^exponent × the median */
  readonly exponent?: number;
}

/**
 * The series as plain numbers when every present value is exact as one (within SAFE_MANTISSA), so
 * the fast number path may run; undefined when some value is too large (the bigint path runs).
 */
function safeNumbers(present: ScanInput['present'], bigInts: readonly bigint[] | undefined, numInts: ArrayLike<number>): ArrayLike<number> | undefined {
  const n = present.length;
  if (bigInts !== undefined) {
    const a = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      if (!present[t]) continue;
      const v = bigInts[t]!;
      if (v > BigInt(SAFE_MANTISSA) || v < -BigInt(SAFE_MANTISSA)) return undefined;
      a[t] = Number(v);
    }
    return a;
  }
  for (let t = 0; t < n; t++) if (present[t] && Math.abs(numInts[t]!) > SAFE_MANTISSA) return undefined;
  return numInts;
}

/** bits of a month's state in the scan */
const DEFINED = 1; // its y (value or change) is known
const SLIP = 2; // a unit slip: out of every later window
const IN_WINDOW = 4;

/** One series being scanned: its values, the months' y and state, the window. */
interface Run {
  readonly input: ScanInput;
  readonly present: ScanInput['present'];
  readonly big: (t: number) => bigint;
  /** the values as exact doubles (the fast path), or undefined (the bigint path) */
  readonly nums: ArrayLike<number> | undefined;
  readonly ys: Float64Array | bigint[];
  readonly state: Uint8Array;
  /** a stock's reference month for its change (-1: none) */
  readonly ref: Int32Array;
  readonly window: Window;
  readonly hits: ScanHit[];
}

function startRun(input: ScanInput): Run {
  const { present } = input;
  const n = present.length;
  const bigInts = Array.isArray(input.ints) ? (input.ints as readonly bigint[]) : undefined;
  const numInts = bigInts === undefined ? (input.ints as ArrayLike<number>) : undefined;
  const big = (t: number): bigint => (bigInts !== undefined ? bigInts[t]! : BigInt(numInts![t]!));
  const nums = input.forceBig === true ? undefined : safeNumbers(present, bigInts, numInts!);
  if (nums === undefined) {
    const ys = new Array<bigint>(n).fill(0n);
    return { input, present, big, nums, ys, state: new Uint8Array(n), ref: new Int32Array(n).fill(-1), window: new BigWindow(ys), hits: [] };
  }
  const sc = numberScratch(n);
  return { input, present, big, nums, ...sc, hits: [] };
}

/**
 * The fast path's arrays and window, kept from one series to the next (a scan runs to its end
 * without calling out, so one set is enough): cleared here, y written before it is read.
 */
let scratch: { readonly ys: Float64Array; readonly state: Uint8Array; readonly ref: Int32Array; readonly window: NumberWindow } | undefined;
function numberScratch(n: number): { readonly ys: Float64Array; readonly state: Uint8Array; readonly ref: Int32Array; readonly window: NumberWindow } {
  if (scratch === undefined || scratch.state.length < n) {
    const ys = new Float64Array(Math.max(n, 256));
    scratch = { ys, state: new Uint8Array(ys.length), ref: new Int32Array(ys.length), window: new NumberWindow(ys) };
  }
  scratch.state.fill(0, 0, n);
  scratch.ref.fill(-1, 0, n);
  scratch.window.clear();
  return scratch;
}

/**
 * Scans a series month by month (see the module and {@link findOutliers} for the method). A month
 * found to be a unit slip is left out of the history of the months after it (and a stock's next
 * change is measured from the level before the slip), so one slip is reported once, and a board
 * that keeps typing in the wrong unit is told every month.
 */
export function scan(input: ScanInput): ScanHit[] {
  const run = startRun(input);
  const { present, nums, ys, state, ref, window } = run;
  const nw = nums !== undefined ? (window as NumberWindow) : undefined;
  const stock = input.kind === 'stock';
  const n = present.length;
  for (let t = 0; t < n; t++) {
    // slide: t − 1 enters, t − 1 − WINDOW leaves
    const enter = t - 1;
    const leave = t - 1 - WINDOW;
    const enters = enter >= 0 && (state[enter]! & (DEFINED | SLIP)) === DEFINED;
    const leaves = leave >= 0 && (state[leave]! & IN_WINDOW) !== 0;
    if (enters) state[enter] = state[enter]! | IN_WINDOW;
    if (leaves) state[leave] = state[leave]! & ~IN_WINDOW;
    if (enters && leaves) window.replace(leave, enter);
    else if (enters) window.add(enter);
    else if (leaves) window.remove(leave);
    if (!present[t]) continue;
    let r = -1;
    if (stock) {
      let s = t - 1;
      while (s >= 0 && (state[s]! & SLIP) !== 0 && t - s <= WINDOW) s--;
      if (s < 0 || !present[s] || (state[s]! & SLIP) !== 0) continue;
      ref[t] = r = s;
    }
    state[t] = state[t]! | DEFINED;
    if (nums !== undefined) (ys as Float64Array)[t] = stock ? nums[t]! - nums[r]! : nums[t]!;
    else (ys as bigint[])[t] = stock ? run.big(t) - run.big(r) : run.big(t);
    // most months are settled by the number window's cheap bound, without a call
    if (window.size >= MIN_HISTORY && !(nw !== undefined && nw.settles(t))) judgeMonth(run, t);
  }
  return run.hits;
}

/** The month t (its y stored, enough history): a hit added when it is one. */
function judgeMonth(run: Run, t: number): void {
  const { input, window, big } = run;
  const stock = input.kind === 'stock';
  const verdict = window.test(t);
  if (verdict === 'in' || (verdict === 'flat' && input.unitSlip === false)) return;
  if (verdict === 'flat' && run.nums !== undefined) {
    // a flat history is judged only by the unit-slip test; skip it cheaply (exact integers) when
    // the value is not even near 1,000 times, or a thousandth of, the median
    const m2 = stock ? Number(levels2(run, t)) : (window as NumberWindow).m2();
    const x = Math.abs(run.nums[t]!);
    if (m2 === 0 || (2 * x < 900 * Math.abs(m2) && 20000 * x > 11 * Math.abs(m2))) return;
  }
  let st = window.stats();
  if (verdict === 'out') {
    st = floored(st, window.step());
    const y = run.ys[t]!;
    if (judge(st, typeof y === 'bigint' ? y : BigInt(y)) !== 'out') return;
  }
  // the level history, for a unit slip and the message's median
  const level2 = stock ? levels2(run, t) : st.m2;
  const exponent = input.unitSlip === false ? undefined : slipExponent(big(t), level2);
  // a flat history cannot judge by spread; it still shows a unit slip
  if (verdict === 'flat' && exponent === undefined) return;
  if (exponent !== undefined) run.state[t] = run.state[t]! | SLIP;
  run.hits.push(describe(t, input.kind, big, run.ref[t]!, input.scale, st, level2, exponent));
}

/**
 * 2 × the median of a stock's levels in the window before t, for the unit-slip test (a flow's
 * values are its levels): only asked for a month that is flat or out, so sorted then.
 */
function levels2(run: Run, t: number): bigint {
  const lv: bigint[] = [];
  for (let s = Math.max(0, t - WINDOW); s < t; s++) if (run.present[s] && (run.state[s]! & SLIP) === 0) lv.push(run.big(s));
  return median2(lv.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The spread is at least the history's own step: values that move by whole units (a count of
 * projects rising by 1 or 2 a month) cannot be an outlier for moving by one unit more or less.
 * The step (the gcd of the differences) scales with the values, so scaling and shifting a series
 * still change no finding.
 */
function floored(st: Stats, step: bigint): Stats {
  if (st.d4 > 0n) return st.d4 >= 4n * step ? st : { ...st, d4: 4n * step };
  const least = 2n * BigInt(st.n) * step;
  return st.sum2 >= least ? st : { ...st, sum2: least };
}

/** k when 2·x is within ±10 % of 10^k × m2 (m2 = 2 × the median), for k = ±3, ±6. */
export function slipExponent(x: bigint, m2: bigint): number | undefined {
  if (m2 === 0n) return undefined;
  const absM = abs(m2) * pow10(6);
  for (const k of SLIP_EXPONENTS) {
    // |2x·10^(6−k) − m2·10^6| · 10 ≤ |m2|·10^6   ⇔   |x − 10^k·m| ≤ 0.1 · |10^k·m|
    const lhs = abs(2n * x * pow10(6 - k) - m2 * pow10(6)) * 10n;
    if (lhs <= absM) return k;
  }
  return undefined;
}

/** int / (den · 10^scale) as plain text: exact when den is 1 or 2 (a median), which is all it is used for. */
function text(int: bigint, scale: number, den: 1n | 2n = 1n): string {
  if (den === 2n && int % 2n !== 0n) return format(trim({ int: int * 5n, scale: scale + 1 }));
  return format(trim({ int: den === 2n ? int / 2n : int, scale }));
}

/** floor(a / b) and ceil(a / b) for bigints, b > 0. */
const floorDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? a / b : -((-a + b - 1n) / b));
const ceilDiv = (a: bigint, b: bigint): bigint => -floorDiv(-a, b);

function describe(t: number, kind: SeriesKind, big: (t: number) => bigint, ref: number, scale: number, st: Stats, levels2: bigint, exponent: number | undefined): ScanHit {
  // the usual range: center ± spread, center = (a stock's previous level +) the median,
  // spread = 3.5·MAD/0.6745 = 35000·d4 / (4·6745), or 3.5·meanAD/0.7979 = 35000·sum2 / (2n·7979);
  // as fractions over 2·sDen: low rounded down, high up, to the series' places (the range shown
  // contains the exact one)
  const center2 = kind === 'stock' ? 2n * big(ref) + st.m2 : st.m2;
  const sNum = BigInt(THRESHOLD) * (st.d4 > 0n ? st.d4 : st.sum2);
  const sDen = st.d4 > 0n ? 4n * BigInt(C_MAD) : 2n * BigInt(st.n) * BigInt(C_MEAN);
  const hit: { -readonly [K in keyof ScanHit]: ScanHit[K] } = {
    slot: t,
    kind: exponent === undefined ? 'outlier' : 'unit-slip',
    value: text(big(t), scale),
    low: format({ int: floorDiv(center2 * sDen - 2n * sNum, 2n * sDen), scale }),
    high: format({ int: ceilDiv(center2 * sDen + 2n * sNum, 2n * sDen), scale }),
    median: text(levels2, scale, 2n),
  };
  if (kind === 'stock') hit.change = text(big(t) - big(ref), scale);
  if (exponent !== undefined) hit.exponent = exponent;
  return hit;
}
