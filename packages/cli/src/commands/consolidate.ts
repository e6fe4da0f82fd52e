/**
 * `hoptac consolidate FILE [--period P] [--json] [--out OUT.xlsx [--force]]`: the consolidated
 * figures of a period. A workbook with errors is not consolidated: exit 1 with its findings and no
 * rows. The work is {@link runConsolidation}'s, shared with the scripts' `consolidateFile`.
 */
import { Period } from 'hoptac';
import { flag, parse, str, usageError } from '../args.js';
import { runConsolidation } from '../consolidation.js';
import type { Io } from '../io.js';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { findingTotals } from 'hoptac/workbook';
import { checkReport, consolidationJsonPieces, consolidationReport } from '../report.js';
import { modelSummary } from './summary.js';

/** Runs `hoptac consolidate ...` (argv after the command name). Returns the exit code. */
export async function runConsolidate(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const p = parse(argv, { period: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, force: { type: 'boolean' } }, lang);
  const [file, ...extra] = p.positionals;
  if (file === undefined) throw usageError(lang, 'missing-file');
  if (extra.length > 0) throw usageError(lang, 'extra-args', { args: extra.join(' ') });
  const outText = str(p, 'out');
  const json = flag(p, 'json');
  // with --json the worker sends the rows as their JSON text, and no rows as objects
  const { analysis, wrote } = await runConsolidation(file, { period: str(p, 'period'), out: outText, force: flag(p, 'force'), rowsJson: json }, io, lang);
  const findings = analysis.findings;
  const totals = findingTotals(findings, analysis.counts, analysis.rules);
  const { errors, warnings } = totals;

  if (json) {
    for (const piece of consolidationJsonPieces(analysis, lang)) {
      if (typeof piece === 'string') io.out(piece);
      else if (io.outBytes !== undefined) io.outBytes(piece);
      else io.out(new TextDecoder().decode(piece));
    }
  } else if (analysis.rows === undefined || analysis.period === undefined) {
    io.out(checkReport(findings, lang, [t(lang, 'check-title', { path: file }), modelSummary(analysis, lang)], totals));
    io.out(`\n${t(lang, 'not-consolidated')}\n`);
  } else {
    const lines = [
      t(lang, 'consolidate-title', { label: Period.label(Period.parse(analysis.period), lang), period: analysis.period, path: file }),
      modelSummary(analysis, lang),
      t(lang, 'findings-summary', { errors, warnings }),
      '',
      consolidationReport(analysis.rows, analysis.catalogue, analysis.consolidatedBoards ?? analysis.boards, lang),
      t(lang, 'legend'),
    ];
    io.out(`${lines.join('\n')}\n`);
  }
  if (wrote !== undefined && outText !== undefined) io.err(`${t(lang, 'wrote-out', { path: outText, summary: wrote.summary, findings: wrote.findings })}\n`);
  return errors === 0 ? 0 : 1;
}
