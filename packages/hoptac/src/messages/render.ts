/**
 * A message rendered at the edge, where the names are known: each param that names a thing of
 * the domain (a {@link MessageRef}, or a code {@link PARAM_KINDS} says is one) is said in words,
 * every other param as it is. Not re-exported by `messages/index.ts`: it reads periods, which
 * themselves raise errors with messages.
 */
import type { Catalogue } from '../indicator/types.js';
import { fillPlaceholders } from './fill.js';
import { PARAM_KINDS } from './param-kinds.js';
import { refText } from './ref-text.js';
import { isMessageKey, MESSAGE_TABLES, type MessageKey, paramText } from './text.js';
import type { Lang, MessageNames, Param, RefKind } from './types.js';

/** The names of a catalogue's indicators (the English name falls back to the Vietnamese). */
export function catalogueNames(catalogue: Catalogue): MessageNames {
  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i] as const));
  return {
    indicatorName(code, lang) {
      const i = byCode.get(code);
      if (i === undefined) return undefined;
      return lang === 'en' && i.nameEn !== '' ? i.nameEn : i.nameVi;
    },
  };
}

/** The params of a key as text in a language, references said in words. */
export function renderParams(key: MessageKey, params: Readonly<Record<string, Param>>, lang: Lang, names?: MessageNames): Record<string, string | number> {
  const kinds: Readonly<Record<string, RefKind | undefined>> = PARAM_KINDS[key] ?? {};
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    const kind = Object.hasOwn(kinds, k) ? kinds[k] : undefined;
    if (typeof v === 'object' && 'ref' in v) out[k] = refText(v.ref, v.value, lang, names);
    else if (kind !== undefined && typeof v !== 'object') out[k] = refText(kind, String(v), lang, names);
    else out[k] = paramText(v, lang);
  }
  return out;
}

/**
 * A message of the catalogue given as data (a key and its params), said in words in a language:
 * indicators by name with their code in brackets, months and periods by their labels, numbers in
 * the language's format.
 *
 * @example
 * ```ts
 * import { builtInCatalogue, catalogueNames, renderMessage } from 'hoptac';
 * const names = catalogueNames(builtInCatalogue);
 * renderMessage('vi', 'finding.missing-value.row', { indicator: 'export_value' }, names);
 * // 'Trang này không có dòng chỉ tiêu Kim ngạch xuất khẩu (export_value), ...'
 * ```
 */
export function renderMessage(lang: Lang, key: string, params: Readonly<Record<string, Param>>, names?: MessageNames): string {
  if (!isMessageKey(key)) return key;
  return fillPlaceholders(MESSAGE_TABLES[lang][key], renderParams(key, params, lang, names));
}
