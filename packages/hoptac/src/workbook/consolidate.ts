/**
 * Consolidating a workbook: read it (unless already read), then roll it up for a period.
 */
import { consolidate } from '../consolidate/consolidate.js';
import type { Consolidation } from '../consolidate/types.js';
import { bounds, monthIndexText } from '../period/core.js';
import { monthTextIndex } from '../period/month-text.js';
import { toString as periodText } from '../period/format.js';
import { parse as parsePeriod } from '../period/parse.js';
import type { Period } from '../period/types.js';
import { catalogueNames, renderMessage } from '../messages/render.js';
import { findSeries, hasAnyValue, hasValueAt, type Series } from '../observation/query.js';
import type { Finding } from './findings.js';
import type { Grid } from './grid.js';
import type { WorkbookModel } from './model.js';
import { readWorkbook } from './read/index.js';
import { argumentError, expectObject } from '../internal/args.js';
import { isPeriod } from '../period/guard.js';

/** A workbook consolidated for one period. */
export interface WorkbookConsolidation {
  /** canonical period text (`2017-Q4`) */
  readonly period: string;
  readonly model: WorkbookModel;
  /** `undefined` when the model has errors: a workbook with errors is not consolidated */
  readonly consolidation: Consolidation | undefined;
  /** the model's findings, then those about the period (`period-outside-data`) */
  readonly findings: readonly Finding[];
}

function isModel(x: Grid | WorkbookModel): x is WorkbookModel {
  return (x as WorkbookModel).observations !== undefined && (x as WorkbookModel).catalogue !== undefined;
}

/**
 * Reads (when given a Grid) and consolidates a workbook for a period, over the boards of the
 * `Boards` sheet in their order (a board without data still counts, and makes `ALL` missing).
 * A model with errors is not consolidated (`consolidation` is `undefined`); its findings say why.
 * Adds a `period-outside-data` warning when months the period needs (January of the year before
 * through the period's end) are a column on no board sheet. Throws `invalid-period` for a bad
 * period, and nothing else.
 *
 * @example
 * ```ts
 * import { consolidateWorkbook } from 'hoptac/workbook';
 * // grid: a Grid from the command line's .xlsx reader or the add-in's ranges
 * const r = consolidateWorkbook(grid, { period: 'Quý IV/2017' });
 * r.period;                                   // '2017-Q4'
 * r.consolidation?.rows.find((x) => x.board === 'ALL' && x.indicator === 'export_value' && x.measure === 'value')?.value;
 * ```
 */
export function consolidateWorkbook(input: Grid | WorkbookModel, options: { readonly period: string | Period }): WorkbookConsolidation {
  expectObject('consolidateWorkbook', 'options', options);
  const p: unknown = options.period;
  if (typeof p !== 'string' && !isPeriod(p)) throw argumentError('consolidateWorkbook', 'options.period', 'period', p);
  const period = typeof p === 'string' ? parsePeriod(p) : p;
  const text = periodText(period);
  const model = isModel(input) ? input : readWorkbook(input);
  const findings: Finding[] = [...model.findings];
  // months the period needs: last year's January through its end (ytd, same period last year)
  const [, p1] = bounds(period);
  const from = (Math.floor(p1 / 12) - 1) * 12;
  const seen = new Set(model.months);
  const absent: string[] = [];
  for (let m = from; m <= p1; m++) {
    const t = monthIndexText(m);
    if (!seen.has(t)) absent.push(t);
  }
  if (absent.length > 0 && model.boards.length > 0) {
    const months = absent.length > 6 ? `${absent.slice(0, 3).join(', ')}, … ${absent[absent.length - 1]!} (${absent.length})` : absent.join(', ');
    const params = { period: text, months };
    const names = catalogueNames(model.catalogue);
    const [vi, en] = [renderMessage('vi', 'finding.period-outside-data', params, names), renderMessage('en', 'finding.period-outside-data', params, names)];
    findings.push(Object.freeze({ severity: 'warning', code: 'period-outside-data', message: en, messageVi: vi, messageKey: 'finding.period-outside-data', params }));
  }
  const consolidation = model.ok
    ? consolidate(model.observations, { period, catalogue: model.catalogue, boards: model.boards.map((b) => b.code) })
    : undefined;
  return Object.freeze({ period: text, model, consolidation, findings: Object.freeze(findings) });
}

/**
 * The latest month for which every board of `Boards` reported (a number or `-`) every indicator
 * row its sheet has, the month the add-in's one-click Consolidate picks. Rows a board has never
 * filled in for any month (template rows it does not use) are not waited for; a board that has
 * reported nothing at all, or whose sheet lacks the month's column, is not complete. `undefined`
 * when no month is complete.
 *
 * @example
 * ```ts
 * import { readWorkbook, latestCompleteMonth } from 'hoptac/workbook';
 * // grid: a Grid from the command line's .xlsx reader or the add-in's ranges
 * latestCompleteMonth(readWorkbook(grid)); // '2017-11' when a board has not yet filled December
 * ```
 */
export function latestCompleteMonth(model: WorkbookModel): string | undefined {
  if (model.boards.length === 0 || model.months.length === 0) return undefined;
  const set = model.observations;
  const perBoard = model.boards.map((b) => {
    const list: Series[] = [];
    for (const code of set.indicators) {
      const sr = findSeries(set, b.code, code);
      // a row the board has never filled in (a template row it does not use) does not hold the month back
      if (sr !== undefined && hasAnyValue(sr)) list.push(sr);
    }
    return list;
  });
  if (perBoard.some((l) => l.length === 0)) return undefined;
  for (let k = model.months.length - 1; k >= 0; k--) {
    const text = model.months[k]!;
    const m = monthTextIndex(text)!; // model months are canonical
    const complete = perBoard.every((list) => list.every((sr) => hasValueAt(sr, m)));
    if (complete) return text;
  }
  return undefined;
}
