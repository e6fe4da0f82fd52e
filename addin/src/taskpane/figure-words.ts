/**
 * The pane's words for figures (`figure-messages/`), and the names it shows for an indicator, a
 * board, a measure, a period and a value.
 */
import { ALL, Period, fillPlaceholders } from 'hoptac';
import type { Indicator, Lang, Measure, RowStatus } from 'hoptac';
import { FIGURES_EN } from './figure-messages/en.js';
import { FIGURES_VI } from './figure-messages/vi.js';
import { decimalText } from './decimal-text.js';
import { state } from './pane-state.js';

/** A key of the pane's figure words. */
export type FigureKey = keyof typeof FIGURES_VI;

const TABLES: Readonly<Record<Lang, Readonly<Record<FigureKey, string>>>> = { vi: FIGURES_VI, en: FIGURES_EN };

/** A figure text in the pane's language, its `{placeholders}` filled. */
export function words(key: FigureKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(TABLES[state.lang][key], params);
}

export function indicatorName(i: Pick<Indicator, 'nameVi' | 'nameEn'>): string {
  return state.lang === 'vi' ? i.nameVi : i.nameEn;
}

export function boardName(board: string): string {
  return board === ALL ? words('board.all') : board;
}

export function measureName(m: Measure): string {
  return words(`measure.${m}`);
}

export function periodLabel(period: string): string {
  return Period.label(Period.parse(period), state.lang);
}

/** A decimal string the language's way; undefined stays undefined. */
export function valueText(v: string | null | undefined): string | undefined {
  return v === null || v === undefined ? undefined : decimalText(v, state.lang);
}

/** Why a figure has no number: missing, undefined (a division by zero) or no plan. */
export function statusWord(status: RowStatus): string {
  return words(status === 'undefined' ? 'status.undefined' : status === 'no-plan' ? 'status.no-plan' : 'status.missing');
}
