/**
 * `build()`: the builder's raw observations laid out as one series per board × indicator, each at
 * its common scale, as doubles when every value and every sum of the series stays a safe integer
 * and as bigints otherwise. Throws `duplicate-observation` when a month was given twice.
 */
import { HoptacError } from '../errors.js';
import { pow10, type Scaled } from '../decimal/scaled.js';
import { monthIndexText } from '../period/core.js';
import { type Series, type SetInternals, SLOT_ABSENT, SLOT_BLANK, SLOT_VALUE, type StoredValue } from './internals.js';
import type { RawObservations } from './raw-store.js';

const SAFE_SUM = 2 ** 52;

/** What `build()` lays out. */
export interface RawSet {
  readonly boards: readonly string[];
  readonly indicators: readonly string[];
  readonly st: RawObservations;
  /** by board * nIndicators + indicator */
  readonly openings: ReadonlyMap<number, StoredValue>;
  readonly targets: ReadonlyMap<string, StoredValue>;
}

/** Above this common scale a series is kept as bigints (powers of ten leave the normal doubles). */
const MAX_DOUBLE_SCALE = 300;

/**
 * One pass over the raw observations: first and last month per board; per series how many
 * observations, the common scale, the largest magnitude (as a double, for the safety check only)
 * and whether any value is too large for a safe mantissa.
 */
function shapes(st: RawObservations, nB: number, nI: number) {
  const first = new Int32Array(nB).fill(-1);
  const last = new Int32Array(nB).fill(-1);
  const nS = nB * nI;
  const scale = new Int32Array(nS);
  const count = new Int32Array(nS);
  const magnitude = new Float64Array(nS);
  const big = new Uint8Array(nS);
  const { board: B, indicator: I, month: M, scale: S, mant: V } = st;
  const hasBig = st.big.size > 0;
  for (let k = 0; k < st.length; k++) {
    const b = B[k]!;
    const m = M[k]!;
    if (first[b] === -1 || m < first[b]!) first[b] = m;
    if (m > last[b]!) last[b] = m;
    const key = b * nI + I[k]!;
    count[key]!++;
    const s = S[k]!;
    if (s < 0) continue;
    if (s > scale[key]!) scale[key] = s;
    const v = V[k]!;
    const a = (v < 0 ? -v : v) / (s < POW10.length ? POW10[s]! : 10 ** s);
    if (a > magnitude[key]!) magnitude[key] = a;
    if (hasBig && st.big.has(k)) big[key] = 1;
  }
  return { first, last, scale, count, magnitude, big };
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k); // exact doubles

/** Could a mantissa, or a sum of `len` of them, at the series' common scale leave the safe integers? */
function isSafe(sh: ReturnType<typeof shapes>, key: number, len: number): boolean {
  const s = sh.scale[key]!;
  if (sh.big[key] || s > MAX_DOUBLE_SCALE) return false;
  // an upper bound of the largest mantissa: the magnitude is a double within a few units in the
  // last place of the truth, so a factor 1.001 covers every rounding
  const bound = sh.magnitude[key]! * 10 ** s * 1.001;
  return bound * len < SAFE_SUM && bound < SAFE_SUM;
}

/** Empty series for every board × indicator that has an observation. */
function emptySeries(nB: number, nI: number, sh: ReturnType<typeof shapes>): (Series | undefined)[] {
  const series: (Series | undefined)[] = new Array<Series | undefined>(nB * nI);
  for (let b = 0; b < nB; b++) {
    const start = sh.first[b]!;
    const len = start < 0 ? 0 : sh.last[b]! - start + 1;
    for (let i = 0; i < nI; i++) {
      const key = b * nI + i;
      if (sh.count[key] === 0) continue;
      const safe = isSafe(sh, key, len);
      series[key] = {
        board: b,
        indicator: i,
        start,
        flags: new Uint8Array(len),
        scale: sh.scale[key]!,
        mant: safe ? new Float64Array(len) : undefined,
        big: safe ? undefined : new Array<bigint>(len).fill(0n),
        estimated: undefined,
        firstObs: new Int32Array(len).fill(-1),
      };
    }
  }
  return series;
}

/** Puts every observation in its slot, at its series' scale. */
function fillSeries(raw: RawSet, series: (Series | undefined)[]): void {
  const { st, boards, indicators } = raw;
  const nI = indicators.length;
  const { board: B, indicator: I, month: M, scale: S, mant: V } = st;
  let lastKey = -1;
  let sr = series[0]!;
  for (let k = 0; k < st.length; k++) {
    const key = B[k]! * nI + I[k]!;
    if (key !== lastKey) {
      sr = series[key]!;
      lastKey = key;
    }
    const slot = M[k]! - sr.start;
    if (sr.flags[slot] !== SLOT_ABSENT) {
      throw new HoptacError('duplicate-observation', { board: boards[B[k]!]!, indicator: indicators[I[k]!]!, month: monthIndexText(M[k]!) });
    }
    sr.firstObs[slot] = k;
    const s = S[k]!;
    if (s < 0) {
      sr.flags[slot] = SLOT_BLANK;
      continue;
    }
    sr.flags[slot] = SLOT_VALUE;
    const shiftBy = sr.scale - s;
    if (sr.mant !== undefined) {
      sr.mant[slot] = shiftBy === 0 ? V[k]! : V[k]! * (shiftBy < POW10.length ? POW10[shiftBy]! : 10 ** shiftBy); // exact: an integer times an exact power of ten, checked safe above
    } else {
      const d: Scaled = st.big.get(k) ?? { int: BigInt(V[k]!), scale: s };
      (sr.big as bigint[])[slot] = d.int * pow10(shiftBy);
    }
  }
}

function markEstimates(st: RawObservations, nI: number, series: (Series | undefined)[]): void {
  for (const k of st.estimated) {
    const sr = series[st.board[k]! * nI + st.indicator[k]!]! as { estimated: Uint8Array | undefined; flags: Uint8Array; start: number };
    if (sr.estimated === undefined) sr.estimated = new Uint8Array(sr.flags.length);
    sr.estimated[st.month[k]! - sr.start] = 1;
  }
}

/** The set's internals from what the builder collected. */
export function freezeObservations(raw: RawSet): SetInternals {
  const nB = raw.boards.length;
  const nI = raw.indicators.length;
  const sh = shapes(raw.st, nB, nI);
  const series = emptySeries(nB, nI, sh);
  fillSeries(raw, series);
  if (raw.st.estimated.size > 0) markEstimates(raw.st, nI, series);
  return {
    boards: Object.freeze([...raw.boards]),
    indicators: Object.freeze([...raw.indicators]),
    boardFirst: sh.first,
    boardLast: sh.last,
    series,
    openings: raw.openings,
    targets: raw.targets,
    sources: raw.st.sources,
  };
}
