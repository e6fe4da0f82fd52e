/**
 * Exact decimals as scaled integers: `{ int, scale }` means `int × 10^-scale`.
 * Private to the library: the public face of a decimal is a plain string.
 */
import { DECIMAL_TEXT } from './decimal-text.js';

export interface Scaled {
  readonly int: bigint;
  readonly scale: number;
}

/** Longest decimal (digits before plus after the point) hoptac accepts; longer input is refused, not parsed. */
export const MAX_DIGITS = 400;

/**
 * Parses a plain or exponent decimal string exactly; `undefined` when it is not one
 * (or would need more than {@link MAX_DIGITS} digits).
 */
export function parseScaled(text: string): Scaled | undefined {
  if (text.length > MAX_DIGITS + 16) return undefined;
  const m = DECIMAL_TEXT.exec(text);
  if (m === null) return undefined;
  const sign = m[1] ?? '';
  const whole = m[2] ?? '';
  const frac = m[3] ?? '';
  if (whole.length === 0 && frac.length === 0) return undefined;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  let digits = (whole + frac).replace(/^0+(?=\d)/, '');
  let scale = frac.length - exp;
  if (scale < 0) {
    if (digits.length - scale > MAX_DIGITS) return undefined;
    if (!/^0*$/.test(digits)) digits += '0'.repeat(-scale);
    scale = 0;
  }
  if (digits.length > MAX_DIGITS || scale > MAX_DIGITS) return undefined;
  let int = BigInt(digits === '' ? '0' : digits);
  if (sign === '-') int = -int;
  return trim({ int, scale });
}

/** Removes trailing zeros of the fraction, so equal values have one representation. */
export function trim(d: Scaled): Scaled {
  if (d.int === 0n) return { int: 0n, scale: 0 };
  let { int, scale } = d;
  while (scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale -= 1;
  }
  return { int, scale };
}

const POW10: bigint[] = [];
/** 10^n as a bigint (cached). */
export function pow10(n: number): bigint {
  let p = POW10[n];
  if (p === undefined) {
    p = 10n ** BigInt(n);
    if (n < 64) POW10[n] = p;
  }
  return p;
}

/** The same value at a larger scale (exact). */
export function rescale(d: Scaled, scale: number): bigint {
  return scale === d.scale ? d.int : d.int * pow10(scale - d.scale);
}

export function add(a: Scaled, b: Scaled): Scaled {
  const s = Math.max(a.scale, b.scale);
  return { int: rescale(a, s) + rescale(b, s), scale: s };
}

export function sub(a: Scaled, b: Scaled): Scaled {
  return add(a, { int: -b.int, scale: b.scale });
}

export function mul(a: Scaled, b: Scaled): Scaled {
  return trim({ int: a.int * b.int, scale: a.scale + b.scale });
}

/** Compare: -1, 0 or 1. */
export function cmp(a: Scaled, b: Scaled): -1 | 0 | 1 {
  const s = Math.max(a.scale, b.scale);
  const x = rescale(a, s);
  const y = rescale(b, s);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Multiplies by 10^n (n may be negative): exact. */
export function shift(d: Scaled, n: number): Scaled {
  if (n >= 0) return d.scale >= n ? trim({ int: d.int, scale: d.scale - n }) : trim({ int: d.int * pow10(n - d.scale), scale: 0 });
  return trim({ int: d.int, scale: d.scale - n });
}

/**
 * Integer quotient of a / b rounded half away from zero. b must not be 0.
 */
export function divRoundInt(a: bigint, b: bigint): bigint {
  const neg = a < 0n !== b < 0n;
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  let q = x / y;
  const r = x - q * y;
  if (r * 2n >= y) q += 1n;
  return neg ? -q : q;
}

/**
 * `a / b × 10^multiplierExp`, rounded once, half away from zero, to `decimals` places: exact.
 * Returns `undefined` when b is zero (the quotient is undefined, not zero).
 */
export function divRound(a: Scaled, b: Scaled, decimals: number, multiplierExp = 0): Scaled | undefined {
  if (b.int === 0n) return undefined;
  // a/b = (a.int / b.int) × 10^(b.scale - a.scale); want q × 10^-decimals.
  const e = decimals + multiplierExp + b.scale - a.scale;
  const num = e >= 0 ? a.int * pow10(e) : a.int;
  const den = e >= 0 ? b.int : b.int * pow10(-e);
  return { int: divRoundInt(num, den), scale: decimals };
}

/** Rounds half away from zero to `decimals` places (keeps exactly that scale). */
export function round(d: Scaled, decimals: number): Scaled {
  if (d.scale <= decimals) return { int: rescale(d, decimals), scale: decimals };
  return { int: divRoundInt(d.int, pow10(d.scale - decimals)), scale: decimals };
}

/** Plain text without exponent; keeps the scale as given (`round` results keep their places). */
export function format(d: Scaled): string {
  const neg = d.int < 0n;
  let digits = (neg ? -d.int : d.int).toString();
  if (d.scale > 0) {
    if (digits.length <= d.scale) digits = '0'.repeat(d.scale - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - d.scale)}.${digits.slice(digits.length - d.scale)}`;
  }
  return neg && d.int !== 0n ? `-${digits}` : digits;
}

export const ZERO: Scaled = { int: 0n, scale: 0 };
