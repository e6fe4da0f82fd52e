/**
 * Shared formulas: Excel stores the text once, on the master cell, and the other cells of the
 * range name it by index. Their own formula is the master's with relative references moved by
 * the cell's offset, which is what this does (strings, sheet names, structured references and
 * function names are left alone; absolute `$` parts stay).
 */
import { XlsxError } from './errors.js';

const MAX_COL = 16384;
const MAX_ROW = 1048576;

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}
function colLetters(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95 || c === 46 || c === 92 || c > 127;
}

/**
 * The formula of a cell `dr` rows and `dc` columns away from the shared formula's master.
 *
 * @example
 * ```ts
 * shiftFormula('SUM(A1:B1)*$C$1', 2, 1); // 'SUM(B3:C3)*$C$1'
 * ```
 */
export function shiftFormula(f: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return f;
  let out = '';
  let i = 0;
  const n = f.length;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c === 34 || c === 39) {
      // "string" or 'sheet name', doubled quotes inside
      let j = i + 1;
      for (;;) {
        if (j >= n) break;
        if (f.charCodeAt(j) === c) {
          if (f.charCodeAt(j + 1) === c) j += 2;
          else break;
        } else j++;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === 91 /* [ */) {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        const d = f.charCodeAt(j);
        if (d === 91) depth++;
        else if (d === 93 && --depth === 0) break;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!isIdentChar(c)) {
      out += f[i];
      i++;
      continue;
    }
    let j = i;
    while (j < n && isIdentChar(f.charCodeAt(j))) j++;
    const tok = f.slice(i, j);
    const nextC = f.charCodeAt(j);
    const prevC = i > 0 ? f.charCodeAt(i - 1) : 0;
    out += nextC === 40 /* ( */ || nextC === 33 /* ! */ || nextC === 91 ? tok : shiftToken(tok, dr, dc, prevC === 58 || nextC === 58);
    i = j;
  }
  return out;
}

function shiftToken(tok: string, dr: number, dc: number, inRange: boolean): string {
  const cell = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(tok);
  if (cell !== null) {
    const col = colNumber(cell[2]!.toUpperCase());
    const row = Number(cell[4]);
    if (col > MAX_COL || row < 1 || row > MAX_ROW) return tok;
    const nc = cell[1] === '$' ? col : col + dc;
    const nr = cell[3] === '$' ? row : row + dr;
    if (nc < 1 || nc > MAX_COL || nr < 1 || nr > MAX_ROW) return '#REF!';
    return `${cell[1]}${colLetters(nc)}${cell[3]}${nr}`;
  }
  if (!inRange) return tok;
  const colOnly = /^(\$?)([A-Za-z]{1,3})$/.exec(tok);
  if (colOnly !== null) {
    const col = colNumber(colOnly[2]!.toUpperCase());
    if (col > MAX_COL) return tok;
    const nc = colOnly[1] === '$' ? col : col + dc;
    if (nc < 1 || nc > MAX_COL) return '#REF!';
    return `${colOnly[1]}${colLetters(nc)}`;
  }
  const rowOnly = /^(\$?)(\d{1,7})$/.exec(tok);
  if (rowOnly !== null) {
    const row = Number(rowOnly[2]);
    const nr = rowOnly[1] === '$' ? row : row + dr;
    if (nr < 1 || nr > MAX_ROW) return '#REF!';
    return `${rowOnly[1]}${nr}`;
  }
  return tok;
}

/** Excel's own limit on the length of a formula. */
const MAX_FORMULA = 8192;

/** The master formula of each shared-formula index (`si`) of a sheet, with the master's cell. */
export type SharedFormulas = Map<string, { text: string; row: number; col: number }>;

/** A cell's formula: its own text, or (a shared formula's other cells) the master's, moved. */
export function sharedFormula(shared: SharedFormulas, isShared: boolean, si: string | undefined, hasRef: boolean, text: string, row: number, col: number): string {
  if (!isShared || si === undefined) return text;
  if (text !== '' || hasRef) {
    // Each cell of the range gets its own copy: a master longer than Excel allows would multiply.
    if (text.length > MAX_FORMULA) {
      throw new XlsxError('corrupt', { detail: `a shared formula longer than Excel allows (${MAX_FORMULA} characters)`, detailVi: `công thức dùng chung dài hơn mức Excel cho phép (${MAX_FORMULA} ký tự)` });
    }
    shared.set(si, { text, row, col });
    return text;
  }
  const m = shared.get(si);
  return m === undefined ? '' : shiftFormula(m.text, row - m.row, col - m.col);
}
