/**
 * The analysis worker of `check`, `consolidate`, `explain` and `diff` (see analyze.ts and
 * compare.ts): its own small build entry (`dist/analysis-worker.cjs`, with the library code it
 * needs bundled in), so it is ready soon after it is started. It says so with a first message
 * (`{ ready: true }`), takes one job by message, reads, checks and consolidates (or, for `diff`,
 * one side of a comparison, see comparison.ts), and answers with small plain data.
 *
 * It imports the reader only (never the writer, the .docx renderer, zod or exceljs), and of the
 * command's own modules none that carries its messages (row-json.ts has none).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Period, observationData } from 'hoptac';
import { consolidateWorkbook, latestCompleteMonth, reportSheets } from 'hoptac/workbook';
import type { WorkbookModel } from 'hoptac/workbook';
import type { Analysis, AnalysisJob, AnalysisReply, ObservationsAnswer, ObservationsJob } from './analyze.js';
import { ANALYSIS_FLAG } from './analysis-flag.js';
import { PeerPort, buffersIn, compareModels, handOver, takeOver } from './comparison.js';
import type { Comparison, CompareWithJob, OtherSideFailed, SideJob } from './comparison.js';
import { explainFigure } from './explain-figure.js';
import { rowsJsonBytes } from './row-json.js';
import { isXlsxError } from './xlsx/errors.js';
import { readModel } from './xlsx/lazy-read.js';

/**
 * The analysis itself, in the current thread (the worker calls this).
 *
 * @example
 * ```ts
 * import { analyze } from './analysis-worker.js';
 * const { ok, findings } = await analyze({ path: 'so-lieu.xlsx', lang: 'vi' });
 * ```
 */
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
  const c = result.consolidation;
  return {
    ...base,
    findings: result.findings,
    period: result.period,
    ...(c === undefined ? {} : { ...(job.rowsJson === true ? { rowsJsonBytes: rowsJsonBytes(c.rows) } : { rows: c.rows }), consolidatedBoards: c.boards }),
    ...(job.sheets === true ? { sheets: reportSheets(result, { lang: job.lang }) } : {}),
    ...(explained === undefined ? {} : 'refused' in explained ? { explainRefused: explained.refused } : { explanation: explained.explanation }),
  };
}

/** The old file of a `diff`: read and checked, its model handed to the new file's worker. */
async function side(job: SideJob): Promise<{ readonly handedOver: true }> {
  const peer = new PeerPort(job.to);
  let model: WorkbookModel;
  try {
    model = await readModel(job.path, job.limits);
  } catch (e) {
    handOver(peer, undefined);
    throw e;
  }
  handOver(peer, model);
  return { handedOver: true };
}

/** The new file of a `diff`: read and checked, then compared with the old file's model. */
async function compareWith(job: CompareWithJob): Promise<Comparison | OtherSideFailed> {
  const peer = new PeerPort(job.from);
  let own: WorkbookModel;
  try {
    own = await readModel(job.path, job.limits);
  } catch (e) {
    job.from.close();
    throw e;
  }
  const older = await takeOver(peer);
  return older === undefined ? { otherSideFailed: true } : compareModels(older, own, job.period);
}

/** `program --workbook`: the workbook read and checked as by `check`, and only its observations kept. */
async function observationsOf(job: ObservationsJob): Promise<ObservationsAnswer> {
  const model = await readModel(job.path, job.limits);
  return { data: observationData(model.observations) };
}

type Job = AnalysisJob | SideJob | CompareWithJob | ObservationsJob;

/** The answer to the main thread: the analysis (or a comparison's part, or the observations), or the failure as plain data. */
async function answer(job: Job): Promise<AnalysisReply<unknown>> {
  try {
    if ('compare' in job) return { ok: true, analysis: job.compare === 'side' ? await side(job) : await compareWith(job) };
    if ('observations' in job) return { ok: true, analysis: await observationsOf(job) };
    return { ok: true, analysis: await analyze(job) };
  } catch (e) {
    if (isXlsxError(e)) return { ok: false, xlsx: true, code: e.code, params: { ...e.params } };
    if (e instanceof RangeError && /memory|allocation|Invalid string length|Array buffer/i.test(e.message)) return { ok: false, xlsx: true, code: 'memory', params: { limit: '?' } };
    const err = e as { name?: unknown; message?: unknown; messageVi?: unknown; code?: unknown };
    return {
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

const port = parentPort;
if (!isMainThread && port !== null && typeof workerData === 'object' && workerData !== null && (workerData as { flag?: unknown }).flag === ANALYSIS_FLAG) {
  port.once('message', (job: Job) => {
    // the rows' bytes and the observations' arrays are moved, not copied (see rowsJsonBytes, buffersIn)
    void answer(job).then((reply) => {
      const a = reply.ok ? (reply.analysis as Partial<Analysis & ObservationsAnswer>) : undefined;
      const moved = a?.rowsJsonBytes !== undefined ? [a.rowsJsonBytes.buffer as ArrayBuffer] : a?.data !== undefined ? buffersIn(a.data) : [];
      port.postMessage(reply, moved);
    });
  });
  port.postMessage({ ready: true });
}
