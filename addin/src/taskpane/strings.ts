/**
 * The task pane's words, in Vietnamese and English: the pane's section of the message catalogue
 * (`pane-messages/vi.ts`, `en.ts`), kept in the add-in so the library's entry carries only its own
 * words, and filled by the library's one `fillPlaceholders`.
 */
import { fillPlaceholders, formatDecimal, type Lang } from 'hoptac';
import { PANE_EN } from './pane-messages/en.js';
import { PANE_VI } from './pane-messages/vi.js';

/** A key of the task pane's section of the catalogue. */
export type StringKey = keyof typeof PANE_VI;

const PANE_TABLES: Readonly<Record<Lang, Readonly<Record<StringKey, string>>>> = { vi: PANE_VI, en: PANE_EN };

/** The pane's tables (for the catalogue's tests). */
export const PANE_MESSAGE_TABLES = PANE_TABLES;

/** A text in a language, with `{placeholders}` filled. */
export function t(key: StringKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(PANE_TABLES[lang][key], params);
}

/** Digits grouped the Vietnamese (`1.234`) or English (`1,234`) way; integers only. */
export function groupDigits(n: number, lang: Lang): string {
  return formatDecimal(String(Math.trunc(n)), lang);
}
