/**
 * The library's private decimal.js constructor. `Decimal.set` is never called: it would change the
 * host application's settings. Precision is far above anything a sum of board values needs, and
 * exponent notation is off so `toString()` always gives plain digits.
 */
import DecimalJs from 'decimal.js';

export const Decimal = DecimalJs.clone({
  precision: 1000,
  rounding: DecimalJs.ROUND_HALF_UP, // half away from zero
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
});
export type Decimal = DecimalJs;
