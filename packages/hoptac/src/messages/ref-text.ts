/**
 * How a referenced value ({@link MessageRef}) is said in a message: indicators by name with their
 * code in brackets, months and periods by their labels, numbers in the language's format, powers
 * of ten in words. Without names (or for a code the catalogue lacks) an indicator stays `"code"`.
 */
import { label, parse } from '../period/index.js';
import { formatDecimal, isPlainDecimalText } from '../decimal/decimal-text.js';
import { monthTextIndex } from '../period/month-text.js';
import type { Lang, MessageNames, RefKind } from './types.js';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CODE = /[a-z][a-z0-9_]*/g;

/** `YYYY-MM` said `11/2018` or `November 2018`; other text as it is. */
function monthText(value: string, lang: Lang): string {
  const i = monthTextIndex(value);
  if (i === undefined) return value;
  const year = Math.floor(i / 12);
  const month = (i % 12) + 1;
  return lang === 'vi' ? `${String(month).padStart(2, '0')}/${year}` : `${EN_MONTHS[month - 1]!} ${year}`;
}

/** A plain decimal in the language's number format (`1.234,5`, `1,234.5`); other text as it is. */
function decimalText(value: string, lang: Lang): string {
  return isPlainDecimalText(value) ? formatDecimal(value, lang) : value;
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
