/**
 * The work behind `hoptac consolidate` and the scripts' `consolidateFile` and `writeConsolidated`:
 * check the options, analyse the file in the bounded worker, and write `--out` before anything is
 * printed, so a failed write is one line and never follows a report.
 */
import { existsSync } from 'node:fs';
import { Period } from 'hoptac';
import { findingTotals } from 'hoptac/workbook';
import type { Analysis, AnalysisBounds } from './analyze.js';
import { cliError } from './cli-error.js';
import { fsReason, resolvePath, sameFile } from './files.js';
import type { Io } from './io.js';
import { endProgress, progress } from './io.js';
import { boundsFromEnv, loadAnalysis } from './load.js';
import type { Lang } from './messages.js';
import { t } from './messages.js';
import { isXlsxError } from './xlsx/errors.js';

export interface ConsolidationOptions {
  /** any accepted period text; absent: the latest month every board reported */
  readonly period?: string | undefined;
  /** the new workbook to write (`--out`), as the caller wrote it */
  readonly out?: string | undefined;
  /** overwrite an existing `out` */
  readonly force?: boolean | undefined;
  /** the rows as `--json` text (`Analysis.rowsJsonText`) rather than as objects (`Analysis.rows`) */
  readonly rowsJson?: boolean | undefined;
}

export interface ConsolidationDone {
  readonly analysis: Analysis;
  /** the sheets added to `out`, when it was written */
  readonly wrote?: { readonly summary: string; readonly findings: string };
}

/** Consolidates `pathText` (and writes `out`); throws a {@link CliError} for anything refused. */
export async function runConsolidation(pathText: string, options: ConsolidationOptions, io: Io, lang: Lang, bounds: Partial<AnalysisBounds> = boundsFromEnv(io.env)): Promise<ConsolidationDone> {
  let asked: string | undefined;
  if (options.period !== undefined) {
    const r = Period.safeParse(options.period);
    if (!r.success) throw cliError('invalid-period', 'bad-period', (l) => ({ message: r.error.messageIn(l) }), r.error);
    asked = Period.toString(r.data);
  }
  const outText = options.out;
  const out = outText === undefined ? undefined : resolvePath(io.cwd, outText);
  if (out !== undefined && sameFile(resolvePath(io.cwd, pathText), out)) throw cliError('out-is-input', 'out-is-input', () => ({ path: outText ?? '' }));
  if (out !== undefined && options.force !== true && existsSync(out)) throw cliError('out-exists', 'out-exists', () => ({ path: outText ?? '' }));

  const { path, analysis, bytes } = await loadAnalysis(pathText, io, lang, { period: asked ?? 'latest', sheets: out !== undefined, rowsJson: options.rowsJson === true }, bounds);
  // No period asked for and no complete month: say so, unless the workbook has errors to show.
  if (analysis.period === undefined && findingTotals(analysis.findings, analysis.counts, analysis.rules).errors === 0) throw cliError('no-complete-month', 'no-complete-month');
  if (out === undefined || outText === undefined || analysis.sheets === undefined) return { analysis };

  progress(io, t(lang, 'writing', { path: outText }));
  const sheets = analysis.sheets;
  try {
    // the writer (and its zip code) is loaded only when there is something to write
    const { writeXlsxWithSheets } = await import('./xlsx/write.js');
    await writeXlsxWithSheets(path, out, [sheets.summary, sheets.findings], { inputBytes: bytes });
  } catch (e) {
    if (isXlsxError(e)) throw cliError(e.code, 'cannot-write', (l) => ({ path: outText, reason: e.messageIn(l) }), e);
    throw cliError('write-failed', 'cannot-write', () => ({ path: outText, reason: fsReason(e) }), e);
  } finally {
    endProgress(io);
  }
  return { analysis, wrote: { summary: sheets.summary.name, findings: sheets.findings.name } };
}
