/**
 * The work behind `diff`: each of the two .xlsx files is read and checked in its own worker thread
 * with a heap limit and a timeout (the bounded runner of `check` and `consolidate`), both at once;
 * each worker sends back its model with the observations as structured-cloneable data. The two
 * models are then compared, and what the changes touch consolidated, here.
 *
 * The worker runs this very module (found through `import.meta.url`); its top level notices it is
 * a comparison worker.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Period, fromObservationData, observationData } from 'hoptac';
import type { ObservationData, RuleStats } from 'hoptac';
import type { AffectedFigure, Finding, WorkbookChange, WorkbookModel } from 'hoptac/workbook';
import { affectedFigures, diffWorkbooks, latestCompleteMonth } from 'hoptac/workbook';
import { runBounded } from './xlsx/bounded-worker.js';
import { XlsxError, isXlsxError } from './xlsx/index.js';
import { readModel } from './xlsx/lazy-read.js';
import type { XlsxErrorCode, XlsxLimits } from './xlsx/index.js';

/** Which of the two files. */
export type Which = 'old' | 'new';

export interface CompareJob {
  readonly old: string;
  readonly new: string;
  /** canonical period for `affected`; absent: the latest complete month of the new file, and its year */
  readonly period?: string;
  readonly limits?: Partial<XlsxLimits>;
}

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

/** A file of the two could not be read: which one, and why. */
export class CompareFileError extends Error {
  override readonly name = 'CompareFileError';
  readonly which: Which;
  readonly error: XlsxError;
  constructor(which: Which, error: XlsxError) {
    super(error.message);
    this.which = which;
    this.error = error;
  }
}

const FLAG = 'hoptac-compare/1';

/** A model as it crosses from a worker: its observations as data. */
type ModelData = Omit<WorkbookModel, 'observations'> & { readonly data: ObservationData };

type Reply =
  | { readonly ok: true; readonly model: ModelData }
  | { readonly ok: false; readonly code: XlsxErrorCode; readonly params: Record<string, string | number> }
  | { readonly ok: false; readonly code?: undefined; readonly name: string; readonly message: string; readonly stack?: string };

function sideOf(model: WorkbookModel): CompareSide {
  return { findings: model.findings, counts: model.counts, rules: model.rules, ok: model.ok, boards: model.boards.length, months: model.months, values: model.observations.size };
}

/** Reads and checks one file (in the worker). */
export async function readSide(path: string, limits?: Partial<XlsxLimits>): Promise<ModelData> {
  // one sheet at a time (each board sheet dropped once read): two files at once stay small
  const model = await readModel(path, limits);
  const { observations, ...rest } = model;
  return { ...rest, data: observationData(observations) };
}

/** Compares two models read from the files (the observations of `b` against those of `a`). */
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

function readIsolated(which: Which, path: string, limits: Partial<XlsxLimits> | undefined, timeoutMs: number, maxHeapMb: number): Promise<WorkbookModel> {
  return runBounded<Reply, WorkbookModel>(
    { self: import.meta.url, workerData: { flag: FLAG, path, limits }, timeoutMs, maxHeapMb, maxYoungMb: 32 },
    (m) => {
      if (m.ok) {
        const { data, ...rest } = m.model;
        return { ...rest, observations: fromObservationData(data) };
      }
      if (m.code !== undefined) throw new CompareFileError(which, new XlsxError(m.code, m.params));
      const e = new Error(m.message);
      e.name = m.name;
      if (m.stack !== undefined) e.stack = `${m.stack}\n    (in the comparison worker)`;
      throw e;
    },
    (code) =>
      new CompareFileError(
        which,
        new XlsxError(code === 0 ? 'unreadable' : 'memory', code === 0 ? { detail: 'the reader stopped without an answer', detailVi: 'bộ đọc dừng mà không trả kết quả' } : { limit: maxHeapMb }),
      ),
  ).catch((e: unknown) => {
    // timeout and memory from the runner: say which file
    if (isXlsxError(e)) throw new CompareFileError(which, e);
    throw e;
  });
}

/**
 * Reads both files at once, each in its own bounded worker, then compares them. A file that
 * cannot be read (or that exceeds the time or memory bounds) rejects with {@link CompareFileError}
 * naming it (the old file's when both fail).
 */
export async function compareIsolated(job: CompareJob, bounds: { readonly timeoutMs?: number; readonly maxHeapMb?: number } = {}): Promise<Comparison> {
  const timeoutMs = bounds.timeoutMs ?? 120_000;
  const maxHeapMb = bounds.maxHeapMb ?? 1024;
  const [a, b] = await Promise.allSettled([readIsolated('old', job.old, job.limits, timeoutMs, maxHeapMb), readIsolated('new', job.new, job.limits, timeoutMs, maxHeapMb)]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return compareModels(a.value, b.value, job.period);
}

async function runWorker(path: string, limits: Partial<XlsxLimits> | undefined): Promise<void> {
  let reply: Reply;
  try {
    reply = { ok: true, model: await readSide(path, limits) };
  } catch (e) {
    if (isXlsxError(e)) reply = { ok: false, code: e.code, params: { ...e.params } };
    else if (e instanceof RangeError && /memory|allocation|Invalid string length|Array buffer/i.test(e.message)) reply = { ok: false, code: 'memory', params: { limit: '?' } };
    else reply = { ok: false, name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e), ...(e instanceof Error && e.stack !== undefined ? { stack: e.stack } : {}) };
  }
  parentPort?.postMessage(reply);
}

if (!isMainThread && parentPort !== null && typeof workerData === 'object' && workerData !== null && (workerData as { flag?: unknown }).flag === FLAG) {
  const w = workerData as { path: string; limits?: Partial<XlsxLimits> };
  void runWorker(w.path, w.limits);
}
