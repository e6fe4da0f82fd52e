/**
 * The work behind `diff`: each of the two .xlsx files is read and checked in its own analysis
 * worker (the small bounded worker of `check` and `consolidate`, with a heap limit and a timeout),
 * both at once. The old file's worker hands its model to the new file's worker through a message
 * port; that worker compares the two and consolidates what the changes touch (comparison.ts), and
 * only the comparison comes back here.
 */
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { analysisWorker, readerStopped, runAnalysisJob } from './analyze.js';
import type { Comparison, CompareWithJob, OtherSideFailed, SideJob } from './comparison.js';
import { isXlsxError } from './xlsx/errors.js';
import type { XlsxError } from './xlsx/errors.js';
import type { XlsxLimits } from './xlsx/limits.js';

export type { CompareSide, Comparison } from './comparison.js';

/** Which of the two files. */
export type Which = 'old' | 'new';

export interface CompareJob {
  readonly old: string;
  readonly new: string;
  /** canonical period for `affected`; absent: the latest complete month of the new file, and its year */
  readonly period?: string;
  readonly limits?: Partial<XlsxLimits>;
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

/**
 * Reads both files at once, each in its own bounded analysis worker, and compares them there. A
 * file that cannot be read (or that exceeds the time or memory bounds) rejects with
 * {@link CompareFileError} naming it (the old file's when both fail).
 *
 * @example
 * ```ts
 * const c = await compareIsolated({ old: 'thang-11.xlsx', new: 'thang-12.xlsx' }, { timeoutMs: 60_000 });
 * c.changes.length;
 * ```
 */
export async function compareIsolated(job: CompareJob, bounds: { readonly timeoutMs?: number; readonly maxHeapMb?: number } = {}): Promise<Comparison> {
  const { port1, port2 } = new MessageChannel();
  const limits = job.limits === undefined ? {} : { limits: job.limits };
  const older: SideJob = { compare: 'side', path: job.old, ...limits, to: port1 };
  const newer: CompareWithJob = { compare: 'with', path: job.new, ...limits, from: port2, ...(job.period === undefined ? {} : { period: job.period }) };
  const [a, b] = await Promise.allSettled([
    runSide<{ handedOver: true }>('old', older, port1, bounds),
    runSide<Comparison | OtherSideFailed>('new', newer, port2, bounds),
  ]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  // the old file was read and handed over, so the new file's worker had it
  if ('otherSideFailed' in b.value) throw new CompareFileError('old', readerStopped());
  return b.value;
}

/** One file's job in its own worker; a refused file, the time limit and the heap limit say which file. */
async function runSide<T>(which: Which, job: SideJob | CompareWithJob, port: MessagePort, bounds: { readonly timeoutMs?: number; readonly maxHeapMb?: number }): Promise<T> {
  try {
    return await runAnalysisJob<T>(analysisWorker(bounds), job, bounds, [port]);
  } catch (e) {
    // a job that never reached its worker leaves its port here: closed, the other worker stops waiting
    port.close();
    if (isXlsxError(e)) throw new CompareFileError(which, e);
    throw e;
  }
}
