/**
 * The words the `hoptac` command prints itself, in Vietnamese (default) and English: the `cli`
 * section of the library's message catalogue (`hoptac`'s `messages/vi/cli.ts`, `en/cli.ts`).
 * Findings carry their own messages (from the library); these are the command's frame around them.
 */
import { type Lang, type MessageKey, messageTextOf } from 'hoptac';

export type { Lang };

/** A key of the command's section of the catalogue (`cli.<key>`). */
export type TextKey = MessageKey extends infer K ? (K extends `cli.${infer T}` ? T : never) : never;

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled. English plurals: `{s}` follows
 * `n`, `{es}` follows `errors` and `{ws}` follows `warnings` ('' for one, 's' otherwise).
 */
export function t(lang: Lang, key: TextKey, params: Readonly<Record<string, string | number>> = {}): string {
  const plural = (x: unknown) => (x === 1 ? '' : 's');
  const all: Record<string, string | number> = { s: plural(params['n']), es: plural(params['errors']), ws: plural(params['warnings']), ...params };
  return messageTextOf(lang, `cli.${key}`, all) ?? key;
}

/** Reads `--lang` (or `--lang=xx`) from raw arguments before full parsing, so even usage errors speak it. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return 'vi';
}
