/**
 * Private: the trailing window of the outlier scan and its statistics, exact on integers.
 *
 * The scan stores the value y of every month (a flow's value, a stock's change) in one array per
 * series; a window holds month numbers (slots) and reads their values from that array.
 * - {@link NumberWindow}: doubles holding integers, when every |mantissa| is at most 2^29 (see
 *   SAFE_MANTISSA). Then |y| ≤ 2^30 (a stock's change), |2y − 2·median| ≤ 2^32, and every product
 *   below stays under 2^53, where integer arithmetic on doubles is exact: the MAD test multiplies
 *   a deviation by 2·6745 (< 2^14) and a spread of at most 2^33 by 35,000 (< 2^16); the mean
 *   test multiplies by 7979·25 and sums 25 deviations times 35,000 (< 2^52). The window is kept
 *   sorted as it slides; the median is read in place, a cheap lower bound of the MAD settles most
 *   months, and the MAD itself is found by merging the deviations on both sides of the median.
 * - {@link BigWindow}: bigints, sorted per test: the plain definition, the reference.
 */
import { C_MAD, C_MEAN, THRESHOLD } from './constants.js';

/** every |mantissa| at most this keeps the number window exact (see the module) */
export const SAFE_MANTISSA = 2 ** 29;

export interface Stats {
  /** 2 × the median of the window */
  readonly m2: bigint;
  /** 4 × the MAD, when not zero */
  readonly d4: bigint;
  /** the sum of 2·|y − median| over the window (used when d4 is zero) */
  readonly sum2: bigint;
  readonly n: number;
}

/** 'out' (an outlier), 'in', or 'flat' (MAD and mean absolute deviation both zero) */
export type Verdict = 'out' | 'in' | 'flat';

export interface Window {
  /** slot s (its value already stored) enters */
  add(s: number): void;
  /** slot s leaves */
  remove(s: number): void;
  /** slot out leaves and slot s enters, in one step */
  replace(out: number, s: number): void;
  readonly size: number;
  /** the verdict on slot t's value (stored, not in the window) */
  test(t: number): Verdict;
  stats(): Stats;
  /** the step of the values: the greatest common divisor of their differences (0 when all are equal) */
  step(): bigint;
}

/** Room for the window and the month entering it (WINDOW + 1 = 25), padded to a power of two for the search. */
export const ROOM = 32;

/**
 * Sorted doubles holding integers (exact below 2^53), read from `ys` by slot. Positions past the
 * window hold +Infinity, so the search below can probe a fixed number of positions.
 */
export class NumberWindow implements Window {
  private readonly w = new Float64Array(ROOM).fill(Infinity);
  size = 0;
  constructor(private readonly ys: Float64Array) {}
  /** empty again, for the next series */
  clear(): void {
    this.w.fill(Infinity, 0, this.size);
    this.size = 0;
  }
  /**
   * The first position whose value is not below v (how many are below it): five probes, each
   * adding 16, 8, 4, 2 or 1 when the probed value is below v, without a branch to mispredict.
   */
  private lowerBound(v: number): number {
    const w = this.w;
    let i = +(w[15]! < v) << 4;
    i += +(w[i + 7]! < v) << 3;
    i += +(w[i + 3]! < v) << 2;
    i += +(w[i + 1]! < v) << 1;
    return i + +(w[i]! < v);
  }
  add(s: number): void {
    const v = this.ys[s]!;
    const w = this.w;
    let i = this.size++;
    for (; i > 0 && w[i - 1]! > v; i--) w[i] = w[i - 1]!;
    w[i] = v;
  }
  remove(s: number): void {
    const w = this.w;
    const n = --this.size;
    for (let i = this.lowerBound(this.ys[s]!); i < n; i++) w[i] = w[i + 1]!;
    w[n] = Infinity;
  }
  replace(out: number, s: number): void {
    // the hole left by `out` moves to where the new value belongs
    const v = this.ys[s]!;
    const w = this.w;
    const n = this.size;
    let i = this.lowerBound(this.ys[out]!);
    for (; i + 1 < n && w[i + 1]! < v; i++) w[i] = w[i + 1]!;
    for (; i > 0 && w[i - 1]! > v; i--) w[i] = w[i - 1]!;
    w[i] = v;
  }
  m2(): number {
    const n = this.size;
    const h = n >> 1;
    return n & 1 ? 2 * this.w[h]! : this.w[h - 1]! + this.w[h]!;
  }
  /**
   * A lower bound of 4 × MAD in O(1). The h = ⌊n/2⌋ smallest deviations |w − m| belong to h
   * consecutive sorted values [a, a + h − 1]; when a ≤ p, one of them is at most w[p], when a > p
   * one is at least w[p + h]; so the h-th smallest deviation, and with it the MAD (the median of
   * the deviations is never below it), is at least min(m − w[p], w[p + h] − m), for any p with
   * p + h < n. Here p splits what is left over evenly.
   */
  d4Low(m2: number): number {
    const n = this.size;
    const h = n >> 1;
    const p = (n - h - 1) >> 1;
    const low = Math.min(m2 - 2 * this.w[p]!, 2 * this.w[p + h]! - m2);
    return low > 0 ? 2 * low : 0;
  }
  /** 4 × MAD: the median of 2·|w − m|, doubled, by merging both sides of the median outward. */
  d4(m2: number): number {
    const w = this.w;
    const n = this.size;
    const h = n >> 1;
    let i = h - 1;
    let j = h;
    let prev = 0;
    let cur = 0;
    for (let k = 0; k <= h; k++) {
      const left = i >= 0 ? m2 - 2 * w[i]! : Infinity;
      const right = j < n ? 2 * w[j]! - m2 : Infinity;
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
  /**
   * True when slot t's value is surely in (what {@link test} would say): within what the least
   * possible MAD allows, 6745·(2|y − m|)·2 ≤ 35000·(a lower bound of 4·MAD); a positive bound
   * also means the MAD is not zero.
   */
  settles(t: number): boolean {
    const m2 = this.m2();
    const low = this.d4Low(m2);
    return low > 0 && 2 * C_MAD * Math.abs(2 * this.ys[t]! - m2) <= THRESHOLD * low;
  }
  test(t: number): Verdict {
    if (this.settles(t)) return 'in';
    const m2 = this.m2();
    const dev2 = Math.abs(2 * this.ys[t]! - m2);
    // 0.6745·|y − m| > 3.5·MAD  ⇔  6745·(2|y − m|)·2 > 35000·(4·MAD)
    const lhs = 2 * C_MAD * dev2;
    const d4 = this.d4(m2);
    if (d4 > 0) return lhs > THRESHOLD * d4 ? 'out' : 'in';
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
    // differences of integers below 2^31 in magnitude: exact, and so is % on them
    let g = 0;
    for (let k = 1; k < this.size; k++) {
      let x = this.w[k]! - this.w[0]!;
      while (x !== 0) [g, x] = [x, g % x];
    }
    return BigInt(g);
  }
}

const byValue = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/** Bigints, sorted per test: the plain definition. */
export class BigWindow implements Window {
  private readonly members = new Set<number>();
  constructor(private readonly ys: readonly bigint[]) {}
  get size(): number {
    return this.members.size;
  }
  add(s: number): void {
    this.members.add(s);
  }
  remove(s: number): void {
    this.members.delete(s);
  }
  replace(out: number, s: number): void {
    this.members.delete(out);
    this.members.add(s);
  }
  stats(): Stats {
    const w = [...this.members].map((s) => this.ys[s]!).sort(byValue);
    const m2 = median2(w);
    const dev = w.map((v) => abs(2n * v - m2)).sort(byValue);
    // dev holds 2|w − m|; its median doubled is 4·MAD
    const d4 = median2(dev);
    let sum2 = 0n;
    for (const d of dev) sum2 += d;
    return { m2, d4, sum2, n: w.length };
  }
  test(t: number): Verdict {
    return judge(this.stats(), this.ys[t]!);
  }
  step(): bigint {
    const w = [...this.members].map((s) => this.ys[s]!);
    let g = 0n;
    for (const v of w) g = gcd(g, abs(v - w[0]!));
    return g;
  }
}

export const abs = (v: bigint): bigint => (v < 0n ? -v : v);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** 2 × the median of sorted bigints. */
export function median2(sorted: readonly bigint[]): bigint {
  const n = sorted.length;
  const h = n >> 1;
  return n & 1 ? 2n * sorted[h]! : sorted[h - 1]! + sorted[h]!;
}

/** The verdict on y against a window's statistics, on bigints (the definition). */
export function judge(st: Stats, y: bigint): Verdict {
  const dev2 = abs(2n * y - st.m2);
  if (st.d4 > 0n) return 2n * BigInt(C_MAD) * dev2 > BigInt(THRESHOLD) * st.d4 ? 'out' : 'in';
  if (st.sum2 === 0n) return 'flat';
  return BigInt(C_MEAN) * dev2 * BigInt(st.n) > BigInt(THRESHOLD) * st.sum2 ? 'out' : 'in';
}
