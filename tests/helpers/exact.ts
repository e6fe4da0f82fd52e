/**
 * A tiny exact decimal toolkit for the golden tests, written apart from the library on purpose:
 * BigInt numerators over powers of ten, nothing shared with the code under test.
 */
export interface Exact {
  readonly n: bigint;
  /** value = n / 10^scale */
  readonly scale: number;
}

export function exact(text: string): Exact {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null) throw new Error(`not a plain decimal: ${text}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`);
  return { n: m[1] === '-' ? -n : n, scale: frac.length };
}

function align(a: Exact, b: Exact): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(s - a.scale), b.n * 10n ** BigInt(s - b.scale), s];
}

export function add(a: Exact, b: Exact): Exact {
  const [x, y, s] = align(a, b);
  return { n: x + y, scale: s };
}

export const ZERO: Exact = { n: 0n, scale: 0 };

/** value / 10^k, exactly (k < 0 multiplies) */
export function shiftDown(a: Exact, k: number): Exact {
  const scale = a.scale + k;
  return scale >= 0 ? { n: a.n, scale } : { n: a.n * 10n ** BigInt(-scale), scale: 0 };
}

export function isZero(a: Exact): boolean {
  return a.n === 0n;
}

/** Canonical text: no exponent, no trailing fractional zeros, `0` for zero. */
export function text(a: Exact): string {
  const neg = a.n < 0n;
  let digits = (neg ? -a.n : a.n).toString();
  if (a.scale === 0) return `${neg ? '-' : ''}${digits}`;
  digits = digits.padStart(a.scale + 1, '0');
  const int = digits.slice(0, -a.scale);
  const frac = digits.slice(-a.scale).replace(/0+$/, '');
  const out = frac === '' ? int : `${int}.${frac}`;
  return neg && out !== '0' ? `-${out}` : out;
}

/** a / b × 100, rounded half away from zero to `places`, written with exactly `places` places. */
export function percent(a: Exact, b: Exact, places: number): string {
  const [x, y] = align(a, b);
  const num = x * 100n * 10n ** BigInt(places);
  const neg = num < 0n !== y < 0n;
  const an = num < 0n ? -num : num;
  const ay = y < 0n ? -y : y;
  let q = an / ay;
  if ((an % ay) * 2n >= ay) q += 1n;
  const digits = q.toString().padStart(places + 1, '0');
  const body = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return neg && q !== 0n ? `-${body}` : body;
}
