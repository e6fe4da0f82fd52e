/** Decimal strings shown the language's way, with no float on the way. */
import type { Lang } from 'hoptac';

/**
 * A decimal string with the language's grouping and decimal mark (`1.234,5` or `1,234.5`).
 *
 * @example
 * ```ts
 * decimalText('-1234.5', 'vi'); // '-1.234,5'
 * ```
 */
export function decimalText(v: string, lang: Lang): string {
  const neg = v.startsWith('-');
  const [int = '0', frac] = (neg ? v.slice(1) : v).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return `${neg ? '-' : ''}${grouped}${frac === undefined ? '' : (lang === 'vi' ? ',' : '.') + frac}`;
}
