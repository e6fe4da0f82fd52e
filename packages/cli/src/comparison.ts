/**
 * The comparison behind `diff`, as the analysis worker runs it (see analysis-worker.ts): the worker
 * of the old file reads and checks it and hands its model to the worker of the new file through a
 * message port; that worker reads and checks the new file, compares the two models and
 * consolidates what the changes touch. Only the comparison (findings, changes, figures) comes back
 * to the main thread, never a model.
 *
 * No messages and no main-thread code here: the worker bundle imports it.
 */
import { receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { Period, fromObservationData, observationData } from 'hoptac';
import type { ObservationData, RuleStats } from 'hoptac';
import type { AffectedFigure, Finding, WorkbookChange, WorkbookModel } from 'hoptac/workbook';
import { affectedFigures, diffWorkbooks, latestCompleteMonth } from 'hoptac/workbook';
import type { XlsxLimits } from './xlsx/limits.js';

/** One side's summary. */
export interface CompareSide {
  readonly findings: readonly Finding[];
  /** exact count per code (`WorkbookModel.counts`) and the rules checked, for exact totals */
  readonly counts: Readonly<Record<string, number>>;
  readonly rules: readonly RuleStats[];
  readonly ok: boolean;
  readonly boards: number;
  readonly months: readonly string[];
  readonly values: number;
}

export interface Comparison {
  readonly old: CompareSide;
  readonly new: CompareSide;
  readonly changes: readonly WorkbookChange[];
  /** the periods `affected` was computed for (canonical) */
  readonly periods: readonly string[];
  readonly affected: readonly AffectedFigure[];
}

/** The old file's job: read and check it, then hand the model to the new file's worker on `to`. */
export interface SideJob {
  readonly compare: 'side';
  readonly path: string;
  readonly limits?: Partial<XlsxLimits>;
  readonly to: MessagePort;
}

/** The new file's job: read and check it, take the old file's model from `from`, compare. */
export interface CompareWithJob {
  readonly compare: 'with';
  readonly path: string;
  readonly limits?: Partial<XlsxLimits>;
  readonly from: MessagePort;
  /** canonical period for `affected`; absent: the latest complete month of the new file, and its year */
  readonly period?: string;
}

/** What the new file's worker answers when the old file's worker had nothing to give (its own answer says why). */
export interface OtherSideFailed {
  readonly otherSideFailed: true;
}

/** A model as it crosses between threads: its observations as data. */
type ModelData = Omit<WorkbookModel, 'observations'> & { readonly data: ObservationData };

/** What crosses the port from the old file's worker, before it closes the port: its model, or word that there is none. */
type Handover = { readonly model: ModelData } | { readonly failed: true };

function sideOf(model: WorkbookModel): CompareSide {
  return { findings: model.findings, counts: model.counts, rules: model.rules, ok: model.ok, boards: model.boards.length, months: model.months, values: model.observations.size };
}

/**
 * Compares two models (the observations of `b` against those of `a`), and consolidates what the
 * changes touch for `period`, or for the latest complete month of `b` and its year.
 *
 * @example
 * ```ts
 * const c = compareModels(november, december);
 * c.changes.length; // values revised, added, removed, finalized, ...
 * ```
 */
export function compareModels(a: WorkbookModel, b: WorkbookModel, period?: string): Comparison {
  const changes = diffWorkbooks(a, b);
  let periods: string[] = [];
  if (period !== undefined) periods = [Period.toString(Period.parse(period))];
  else {
    const latest = latestCompleteMonth(b);
    if (latest !== undefined) periods = [latest, latest.slice(0, 4)];
  }
  const affected = periods.length === 0 ? [] : affectedFigures(a, b, { periods, changes });
  return { old: sideOf(a), new: sideOf(b), changes, periods, affected };
}

/**
 * The port to the other file's worker, watched from the start of the job: the other side may
 * close it (its file could not be read) long before this side is done reading.
 *
 * @example
 * ```ts
 * const peer = new PeerPort(job.to); // first thing in the job
 * ```
 */
export class PeerPort {
  /** the other side closed the port (or went away) */
  gone = false;
  constructor(readonly port: MessagePort) {
    port.once('close', () => {
      this.gone = true;
    });
  }
}

/**
 * The old file's side: hands `model` (or, when `model` is undefined, word that reading failed) to
 * the new file's worker, and closes the port. Nothing to wait for: a message posted stays with the
 * other side until taken, even once this worker has stopped. The observations' arrays are moved,
 * not copied (see {@link buffersIn}): `model` is not to be used afterwards.
 *
 * @example
 * ```ts
 * handOver(peer, await readModel(job.path, job.limits));
 * ```
 */
export function handOver(peer: PeerPort, model: WorkbookModel | undefined): void {
  const to = peer.port;
  if (!peer.gone) {
    if (model === undefined) to.postMessage({ failed: true } satisfies Handover);
    else {
      const { observations, ...rest } = model;
      const data = observationData(observations);
      to.postMessage({ model: { ...rest, data } } satisfies Handover, buffersIn(data));
    }
  }
  to.close();
}

/**
 * Every ArrayBuffer under `value` (typed arrays in objects, arrays and maps), each once: the
 * observations of a national workbook are 9 MB of arrays, which a copy took about 100 ms to
 * write into the message and 65 ms to read out of it, and moving them costs nothing.
 */
export function buffersIn(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
    } else if (v instanceof Map) for (const x of v.values()) visit(x);
    else for (const x of Object.values(v)) visit(x);
  };
  visit(value);
  return [...found];
}

/**
 * The new file's side: the old file's model (undefined when its worker could not read it or went
 * away without a word), whether it was sent before or after this side asks.
 *
 * @example
 * ```ts
 * const older = await takeOver(peer);
 * ```
 */
export function takeOver(peer: PeerPort): Promise<WorkbookModel | undefined> {
  const from = peer.port;
  return new Promise<WorkbookModel | undefined>((resolve) => {
    const got = (m: unknown): void => {
      const h = m as Partial<{ model: ModelData }>;
      if (h.model === undefined) return resolve(undefined);
      const { data, ...rest } = h.model;
      resolve({ ...rest, observations: fromObservationData(data) });
    };
    // already there (the port keeps what was posted, even after the other side closed it)
    const queued = receiveMessageOnPort(from);
    if (queued !== undefined) return got(queued.message);
    if (peer.gone) return resolve(undefined);
    from.once('message', got);
    from.once('close', () => resolve(undefined));
  }).finally(() => from.close());
}
