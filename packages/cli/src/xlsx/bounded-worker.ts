/**
 * Runs a module of this package in a worker thread with a heap limit and a wall-time limit, and
 * settles once: with what the worker answers, or with an {@link XlsxError} `timeout`, `memory` or
 * `unreadable`. Shared by the isolated reader and the command's analysis worker.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { XlsxError } from './errors.js';

/** What to run and within which bounds. */
export interface BoundedRun {
  /** `import.meta.url` of the module the worker runs (the bundle in a build, the source under tsx) */
  readonly self: string;
  readonly workerData: unknown;
  readonly timeoutMs: number;
  readonly maxHeapMb: number;
  readonly maxYoungMb: number;
}

/**
 * Starts the worker and resolves with `onMessage(firstMessage)` (which may throw to reject). An
 * exit without a message rejects with `onExit(exitCode)`.
 */
export function runBounded<M, R>(run: BoundedRun, onMessage: (message: M) => R, onExit: (exitCode: number) => Error): Promise<R> {
  const options = {
    workerData: run.workerData,
    resourceLimits: { maxOldGenerationSizeMb: run.maxHeapMb, maxYoungGenerationSizeMb: run.maxYoungMb, stackSizeMb: 4 },
    stdout: false,
    stderr: false,
  };
  let worker: Worker;
  try {
    if (run.self.endsWith('.ts')) {
      // Source under tsx or vitest: let tsx load the TypeScript in the worker.
      const tsx = tsxEsmApi(run.self);
      const code = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => api.tsImport(${JSON.stringify(run.self)}, ${JSON.stringify(run.self)}));`;
      worker = new Worker(code, { ...options, eval: true });
    } else {
      worker = new Worker(new URL(run.self), options);
    }
  } catch (e) {
    return Promise.reject(new XlsxError('unreadable', { detail: `cannot start the reader: ${e instanceof Error ? e.message : String(e)}`, detailVi: 'không khởi động được bộ đọc' }));
  }
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (f: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new XlsxError('timeout', { limit: run.timeoutMs }))), run.timeoutMs);
    worker.on('message', (m: M) => {
      finish(() => {
        try {
          resolve(onMessage(m));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    });
    worker.on('error', (e: Error & { code?: string }) => {
      finish(() => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new XlsxError('memory', { limit: run.maxHeapMb }));
        else reject(new XlsxError('unreadable', { detail: e.message, detailVi: e.message }));
      });
    });
    worker.on('exit', (code) => finish(() => reject(onExit(code))));
  });
}

/** The ESM entry of tsx's API (development only: a build runs the bundle directly). */
function tsxEsmApi(from: string): string {
  const req = createRequire(from);
  const pkgPath = req.resolve('tsx/package.json');
  const pkg = req(pkgPath) as { exports?: Record<string, { import?: { default?: string } }> };
  const rel = pkg.exports?.['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs';
  return join(dirname(pkgPath), rel);
}
