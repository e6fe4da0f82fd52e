/**
 * Questions asked of an observation set from outside the observation folder and the
 * consolidation engine: which series there are, what a month holds, where it came from, which
 * openings and targets were set. Months are month indexes (`year * 12 + month - 1`). Callers never
 * read a set's internals (slot flags, mantissa arrays, observation numbers) themselves.
 */
import type { Scaled } from '../decimal/scaled.js';
import { internals, type ObservationSet, type Series, SLOT_ABSENT, SLOT_VALUE, slotSource, slotValue } from './internals.js';
import type { Source } from './types.js';

export type { Series } from './internals.js';

/** Every board × indicator series that holds at least one observation, board by board. */
export function listSeries(set: ObservationSet, fn?: string): Series[] {
  const out: Series[] = [];
  for (const sr of internals(set, fn).series) if (sr !== undefined) out.push(sr);
  return out;
}

/** The series of a board and indicator, by code. */
export function findSeries(set: ObservationSet, board: string, indicator: string): Series | undefined {
  const s = internals(set);
  const b = s.boards.indexOf(board);
  const i = s.indicators.indexOf(indicator);
  return b < 0 || i < 0 ? undefined : s.series[b * s.indicators.length + i];
}

/** The board code of a series. */
export const seriesBoard = (set: ObservationSet, sr: Series): string => set.boards[sr.board]!;
/** The indicator code of a series. */
export const seriesIndicator = (set: ObservationSet, sr: Series): string => set.indicators[sr.indicator]!;
/** The first month a series spans (its board's first month). */
export const firstMonth = (sr: Series): number => sr.start;
/** The last month a series spans (its board's last month). */
export const lastMonth = (sr: Series): number => sr.start + sr.flags.length - 1;

/** Does the month hold a value (not a reported blank, not nothing)? */
export function hasValueAt(sr: Series, month: number): boolean {
  const k = month - sr.start;
  return k >= 0 && k < sr.flags.length && sr.flags[k] === SLOT_VALUE;
}

/** Was anything (a value or a reported blank) stored for the month? */
export function isReportedAt(sr: Series, month: number): boolean {
  const k = month - sr.start;
  return k >= 0 && k < sr.flags.length && sr.flags[k] !== SLOT_ABSENT;
}

/** Does any month of the series hold a value? */
export const hasAnyValue = (sr: Series): boolean => sr.flags.includes(SLOT_VALUE);

/** The exact value of a month, `undefined` unless it holds one. */
export const valueAt = (sr: Series, month: number): Scaled | undefined => slotValue(sr, month - sr.start);

/** Is the month's value an estimate? */
export const isEstimatedAt = (sr: Series, month: number): boolean => sr.estimated?.[month - sr.start] === 1;

/** Where the month's observation came from, if it was given a source. */
export const sourceAt = (set: ObservationSet, sr: Series, month: number): Source | undefined => slotSource(internals(set), sr, month - sr.start);

/**
 * The series' values as integer mantissas at one scale, month by month from {@link firstMonth}
 * (exact doubles while safe, bigints otherwise), and which months hold a value. For scans over
 * whole series; the arrays are the set's own and must not be changed.
 */
export function seriesMantissas(sr: Series): { readonly ints: Float64Array | readonly bigint[]; readonly scale: number; readonly present: Uint8Array } {
  const present = new Uint8Array(sr.flags.length);
  for (let k = 0; k < present.length; k++) if (sr.flags[k] === SLOT_VALUE) present[k] = 1;
  return { ints: sr.mant ?? sr.big!, scale: sr.scale, present };
}

/** An opening (a flow's total before the board's first month) as stored. */
export interface StoredOpening {
  readonly board: string;
  readonly indicator: string;
  readonly value: Scaled;
  readonly source: Source | undefined;
}

/** Every opening of the set, board by board, indicator by indicator. */
export function listOpenings(set: ObservationSet): StoredOpening[] {
  const s = internals(set);
  const nI = s.indicators.length;
  return [...s.openings].sort((x, y) => x[0] - y[0]).map(([k, o]) => ({ board: s.boards[Math.floor(k / nI)]!, indicator: s.indicators[k % nI]!, value: o.value, source: o.source }));
}

/** An annual target as stored. */
export interface StoredTarget extends StoredOpening {
  readonly year: number;
}

/** Every target of the set, in the order they were set. */
export function listTargets(set: ObservationSet): StoredTarget[] {
  const s = internals(set);
  return [...s.targets].map(([key, t]) => {
    const [b, i, year] = key.split('|').map(Number) as [number, number, number];
    return { board: s.boards[b]!, indicator: s.indicators[i]!, year, value: t.value, source: t.source };
  });
}

/**
 * The month's value as an integer mantissa at {@link seriesScale} when the series is kept as safe
 * doubles, `undefined` otherwise (then ask {@link valueAt}). Only meaningful where {@link hasValueAt}.
 */
export const safeMantissaAt = (sr: Series, month: number): number | undefined => sr.mant?.[month - sr.start];

/** The common scale of a series' mantissas. */
export const seriesScale = (sr: Series): number => sr.scale;

/** The series of a board and indicator, by their numbers in `set.boards` and `set.indicators`. */
export const seriesAt = (set: ObservationSet, board: number, indicator: number): Series | undefined => internals(set).series[board * set.indicators.length + indicator];
