/**
 * The words the `hoptac` command prints itself, in Vietnamese (default) and English: the command's
 * section of the message catalogue (`cli-messages/vi.ts`, `en.ts`), kept in this package so the
 * library's entry carries only its own words, and filled by the library's one `fillPlaceholders`.
 * Findings carry their own messages (from the library); these are the command's frame around them.
 */
import { fillPlaceholders, type Lang } from 'hoptac';
import { CLI_EN } from './cli-messages/en.js';
import { CLI_VI } from './cli-messages/vi.js';

export type { Lang };

/** A key of the command's section of the catalogue. */
export type TextKey = keyof typeof CLI_VI;

const CLI_TABLES: Readonly<Record<Lang, Readonly<Record<TextKey, string>>>> = { vi: CLI_VI, en: CLI_EN };

/** The command's tables (for the catalogue's tests). */
export const CLI_MESSAGE_TABLES = CLI_TABLES;

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled. English plurals: `{s}` follows
 * `n`, `{es}` follows `errors` and `{ws}` follows `warnings` ('' for one, 's' otherwise).
 */
export function t(lang: Lang, key: TextKey, params: Readonly<Record<string, string | number>> = {}): string {
  const plural = (x: unknown) => (x === 1 ? '' : 's');
  const all: Record<string, string | number> = { s: plural(params['n']), es: plural(params['errors']), ws: plural(params['warnings']), ...params };
  return fillPlaceholders(CLI_TABLES[lang][key], all);
}
