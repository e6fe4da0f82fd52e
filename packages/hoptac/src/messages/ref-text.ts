/**
 * How a referenced value ({@link MessageRef}) is said in a message: indicators by name with their
 * code in brackets, months and periods by their labels, numbers in the language's format, powers
 * of ten in words. Without names (or for a code the catalogue lacks) an indicator stays `"code"`.
 */
import { label, parse } from '../period/index.js';
import { decimalText } from './decimal-text.js';
import type { Lang, MessageNames, RefKind } from './types.js';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = /^(\d{4})-(\d{2})$/;
const CODE = /[a-z][a-z0-9_]*/g;

function monthText(value: string, lang: Lang): string {
  const m = MONTH.exec(value);
  const month = m === null ? 0 : Number(m[2]);
  if (m === null || month < 1 || month > 12) return value;
  return lang === 'vi' ? `${m[2]}/${m[1]}` : `${EN_MONTHS[month - 1]!} ${m[1]}`;
}

function periodText(value: string, lang: Lang): string {
  try {
    return label(parse(value), lang);
  } catch {
    return value;
  }
}

function indicatorText(code: string, lang: Lang, names: MessageNames | undefined): string {
  const name = names?.indicatorName(code, lang);
  return name === undefined || name === '' ? `"${code}"` : `${name} (${code})`;
}

/** `10^exponent` in words: `nhân 1.000` / `chia 1.000` (`times 1,000` / `divided by 1,000`). */
function powerText(value: string, lang: Lang): string {
  const e = Number(value);
  if (!Number.isInteger(e) || Math.abs(e) > 30) return value;
  const n = decimalText(`1${'0'.repeat(Math.abs(e))}`, lang);
  if (lang === 'vi') return e >= 0 ? `nhân ${n}` : `chia ${n}`;
  return e >= 0 ? `times ${n}` : `divided by ${n}`;
}

/** A referenced value as text in a language. */
export function refText(kind: RefKind, value: string, lang: Lang, names?: MessageNames): string {
  switch (kind) {
    case 'indicator':
      return indicatorText(value, lang, names);
    case 'board':
      return value;
    case 'month':
      return monthText(value, lang);
    case 'months':
      return value.replace(/\b\d{4}-\d{2}\b/g, (m) => monthText(m, lang));
    case 'period':
      return periodText(value, lang);
    case 'decimal':
      return decimalText(value, lang);
    case 'expression':
      return value.replace(CODE, (code) => {
        const name = names?.indicatorName(code, lang);
        return name === undefined || name === '' ? code : `${name} (${code})`;
      });
    case 'power':
      return powerText(value, lang);
    case 'factor':
      return value.replace(/\d+/g, (d) => decimalText(d, lang));
  }
}
