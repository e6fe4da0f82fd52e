/**
 * The task pane's words, in Vietnamese and English: the `pane` section of the library's message
 * catalogue (`hoptac`'s `messages/vi/pane.ts`, `en/pane.ts`).
 */
import { formatDecimal, type Lang, type MessageKey, messageTextOf } from 'hoptac';

/** A key of the task pane's section of the catalogue (`pane.<key>`). */
export type StringKey = MessageKey extends infer K ? (K extends `pane.${infer T}` ? T : never) : never;

/** A text in a language, with `{placeholders}` filled. */
export function t(key: StringKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return messageTextOf(lang, `pane.${key}`, params) ?? key;
}

/** Digits grouped the Vietnamese (`1.234`) or English (`1,234`) way; integers only. */
export function groupDigits(n: number, lang: Lang): string {
  return formatDecimal(String(Math.trunc(n)), lang);
}
