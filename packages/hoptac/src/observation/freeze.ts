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

/** First and last month per board (-1: none). */
function boardSpans(st: RawObservations, nB: number): { first: Int32Array; last: Int32Array } {
  const first = new Int32Array(nB).fill(-1);
  const last = new Int32Array(nB).fill(-1);
  const B = st.board;
  const M = st.month;
  for (let k = 0; k < st.length; k++) {
    const b = B[k]!;
    const m = M[k]!;
    if (first[b] === -1 || m < first[b]!) first[b] = m;
    if (m > last[b]!) last[b] = m;
  }
  return { first, last };
}

/** Per series: how many observations, the common scale, the largest magnitude, whether any value is big. */
function seriesShapes(st: RawObservations, nS: number, nI: number) {
  const scale = new Int32Array(nS);
  const count = new Int32Array(nS);
  const max = new Float64Array(nS);
  const big = new Uint8Array(nS);
  const { board: B, indicator: I, scale: S, mant: V } = st;
  const hasBig = st.big.size > 0;
  for (let k = 0; k < st.length; k++) {
    const key = B[k]! * nI + I[k]!;
    count[key]!++;
    const s = S[k]!;
    if (s > scale[key]!) scale[key] = s;
    if (hasBig && st.big.has(k)) big[key] = 1;
  }
  for (let k = 0; k < st.length; k++) {
    const key = B[k]! * nI + I[k]!;
    const s = S[k]!;
    if (s < 0 || big[key]) continue;
    const shiftBy = scale[key]! - s;
    const a = shiftBy === 0 ? Math.abs(V[k]!) : Math.abs(V[k]!) * 10 ** shiftBy; // magnitude estimate for the safety check only
    if (a > max[key]!) max[key] = a;
  }
  return { scale, count, max, big };
}

/** Empty series for every board × indicator that has an observation. */
function emptySeries(nB: number, nI: number, first: Int32Array, last: Int32Array, shapes: ReturnType<typeof seriesShapes>): (Series | undefined)[] {
  const series: (Series | undefined)[] = new Array<Series | undefined>(nB * nI);
  for (let b = 0; b < nB; b++) {
    const start = first[b]!;
    const len = start < 0 ? 0 : last[b]! - start + 1;
    for (let i = 0; i < nI; i++) {
      const key = b * nI + i;
      if (shapes.count[key] === 0) continue;
      const max = shapes.max[key]!;
      const safe = !shapes.big[key] && max * len < SAFE_SUM && max < SAFE_SUM;
      series[key] = {
        board: b,
        indicator: i,
        start,
        flags: new Uint8Array(len),
        scale: shapes.scale[key]!,
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
  for (let k = 0; k < st.length; k++) {
    const sr = series[B[k]! * nI + I[k]!]!;
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
      sr.mant[slot] = shiftBy === 0 ? V[k]! : V[k]! * 10 ** shiftBy; // exact: checked safe above
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
  const { first, last } = boardSpans(raw.st, nB);
  const series = emptySeries(nB, nI, first, last, seriesShapes(raw.st, nB * nI, nI));
  fillSeries(raw, series);
  if (raw.st.estimated.size > 0) markEstimates(raw.st, nI, series);
  return {
    boards: Object.freeze([...raw.boards]),
    indicators: Object.freeze([...raw.indicators]),
    boardFirst: first,
    boardLast: last,
    series,
    openings: raw.openings,
    targets: raw.targets,
    sources: raw.st.sources,
  };
}
