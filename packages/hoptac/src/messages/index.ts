/**
 * The message catalogue of hoptac: every text the library shows (the command and the add-in
 * keep their own sections, in the same shape, filled by the same `fillPlaceholders`), in
 * Vietnamese and English, and the one way to turn a message into text.
 *
 * - `vi.ts` / `en.ts`: one table per language, composed of sections (`vi/<section>.ts`,
 *   `en/<section>.ts`); keys are `section.id`; English has exactly the Vietnamese keys.
 * - `fill.ts`: the one `{placeholder}` filler (a missing name stays visible as `{name}`).
 * - `text.ts`: the one accessor, `messageText(lang, key, params)` / `messageBoth(key, params)`,
 *   typed so each key takes exactly its placeholders.
 * - `core.ts`: the `error`, `expected` and `got` sections on their own, for `HoptacError` and the
 *   argument guards (so the smallest bundles carry only these words); `params.ts`: params as text.
 * - `types.ts`: `Lang`, `Message`, `Param`, `MessageRef`.
 * - `english.ts`: the check that keeps English out of Vietnamese text (used by tests).
 *
 * A message travels as data, `{ key, params }` (findings carry their `params`), and becomes text
 * at the edge. Anything in the library may import this folder; it imports only the grammar owners
 * (`period/`, `decimal/`) and the indicator types, to say references in words.
 */
import { fillPlaceholders } from './fill.js';
import { coreTextOf } from './core.js';
import { paramsIn } from './params.js';
import type { Lang, Message, Param } from './types.js';
import type { EXPECTED_VI } from './vi/expected.js';

export type { Lang, Message, MessageNames, MessageRef, Param, Placeholders, RefKind } from './types.js';
export { fillPlaceholders } from './fill.js';
export { coreBoth, coreBothOf } from './core.js';
export { isMessageKey, messageBoth, messageBothOf, messageOf, messageText, messageTextOf, paramsIn, paramText, MESSAGE_TABLES } from './text.js';
export type { MessageData, MessageKey, MessageParams } from './text.js';

/** Both languages of a {@link Message} filled with params (which may be {@link Message}s themselves). */
export function fillBoth(m: Message, params: Readonly<Record<string, Param>> = {}): Message {
  return { vi: fillPlaceholders(m.vi, paramsIn(params, 'vi')), en: fillPlaceholders(m.en, paramsIn(params, 'en')) };
}

/** The message for an error code in a language. */
export function errorMessage(code: string, params: Readonly<Record<string, Param>>, lang: Lang): string {
  return coreTextOf(lang, `error.${code}`, params) ?? code;
}

/** What a parameter of a public function must be: a key of the `expected` section. */
export type Expected = keyof typeof EXPECTED_VI;
