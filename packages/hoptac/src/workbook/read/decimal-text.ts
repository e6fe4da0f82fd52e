/** Two operations on the canonical decimal text the read makes: a power-of-ten shift and a comparison. */
import { format as formatScaled, parseScaled, shift } from '../../decimal/scaled.js';

/** The value × 10^exp, exactly (a row written in another unit of the same base). */
export function shiftDecimalText(value: string, exp: number): string {
  const d = parseScaled(value);
  return d === undefined ? value : formatScaled(shift(d, exp));
}

/** a > b for canonical decimal strings (as the reader makes them), without allocating. */
export function decimalTextGreater(a: string, b: string): boolean {
  const na = a.charCodeAt(0) === 45;
  const nb = b.charCodeAt(0) === 45;
  if (na !== nb) return nb;
  if (na) return greaterAbs(b, 1, a, 1);
  return greaterAbs(a, 0, b, 0);
}

function greaterAbs(a: string, ia: number, b: string, ib: number): boolean {
  let da = a.indexOf('.', ia);
  let db = b.indexOf('.', ib);
  if (da < 0) da = a.length;
  if (db < 0) db = b.length;
  const la = da - ia;
  const lb = db - ib;
  if (la !== lb) return la > lb;
  for (let k = 0; k < la; k++) {
    const x = a.charCodeAt(ia + k);
    const y = b.charCodeAt(ib + k);
    if (x !== y) return x > y;
  }
  const fa = a.length - da - 1;
  const fb = b.length - db - 1;
  const n = Math.max(fa, fb);
  for (let k = 0; k < n; k++) {
    const x = k < fa ? a.charCodeAt(da + 1 + k) : 48;
    const y = k < fb ? b.charCodeAt(db + 1 + k) : 48;
    if (x !== y) return x > y;
  }
  return false;
}
