/** One line about what a workbook holds: boards, indicators, months, value cells. */
import type { Analysis } from '../analyze.js';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { formatDecimal } from '../report.js';

export function modelSummary(a: Analysis, lang: Lang): string {
  const months = a.months;
  const range = months.length > 0 ? ` (${months[0]!} … ${months[months.length - 1]!})` : '';
  return t(lang, 'model-counts', {
    boards: a.boards.length,
    indicators: a.catalogue.indicators.length,
    months: months.length,
    range,
    values: formatDecimal(String(a.values), lang),
  });
}
