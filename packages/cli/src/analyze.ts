/**
 * The work behind `check` and `consolidate`: read the .xlsx file, check it against format 1, and
 * (for consolidate) roll it up and lay out the output sheets, all in one worker thread with a heap
 * limit and a timeout. A hostile or absurd file can therefore neither hang nor exhaust the command,
 * and only the small results (findings, rows, sheets) cross back to the main thread: the Grid and
 * the model, hundreds of thousands of cells, never have to be copied between threads.
 *
 * The worker runs this very module (found through `import.meta.url`: the bundle chunk in a build,
 * the source file under tsx or vitest); its top level notices it is the analysis worker.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Catalogue, ConsolidatedRow, Explanation, Lang, RuleStats } from 'hoptac';
import type { BoardInfo, Finding, OutputSheet } from 'hoptac/workbook';
import { Period } from 'hoptac';
import { consolidateWorkbook, latestCompleteMonth, reportSheets } from 'hoptac/workbook';
import { explainFigure } from './explain-figure.js';
import type { ExplainRefusal, ExplainRequest } from './explain-figure.js';
import { runBounded } from './xlsx/bounded-worker.js';
import { XlsxError, isXlsxError } from './xlsx/index.js';
import { readModel } from './xlsx/lazy-read.js';
import type { XlsxErrorCode, XlsxLimits } from './xlsx/index.js';

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
  /** undefined when the workbook has errors (not consolidated) or when only checking */
  readonly rows?: readonly ConsolidatedRow[];
  readonly consolidatedBoards?: readonly string[];
  readonly sheets?: { readonly summary: OutputSheet; readonly findings: OutputSheet };
  /** the figure asked for by `explain`, when consolidated */
  readonly explanation?: Explanation;
  /** why the figure asked for by `explain` cannot be explained */
  readonly explainRefused?: ExplainRefusal;
}

/** Time and memory bounds of the analysis worker. */
export interface AnalysisBounds {
  /** wall time, worker start included (default 120,000 ms) */
  readonly timeoutMs: number;
  /** the worker's old-generation heap (default 1024 MB; a national workbook needs about 250) */
  readonly maxHeapMb: number;
}

export const DEFAULT_ANALYSIS_BOUNDS: AnalysisBounds = Object.freeze({ timeoutMs: 120_000, maxHeapMb: 1024 });

const FLAG = 'hoptac-analysis/1';

type Reply =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly xlsx: true; readonly code: XlsxErrorCode; readonly params: Record<string, string | number> }
  | { readonly ok: false; readonly xlsx: false; readonly name: string; readonly message: string; readonly messageVi?: string; readonly code?: string; readonly stack?: string };

/** The analysis itself, in the current thread (the worker calls this). */
export async function analyze(job: AnalysisJob): Promise<Analysis> {
  // one sheet at a time: each board sheet's cells are dropped once the model has what it needs
  const model = await readModel(job.bytes ?? job.path, job.limits);
  const base = {
    boards: model.boards.map((b) => b.code),
    boardInfo: model.boards,
    catalogue: model.catalogue,
    months: model.months,
    values: model.observations.size,
    rules: model.rules,
    ok: model.ok,
    counts: model.counts,
  };
  if (job.period === undefined) return { ...base, findings: model.findings };
  let period: string | undefined = job.period;
  if (period === 'latest') period = latestCompleteMonth(model);
  if (period === undefined) return { ...base, findings: model.findings };
  const result = consolidateWorkbook(model, { period: Period.parse(period) });
  const explained = job.explain !== undefined && result.consolidation !== undefined ? explainFigure(model, result.period, job.explain) : undefined;
  return {
    ...base,
    findings: result.findings,
    period: result.period,
    ...(result.consolidation === undefined ? {} : { rows: result.consolidation.rows, consolidatedBoards: result.consolidation.boards }),
    ...(job.sheets === true ? { sheets: reportSheets(result, { lang: job.lang }) } : {}),
    ...(explained === undefined ? {} : 'refused' in explained ? { explainRefused: explained.refused } : { explanation: explained.explanation }),
  };
}

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
 * Runs {@link analyze} in a worker thread with a heap limit and a timeout. Throws an
 * {@link XlsxError} for a refused file, `timeout` or `memory`; other failures as {@link AnalysisError}.
 */
export async function analyzeIsolated(job: AnalysisJob, bounds: Partial<AnalysisBounds> = {}): Promise<Analysis> {
  const timeoutMs = bounds.timeoutMs ?? DEFAULT_ANALYSIS_BOUNDS.timeoutMs;
  const maxHeapMb = bounds.maxHeapMb ?? DEFAULT_ANALYSIS_BOUNDS.maxHeapMb;
  return runBounded<Reply, Analysis>(
    { self: import.meta.url, workerData: { flag: FLAG, job }, timeoutMs, maxHeapMb, maxYoungMb: 32 },
    (m) => {
      if (m.ok) return m.analysis;
      if (m.xlsx) throw new XlsxError(m.code, m.params);
      throw new AnalysisError(m.name, m.message, m.messageVi, m.code, m.stack);
    },
    (code) =>
      new XlsxError(
        code === 0 ? 'unreadable' : 'memory',
        code === 0 ? { detail: 'the reader stopped without an answer', detailVi: 'bộ đọc dừng mà không trả kết quả' } : { limit: maxHeapMb },
      ),
  );
}

async function runWorker(job: AnalysisJob): Promise<void> {
  let reply: Reply;
  try {
    reply = { ok: true, analysis: await analyze(job) };
  } catch (e) {
    if (isXlsxError(e)) reply = { ok: false, xlsx: true, code: e.code, params: { ...e.params } };
    else if (e instanceof RangeError && /memory|allocation|Invalid string length|Array buffer/i.test(e.message)) reply = { ok: false, xlsx: true, code: 'memory', params: { limit: '?' } };
    else {
      const err = e as { name?: unknown; message?: unknown; messageVi?: unknown; code?: unknown };
      reply = {
        ok: false,
        xlsx: false,
        name: typeof err.name === 'string' ? err.name : 'Error',
        message: typeof err.message === 'string' ? err.message : String(e),
        ...(typeof err.messageVi === 'string' ? { messageVi: err.messageVi } : {}),
        ...(typeof err.code === 'string' ? { code: err.code } : {}),
        ...(e instanceof Error && e.stack !== undefined ? { stack: e.stack } : {}),
      };
    }
  }
  parentPort?.postMessage(reply);
}

if (!isMainThread && parentPort !== null && typeof workerData === 'object' && workerData !== null && (workerData as { flag?: unknown }).flag === FLAG) {
  void runWorker((workerData as { job: AnalysisJob }).job);
}
