/**
 * Runs a module of this package in a worker thread with a heap limit and a wall-time limit, and
 * settles once: with what the worker answers, or with an {@link XlsxError} `timeout`, `memory` or
 * `unreadable`. Shared by the isolated reader and the command's analysis worker.
 *
 * A worker may be started ahead of its job ({@link startBounded}, then {@link runStarted}): its
 * start-up then overlaps the caller's own (loading the command, reading the file). Until it is
 * given a job it does not keep the process alive, and whatever befalls it meanwhile (an error, an
 * exit) is kept and answered when the job is given.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';
import { XlsxError } from './errors.js';

/** The worker's memory bounds. */
export interface WorkerLimits {
  readonly maxHeapMb: number;
  readonly maxYoungMb: number;
}

/** What to run and within which bounds. */
export interface BoundedRun extends WorkerLimits {
  /** `import.meta.url` of the module the worker runs (the bundle in a build, the source under tsx) */
  readonly self: string;
  readonly workerData: unknown;
  readonly timeoutMs: number;
}

/** A worker started with {@link startBounded}, waiting for its job. */
export interface StartedWorker {
  readonly worker: Worker;
  readonly limits: WorkerLimits;
  /** what happened before the job was given: the first error and the exit code */
  readonly early: { error?: Error & { code?: string }; exit?: number };
  /** the job has been given (or the worker stopped): it can be given only once */
  used: boolean;
}

/**
 * Starts a worker running `self` (with `workerData`) within `limits`, without a job yet. Throws an
 * {@link XlsxError} `unreadable` when the worker cannot be started.
 */
export function startBounded(self: string, limits: WorkerLimits, workerData: unknown): StartedWorker {
  const options = {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: limits.maxYoungMb, stackSizeMb: 4 },
    stdout: false,
    stderr: false,
  };
  let worker: Worker;
  try {
    if (self.endsWith('.ts')) {
      // Source under tsx or vitest: let tsx load the TypeScript in the worker.
      const tsx = tsxEsmApi(self);
      const code = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => api.tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}));`;
      worker = new Worker(code, { ...options, eval: true });
    } else {
      worker = new Worker(new URL(self), options);
    }
  } catch (e) {
    throw new XlsxError('unreadable', { detail: `cannot start the reader: ${e instanceof Error ? e.message : String(e)}`, detailVi: 'không khởi động được bộ đọc' });
  }
  const started: StartedWorker = { worker, limits, early: {}, used: false };
  // Kept until the job is given: an 'error' without a listener would throw in this thread.
  worker.on('error', (e: Error) => (started.early.error ??= e));
  worker.on('exit', (code) => (started.early.exit ??= code));
  worker.unref();
  return started;
}

/** Stops a started worker that will not be given a job. */
export function stopStarted(started: StartedWorker): void {
  if (started.used) return;
  started.used = true;
  void started.worker.terminate();
}

/** How {@link runStarted} hands over the job and reads the answer. */
export interface StartedRun<M, R> {
  /** posted to the worker; absent when the job went with `workerData` */
  readonly job?: unknown;
  /** what goes with the job moved rather than copied (a message port) */
  readonly transfer?: readonly TransferListItem[];
  /** from the job's hand-over to the answer */
  readonly timeoutMs: number;
  /** messages that are not the answer (a worker saying it is ready) */
  readonly skip?: (message: unknown) => boolean;
  /** the answer, or throws to reject */
  readonly onMessage: (message: M) => R;
  /** an exit without an answer */
  readonly onExit: (exitCode: number) => Error;
}

/**
 * Gives `started` its job and resolves with `onMessage(answer)`; an exit without an answer rejects
 * with `onExit(exitCode)`, the time limit with `timeout`, the heap limit with `memory`. The worker
 * is stopped once settled.
 */
export function runStarted<M, R>(started: StartedWorker, run: StartedRun<M, R>): Promise<R> {
  const { worker, limits, early } = started;
  if (started.used) return Promise.reject(new Error('a started worker takes one job only'));
  started.used = true;
  worker.ref();
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (f: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
      void worker.terminate();
    };
    const fail = (e: Error & { code?: string }): void =>
      finish(() => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new XlsxError('memory', { limit: limits.maxHeapMb }));
        else reject(new XlsxError('unreadable', { detail: e.message, detailVi: e.message }));
      });
    const timer = setTimeout(() => finish(() => reject(new XlsxError('timeout', { limit: run.timeoutMs }))), run.timeoutMs);
    worker.on('message', (m: M) => {
      if (run.skip?.(m) === true) return;
      finish(() => {
        try {
          resolve(run.onMessage(m));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    });
    worker.on('error', fail);
    worker.on('exit', (code) => finish(() => reject(run.onExit(code))));
    if (early.error !== undefined) fail(early.error);
    else if (early.exit !== undefined) finish(() => reject(run.onExit(early.exit ?? 1)));
    else if ('job' in run) worker.postMessage(run.job, run.transfer === undefined ? undefined : [...run.transfer]);
  });
}

/**
 * Starts the worker and resolves with `onMessage(firstMessage)` (which may throw to reject). An
 * exit without a message rejects with `onExit(exitCode)`.
 */
export function runBounded<M, R>(run: BoundedRun, onMessage: (message: M) => R, onExit: (exitCode: number) => Error): Promise<R> {
  let started: StartedWorker;
  try {
    started = startBounded(run.self, run, run.workerData);
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  return runStarted(started, { timeoutMs: run.timeoutMs, onMessage, onExit });
}

/** The ESM entry of tsx's API (development only: a build runs the bundle directly). */
function tsxEsmApi(from: string): string {
  const req = createRequire(from);
  const pkgPath = req.resolve('tsx/package.json');
  const pkg = req(pkgPath) as { exports?: Record<string, { import?: { default?: string } }> };
  const rel = pkg.exports?.['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs';
  return join(dirname(pkgPath), rel);
}
