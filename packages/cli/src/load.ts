/**
 * Analysing a workbook file for a command: reading, checking and consolidating run in one bounded
 * worker (see analyze.ts), so a hostile file cannot hang or exhaust the command. A refused file
 * becomes an {@link InputError} with the reader's own message (exit 2).
 */
import { existsSync, statSync } from 'node:fs';
import { AnalysisError, analyzeIsolated } from './analyze.js';
import type { Analysis, AnalysisJob } from './analyze.js';
import { InputError } from './args.js';
import { resolvePath } from './files.js';
import type { Io } from './io.js';
import { endProgress, progress } from './io.js';
import { t } from './messages.js';
import type { Lang } from './messages.js';
import { isXlsxError } from './xlsx/index.js';
import { resolveLimits } from './xlsx/limits.js';
import { readInputBytes } from './xlsx/package.js';

/** Checks (and, given a period, consolidates) the file `pathText`; throws {@link InputError}. */
export async function loadAnalysis(pathText: string, io: Io, lang: Lang, job: Omit<AnalysisJob, 'path' | 'lang' | 'bytes'> = {}): Promise<{ path: string; analysis: Analysis; bytes: Uint8Array }> {
  const path = resolvePath(io.cwd, pathText);
  if (!existsSync(path)) throw new InputError(t(lang, 'not-found', { path: pathText }));
  if (statSync(path).isDirectory()) throw new InputError(t(lang, 'cannot-read', { path: pathText, reason: lang === 'vi' ? 'đây là một thư mục' : 'it is a directory' }));
  progress(io, job.period === undefined || job.period === 'latest' ? t(lang, 'reading', { path: pathText }) : t(lang, 'consolidating', { period: job.period }));
  try {
    const bounds = io.env['HOPTAC_TIMEOUT_MS'] === undefined ? {} : { timeoutMs: Math.max(1, Number(io.env['HOPTAC_TIMEOUT_MS']) || 120_000) };
    // The file is read once: the worker analyses these bytes and a writer copies from them.
    const bytes = await readInputBytes(path, resolveLimits(job.limits));
    const analysis = await analyzeIsolated({ ...job, path, bytes, lang }, bounds);
    await io.afterAnalysis?.();
    return { path, analysis, bytes };
  } catch (e) {
    if (isXlsxError(e)) throw new InputError(`${pathText}: ${e.messageIn(lang)}`);
    if (e instanceof AnalysisError && e.name === 'HoptacError') throw new InputError(`${pathText}: ${lang === 'vi' && e.messageVi !== undefined ? e.messageVi : e.message}`);
    throw e;
  } finally {
    endProgress(io);
  }
}
