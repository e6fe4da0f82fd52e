/**
 * `hoptac consolidate FILE --period P [--json] [--out OUT.xlsx]`: the consolidated figures of a
 * period. A workbook with errors is not consolidated: exit 1 with its findings and no rows.
 */
import { Period } from 'hoptac';
import { InputError, flag, parse, str, usageError } from '../args.js';
import { fsReason, resolvePath, sameFile } from '../files.js';
import type { Io } from '../io.js';
import { endProgress, progress } from '../io.js';
import { loadAnalysis } from '../load.js';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { checkReport, consolidationReport, countSeverities, countsJson, findingJson, rowJson } from '../report.js';
import { isXlsxError, writeXlsxWithSheets } from '../xlsx/index.js';
import { modelSummary } from './summary.js';

/** Runs `hoptac consolidate ...` (argv after the command name). Returns the exit code. */
export async function runConsolidate(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const p = parse(argv, { period: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } }, lang);
  const [file, ...extra] = p.positionals;
  if (file === undefined) throw usageError(lang, 'missing-file');
  if (extra.length > 0) throw usageError(lang, 'extra-args', { args: extra.join(' ') });
  const periodText = str(p, 'period');
  let asked: string | undefined;
  if (periodText !== undefined) {
    const r = Period.safeParse(periodText);
    if (!r.success) throw usageError(lang, 'bad-period', { message: r.error.messageIn(lang) });
    asked = Period.toString(r.data);
  }
  const outText = str(p, 'out');
  const input = resolvePath(io.cwd, file);
  const out = outText === undefined ? undefined : resolvePath(io.cwd, outText);
  if (out !== undefined && sameFile(input, out)) throw usageError(lang, 'out-is-input', { path: outText ?? '' });

  const { path, analysis, bytes } = await loadAnalysis(file, io, lang, { period: asked ?? 'latest', sheets: out !== undefined });
  const findings = analysis.findings;
  const { errors, warnings } = countSeverities(findings, analysis.counts);
  // No --period and no complete month: a usage matter, unless the workbook has errors to show.
  if (analysis.period === undefined && errors === 0) throw usageError(lang, 'no-complete-month');
  const rows = analysis.rows ?? [];

  if (flag(p, 'json')) {
    io.out(`${JSON.stringify({ period: analysis.period ?? null, rows: rows.map(rowJson), findings: findings.map((f) => findingJson(f, lang)), counts: countsJson(findings, analysis.counts) }, null, 2)}\n`);
  } else if (analysis.rows === undefined || analysis.period === undefined) {
    io.out(checkReport(findings, lang, [t(lang, 'check-title', { path: file }), modelSummary(analysis, lang)], analysis.counts));
    io.out(`\n${t(lang, 'not-consolidated')}\n`);
  } else {
    const lines = [
      t(lang, 'consolidate-title', { label: Period.label(Period.parse(analysis.period), lang), period: analysis.period, path: file }),
      modelSummary(analysis, lang),
      t(lang, 'findings-summary', { errors, warnings }),
      '',
      consolidationReport(rows, analysis.catalogue, analysis.consolidatedBoards ?? analysis.boards, lang),
      t(lang, 'legend'),
    ];
    io.out(`${lines.join('\n')}\n`);
  }

  if (out !== undefined && outText !== undefined && analysis.sheets !== undefined) {
    progress(io, t(lang, 'writing', { path: outText }));
    const sheets = analysis.sheets;
    try {
      await writeXlsxWithSheets(path, out, [sheets.summary, sheets.findings], { inputBytes: bytes });
    } catch (e) {
      if (isXlsxError(e)) throw new InputError(t(lang, 'cannot-write', { path: outText, reason: e.messageIn(lang) }));
      throw new InputError(t(lang, 'cannot-write', { path: outText, reason: fsReason(e) }));
    } finally {
      endProgress(io);
    }
    io.err(`${t(lang, 'wrote-out', { path: outText, summary: sheets.summary.name, findings: sheets.findings.name })}\n`);
  }
  return errors === 0 ? 0 : 1;
}
