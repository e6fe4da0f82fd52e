/**
 * Reading a workbook file for a command: through the isolated reader (a worker with time and memory
 * bounds), so a hostile file cannot hang or exhaust the command. A refusal becomes an
 * {@link InputError} with the reader's own message (exit 2).
 */
import { existsSync, statSync } from 'node:fs';
import type { Grid } from 'hoptac/workbook';
import { InputError } from './args.js';
import { resolvePath } from './files.js';
import type { Io } from './io.js';
import { endProgress, progress } from './io.js';
import { t } from './messages.js';
import type { Lang } from './messages.js';
import { isXlsxError, readXlsxIsolated } from './xlsx/index.js';

/** Reads `pathText` (relative to the Io's directory) into a Grid; throws {@link InputError}. */
export async function loadGrid(pathText: string, io: Io, lang: Lang): Promise<{ path: string; grid: Grid }> {
  const path = resolvePath(io.cwd, pathText);
  if (!existsSync(path)) throw new InputError(t(lang, 'not-found', { path: pathText }));
  if (statSync(path).isDirectory()) throw new InputError(t(lang, 'cannot-read', { path: pathText, reason: lang === 'vi' ? 'đây là một thư mục' : 'it is a directory' }));
  progress(io, t(lang, 'reading', { path: pathText }));
  try {
    const grid = await readXlsxIsolated(path);
    return { path, grid };
  } catch (e) {
    if (isXlsxError(e)) throw new InputError(`${pathText}: ${e.messageIn(lang)}`);
    throw e;
  } finally {
    endProgress(io);
  }
}
