/**
 * Small readers over a sheet's markup for the sheet scanner: attribute values read in place
 * (no attribute map, no intermediate strings) and cell references like `AB12` turned into numbers.
 */
import { XlsxError } from './errors.js';
import { cellType, T_N } from './cell-value.js';
import { decodeEntities } from './xml.js';

export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The refusal of a malformed cell or row reference. */
export const badRef = (part: string, ref: string): XlsxError =>
  new XlsxError('corrupt', { detail: `bad cell reference "${ref.slice(0, 20)}" in ${part}`, detailVi: `địa chỉ ô sai "${ref.slice(0, 20)}" trong ${part}` });

/** The decoded value of the attribute with local name `local` in `s[a, b)`. */
export function attrValue(s: string, a: number, b: number, local: string): string | undefined {
  while (a < b) {
    while (a < b && isSpace(s.charCodeAt(a))) a++;
    if (a >= b) return undefined;
    let ls = a;
    while (a < b) {
      const d = s.charCodeAt(a);
      if (d === 61 || isSpace(d)) break;
      if (d === 58) ls = a + 1;
      a++;
    }
    const match = a - ls === local.length && s.startsWith(local, ls);
    while (a < b && s.charCodeAt(a) !== 34 && s.charCodeAt(a) !== 39) a++;
    if (a >= b) return undefined;
    const q = s.charCodeAt(a);
    const vs = a + 1;
    let ve = vs;
    while (ve < b && s.charCodeAt(ve) !== q) ve++;
    if (match) return decodeEntities(s.slice(vs, ve));
    a = ve + 1;
  }
  return undefined;
}

/** `row * 16384 + col` (0-based) of a reference like `AB12` in `s[a, b)`; -1 when malformed. */
export function parseRefAt(s: string, a: number, b: number): number {
  let i = a;
  let col = 0;
  while (i < b) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
    i++;
    if (col > 16384) return -1;
  }
  let row = 0;
  let digits = 0;
  while (i < b) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      row = row * 10 + (c - 48);
      if (++digits > 7) return -1;
    } else if (c !== 36) return -1;
    i++;
  }
  if (col < 1 || digits === 0 || row < 1 || row > 1048576) return -1;
  return (row - 1) * 16384 + (col - 1);
}


/** The attributes of a `<c>` the reader uses: where its reference is, its style and its type. */
export interface CellAttrs {
  /** start and end of the `r` value in the markup; -1 when the cell has none */
  refStart: number;
  refEnd: number;
  /** the `s` index; -1 when absent or not a number */
  style: number;
  /** the `t` code of cell-value.ts */
  type: number;
}

/**
 * Reads a `<c>`'s `r`, `s` and `t` from `s[a, b)` into `out` in one pass. Returns false when an
 * attribute value is not closed.
 */
export function readCellAttrs(s: string, a: number, b: number, out: CellAttrs): boolean {
  out.refStart = -1;
  out.refEnd = -1;
  out.type = T_N;
  out.style = -1;
  while (a < b) {
    while (a < b && isSpace(s.charCodeAt(a))) a++;
    if (a >= b) break;
    let ls = a;
    while (a < b) {
      const d = s.charCodeAt(a);
      if (d === 61 || isSpace(d)) break;
      if (d === 58) ls = a + 1;
      a++;
    }
    const an = a - ls;
    const ac = s.charCodeAt(ls);
    while (a < b && s.charCodeAt(a) !== 34 && s.charCodeAt(a) !== 39) a++;
    if (a >= b) break;
    const q = s.charCodeAt(a);
    const vs = a + 1;
    let ve = vs;
    while (ve < b && s.charCodeAt(ve) !== q) ve++;
    if (ve >= b) return false;
    if (an === 1) {
      if (ac === 114 /* r */) {
        out.refStart = vs;
        out.refEnd = ve;
      } else if (ac === 115 /* s */) out.style = styleIndex(s, vs, ve);
      else if (ac === 116 /* t */) out.type = cellType(s, vs, ve);
    }
    a = ve + 1;
  }
  return true;
}

/** The digits `s[a, b)` as a number; -1 when any is not a digit. */
function styleIndex(s: string, a: number, b: number): number {
  let v = 0;
  for (let k = a; k < b; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** A cell of the common shape read by {@link readQuickCell}: its attributes and where its value is. */
export interface QuickCell extends CellAttrs {
  /** the `<v>` text is `s[valueStart, valueEnd)` */
  valueStart: number;
  valueEnd: number;
  /** false when the text holds an entity or a carriage return (it must be decoded) */
  plain: boolean;
}

/** The end of a short attribute value from `a`: its closing `"`, or -1 (too long, or a character that is not plain). */
function quickValueEnd(s: string, a: number, n: number): number {
  let q = a;
  while (q < n && q - a <= 16) {
    const d = s.charCodeAt(q);
    if (d === 34) return q;
    if (d === 38 || d === 60 || d === 62) return -1;
    q++;
  }
  return -1;
}

/**
 * The cell at `p` when it has the shape Excel and most writers give a value cell, all within
 * `s[p, n)`: `<c r="REF"`, then at most ` s="N"` and ` t="T"` (double quotes, one space before
 * each), then `><v>TEXT</v></c>`. Fills `out` as {@link readCellAttrs} would (the same reference
 * bounds, style and type rules) and returns the index after `</c>`; -1 for anything else, which
 * the general path then reads.
 */
export function readQuickCell(s: string, p: number, n: number, out: QuickCell): number {
  // `<c r="`
  if (p + 6 > n || s.charCodeAt(p) !== 60 || s.charCodeAt(p + 1) !== 99 || s.charCodeAt(p + 2) !== 32 || s.charCodeAt(p + 3) !== 114 || s.charCodeAt(p + 4) !== 61 || s.charCodeAt(p + 5) !== 34) return -1;
  const refEnd = quickValueEnd(s, p + 6, n);
  if (refEnd < 0) return -1;
  out.refStart = p + 6;
  out.refEnd = refEnd;
  out.style = -1;
  out.type = T_N;
  let q = refEnd + 1;
  // ` s="..."`, ` t="..."`
  while (q + 4 < n && s.charCodeAt(q) === 32 && s.charCodeAt(q + 2) === 61 && s.charCodeAt(q + 3) === 34) {
    const an = s.charCodeAt(q + 1);
    if (an !== 115 && an !== 116) return -1;
    const ve = quickValueEnd(s, q + 4, n);
    if (ve < 0) return -1;
    if (an === 115) out.style = styleIndex(s, q + 4, ve);
    else out.type = cellType(s, q + 4, ve);
    q = ve + 1;
  }
  // `><v>`
  if (q + 4 > n || s.charCodeAt(q) !== 62 || s.charCodeAt(q + 1) !== 60 || s.charCodeAt(q + 2) !== 118 || s.charCodeAt(q + 3) !== 62) return -1;
  return readValueToCellEnd(s, q + 4, n, out);
}

/**
 * The text of a `<v>` from `a` (just after `<v>`) when `</v></c>` closes it within `s[a, n)`: its
 * bounds and whether it needs decoding (an entity or a carriage return) in `out`, and the index
 * after `</c>`; -1 otherwise.
 */
export function readValueToCellEnd(s: string, a: number, n: number, out: QuickCell): number {
  let e = a;
  let plain = true;
  for (; e < n; e++) {
    const d = s.charCodeAt(e);
    if (d === 60) break;
    if (d === 38 || d === 13) plain = false;
  }
  if (e + 8 > n || !s.startsWith('</v></c>', e)) return -1;
  out.valueStart = a;
  out.valueEnd = e;
  out.plain = plain;
  return e + 8;
}
