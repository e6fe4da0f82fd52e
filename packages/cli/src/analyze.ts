/**
 * The work behind `check`, `consolidate` and `explain`: read the .xlsx file, check it against
 * format 1, and (for consolidate) roll it up and lay out the output sheets, all in one worker thread
 * with a heap limit and a timeout. A hostile or absurd file can therefore neither hang nor exhaust
 * the command, and only the small results (findings, rows, sheets) cross back to the main thread:
 * the Grid and the model, hundreds of thousands of cells, never have to be copied between threads.
 * For `consolidate --json` the rows cross as their JSON text in UTF-8 bytes, moved rather than
 * copied, instead of one object each (ten thousand for a national workbook).
 *
 * The worker runs analysis-worker.ts (its own small build entry, `dist/analysis-worker.cjs`; the
 * source file under tsx or vitest). It can be started before the job is known
 * ({@link startAnalysisEarly}, from the command's first lines, or {@link analysisWorker} before the
 * file is read), so its start-up overlaps the main thread's; the job follows by message.
 */
import type { Catalogue, ConsolidatedRow, Explanation, Lang, ObservationData, ObservationSet, RuleStats } from 'hoptac';
import type { BoardInfo, Finding, OutputSheet } from 'hoptac/workbook';
import type { TransferListItem } from 'node:worker_threads';
import { ANALYSIS_FLAG } from './analysis-flag.js';
import type { ExplainRefusal, ExplainRequest } from './explain-figure.js';
import { runStarted, startBounded, stopStarted } from './xlsx/bounded-worker.js';
import type { StartedWorker } from './xlsx/bounded-worker.js';
import { XlsxError } from './xlsx/errors.js';
import type { XlsxErrorCode } from './xlsx/errors.js';
import type { XlsxLimits } from './xlsx/limits.js';

/** What to do with the file. */
export interface AnalysisJob {
  readonly path: string;
  /**
   * the file's bytes, read once by the caller: analysed here and, for --out, copied from the very
   * same bytes (never from a second read of a file that may have changed meanwhile)
   */
  readonly bytes?: Uint8Array;
  /** consolidate for this period (any accepted text); `latest` for the latest complete month; absent: check only */
  readonly period?: string;
  /** lay out the `Tổng hợp` and `Kiểm tra` sheets (for --out) */
  readonly sheets?: boolean;
  /**
   * answer with the consolidated rows as the text `consolidate --json` prints for them, UTF-8
   * encoded ({@link Analysis.rowsJsonBytes}), instead of as objects ({@link Analysis.rows}): one
   * buffer is moved to the main thread rather than thousands of objects copied
   */
  readonly rowsJson?: boolean;
  /** explain this figure of the period (`hoptac explain`) */
  readonly explain?: ExplainRequest;
  readonly lang: Lang;
  readonly limits?: Partial<XlsxLimits>;
}

/** What comes back: small, plain data. */
export interface Analysis {
  readonly findings: readonly Finding[];
  /** exact count of each code found in reading (`WorkbookModel.counts`): details are capped, counts are not */
  readonly counts: Readonly<Record<string, number>>;
  readonly boards: readonly string[];
  /** the `Boards` rows (names, provinces) */
  readonly boardInfo?: readonly BoardInfo[];
  readonly catalogue: Catalogue;
  readonly months: readonly string[];
  /** stored observations (reported values and blanks) */
  readonly values: number;
  /** every rule checked, with its counts (evaluated, violated, skipped for a missing indicator) */
  readonly rules: readonly RuleStats[];
  readonly ok: boolean;
  /** canonical period, when consolidating; undefined for `latest` with no complete month */
  readonly period?: string;
  /** undefined when the workbook has errors (not consolidated), when only checking, or when the job asked for `rowsJson` */
  readonly rows?: readonly ConsolidatedRow[];
  /**
   * with `rowsJson`, when consolidated: the rows as `consolidate --json` prints them after
   * `"rows": `, as UTF-8 bytes (`rowsJsonBytes` of row-json.ts; see `consolidationJsonPieces` in report.ts)
   */
  readonly rowsJsonBytes?: Uint8Array;
  readonly consolidatedBoards?: readonly string[];
  readonly sheets?: { readonly summary: OutputSheet; readonly findings: OutputSheet };
  /** the figure asked for by `explain`, when consolidated */
  readonly explanation?: Explanation;
  /** why the figure asked for by `explain` cannot be explained */
  readonly explainRefused?: ExplainRefusal;
}

/** Time and memory bounds of the analysis worker. */
export interface AnalysisBounds {
  /** wall time from handing the file to the worker to its answer, the rest of its start-up included (default 120,000 ms) */
  readonly timeoutMs: number;
  /** the worker's old-generation heap (default 1024 MB; a national workbook needs about 250) */
  readonly maxHeapMb: number;
}

export const DEFAULT_ANALYSIS_BOUNDS: AnalysisBounds = Object.freeze({ timeoutMs: 120_000, maxHeapMb: 1024 });

/** The worker's answer (analysis-worker.ts): the analysis (or a comparison's part), or the failure as plain data. */
export type AnalysisReply<T = Analysis> =
  | { readonly ok: true; readonly analysis: T }
  | { readonly ok: false; readonly xlsx: true; readonly code: XlsxErrorCode; readonly params: Record<string, string | number> }
  | { readonly ok: false; readonly xlsx: false; readonly name: string; readonly message: string; readonly messageVi?: string; readonly code?: string; readonly stack?: string };

/** A failure from the worker that is not an XlsxError, rebuilt with its name and messages. */
export class AnalysisError extends Error {
  override readonly name: string;
  readonly messageVi: string | undefined;
  readonly code: string | undefined;
  constructor(name: string, message: string, messageVi?: string, code?: string, stack?: string) {
    super(message);
    this.name = name;
    this.messageVi = messageVi;
    this.code = code;
    // the worker's own stack, for HOPTAC_DEBUG=1
    if (stack !== undefined) this.stack = `${stack}\n    (in the analysis worker)`;
  }
}

/**
 * The analysis worker's young generation. Most of what a read allocates dies within a sheet (cell
 * objects, the pieces of XML text), so a small young generation is reused over and over where a
 * large one is first grown into fresh memory: 8 MB against 32 MB, a national check faulted about
 * 2,400 fewer pages and peaked 10 MB lower, in the same time or less (4 MB was slower).
 */
const YOUNG_MB = 8;

/** The worker's file: the build entry next to this chunk, or the source file next to this one. */
function workerFile(): string {
  return new URL(import.meta.url.endsWith('.ts') ? './analysis-worker.ts' : './analysis-worker.cjs', import.meta.url).href;
}

/** Starts the analysis worker within `bounds`, ahead of its job (an {@link XlsxError} when it cannot start). */
function startAnalysisWorker(maxHeapMb: number): StartedWorker {
  return startBounded(workerFile(), { maxHeapMb, maxYoungMb: YOUNG_MB }, { flag: ANALYSIS_FLAG });
}

/** The worker started by {@link startAnalysisEarly}, until a job takes it. */
let early: StartedWorker | undefined;

/**
 * Starts the analysis worker now, with the default bounds, for a command that will need it, so it
 * loads while the command does. {@link analysisWorker} takes it. Returns a function that stops it
 * if nothing took it (a usage mistake, a missing file).
 *
 * @example
 * ```ts
 * const stop = startAnalysisEarly();
 * try { await runCheck(argv, io, lang); } finally { stop(); }
 * ```
 */
export function startAnalysisEarly(): () => void {
  if (early !== undefined && !early.used) return () => undefined;
  let started: StartedWorker;
  try {
    started = startAnalysisWorker(DEFAULT_ANALYSIS_BOUNDS.maxHeapMb);
  } catch {
    return () => undefined; // started again with the job, and refused there with the same error
  }
  early = started;
  return () => {
    if (early === started) early = undefined;
    stopStarted(started);
  };
}

/**
 * An analysis worker for `bounds`, not yet given its job: the one started early when its heap
 * limit is the one asked for, else a new one. Throws an {@link XlsxError} when it cannot start.
 */
export function analysisWorker(bounds: Partial<AnalysisBounds> = {}): StartedWorker {
  const maxHeapMb = bounds.maxHeapMb ?? DEFAULT_ANALYSIS_BOUNDS.maxHeapMb;
  const e = early;
  if (e !== undefined && !e.used && e.limits.maxHeapMb === maxHeapMb) {
    early = undefined;
    return e;
  }
  return startAnalysisWorker(maxHeapMb);
}

/**
 * Runs the analysis in a worker thread with a heap limit and a timeout: in `worker` (from
 * {@link analysisWorker}, with the same bounds) or in a new one. Throws an {@link XlsxError} for a
 * refused file, `timeout` or `memory`; other failures as {@link AnalysisError}.
 *
 * @example
 * ```ts
 * const analysis = await analyzeIsolated({ path: 'so-lieu.xlsx', lang: 'vi' }, { timeoutMs: 60_000 });
 * ```
 */
export async function analyzeIsolated(job: AnalysisJob, bounds: Partial<AnalysisBounds> = {}, worker: StartedWorker = analysisWorker(bounds)): Promise<Analysis> {
  return runAnalysisJob<Analysis>(worker, job, bounds);
}

/** The analysis worker's job for `program --workbook`: the workbook's observations only. */
export interface ObservationsJob {
  readonly observations: true;
  readonly path: string;
  readonly limits?: Partial<XlsxLimits>;
}

/** The analysis worker's answer to an {@link ObservationsJob}: the observations as data, their arrays moved. */
export interface ObservationsAnswer {
  readonly data: ObservationData;
}

/**
 * The observations of the workbook at `path`, read and checked in the analysis worker as `check`
 * reads it (one sheet at a time, within the same bounds), their arrays moved back rather than
 * copied. Refuses what `check` refuses (an {@link XlsxError}). `program --workbook` read the whole
 * grid in the isolated reader and built the model in this thread instead: for the national
 * workbook, this alone took it from 2.8 to 2.2 s and from 243 to 180 MB.
 *
 * @example
 * ```ts
 * const observations = await observationsIsolated('so-lieu.xlsx');
 * ```
 */
export async function observationsIsolated(path: string, bounds: Partial<AnalysisBounds> = {}): Promise<ObservationSet> {
  const job: ObservationsJob = { observations: true, path };
  const [{ data }, { fromObservationData }] = await Promise.all([runAnalysisJob<ObservationsAnswer>(analysisWorker(bounds), job, bounds), import('hoptac')]);
  return fromObservationData(data);
}

/**
 * Gives `worker` (from {@link analysisWorker}) any job of the analysis worker, `transfer` moved
 * with it, and resolves with its result; failures as {@link analyzeIsolated} gives them.
 *
 * @example
 * ```ts
 * const { port1 } = new MessageChannel();
 * await runAnalysisJob(analysisWorker(), { compare: 'side', path: 'old.xlsx', to: port1 }, {}, [port1]);
 * ```
 */
export function runAnalysisJob<T>(worker: StartedWorker, job: object, bounds: Partial<AnalysisBounds> = {}, transfer?: readonly TransferListItem[]): Promise<T> {
  const timeoutMs = bounds.timeoutMs ?? DEFAULT_ANALYSIS_BOUNDS.timeoutMs;
  const maxHeapMb = worker.limits.maxHeapMb;
  return runStarted<AnalysisReply<T>, T>(worker, {
    job,
    ...(transfer === undefined ? {} : { transfer }),
    timeoutMs,
    skip: (m) => typeof m === 'object' && m !== null && 'ready' in m,
    onMessage: (m) => {
      if (m.ok) return m.analysis;
      if (m.xlsx) throw new XlsxError(m.code, m.params);
      throw new AnalysisError(m.name, m.message, m.messageVi, m.code, m.stack);
    },
    onExit: (code) => (code === 0 ? readerStopped() : new XlsxError('memory', { limit: maxHeapMb })),
  });
}

/** The analysis worker ended without its answer (or, for `diff`, without the model it was to get). */
export function readerStopped(): XlsxError {
  return new XlsxError('unreadable', { detail: 'the reader stopped without an answer', detailVi: 'bộ đọc dừng mà không trả kết quả' });
}
