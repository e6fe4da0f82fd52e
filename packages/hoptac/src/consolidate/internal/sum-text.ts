/**
 * The exact sum of plain decimal texts (`-12.5`, `0.001`, `1490`) for `explain`: its own short
 * path, sharing no arithmetic with the consolidation's scaled integers (only the grammar of decimal
 * text, decimal-text.ts), so an explanation checks the figure it explains. The texts are aligned on the point, read as one bigint each and added; the
 * result is written back with no trailing fractional zeros and `0` for zero.
 */
import { splitPlainDecimal } from '../../decimal/decimal-text.js';

export function sumDecimalTexts(values: readonly string[]): string {
  let places = 0;
  const parts: (readonly [string, string, string])[] = [];
  for (const v of values) {
    const m = splitPlainDecimal(v);
    if (m === undefined) throw new RangeError(`not a plain decimal: ${v}`); // unreachable: values come from format()
    if (m.fraction.length > places) places = m.fraction.length;
    parts.push([m.negative ? '-' : '', m.whole, m.fraction]);
  }
  let total = 0n;
  for (const [sign, whole, frac] of parts) {
    const n = BigInt(whole + frac.padEnd(places, '0'));
    total += sign === '-' ? -n : n;
  }
  const neg = total < 0n;
  let digits = (neg ? -total : total).toString().padStart(places + 1, '0');
  let out = digits;
  if (places > 0) {
    const frac = digits.slice(digits.length - places).replace(/0+$/, '');
    digits = digits.slice(0, digits.length - places);
    out = frac === '' ? digits : `${digits}.${frac}`;
  }
  return neg ? `-${out}` : out;
}
