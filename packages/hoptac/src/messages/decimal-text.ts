/**
 * Private: an exact decimal written in a language's number format, for message text:
 * `1234567.5` is `1.234.567,5` in Vietnamese and `1,234,567.5` in English. Text that is not a
 * plain decimal is returned as it is.
 */
import type { Lang } from './types.js';

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

export function decimalText(value: string, lang: Lang): string {
  const m = PLAIN.exec(value);
  if (m === null) return value;
  const grouped = m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return `${m[1]!}${grouped}${m[3] === undefined ? '' : (lang === 'vi' ? ',' : '.') + m[3]}`;
}
