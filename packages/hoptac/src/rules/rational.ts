/**
 * Private: exact rationals n/d over bigint (d > 0), for rule expressions. Decimal values enter as
 * scaled integers (`int / 10^scale`); a division keeps the quotient exact as a fraction, so a
 * comparison of two sides is exact by cross-multiplication: a/b <= c/d  ⇔  a·d <= c·b (b, d > 0).
 */
import { pow10, type Scaled } from '../decimal/scaled.js';

export interface Rational {
  readonly n: bigint;
  /** always positive */
  readonly d: bigint;
}

export const fromScaled = (s: Scaled): Rational => ({ n: s.int, d: s.scale === 0 ? 1n : pow10(s.scale) });

export function add(a: Rational, b: Rational): Rational {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Rational, b: Rational): Rational {
  return a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

export function mul(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** a / b, or `undefined` when b is zero (undefined, never zero or infinity). */
export function div(a: Rational, b: Rational): Rational | undefined {
  if (b.n === 0n) return undefined;
  const n = a.n * b.d;
  const d = a.d * b.n;
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });

/** -1, 0 or 1, exactly (cross-multiplication; both denominators are positive). */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const x = a.d === b.d ? a.n : a.n * b.d;
  const y = a.d === b.d ? b.n : b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/**
 * The value as text for a message: exact when it is a terminating decimal (`12.5`), else rounded
 * half away from zero to `places` decimals and marked `≈` (`≈0.333333`).
 */
export function display(a: Rational, places = 6): string {
  const g = gcd(a.n, a.d);
  const n = g > 1n ? a.n / g : a.n;
  let d = g > 1n ? a.d / g : a.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  const exact = d === 1n;
  const scale = exact ? Math.max(twos, fives) : places;
  const den = g > 1n ? a.d / g : a.d;
  const scaledN = n * pow10(scale);
  let q = scaledN / den;
  const r = scaledN - q * den;
  const ar = r < 0n ? -r : r;
  if (ar * 2n >= den) q += scaledN < 0n ? -1n : 1n;
  const negative = q < 0n;
  let digits = (negative ? -q : q).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`.replace(/\.?0+$/, '');
  }
  const text = (negative ? '-' : '') + digits;
  return exact ? text : `≈${text}`;
}
