/**
 * The ribbon command's outcome in Vietnamese and English: the `command` section of the library's
 * message catalogue (`hoptac`'s `messages/vi/command.ts`, `en/command.ts`).
 */
import { type Lang, type MessageParams, messageText } from 'hoptac';

type CommandKey = 'done' | 'errors';

export function commandText<K extends CommandKey>(key: K, lang: Lang, params: MessageParams<`command.${K}`>): string {
  return messageText(lang, `command.${key}`, params);
}
