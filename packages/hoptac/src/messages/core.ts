/**
 * The sections every error of the library needs (`error`, and the `expected` / `got` words of an
 * `invalid-argument`), on their own: `HoptacError` and the argument guards read these, so a bundle
 * that imports one small function (`Period`, `consolidate`) carries these words and not the whole
 * catalogue. The same sections are part of the full table (`vi.ts`, `en.ts`), the same templates
 * filled the same way as by `text.ts`.
 */
import { ERRORS_EN } from './en/errors.js';
import { EXPECTED_EN } from './en/expected.js';
import { GOT_EN } from './en/got.js';
import { fillPlaceholders } from './fill.js';
import { paramsIn } from './params.js';
import { sectionTable } from './prefixed.js';
import type { Lang, Message, Param } from './types.js';
import { ERRORS_VI } from './vi/errors.js';
import { EXPECTED_VI } from './vi/expected.js';
import { GOT_VI } from './vi/got.js';

const CORE_VI = /* @__PURE__ */ sectionTable({ error: ERRORS_VI, expected: EXPECTED_VI, got: GOT_VI });
const CORE_EN = /* @__PURE__ */ sectionTable({ error: ERRORS_EN, expected: EXPECTED_EN, got: GOT_EN }) satisfies Record<keyof typeof CORE_VI, string>;

/** A key of the error sections (`error.invalid-period`, `expected.decimal`, `got.null`...). */
export type CoreKey = keyof typeof CORE_VI;

/** A key of the error sections in both languages, filled. */
export function coreBoth(key: CoreKey, params: Readonly<Record<string, Param>> = {}): Message {
  return { vi: fillPlaceholders(CORE_VI[key], paramsIn(params, 'vi')), en: fillPlaceholders(CORE_EN[key], paramsIn(params, 'en')) };
}

/** {@link coreBoth} for a key given as plain text; `undefined` for a key not among these sections. */
export function coreBothOf(key: string, params: Readonly<Record<string, Param>> = {}): Message | undefined {
  return Object.hasOwn(CORE_VI, key) ? coreBoth(key as CoreKey, params) : undefined;
}

/** A key of the error sections in one language, filled; `undefined` for a key not among them. */
export function coreTextOf(lang: Lang, key: string, params: Readonly<Record<string, Param>>): string | undefined {
  return coreBothOf(key, params)?.[lang];
}
