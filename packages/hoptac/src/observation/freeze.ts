/**
 * `build()`: the builder's raw observations laid out as one series per board × indicator, each at
 * its common scale, as doubles when every value and every sum of the series stays a safe integer
 * and as bigints otherwise. Throws `duplicate-observation` when a month was given twice.
 */
import { HoptacError } from '../errors.js';
import { pow10, type Scaled } from '../decimal/scaled.js';
import { monthIndexText } from '../period/core.js';
import { type Series, type SetInternals, SLOT_ABSENT, SLOT_BLANK, SLOT_VALUE, type StoredValue } from './internals.js';
import { CHUNK_BITS, CHUNK_MASK, type RawObservations } from './raw-store.js';

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
 * One pass over the raw observations, run by run: first and last month per board; per series how
 * many observations, the common scale, the largest magnitude (as a double, for the safety check
 * only) and whether any value is too large for a safe mantissa.
 */
function shapes(st: RawObservations, nB: number, nI: number) {
  const first = new Int32Array(nB).fill(-1);
  const last = new Int32Array(nB).fill(-1);
  const nS = nB * nI;
  const scale = new Int32Array(nS);
  const count = new Int32Array(nS);
  const magnitude = new Float64Array(nS);
  const big = new Uint8Array(nS);
  const { runBoard, runIndicator, runMonth, runFirst } = st;
  const hasBig = st.big.size > 0;
  for (let r = 0; r < st.runs; r++) {
    const b = runBoard[r]!;
    const f = runFirst[r]!;
    const e = st.runEnd(r);
    const S = st.scaleChunks[f >> CHUNK_BITS]!;
    const V = st.mantChunks[f >> CHUNK_BITS]!;
    const m = runMonth[r]!;
    if (first[b] === -1 || m < first[b]!) first[b] = m;
    if (m + e - f - 1 > last[b]!) last[b] = m + e - f - 1;
    const key = b * nI + runIndicator[r]!;
    count[key]! += e - f;
    let sc = scale[key]!;
    let mag = magnitude[key]!;
    for (let k = f; k < e; k++) {
      const s = S[k & CHUNK_MASK]!;
      if (s < 0) continue;
      if (s > sc) sc = s;
      const v = V[k & CHUNK_MASK]!;
      const a = (v < 0 ? -v : v) / (s < POW10.length ? POW10[s]! : 10 ** s);
      if (a > mag) mag = a;
      if (hasBig && st.big.has(k)) big[key] = 1;
    }
    scale[key] = sc;
    magnitude[key] = mag;
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

/**
 * Empty series for every board × indicator that has an observation (with observation numbers when
 * there are sources to find). Each kind of array is one block cut into the series' views: a
 * national workbook has 1,500 series, and a typed array of its own per series and kind (4,500
 * buffers, each allocated and zeroed apart) took 24 ms of a cold profile.
 */
function emptySeries(nB: number, nI: number, sh: ReturnType<typeof shapes>, withSources: boolean): (Series | undefined)[] {
  const series: (Series | undefined)[] = new Array<Series | undefined>(nB * nI);
  const lenOf = (b: number): number => (sh.first[b]! < 0 ? 0 : sh.last[b]! - sh.first[b]! + 1);
  // per series: 1 safe for doubles, 0 not (see isSafe), counted first to size the blocks
  const safeOf = new Uint8Array(nB * nI);
  let slots = 0;
  let safeSlots = 0;
  for (let b = 0; b < nB; b++) {
    const len = lenOf(b);
    for (let i = 0; i < nI; i++) {
      const key = b * nI + i;
      if (sh.count[key] === 0) continue;
      slots += len;
      if (isSafe(sh, key, len)) {
        safeOf[key] = 1;
        safeSlots += len;
      }
    }
  }
  const flags = new Uint8Array(slots);
  const mant = new Float64Array(safeSlots);
  const firstObs = withSources ? new Int32Array(slots).fill(-1) : undefined;
  let at = 0;
  let safeAt = 0;
  for (let b = 0; b < nB; b++) {
    const start = sh.first[b]!;
    const len = lenOf(b);
    for (let i = 0; i < nI; i++) {
      const key = b * nI + i;
      if (sh.count[key] === 0) continue;
      const safe = safeOf[key] === 1;
      series[key] = {
        board: b,
        indicator: i,
        start,
        flags: flags.subarray(at, at + len),
        scale: sh.scale[key]!,
        mant: safe ? mant.subarray(safeAt, safeAt + len) : undefined,
        big: safe ? undefined : new Array<bigint>(len).fill(0n),
        estimated: undefined,
        firstObs: firstObs?.subarray(at, at + len),
      };
      at += len;
      if (safe) safeAt += len;
    }
  }
  return series;
}

/** Puts every observation in its slot, at its series' scale, run by run. */
function fillSeries(raw: RawSet, series: (Series | undefined)[]): void {
  const { st, indicators } = raw;
  const nI = indicators.length;
  const { runBoard, runIndicator, runMonth, runFirst, runEstimated } = st;
  for (let r = 0; r < st.runs; r++) {
    const sr = series[runBoard[r]! * nI + runIndicator[r]!]!;
    const f = runFirst[r]!;
    const e = st.runEnd(r);
    const slot0 = runMonth[r]! - sr.start - f;
    if (sr.mant !== undefined) fillSafe(raw, sr, f, e, slot0);
    else fillBig(raw, sr, f, e, slot0);
    if (runEstimated[r] === 1) markEstimates(sr, f + slot0, e + slot0);
  }
}

/** Observations `f .. e - 1` into slots `k + slot0` of a series kept as doubles. */
function fillSafe(raw: RawSet, sr: Series, f: number, e: number, slot0: number): void {
  const S = raw.st.scaleChunks[f >> CHUNK_BITS]!;
  const V = raw.st.mantChunks[f >> CHUNK_BITS]!;
  const { flags, firstObs } = sr;
  const mant = sr.mant!;
  for (let k = f; k < e; k++) {
    const slot = k + slot0;
    if (flags[slot] !== SLOT_ABSENT) duplicate(raw, sr, slot);
    if (firstObs !== undefined) firstObs[slot] = k;
    const s = S[k & CHUNK_MASK]!;
    if (s < 0) {
      flags[slot] = SLOT_BLANK;
      continue;
    }
    flags[slot] = SLOT_VALUE;
    const shiftBy = sr.scale - s;
    const v = V[k & CHUNK_MASK]!;
    mant[slot] = shiftBy === 0 ? v : v * (shiftBy < POW10.length ? POW10[shiftBy]! : 10 ** shiftBy); // exact: an integer times an exact power of ten, checked safe above
  }
}

/** Observations `f .. e - 1` into slots `k + slot0` of a series kept as bigints. */
function fillBig(raw: RawSet, sr: Series, f: number, e: number, slot0: number): void {
  const { st } = raw;
  const S = st.scaleChunks[f >> CHUNK_BITS]!;
  const V = st.mantChunks[f >> CHUNK_BITS]!;
  const { flags, firstObs } = sr;
  for (let k = f; k < e; k++) {
    const slot = k + slot0;
    if (flags[slot] !== SLOT_ABSENT) duplicate(raw, sr, slot);
    if (firstObs !== undefined) firstObs[slot] = k;
    const s = S[k & CHUNK_MASK]!;
    if (s < 0) {
      flags[slot] = SLOT_BLANK;
      continue;
    }
    flags[slot] = SLOT_VALUE;
    const d: Scaled = st.big.get(k) ?? { int: BigInt(V[k & CHUNK_MASK]!), scale: s };
    (sr.big as bigint[])[slot] = d.int * pow10(sr.scale - s);
  }
}

function duplicate(raw: RawSet, sr: Series, slot: number): never {
  throw new HoptacError('duplicate-observation', { board: raw.boards[sr.board]!, indicator: raw.indicators[sr.indicator]!, month: monthIndexText(sr.start + slot) });
}

/** Marks slots `from .. to - 1` of a series as estimates. */
function markEstimates(sr: Series, from: number, to: number): void {
  const s = sr as { estimated: Uint8Array | undefined; flags: Uint8Array };
  if (s.estimated === undefined) s.estimated = new Uint8Array(s.flags.length);
  s.estimated.fill(1, from, to);
}

/** The set's internals from what the builder collected. */
export function freezeObservations(raw: RawSet): SetInternals {
  const nB = raw.boards.length;
  const nI = raw.indicators.length;
  const sh = shapes(raw.st, nB, nI);
  const series = emptySeries(nB, nI, sh, !raw.st.sources.isEmpty());
  fillSeries(raw, series);
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
