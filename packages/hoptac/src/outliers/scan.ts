/**
 * Private: the outlier scan over one series of exact integer mantissas (one common scale).
 *
 * Two implementations of the window's statistics, both exact on integers:
 * - numbers, when every |mantissa| is at most 2^29: then every intermediate below (2·y, deviations,
 *   their sum over 24 months, times 35,000) stays under 2^53, where integer arithmetic on doubles is
 *   exact; the window is kept sorted as it slides, the median is read in place and the MAD found by
 *   merging the deviations on both sides of the median (no sort per month);
 * - bigints otherwise (sorting each window): slower, same answers.
 * A property test checks that the two agree.
 */
import { format, pow10, trim } from '../decimal/scaled.js';
import { C_MAD, C_MEAN, MIN_HISTORY, SLIP_EXPONENTS, THRESHOLD, WINDOW } from './constants.js';

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

const SAFE_MANTISSA = 2 ** 29;

interface Stats {
  /** 2 × the median of the window */
  readonly m2: bigint;
  /** 4 × the MAD, when not zero */
  readonly d4: bigint;
  /** the sum of 2·|y − median| over the window (used when d4 is zero) */
  readonly sum2: bigint;
  readonly n: number;
}

interface Window {
  add(s: number): void;
  remove(s: number): void;
  readonly size: number;
  /** 'out' (an outlier), 'in', or 'flat' (MAD and mean absolute deviation both zero) */
  test(y: number | bigint): 'out' | 'in' | 'flat';
  stats(): Stats;
  /** the step of the values: the greatest common divisor of their differences (0 when all are equal) */
  step(): bigint;
}

/** Sorted doubles holding integers (exact below 2^53). */
class NumberWindow implements Window {
  private readonly w = new Float64Array(WINDOW + 1);
  size = 0;
  constructor(private readonly y: (s: number) => number) {}
  /** the first position whose value is not below v */
  private lowerBound(v: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.w[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  add(s: number): void {
    const v = this.y(s);
    const i = this.lowerBound(v);
    this.w.copyWithin(i + 1, i, this.size);
    this.w[i] = v;
    this.size++;
  }
  remove(s: number): void {
    const i = this.lowerBound(this.y(s));
    this.w.copyWithin(i, i + 1, this.size);
    this.size--;
  }
  m2(): number {
    const n = this.size;
    const h = n >> 1;
    return n & 1 ? 2 * this.w[h]! : this.w[h - 1]! + this.w[h]!;
  }
  /** 4 × MAD: the median of 2·|w − m|, doubled, by merging both sides of the median outward. */
  private d4(m2: number): number {
    const n = this.size;
    const h = n >> 1;
    let i = h - 1;
    let j = h;
    let prev = 0;
    let cur = 0;
    for (let k = 0; k <= h; k++) {
      const left = i >= 0 ? m2 - 2 * this.w[i]! : Infinity;
      const right = j < n ? 2 * this.w[j]! - m2 : Infinity;
      prev = cur;
      if (left <= right) {
        cur = left;
        i--;
      } else {
        cur = right;
        j++;
      }
    }
    return n & 1 ? 2 * cur : prev + cur;
  }
  private sum2(m2: number): number {
    let s = 0;
    for (let k = 0; k < this.size; k++) s += Math.abs(2 * this.w[k]! - m2);
    return s;
  }
  test(yv: number | bigint): 'out' | 'in' | 'flat' {
    const y = yv as number;
    const m2 = this.m2();
    const dev2 = Math.abs(2 * y - m2);
    const d4 = this.d4(m2);
    // 0.6745·|y − m| > 3.5·MAD  ⇔  6745·(2|y − m|)·2 > 35000·(4·MAD)
    if (d4 > 0) return 2 * C_MAD * dev2 > THRESHOLD * d4 ? 'out' : 'in';
    const sum2 = this.sum2(m2);
    if (sum2 === 0) return 'flat';
    // 0.7979·|y − m| > 3.5·Σ|w − m|/n  ⇔  7979·(2|y − m|)·n > 35000·Σ2|w − m|
    return C_MEAN * dev2 * this.size > THRESHOLD * sum2 ? 'out' : 'in';
  }
  stats(): Stats {
    const m2 = this.m2();
    return { m2: BigInt(m2), d4: BigInt(this.d4(m2)), sum2: BigInt(this.sum2(m2)), n: this.size };
  }
  step(): bigint {
    let g = 0n;
    for (let k = 1; k < this.size; k++) g = gcd(g, BigInt(this.w[k]! - this.w[0]!));
    return g;
  }
}

/** Bigints, sorted per test: the plain definition. */
class BigWindow implements Window {
  private readonly members = new Set<number>();
  constructor(private readonly y: (s: number) => bigint) {}
  get size(): number {
    return this.members.size;
  }
  add(s: number): void {
    this.members.add(s);
  }
  remove(s: number): void {
    this.members.delete(s);
  }
  stats(): Stats {
    const w = [...this.members].map(this.y).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const m2 = median2(w);
    const dev = w.map((v) => abs(2n * v - m2)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // dev holds 2|w − m|; its median doubled is 4·MAD
    const d4 = median2(dev);
    let sum2 = 0n;
    for (const d of dev) sum2 += d;
    return { m2, d4, sum2, n: w.length };
  }
  test(yv: number | bigint): 'out' | 'in' | 'flat' {
    return judge(this.stats(), yv as bigint);
  }
  step(): bigint {
    const w = [...this.members].map(this.y);
    let g = 0n;
    for (const v of w) g = gcd(g, abs(v - w[0]!));
    return g;
  }
}

const abs = (v: bigint): bigint => (v < 0n ? -v : v);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
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

/** 2 × the median of sorted bigints. */
function median2(sorted: readonly bigint[]): bigint {
  const n = sorted.length;
  const h = n >> 1;
  return n & 1 ? 2n * sorted[h]! : sorted[h - 1]! + sorted[h]!;
}

function judge(st: Stats, y: bigint): 'out' | 'in' | 'flat' {
  const dev2 = abs(2n * y - st.m2);
  if (st.d4 > 0n) return 2n * BigInt(C_MAD) * dev2 > BigInt(THRESHOLD) * st.d4 ? 'out' : 'in';
  if (st.sum2 === 0n) return 'flat';
  return BigInt(C_MEAN) * dev2 * BigInt(st.n) > BigInt(THRESHOLD) * st.sum2 ? 'out' : 'in';
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

/**
 * Scans a series month by month (see the module and {@link findOutliers} for the method). A month
 * found to be a unit slip is left out of the history of the months after it (and a stock's next
 * change is measured from the level before the slip), so one slip is reported once, and a board
 * that keeps typing in the wrong unit is told every month.
 */
export function scan(input: ScanInput): ScanHit[] {
  const { present, scale, kind } = input;
  const n = present.length;
  const bigInts = Array.isArray(input.ints) ? (input.ints as readonly bigint[]) : undefined;
  const numInts = bigInts === undefined ? (input.ints as ArrayLike<number>) : undefined;
  const big = (t: number): bigint => (bigInts !== undefined ? bigInts[t]! : BigInt(numInts![t]!));
  const nums = input.forceBig === true ? undefined : safeNumbers(present, bigInts, numInts!);
  const fast = nums !== undefined;
  const slip = new Uint8Array(n);
  const ref = new Int32Array(n).fill(-1); // a stock's reference month for its change
  const defined = new Uint8Array(n); // y[t] defined
  const inWin = new Uint8Array(n);
  const window: Window = fast
    ? new NumberWindow(kind === 'flow' ? (s) => nums![s]! : (s) => nums![s]! - nums![ref[s]!]!)
    : new BigWindow(kind === 'flow' ? big : (s) => big(s) - big(ref[s]!));
  // 2 × the median of a stock's levels in the window, for the unit-slip test (a flow's values are
  // its levels): only asked for a month that is flat or out, so sorted then
  const levels2 = (t: number): bigint => {
    const lv: bigint[] = [];
    for (let s = Math.max(0, t - WINDOW); s < t; s++) if (present[s] && slip[s] === 0) lv.push(big(s));
    return median2(lv.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  const hits: ScanHit[] = [];
  for (let t = 0; t < n; t++) {
    // slide: t − 1 enters, t − 1 − WINDOW leaves
    const enter = t - 1;
    if (enter >= 0 && defined[enter] === 1 && slip[enter] === 0) {
      window.add(enter);
      inWin[enter] = 1;
    }
    const leave = t - 1 - WINDOW;
    if (leave >= 0 && inWin[leave] === 1) {
      window.remove(leave);
      inWin[leave] = 0;
    }
    if (!present[t]) continue;
    if (kind === 'stock') {
      let s = t - 1;
      while (s >= 0 && slip[s] === 1 && t - s <= WINDOW) s--;
      if (s < 0 || !present[s] || slip[s] === 1) continue;
      ref[t] = s;
    }
    defined[t] = 1;
    if (window.size < MIN_HISTORY) continue;
    const y = fast ? (kind === 'flow' ? nums![t]! : nums![t]! - nums![ref[t]!]!) : kind === 'flow' ? big(t) : big(t) - big(ref[t]!);
    const verdict = window.test(y);
    if (verdict === 'in' || (verdict === 'flat' && input.unitSlip === false)) continue;
    if (verdict === 'flat' && fast) {
      // a flat history is judged only by the unit-slip test; skip it cheaply (exact integers) when
      // the value is not even near 1,000 times, or a thousandth of, the median
      const m2 = kind === 'flow' ? (window as NumberWindow).m2() : Number(levels2(t));
      const x = Math.abs(nums![t]!);
      if (m2 === 0 || (2 * x < 900 * Math.abs(m2) && 20000 * x > 11 * Math.abs(m2))) continue;
    }
    let st = window.stats();
    if (verdict === 'out') {
      st = floored(st, window.step());
      if (judge(st, typeof y === 'bigint' ? y : BigInt(y)) !== 'out') continue;
    }
    // the level history, for a unit slip and the message's median
    const level2 = kind === 'flow' ? st.m2 : levels2(t);
    const exponent = input.unitSlip === false ? undefined : slipExponent(big(t), level2);
    // a flat history cannot judge by spread; it still shows a unit slip
    if (verdict === 'flat' && exponent === undefined) continue;
    if (exponent !== undefined) slip[t] = 1;
    hits.push(describe(t, kind, big, ref[t]!, scale, st, level2, exponent));
  }
  return hits;
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
