/**
 * The accessor of the catalogue: a message is data, `{ key, params }`, turned into text at the
 * edge in the language asked for. Keys and each key's params are typed from the tables.
 */
import { MESSAGES_EN } from './en.js';
import { fillPlaceholders } from './fill.js';
import type { Lang, Message, MessageRef, Param, Placeholders } from './types.js';
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

/** A param as text in a language: a {@link Message} gives its words, a reference its value. */
export function paramText(p: Param, lang: Lang): string | number {
  if (typeof p !== 'object') return p;
  return isRef(p) ? p.value : p[lang];
}

function isRef(p: Message | MessageRef): p is MessageRef {
  return (p as Partial<MessageRef>).ref !== undefined;
}

/** The text params of one language (each {@link Param} through {@link paramText}). */
export function paramsIn(params: Readonly<Record<string, Param>>, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = paramText(v, lang);
  return out;
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

/** Every template of the catalogue, for tests that read all of them. */
export const MESSAGE_TABLES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = TABLES;
