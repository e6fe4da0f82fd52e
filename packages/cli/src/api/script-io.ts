/** Private to the scripts' API: the command's frame for a call without a terminal. */
import type { AnalysisBounds } from '../analyze.js';
import type { Io } from '../io.js';
import { boundsFromEnv } from '../load.js';

/** What every function of the scripts' API takes besides its own options. */
export interface FileOptions {
  /** language of the findings' messages and of the `Tổng hợp`/`Kiểm tra` sheets (default `vi`, as the command) */
  readonly lang?: 'vi' | 'en';
  /**
   * time limit of the worker that reads and analyses the file, in ms (default: the
   * `HOPTAC_TIMEOUT_MS` environment variable, else 120,000 ms, as for the command)
   */
  readonly timeoutMs?: number;
}

/** No output, no progress; paths relative to the process's directory. */
export function scriptIo(): Io {
  return { out: () => undefined, err: () => undefined, errIsTTY: false, env: process.env, cwd: process.cwd() };
}

/** The worker's bounds: the caller's time limit, else the command's own. */
export function scriptBounds(options: FileOptions): Partial<AnalysisBounds> {
  return options.timeoutMs === undefined ? boundsFromEnv(process.env) : { timeoutMs: Math.max(1, options.timeoutMs) };
}
