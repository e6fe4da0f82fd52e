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
