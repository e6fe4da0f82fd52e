/** One line about what a workbook holds: boards, indicators, months, value cells. */
import type { WorkbookModel } from 'hoptac/workbook';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { formatDecimal } from '../report.js';

export function modelSummary(model: WorkbookModel, lang: Lang): string {
  const months = model.months;
  const range = months.length > 0 ? ` (${String(months[0])} … ${String(months[months.length - 1])})` : '';
  return t(lang, 'model-counts', {
    boards: model.boards.length,
    indicators: model.catalogue.indicators.length,
    months: months.length,
    range,
    values: formatDecimal(String(model.observations.size), lang),
  });
}
