/**
 * The one grammar of decimal text in hoptac: how a decimal is written in and read back.
 *
 * - `DecimalString` (plain): `-`? digits (`.` digits)?: how numbers travel in and out;
 * - accepted input also allows `+`, a bare `.5` or `5.`, and an exponent (`1.5e-7`);
 * - shown to people: digits grouped by the language (`1.234.567,5` vi, `1,234,567.5` en).
 *
 * Parsing to an exact value lives in scaled.ts (on {@link DECIMAL_TEXT}); everything else that
 * reads or writes decimal text uses the functions here, so there is one definition of each form.
 */

/** A decimal hoptac accepts as input: sign, digits, point, digits, exponent (groups 1-4). */
export const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,6}))?$/;

/**
 * The length of the unsigned plain decimal (`digits ('.' digits)?`) that starts at `start`; 0 when
 * no digit stands there. A point not followed by a digit is not part of it.
 */
export function unsignedDecimalLength(text: string, start = 0): number {
  const n = text.length;
  let i = start;
  while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  if (i === start) return 0;
  if (i + 1 < n && text.charCodeAt(i) === 46 && isDigitCode(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  }
  return i - start;
}

/** True for the plain form `-`? digits (`.` digits)? (no `+`, exponent, spaces or grouping). No allocation. */
export function isPlainDecimalText(text: string): boolean {
  if (typeof text !== 'string') return false;
  const s = text.charCodeAt(0) === 45 ? 1 : 0;
  const len = unsignedDecimalLength(text, s);
  return len > 0 && s + len === text.length;
}

/** A plain decimal's parts: sign, whole digits, fraction digits (`''` when none); undefined when not plain. */
export function splitPlainDecimal(text: string): { readonly negative: boolean; readonly whole: string; readonly fraction: string } | undefined {
  if (!isPlainDecimalText(text)) return undefined;
  const negative = text.charCodeAt(0) === 45;
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  return dot < 0 ? { negative, whole: body, fraction: '' } : { negative, whole: body.slice(0, dot), fraction: body.slice(dot + 1) };
}

/**
 * A plain decimal written with the language's separators, its digits kept as they are (nothing
 * rounded or padded): `1.234.567,5` (vi), `1,234,567.5` (en). Text that is not a plain decimal is
 * grouped as far as it goes (its part before the first point).
 *
 * @example
 * ```ts
 * import { formatDecimal } from 'hoptac';
 * formatDecimal('-1234567.5', 'vi'); // '-1.234.567,5'
 * formatDecimal('1234567.5', 'en');  // '1,234,567.5'
 * ```
 */
export function formatDecimal(value: string, lang: 'vi' | 'en'): string {
  const negative = value.startsWith('-');
  const body = negative ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const whole = dot < 0 ? body : body.slice(0, dot);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return `${negative ? '-' : ''}${grouped}${dot < 0 ? '' : (lang === 'vi' ? ',' : '.') + body.slice(dot + 1)}`;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
