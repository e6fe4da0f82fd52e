/**
 * The message catalogue of hoptac: every text the library, the command and the add-in show, in
 * Vietnamese and English, and the one way to turn a message into text.
 *
 * - `vi.ts` / `en.ts`: one table per language, composed of sections (`vi/<section>.ts`,
 *   `en/<section>.ts`); keys are `section.id`; English has exactly the Vietnamese keys.
 * - `fill.ts`: the one `{placeholder}` filler (a missing name stays visible as `{name}`).
 * - `text.ts`: the one accessor, `messageText(lang, key, params)` / `messageBoth(key, params)`,
 *   typed so each key takes exactly its placeholders.
 * - `types.ts`: `Lang`, `Message`, `Param`, `MessageRef`.
 * - `english.ts`: the check that keeps English out of Vietnamese text (used by tests).
 *
 * A message travels as data, `{ key, params }` (findings carry their `params`), and becomes text
 * at the edge. Anything in the library may import this folder; it imports nothing but itself.
 */
import { fillPlaceholders } from './fill.js';
import { messageTextOf, paramsIn } from './text.js';
import type { Lang, Message, Param } from './types.js';

export type { Lang, Message, MessageRef, Param, Placeholders } from './types.js';
export { fillPlaceholders } from './fill.js';
export { isMessageKey, messageBoth, messageText, messageTextOf, paramsIn, paramText, MESSAGE_TABLES } from './text.js';
export type { MessageData, MessageKey, MessageParams } from './text.js';

/** Both languages of a {@link Message} filled with params (which may be {@link Message}s themselves). */
export function fillBoth(m: Message, params: Readonly<Record<string, Param>> = {}): Message {
  return { vi: fillPlaceholders(m.vi, paramsIn(params, 'vi')), en: fillPlaceholders(m.en, paramsIn(params, 'en')) };
}

/** The message for an error code in a language. */
export function errorMessage(code: string, params: Readonly<Record<string, Param>>, lang: Lang): string {
  return messageTextOf(lang, `error.${code}`, params) ?? code;
}
