/**
 * What the task pane holds between renders (language, the last run's outcome, the message shown)
 * and the two helpers every view uses: an element by id and a text in the pane's language.
 */
import type { Explanation, FigureRef, Lang } from 'hoptac';
import type { ConsolidateOutcome, ValidateOutcome } from '../core/run.js';
import { t } from './strings.js';
import type { StringKey } from './strings.js';

export interface PaneState {
  lang: Lang;
  running: boolean;
  years: number[];
  /** the latest month every board reported, once a run has read the workbook */
  latest: string | undefined;
  last?: { kind: 'validate'; outcome: ValidateOutcome } | { kind: 'consolidate'; outcome: ConsolidateOutcome };
  message: { tone: 'ok' | 'warning' | 'error' | 'info'; text: () => string } | undefined;
  /** the last report offered for download */
  download: { url: string; file: string } | undefined;
  /** the figure whose origin the pane shows (selected in Tổng hợp or clicked in the glance view) */
  explained?: { readonly figure: FigureRef; readonly explanation: Explanation | undefined } | { readonly notFigure: string };
  /** the id of the Tổng hợp sheet whose selection the pane follows */
  watchedSheet?: string;
}

export const state: PaneState = { lang: 'vi', running: false, years: [], latest: undefined, message: undefined, download: undefined };

/** Findings (and changes) listed per group in the pane; the rest are on the Kiểm tra sheet. */
export const LIST_CAP = 200;

export function el<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (e === null) throw new Error(`task pane: #${id} is missing`);
  return e as T;
}

/** A text of the pane in its current language. */
export function text(key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
  return t(key, state.lang, params);
}
