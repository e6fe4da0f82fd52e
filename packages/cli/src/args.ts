/** Argument parsing with `node:util` parseArgs; every mistake becomes a {@link UsageError} (exit 2). */
import { parseArgs } from 'node:util';
import type { Lang } from './messages.js';
import { t } from './messages.js';
import type { TextKey } from './messages.js';

/** A usage mistake: printed with the short usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(message);
  }
}

/** A failure that is not a usage mistake but still exit 2 (file not found, unreadable, unwritable). */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string) {
    super(message);
  }
}

export function usageError(lang: Lang, key: TextKey, params: Readonly<Record<string, string | number>> = {}): UsageError {
  return new UsageError(t(lang, key, params));
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Parsed {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** Parses a command's arguments strictly; `--lang` and `--help` are always allowed. */
export function parse(argv: readonly string[], options: OptionSpec, lang: Lang): Parsed {
  try {
    const r = parseArgs({
      args: [...argv],
      options: { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    const values = r.values as Record<string, string | boolean | undefined>;
    const l = values['lang'];
    if (l !== undefined && l !== 'vi' && l !== 'en') throw usageError(lang, 'bad-lang');
    return { values, positionals: r.positionals };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as { code?: unknown }).code;
    const text = e instanceof Error ? e.message : String(e);
    const option = /'(--?[^' <]+)/.exec(text)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError(lang, 'no-such-option', { option });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw usageError(lang, /does not take/.test(text) ? 'option-takes-no-value' : 'option-needs-value', { option });
    const detail = e instanceof Error ? e.message.replace(/\s*To specify a positional argument[^]*$/, '').trim() : String(e);
    throw usageError(lang, 'unknown-option', { detail });
  }
}

/** A string option's value, or undefined. */
export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A boolean option's value. */
export function flag(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}
