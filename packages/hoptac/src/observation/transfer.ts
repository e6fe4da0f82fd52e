/**
 * An observation set as plain data that survives `structuredClone` and `postMessage` (typed
 * arrays, bigints, maps), so a set built in one worker thread can be used in another without
 * re-reading its workbook or formatting its values as text.
 */
import { HoptacError } from '../errors.js';
import { internals, type ObservationSet, type SetInternals, wrapInternals } from './internals.js';
import type { Source } from './types.js';

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
  // sources as a table of sheets, an index per observation and one string of cells: cloned as a
  // few flat blocks instead of one small object per observation
  const n = inner.sources.length;
  const sheets: string[] = [];
  const sheetOf = new Map<string, number>();
  const sheetIdx = new Int32Array(n).fill(-1);
  const hasCell = new Uint8Array(n);
  const cells: string[] = new Array<string>(n).fill('');
  for (let k = 0; k < n; k++) {
    const src = inner.sources[k];
    if (src === undefined) continue;
    let i = sheetOf.get(src.sheet);
    if (i === undefined) {
      i = sheets.length;
      sheets.push(src.sheet);
      sheetOf.set(src.sheet, i);
    }
    sheetIdx[k] = i;
    if (src.cell !== undefined) {
      hasCell[k] = 1;
      cells[k] = src.cell;
    }
  }
  return { format: 'hoptac-observations/1', inner: { ...inner, sources: [], packedSources: { sheets, sheetIdx, hasCell, cells: cells.join('\u0001') } } };
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
  const inner = (data as { inner?: Partial<SetInternals> & { packedSources?: Packed } } | undefined)?.inner;
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
    Array.isArray(inner.sources) &&
    inner.series.every((sr) => sr === undefined || sr === null || (sr.flags instanceof Uint8Array && sr.firstObs instanceof Int32Array && (sr.mant instanceof Float64Array || Array.isArray(sr.big))));
  const packed = inner?.packedSources;
  if (!ok || packed === undefined || !(packed.sheetIdx instanceof Int32Array) || !(packed.hasCell instanceof Uint8Array) || typeof packed.cells !== 'string' || !Array.isArray(packed.sheets)) {
    throw new HoptacError('invalid-input', { count: 1, first: 'not the data of observationData()' });
  }
  const series = inner.series!.map((sr) => (sr === null ? undefined : sr));
  const cells = packed.cells.split('\u0001');
  const sources: (Source | undefined)[] = new Array<Source | undefined>(packed.sheetIdx.length);
  for (let k = 0; k < packed.sheetIdx.length; k++) {
    const i = packed.sheetIdx[k]!;
    if (i < 0) continue;
    sources[k] = packed.hasCell[k] === 1 ? { sheet: packed.sheets[i]!, cell: cells[k]! } : { sheet: packed.sheets[i]! };
  }
  const { packedSources: _, ...rest } = inner as SetInternals & { packedSources: Packed };
  return wrapInternals({ ...rest, series, sources });
}

interface Packed {
  readonly sheets: readonly string[];
  readonly sheetIdx: Int32Array;
  readonly hasCell: Uint8Array;
  readonly cells: string;
}
