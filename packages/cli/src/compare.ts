/**
 * The work behind `diff`: read two .xlsx files, check both against format 1, compare their
 * observations and consolidate what the changes touch, all in one worker thread with a heap limit
 * and a timeout (the same bounded runner as `check` and `consolidate`). Only the small results
 * (changes, affected figures, findings) cross back to the main thread.
 *
 * The worker runs this very module (found through `import.meta.url`); its top level notices it is
 * the comparison worker.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Period } from 'hoptac';
import type { AffectedFigure, Finding, WorkbookChange, WorkbookModel } from 'hoptac/workbook';
import { affectedFigures, diffWorkbooks, latestCompleteMonth, readWorkbook } from 'hoptac/workbook';
import { runBounded } from './xlsx/bounded-worker.js';
import { XlsxError, isXlsxError, readXlsx } from './xlsx/index.js';
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

type Reply =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly which?: Which; readonly code: XlsxErrorCode; readonly params: Record<string, string | number> }
  | { readonly ok: false; readonly which?: undefined; readonly code?: undefined; readonly name: string; readonly message: string; readonly stack?: string };

function sideOf(model: WorkbookModel): CompareSide {
  return { findings: model.findings, ok: model.ok, boards: model.boards.length, months: model.months, values: model.observations.size };
}

async function load(which: Which, path: string, limits: Partial<XlsxLimits> | undefined): Promise<WorkbookModel> {
  try {
    return readWorkbook(await readXlsx(path, limits));
  } catch (e) {
    if (isXlsxError(e)) throw new CompareFileError(which, e);
    throw e;
  }
}

/** The comparison itself, in the current thread (the worker calls this). */
export async function compare(job: CompareJob): Promise<Comparison> {
  const a = await load('old', job.old, job.limits);
  const b = await load('new', job.new, job.limits);
  const changes = diffWorkbooks(a, b);
  let periods: string[] = [];
  if (job.period !== undefined) periods = [Period.toString(Period.parse(job.period))];
  else {
    const latest = latestCompleteMonth(b);
    if (latest !== undefined) periods = [latest, latest.slice(0, 4)];
  }
  const affected = periods.length === 0 ? [] : affectedFigures(a, b, { periods, changes });
  return { old: sideOf(a), new: sideOf(b), changes, periods, affected };
}

/**
 * Runs {@link compare} in a worker thread with a heap limit and a timeout. A file that cannot be
 * read rejects with {@link CompareFileError}; `timeout` and `memory` with an {@link XlsxError}.
 */
export async function compareIsolated(job: CompareJob, bounds: { readonly timeoutMs?: number; readonly maxHeapMb?: number } = {}): Promise<Comparison> {
  const timeoutMs = bounds.timeoutMs ?? 240_000;
  const maxHeapMb = bounds.maxHeapMb ?? 1536;
  return runBounded<Reply, Comparison>(
    { self: import.meta.url, workerData: { flag: FLAG, job }, timeoutMs, maxHeapMb, maxYoungMb: 32 },
    (m) => {
      if (m.ok) return m.comparison;
      if (m.code !== undefined) {
        const e = new XlsxError(m.code, m.params);
        throw m.which === undefined ? e : new CompareFileError(m.which, e);
      }
      const e = new Error(m.message);
      e.name = m.name;
      if (m.stack !== undefined) e.stack = `${m.stack}\n    (in the comparison worker)`;
      throw e;
    },
    (code) =>
      new XlsxError(
        code === 0 ? 'unreadable' : 'memory',
        code === 0 ? { detail: 'the reader stopped without an answer', detailVi: 'bộ đọc dừng mà không trả kết quả' } : { limit: maxHeapMb },
      ),
  );
}

async function runWorker(job: CompareJob): Promise<void> {
  let reply: Reply;
  try {
    reply = { ok: true, comparison: await compare(job) };
  } catch (e) {
    if (e instanceof CompareFileError) reply = { ok: false, which: e.which, code: e.error.code, params: { ...e.error.params } };
    else if (isXlsxError(e)) reply = { ok: false, code: e.code, params: { ...e.params } };
    else if (e instanceof RangeError && /memory|allocation|Invalid string length|Array buffer/i.test(e.message)) reply = { ok: false, code: 'memory', params: { limit: '?' } };
    else reply = { ok: false, name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e), ...(e instanceof Error && e.stack !== undefined ? { stack: e.stack } : {}) };
  }
  parentPort?.postMessage(reply);
}

if (!isMainThread && parentPort !== null && typeof workerData === 'object' && workerData !== null && (workerData as { flag?: unknown }).flag === FLAG) {
  void runWorker((workerData as { job: CompareJob }).job);
}
