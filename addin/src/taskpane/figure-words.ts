/**
 * The pane's words for figures, from the message catalogue (`figures.*`), and the names it shows
 * for an indicator, a board, a measure, a period and a value.
 */
import { ALL, Period, messageTextOf } from 'hoptac';
import type { Indicator, Measure, MessageKey, Param } from 'hoptac';
import { decimalText } from './decimal-text.js';
import { state } from './pane-state.js';

/** A key of the catalogue's `figures` section, without its prefix. */
export type FigureKey = MessageKey extends infer K ? (K extends `figures.${infer R}` ? R : never) : never;

/** A `figures.*` text in the pane's language. */
export function words(key: FigureKey, params: Readonly<Record<string, Param>> = {}): string {
  return messageTextOf(state.lang, `figures.${key}`, params) ?? key;
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
