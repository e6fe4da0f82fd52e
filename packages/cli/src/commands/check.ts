/** `hoptac check FILE [--json]`: every finding of format 1, exit 0 (no errors), 1 (errors) or 2. */
import { flag, parse, usageError } from '../args.js';
import type { Io } from '../io.js';
import { jsonText } from '../json-text.js';
import { loadAnalysis } from '../load.js';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { findingTotals } from 'hoptac/workbook';
import { checkJson, checkReport } from '../report.js';
import { modelSummary, rulesSummary } from './summary.js';

/** Runs `hoptac check ...` (argv after the command name). Returns the exit code. */
export async function runCheck(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const p = parse(argv, { json: { type: 'boolean' } }, lang);
  const [file, ...extra] = p.positionals;
  if (file === undefined) throw usageError(lang, 'missing-file');
  if (extra.length > 0) throw usageError(lang, 'extra-args', { args: extra.join(' ') });
  const { analysis } = await loadAnalysis(file, io, lang);
  const totals = findingTotals(analysis.findings, analysis.counts, analysis.rules);
  const { errors } = totals;
  if (flag(p, 'json')) {
    io.out(jsonText(checkJson(analysis, lang)));
  } else {
    const rules = rulesSummary(analysis, lang);
    io.out(checkReport(analysis.findings, lang, [t(lang, 'check-title', { path: file }), modelSummary(analysis, lang), ...(rules === undefined ? [] : [rules])], totals));
  }
  return errors === 0 ? 0 : 1;
}
