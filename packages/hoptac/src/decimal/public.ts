import { HoptacError } from '../errors.js';
import { argumentError, expectInteger, expectString } from '../internal/args.js';
import { format, MAX_DIGITS, parseScaled, round as roundScaled, trim } from './scaled.js';

/**
 * A decimal number as plain text: optional `-`, digits, optional `.` and digits; no exponent,
 * no grouping. This is how hoptac passes every number in and out.
 */
export type DecimalString = string;

/**
 * Reads a decimal written in plain or exponent form and returns its canonical text: no exponent,
 * no `+`, no leading zeros, no trailing fractional zeros, `0` for zero. Throws `invalid-decimal`.
 *
 * @example
 * ```ts
 * import { normalizeDecimal } from 'hoptac';
 * normalizeDecimal('0012.5000'); // '12.5'
 * normalizeDecimal('1.5e-7');    // '0.00000015'
 * ```
 */
export function normalizeDecimal(text: string): DecimalString {
  expectString('normalizeDecimal', 'text', text, 'decimal');
  const d = parseScaled(text.trim());
  if (d === undefined) throw new HoptacError('invalid-decimal', { text: text.length > 60 ? `${text.slice(0, 60)}…` : text });
  return format(trim(d));
}

/**
 * True when `text` is a decimal hoptac accepts (see {@link normalizeDecimal}); false for anything
 * that is not a string.
 *
 * @example
 * ```ts
 * import { isDecimal } from 'hoptac';
 * isDecimal('1234.5'); // true
 * isDecimal('1.234,5'); // false: localized text goes through the workbook's number_format
 * ```
 */
export function isDecimal(text: string): boolean {
  if (typeof text !== 'string') return false;
  return parseScaled(text.trim()) !== undefined;
}

/**
 * Rounds half away from zero to `decimals` places and writes exactly that many places.
 *
 * @example
 * ```ts
 * import { roundDecimal } from 'hoptac';
 * roundDecimal('68.485', 2); // '68.49'
 * roundDecimal('-2.5', 0);   // '-3'
 * ```
 */
export function roundDecimal(value: DecimalString, decimals: number): DecimalString {
  expectString('roundDecimal', 'value', value, 'decimal');
  expectInteger('roundDecimal', 'decimals', decimals, 0, MAX_DIGITS);
  const d = parseScaled(value);
  if (d === undefined) throw new HoptacError('invalid-decimal', { text: value });
  return format(roundScaled(d, decimals));
}

/**
 * The one rule by which an Excel number becomes an exact decimal, shared by the command line and
 * the add-in: Excel keeps 15 significant digits, so the stored IEEE double is read through its
 * 15-significant-digit form, and trailing zeros are dropped. `0.1 + 0.2` in a cell reads as `0.3`.
 * Non-finite numbers throw `invalid-decimal`.
 *
 * @example
 * ```ts
 * import { excelNumberToDecimal } from 'hoptac';
 * excelNumberToDecimal(0.1 + 0.2);     // '0.3'
 * excelNumberToDecimal(1234567.5);     // '1234567.5'
 * ```
 */
export function excelNumberToDecimal(n: number): DecimalString {
  if (typeof n !== 'number') throw argumentError('excelNumberToDecimal', 'n', 'finite-number', n);
  if (!Number.isFinite(n)) throw new HoptacError('invalid-decimal', { text: String(n) });
  if (n === 0) return '0';
  // toPrecision(15) is a formatting of the stored double, not arithmetic: it is Excel's own view.
  const d = parseScaled(n.toPrecision(15));
  if (d === undefined) throw new HoptacError('invalid-decimal', { text: String(n) });
  return format(trim(d));
}

/**
 * Number of significant digits of a decimal string (zeros that only place the point do not count).
 *
 * @example
 * ```ts
 * import { significantDigits } from 'hoptac';
 * significantDigits('0.00120'); // 2
 * significantDigits('1234567890123456789'); // 19
 * ```
 */
export function significantDigits(value: DecimalString): number {
  expectString('significantDigits', 'value', value, 'decimal');
  const d = parseScaled(value.trim());
  if (d === undefined) throw new HoptacError('invalid-decimal', { text: value });
  const t = trim(d);
  if (t.int === 0n) return 0;
  let digits = (t.int < 0n ? -t.int : t.int).toString();
  digits = digits.replace(/0+$/, '');
  return digits.length;
}
