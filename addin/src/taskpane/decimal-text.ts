/** Decimal strings shown the language's way, with no float on the way: the library's one definition. */
import { formatDecimal } from 'hoptac';
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
  return formatDecimal(v, lang);
}
