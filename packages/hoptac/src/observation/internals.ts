/**
 * The observation set's stored shape: integer-coded keys, scaled-integer values in typed arrays,
 * one {@link Series} per board × indicator. Only the observation folder and the consolidation
 * engine read these internals; everything else asks through `query.ts`.
 *
 * Exactness: every value is kept as an integer mantissa at its series' common scale. Mantissas
 * live in a Float64Array only while they, and any sum of a whole series of them, are safe integers
 * (below 2^52 in magnitude, checked when the set is built); integer arithmetic on such doubles is
 * exact. A series that could leave that range is kept as bigints instead. No fraction ever goes
 * through binary floating point.
 */
import { argumentError } from '../internal/args.js';
import type { Scaled } from '../decimal/scaled.js';
import type { SourceTable } from './sources.js';
import type { Source } from './types.js';

/** Slot flags of a series: nothing reported, a value, a reported blank. */
export const SLOT_ABSENT = 0;
export const SLOT_VALUE = 1;
export const SLOT_BLANK = 2;

/** One board × indicator run of months, starting at its board's first month. */
export interface Series {
  readonly board: number;
  readonly indicator: number;
  readonly start: number; // month index of slot 0
  readonly flags: Uint8Array;
  readonly scale: number;
  /** mantissas at `scale` when the series is safe for exact double integer arithmetic */
  readonly mant: Float64Array | undefined;
  /** mantissas at `scale` otherwise */
  readonly big: readonly bigint[] | undefined;
  readonly estimated: Uint8Array | undefined;
  /** observation number of each slot, -1 if none; undefined when the set has no sources */
  readonly firstObs: Int32Array | undefined;
}

/** A stored value with where it came from (openings and targets). */
export interface StoredValue {
  readonly value: Scaled;
  readonly source: Source | undefined;
}

export interface SetInternals {
  readonly boards: readonly string[];
  readonly indicators: readonly string[];
  readonly boardFirst: Int32Array; // first month index per board (-1: none)
  readonly boardLast: Int32Array;
  readonly series: (Series | undefined)[]; // index board * nIndicators + indicator
  /** by board * nIndicators + indicator */
  readonly openings: ReadonlyMap<number, StoredValue>;
  /** by `${board}|${indicator}|${year}` (board and indicator numbers) */
  readonly targets: ReadonlyMap<string, StoredValue>;
  /** where each observation came from, by observation number */
  readonly sources: SourceTable;
}

const INTERNALS = Symbol('hoptac.observations');

/**
 * An immutable set of observations, openings and targets, ready to consolidate. Build one with
 * `createObservations`.
 */
export interface ObservationSet {
  /** board codes, in the order they were first seen or registered */
  readonly boards: readonly string[];
  /** indicator codes, in the order they were first seen */
  readonly indicators: readonly string[];
  /** number of stored observations (reported values and reported blanks) */
  readonly size: number;
  /** @internal */
  readonly [INTERNALS]: SetInternals;
}

/** @internal An ObservationSet around internals (built by the builder, or copied whole between threads). */
export function wrapInternals(inner: SetInternals, size?: number): ObservationSet {
  let n = size ?? 0;
  if (size === undefined) {
    for (const sr of inner.series) if (sr !== undefined) for (let k = 0; k < sr.flags.length; k++) if (sr.flags[k] !== SLOT_ABSENT) n++;
  }
  return Object.freeze({ boards: inner.boards, indicators: inner.indicators, size: n, [INTERNALS]: inner });
}

/** @internal */
export function internals(set: ObservationSet, fn = 'consolidate', field = 'set'): SetInternals {
  const i = typeof set === 'object' && set !== null ? (set as { [INTERNALS]?: SetInternals })[INTERNALS] : undefined;
  if (i === undefined) throw argumentError(fn, field, 'observation-set', set);
  return i;
}

/** The exact value of a slot as a scaled decimal (`undefined` unless it holds a value). */
export function slotValue(sr: Series, slot: number): Scaled | undefined {
  if (slot < 0 || slot >= sr.flags.length || sr.flags[slot] !== SLOT_VALUE) return undefined;
  if (sr.mant !== undefined) return { int: BigInt(sr.mant[slot]!), scale: sr.scale };
  return { int: sr.big![slot]!, scale: sr.scale };
}

/** Where the observation of a slot came from, if it was given a source. */
export function slotSource(inner: SetInternals, sr: Series, slot: number): Source | undefined {
  const obs = sr.firstObs;
  const k = obs === undefined || slot < 0 || slot >= obs.length ? -1 : obs[slot]!;
  return k < 0 ? undefined : inner.sources.get(k);
}
