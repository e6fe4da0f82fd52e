/**
 * Message text of cooperation programs: the `program` (findings), `program-word` (calendar and
 * review words) and `timeline` sections of the catalogue.
 */
import { messageTextOf } from './text.js';
import type { Lang } from './types.js';

/** The message of a program finding code. */
export function findingMessage(code: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  return messageTextOf(lang, `program.${code}`, params) ?? code;
}

/** A word or short phrase of program text (`interim`, `monthly`, `estimate`, ...). */
export function programWord(key: string, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return messageTextOf(lang, `program-word.${key}`, params) ?? key;
}

/** A timeline line template. */
export function timelineMessage(key: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  return messageTextOf(lang, `timeline.${key}`, params) ?? key;
}
