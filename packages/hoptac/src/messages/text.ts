/**
 * The accessor of the catalogue: a message is data, `{ key, params }`, turned into text at the
 * edge in the language asked for. Keys and each key's params are typed from the tables.
 */
import { MESSAGES_EN } from './en.js';
import { fillPlaceholders } from './fill.js';
import { paramsIn } from './params.js';
import type { Lang, Message, Param, Placeholders } from './types.js';
import { MESSAGES_VI } from './vi.js';

/** Every key of the catalogue (`finding.missing-value.cell`, `error.invalid-period`, ...). */
export type MessageKey = keyof typeof MESSAGES_VI;

/** The params a key's templates take (the placeholders of its Vietnamese and English text). */
export type MessageParams<K extends MessageKey> = {
  readonly [P in Placeholders<(typeof MESSAGES_VI)[K]> | Placeholders<(typeof MESSAGES_EN)[K]>]: Param;
};

/** A message as data: its key and its params. */
export interface MessageData<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly params: MessageParams<K>;
}

/** The params argument: optional for a key without placeholders. */
type ParamsArg<K extends MessageKey> = keyof MessageParams<K> extends never ? [params?: MessageParams<K>] : [params: MessageParams<K>];

const TABLES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { vi: MESSAGES_VI, en: MESSAGES_EN };

/** True when `key` is a key of the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES_VI, key);
}

/**
 * A message of the catalogue in a language, its placeholders filled.
 *
 * @example
 * ```ts
 * import { messageText } from 'hoptac';
 * messageText('en', 'error.unknown-unit', { unit: 'dặm' }); // 'The unit "dặm" is not a unit of format 1.'
 * ```
 */
export function messageText<K extends MessageKey>(lang: Lang, key: K, ...[params]: ParamsArg<K>): string {
  return fillPlaceholders(TABLES[lang][key], paramsIn(params ?? {}, lang));
}

/**
 * A message of the catalogue in both languages.
 *
 * @example
 * ```ts
 * import { messageBoth } from 'hoptac';
 * messageBoth('error.unknown-unit', { unit: 'dặm' }).vi; // 'Đơn vị tính "dặm" không có trong định dạng 1.'
 * ```
 */
export function messageBoth<K extends MessageKey>(key: K, ...[params]: ParamsArg<K>): Message {
  const p = params ?? {};
  return { vi: fillPlaceholders(MESSAGES_VI[key], paramsIn(p, 'vi')), en: fillPlaceholders(MESSAGES_EN[key], paramsIn(p, 'en')) };
}

/** A key given as plain text (a finding's stored key), for callers that hold it as data. */
export function messageTextOf(lang: Lang, key: string, params: Readonly<Record<string, Param>>): string | undefined {
  return isMessageKey(key) ? fillPlaceholders(TABLES[lang][key], paramsIn(params, lang)) : undefined;
}

/** A key's templates in both languages, unfilled (for words passed on as a param of another message). */
export function messageOf(key: MessageKey): Message {
  return { vi: MESSAGES_VI[key], en: MESSAGES_EN[key] };
}

/** Both languages of a key given as plain text; `undefined` for a key not in the catalogue. */
export function messageBothOf(key: string, params: Readonly<Record<string, Param>> = {}): Message | undefined {
  return isMessageKey(key) ? { vi: fillPlaceholders(MESSAGES_VI[key], paramsIn(params, 'vi')), en: fillPlaceholders(MESSAGES_EN[key], paramsIn(params, 'en')) } : undefined;
}

/** Every template of the catalogue, for tests that read all of them. */
export const MESSAGE_TABLES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = TABLES;

export { paramsIn, paramText } from './params.js';
