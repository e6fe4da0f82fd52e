/**
 * Analysing a workbook file for a command or a script: reading, checking and consolidating run in
 * one bounded worker (see analyze.ts), so a hostile file cannot hang or exhaust the caller. A
 * refused file becomes a {@link CliError} with the reader's own code and messages (exit 2).
 */
import { existsSync, statSync } from 'node:fs';
import { AnalysisError, analysisWorker, analyzeIsolated } from './analyze.js';
import type { Analysis, AnalysisBounds, AnalysisJob } from './analyze.js';
import { CliError, cliError } from './cli-error.js';
import type { CliErrorCode } from './cli-error.js';
import { resolvePath } from './files.js';
import type { Io } from './io.js';
import { endProgress, progress } from './io.js';
import { t } from './messages.js';
import type { Lang } from './messages.js';
import { isXlsxError } from './xlsx/errors.js';
import { resolveLimits } from './xlsx/limits.js';
import { readInputBytes } from './xlsx/input-bytes.js';
import { stopStarted } from './xlsx/bounded-worker.js';
import type { StartedWorker } from './xlsx/bounded-worker.js';

/** The bounds the environment asks for: `HOPTAC_TIMEOUT_MS` (default 120 s). */
export function boundsFromEnv(env: Readonly<Record<string, string | undefined>>): Partial<AnalysisBounds> {
  const text = env['HOPTAC_TIMEOUT_MS'];
  return text === undefined ? {} : { timeoutMs: Math.max(1, Number(text) || 120_000) };
}

/** Checks (and, given a period, consolidates) the file `pathText`; throws {@link CliError}. */
export async function loadAnalysis(
  pathText: string,
  io: Io,
  lang: Lang,
  job: Omit<AnalysisJob, 'path' | 'lang' | 'bytes'> = {},
  bounds: Partial<AnalysisBounds> = boundsFromEnv(io.env),
): Promise<{ path: string; analysis: Analysis; bytes: Uint8Array }> {
  const path = resolvePath(io.cwd, pathText);
  if (!existsSync(path)) throw cliError('not-found', 'not-found', () => ({ path: pathText }));
  if (statSync(path).isDirectory()) throw cliError('is-directory', 'is-directory', () => ({ path: pathText }));
  progress(io, job.period === undefined || job.period === 'latest' ? t(lang, 'reading', { path: pathText }) : t(lang, 'consolidating', { period: job.period }));
  let worker: StartedWorker | undefined;
  try {
    // Started (or taken, when the command started it) before the read, so it loads meanwhile.
    worker = analysisWorker(bounds);
    // The file is read once: the worker analyses these bytes and a writer copies from them.
    const bytes = await readInputBytes(path, resolveLimits(job.limits));
    const analysis = await analyzeIsolated({ ...job, path, bytes, lang }, bounds, worker);
    await io.afterAnalysis?.();
    return { path, analysis, bytes };
  } catch (e) {
    if (isXlsxError(e)) throw cliError(e.code, 'file-refused', (l) => ({ path: pathText, message: e.messageIn(l) }), e);
    if (e instanceof AnalysisError && e.name === 'HoptacError') {
      throw new CliError((e.code ?? 'invalid-input') as CliErrorCode, t('en', 'file-refused', { path: pathText, message: e.message }), t('vi', 'file-refused', { path: pathText, message: e.messageVi ?? e.message }), { cause: e });
    }
    throw e;
  } finally {
    if (worker !== undefined) stopStarted(worker); // not given its job: the read failed
    endProgress(io);
  }
}
