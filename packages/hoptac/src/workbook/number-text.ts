/**
 * Numbers typed as text, read by the workbook's declared `number_format` (never guessed).
 */
import type { DecimalString } from '../decimal/public.js';

/** How text numbers are written: `vi` `1.234.567,5` (the default), `en` `1,234,567.5`. */
export type NumberFormat = 'vi' | 'en';

/**
 * What a text cell says as a value:
 * - `number`: a number, exact (`value` is a canonical decimal string);
 * - `zero`: a dash (`-`, `–`, `—`): reported, nothing happened;
 * - `blank`: nothing but spaces: not reported (missing, never zero);
 * - `invalid`: text that spells no number.
 */
export type TextNumber =
  | { readonly kind: 'number'; readonly value: DecimalString }
  | { readonly kind: 'zero' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid' };

const TEXT_BLANK: TextNumber = Object.freeze({ kind: 'blank' });
const TEXT_ZERO: TextNumber = Object.freeze({ kind: 'zero' });
const TEXT_INVALID: TextNumber = Object.freeze({ kind: 'invalid' });

/** Space, tab, NBSP, narrow NBSP, thin space, figure space and the other Unicode spaces. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0xfeff;
}

/**
 * Reads a number typed as text in the workbook's number format. Grouping (`.` in `vi`, `,` in
 * `en`, or spaces, also no-break spaces) must come in threes: `1.234.567` but never `1.23` in `vi`,
 * which is not a number there. A leading `-` (or `−`) or `+` is a sign. `-`, `–` or `—` alone is
 * zero. Exact: no floating point.
 *
 * @example
 * ```ts
 * import { parseTextNumber } from 'hoptac/workbook';
 * parseTextNumber('1.234.567,5', 'vi'); // { kind: 'number', value: '1234567.5' }
 * parseTextNumber('1,234,567.5', 'en'); // { kind: 'number', value: '1234567.5' }
 * parseTextNumber('1.23', 'vi');        // { kind: 'invalid' }
 * ```
 */
export function parseTextNumber(text: string, format: NumberFormat): TextNumber {
  let i = 0;
  let n = text.length;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  while (n > i && isSpace(text.charCodeAt(n - 1))) n--;
  if (i === n) return TEXT_BLANK;
  const first = text.charCodeAt(i);
  if (n - i === 1 && (first === 45 || first === 0x2013 || first === 0x2014)) return TEXT_ZERO;
  const group = format === 'vi' ? 46 /* . */ : 44; /* , */
  const point = format === 'vi' ? 44 : 46;
  let neg = false;
  if (first === 45 || first === 0x2212) {
    neg = true;
    i++;
  } else if (first === 43) i++;
  // integer part: digits, optionally grouped in threes
  let intDigits = '';
  let groupLen = 0; // digits in the current group
  let groups = 0; // number of separators seen
  let k = i;
  for (; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      groupLen++;
      continue;
    }
    if (c === group || isSpace(c)) {
      if (groupLen === 0) return TEXT_INVALID; // separator at the start or doubled
      if (groups === 0 ? groupLen > 3 : groupLen !== 3) return TEXT_INVALID;
      intDigits += text.slice(k - groupLen, k);
      groups++;
      groupLen = 0;
      continue;
    }
    break;
  }
  if (groups > 0) {
    if (groupLen !== 3) return TEXT_INVALID;
  }
  intDigits += text.slice(k - groupLen, k);
  let frac = '';
  if (k < n) {
    if (text.charCodeAt(k) !== point) return TEXT_INVALID;
    const start = ++k;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c < 48 || c > 57) return TEXT_INVALID;
    }
    frac = text.slice(start, n);
  }
  if (intDigits.length === 0 && frac.length === 0) return TEXT_INVALID;
  return { kind: 'number', value: canonical(neg, intDigits, frac) };
}

/** Canonical decimal text from a sign and digit runs: no leading or trailing zeros, `0` for zero. */
function canonical(neg: boolean, int: string, frac: string): DecimalString {
  let a = 0;
  while (a < int.length - 1 && int.charCodeAt(a) === 48) a++;
  let b = frac.length;
  while (b > 0 && frac.charCodeAt(b - 1) === 48) b--;
  let intPart = int.slice(a);
  if (intPart === '') intPart = '0';
  const fracPart = frac.slice(0, b);
  const body = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return neg && body !== '0' ? `-${body}` : body;
}
