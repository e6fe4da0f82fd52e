/**
 * An observation set as plain data that survives `structuredClone` and `postMessage` (typed
 * arrays, bigints, maps), so a set built in one worker thread can be used in another without
 * re-reading its workbook or formatting its values as text.
 */
import { HoptacError } from '../errors.js';
import { internals, type ObservationSet, type SetInternals, wrapInternals } from './internals.js';
import { type SourceData, SourceTable } from './sources.js';

/** What {@link observationData} gives: opaque, structured-cloneable, for {@link fromObservationData}. */
export interface ObservationData {
  readonly format: 'hoptac-observations/1';
  /** @internal */
  readonly inner: unknown;
}

/**
 * The set as structured-cloneable data (nothing is copied here; `postMessage` copies it).
 *
 * @example
 * ```ts
 * import { createObservations, fromObservationData, observationData } from 'hoptac';
 * const set = createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-12', value: '1.5' }).build();
 * fromObservationData(structuredClone(observationData(set))).size; // 1
 * ```
 */
export function observationData(set: ObservationSet): ObservationData {
  const inner = internals(set);
  // sources as their table: a list of sheets and chunks of numbers, cloned as a few flat blocks
  return { format: 'hoptac-observations/1', inner: { ...inner, sources: inner.sources.data() } };
}

/**
 * The set again, from {@link observationData} (after a copy between threads). Throws
 * `invalid-input` when the data is not such data.
 *
 * @example
 * ```ts
 * import { fromObservationData } from 'hoptac';
 * declare const data: import('hoptac').ObservationData; // received from a worker
 * fromObservationData(data).boards;
 * ```
 */
export function fromObservationData(data: ObservationData): ObservationSet {
  const inner = (data as { inner?: Partial<Omit<SetInternals, 'sources'>> & { sources?: unknown } } | undefined)?.inner;
  const ok =
    data?.format === 'hoptac-observations/1' &&
    inner !== undefined &&
    Array.isArray(inner.boards) &&
    Array.isArray(inner.indicators) &&
    inner.boardFirst instanceof Int32Array &&
    inner.boardLast instanceof Int32Array &&
    Array.isArray(inner.series) &&
    inner.series.length === inner.boards.length * inner.indicators.length &&
    inner.openings instanceof Map &&
    inner.targets instanceof Map &&
    SourceTable.isData(inner.sources) &&
    inner.series.every((sr) => sr === undefined || sr === null || (sr.flags instanceof Uint8Array && (sr.firstObs === undefined || sr.firstObs instanceof Int32Array) && (sr.mant instanceof Float64Array || Array.isArray(sr.big))));
  if (!ok) throw new HoptacError('invalid-input', { count: 1, first: 'not the data of observationData()' });
  const series = inner.series!.map((sr) => (sr === null ? undefined : sr));
  return wrapInternals({ ...(inner as SetInternals), series, sources: SourceTable.fromData(inner.sources as SourceData) });
}
