/**
 * `hoptac explain FILE --period P --indicator I [--board B] [--measure M] [--json]`: how one
 * consolidated figure was made, down to its source cells. A workbook with errors is not
 * consolidated: exit 1 with its findings and no figure. The work is {@link runExplanation}'s,
 * shared with the scripts' `explainFile`.
 */
import { parse, str, flag, usageError } from '../args.js';
import { explainJson, explainReport, explanationJson } from '../explain-report.js';
import { runExplanation } from '../explanation.js';
import type { Io } from '../io.js';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { findingTotals } from 'hoptac/workbook';
import { checkReport } from '../report.js';
import { modelSummary } from './summary.js';

/** Runs `hoptac explain ...` (argv after the command name). Returns the exit code. */
export async function runExplain(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const p = parse(argv, { period: { type: 'string' }, indicator: { type: 'string' }, board: { type: 'string' }, measure: { type: 'string' }, json: { type: 'boolean' } }, lang);
  const [file, ...extra] = p.positionals;
  if (file === undefined) throw usageError(lang, 'missing-file');
  if (extra.length > 0) throw usageError(lang, 'extra-args', { args: extra.join(' ') });
  const period = str(p, 'period');
  const indicator = str(p, 'indicator');
  if (period === undefined) throw usageError(lang, 'missing-option', { option: '--period' });
  if (indicator === undefined) throw usageError(lang, 'missing-option', { option: '--indicator' });
  const analysis = await runExplanation(file, { period, indicator, board: str(p, 'board'), measure: str(p, 'measure') }, io, lang);
  const totals = findingTotals(analysis.findings, analysis.counts, analysis.rules);
  const { errors } = totals;
  if (flag(p, 'json')) io.out(`${JSON.stringify(explainJson(analysis, lang), null, 2)}\n`);
  else if (analysis.explanation === undefined) {
    io.out(checkReport(analysis.findings, lang, [t(lang, 'check-title', { path: file }), modelSummary(analysis, lang)], totals));
    io.out(`\n${t(lang, 'not-consolidated')}\n`);
  } else io.out(explainReport(explanationJson(analysis.explanation, analysis.catalogue, lang), analysis.catalogue, lang, file));
  return errors === 0 ? 0 : 1;
}
