/**
 * `readXlsxIsolated`: {@link readXlsx} in a worker thread with a heap limit and a timeout, so a
 * file that slips past the caps still cannot hang or exhaust the command. The worker runs this very
 * module (found through `import.meta.url`, which is the bundle in a build and the source file
 * under tsx/vitest): its top level notices it is the reader worker and does the work.
 */
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Grid } from 'hoptac/workbook';
import { runBounded } from './bounded-worker.js';
import { XlsxError, isXlsxError } from './errors.js';
import type { XlsxErrorCode } from './errors.js';
import type { XlsxLimits } from './limits.js';
import { resolveLimits } from './limits.js';
import { readInputBytes } from './input-bytes.js';
import { readWorkbookInto } from './read.js';
import { PackBuilder, unpackGrid } from './transfer.js';
import type { PackedGrid } from './transfer.js';

/** The time and memory bounds of {@link readXlsxIsolated}, on top of the {@link XlsxLimits}. */
export interface IsolationLimits {
  /** wall time for the whole read, worker start included (default 60,000 ms) */
  readonly timeoutMs: number;
  /**
   * the worker's old-generation heap in MB (default 256; a national workbook of 383,000 cells
   * needs about 32). The file's bytes and the inflated part are outside the heap, and heap use
   * grows in small steps, so the limit stops a read cleanly (`memory`) instead of crashing.
   */
  readonly maxHeapMb: number;
}

/** The defaults of {@link IsolationLimits}. */
export const DEFAULT_ISOLATION_LIMITS: IsolationLimits = Object.freeze({ timeoutMs: 60_000, maxHeapMb: 256 });

const FLAG = 'hoptac-xlsx-reader/1';
/** The share of the heap limit at which the worker stops itself. */
const SOFT_HEAP_SHARE = 0.7;

interface Job {
  readonly flag: typeof FLAG;
  readonly path: string;
  readonly limits: Partial<XlsxLimits>;
  readonly maxHeapMb: number;
}

type Reply = { readonly ok: true; readonly grid: PackedGrid } | { readonly ok: false; readonly code: XlsxErrorCode; readonly params: Record<string, string | number> };

/**
 * Reads an .xlsx file like {@link readXlsx}, in a `worker_threads` Worker with `resourceLimits`
 * and a timeout. A worker that runs out of time or heap is terminated and the call throws an
 * {@link XlsxError} `timeout` or `memory`; every refusal of the reader comes back as the same
 * {@link XlsxError}.
 *
 * @example
 * ```ts
 * import { readXlsxIsolated } from './xlsx/index.js';
 * const grid = await readXlsxIsolated('shared.xlsx', { timeoutMs: 30_000, maxHeapMb: 256 });
 * ```
 */
export async function readXlsxIsolated(path: string, limits?: Partial<XlsxLimits & IsolationLimits>): Promise<Grid> {
  const { timeoutMs: t, maxHeapMb: h, ...readerLimits } = limits ?? {};
  const timeoutMs = typeof t === 'number' && t > 0 ? t : DEFAULT_ISOLATION_LIMITS.timeoutMs;
  const maxHeapMb = typeof h === 'number' && h > 0 ? h : DEFAULT_ISOLATION_LIMITS.maxHeapMb;
  const job: Job = { flag: FLAG, path, limits: readerLimits, maxHeapMb };
  return runBounded<Reply, Grid>(
    { self: import.meta.url, workerData: job, timeoutMs, maxHeapMb, maxYoungMb: Math.min(32, Math.max(4, Math.floor(maxHeapMb / 8))) },
    (m) => {
      if (m.ok) return unpackGrid(m.grid);
      throw new XlsxError(m.code, m.params);
    },
    (code) => new XlsxError('unreadable', { detail: `the reader stopped without an answer (exit code ${code})`, detailVi: `bộ đọc dừng mà không trả kết quả (mã thoát ${code})` }),
  );
}


async function runWorker(job: Job): Promise<void> {
  let reply: Reply;
  try {
    const limits = resolveLimits(job.limits);
    const builder = new PackBuilder();
    // V8's heap limit is the backstop; this check, made before every 64 KiB piece of XML, is what
    // normally stops a read: it throws a clean error well before the limit, where V8 could
    // otherwise abort the whole process instead of only the worker.
    const soft = job.maxHeapMb * 1024 * 1024 * SOFT_HEAP_SHARE;
    const guard = (): void => {
      if (getHeapStatistics().used_heap_size > soft) throw new XlsxError('memory', { limit: job.maxHeapMb });
    };
    readWorkbookInto(await readInputBytes(job.path, limits), limits, builder, guard);
    const packed = builder.result();
    parentPort?.postMessage({ ok: true, grid: packed } satisfies Reply, [packed.cells.buffer as ArrayBuffer, packed.lens.buffer as ArrayBuffer]);
    return;
  } catch (e) {
    if (isXlsxError(e)) reply = { ok: false, code: e.code, params: { ...e.params } };
    // A string or buffer too large to make: memory, whatever the heap limit says.
    else if (e instanceof RangeError) reply = { ok: false, code: 'memory', params: { limit: job.maxHeapMb } };
    else reply = { ok: false, code: 'unreadable', params: { detail: e instanceof Error ? e.message : String(e) } };
  }
  parentPort?.postMessage(reply);
}

if (!isMainThread && parentPort !== null && typeof workerData === 'object' && workerData !== null && (workerData as { flag?: unknown }).flag === FLAG) {
  void runWorker(workerData as Job);
}
