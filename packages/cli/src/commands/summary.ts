/** One line about what a workbook holds: boards, indicators, months, value cells. */
import type { Catalogue } from 'hoptac';
import type { Analysis } from '../analyze.js';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { formatDecimal } from '../report.js';

/**
 * How many indicators a catalogue holds, ratios included: the one count `check`, `consolidate`
 * and `template` print, so they always agree (a template's ratios have no rows: they are computed).
 */
export function indicatorCount(catalogue: Catalogue): number {
  return catalogue.indicators.length;
}

export function modelSummary(a: Analysis, lang: Lang): string {
  const months = a.months;
  const range = months.length > 0 ? ` (${months[0]!} … ${months[months.length - 1]!})` : '';
  return t(lang, 'model-counts', {
    boards: a.boards.length,
    indicators: indicatorCount(a.catalogue),
    months: months.length,
    range,
    values: formatDecimal(String(a.values), lang),
  });
}

/** One line about the rules: how many, board-months checked, violated, skipped for a missing indicator. */
export function rulesSummary(a: Analysis, lang: Lang): string | undefined {
  if (a.rules.length === 0) return undefined;
  let evaluated = 0;
  let violated = 0;
  let skipped = 0;
  for (const r of a.rules) {
    evaluated += r.evaluated;
    violated += r.violated;
    skipped += r.skipped;
  }
  const n = (x: number) => formatDecimal(String(x), lang);
  return t(lang, 'rules-counts', { rules: a.rules.length, evaluated: n(evaluated), violated: n(violated), skipped: n(skipped) });
}
