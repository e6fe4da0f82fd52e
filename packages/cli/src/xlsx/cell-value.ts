/**
 * Cell values: the `t` attribute of a `<c>` as a small code, and a cell's `<v>`, inline text or
 * shared-string index turned into the Grid's kind and exact value (numbers by the library's one
 * rule, `excelNumberToDecimal`; ISO dates and 1904-system dates moved to 1900-system serials).
 */
import { excelNumberToDecimal } from 'hoptac';
import { isDateFormat } from 'hoptac/workbook';
import type { GridCell } from 'hoptac/workbook';
import { XlsxError } from './errors.js';
import type { CellSink } from './grid-sink.js';
import { unescapeX } from './xml.js';

/** Cell type codes (`t` attribute): number, shared string, formula string, inline, bool, error, date. */
export const T_N = 0;
export const T_S = 1;
export const T_STR = 2;
export const T_INLINE = 3;
export const T_B = 4;
export const T_E = 5;
export const T_D = 6;

/** The `t` attribute `s[a, b)` of a cell as a small code (unknown types read as numbers, as Excel does). */
export function cellType(s: string, a: number, b: number): number {
  const len = b - a;
  const c = s.charCodeAt(a);
  if (len === 1) return c === 115 ? T_S : c === 98 ? T_B : c === 101 ? T_E : c === 100 ? T_D : T_N;
  if (len === 3 && s.startsWith('str', a)) return T_STR;
  if (len === 9 && s.startsWith('inlineStr', a)) return T_INLINE;
  return T_N;
}

/** Where a cell's values are looked up: the shared strings, the date system and the part's name. */
export interface CellValueContext {
  readonly sst: readonly string[];
  readonly date1904: boolean;
  readonly part: string;
}

/** Emits one cell; false for an empty cell without a formula (nothing emitted). */
export function emitCell(t: number, format: string | undefined, v: string | undefined, f: string | undefined, inline: string | undefined, cx: CellValueContext, row: number, col: number, emit: CellSink): boolean {
  let kind: GridCell['kind'];
  let value: string;
  let raw: string | undefined;
  if (t === T_N) {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    const num = numberValue(v);
    if (num === undefined) {
      // Not a number Excel could have written: keep the text so validation can point at it.
      kind = 'text';
      value = v;
    } else {
      kind = 'number';
      value = num;
      if (num !== v) raw = v;
      if (cx.date1904 && format !== undefined && isDateFormat(format)) value = addDays(num, 1462);
    }
  } else if (t === T_S) {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    const idx = Number(v);
    const text = Number.isInteger(idx) ? cx.sst[idx] : undefined;
    if (text === undefined) {
      throw new XlsxError('corrupt', { detail: `missing shared string ${v.slice(0, 12)} at ${cx.part} row ${row + 1} col ${col + 1}`, detailVi: `thiếu chuỗi dùng chung ${v.slice(0, 12)} trong ${cx.part}` });
    }
    kind = 'text';
    value = text;
  } else if (t === T_INLINE) {
    if (inline === undefined && v === undefined) return noValue(f, format, row, col, emit);
    kind = 'text';
    value = inline ?? unescapeX(v ?? '');
  } else if (t === T_STR) {
    if (v === undefined) return noValue(f, format, row, col, emit);
    kind = 'text';
    value = unescapeX(v);
  } else if (t === T_B) {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    kind = 'boolean';
    const b = v.trim().toLowerCase();
    value = b === '1' || b === 'true' ? 'TRUE' : 'FALSE';
  } else if (t === T_E) {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    kind = 'error';
    value = v.trim();
  } else {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    const serial = isoToSerial(v.trim());
    kind = serial === undefined ? 'text' : 'number';
    value = serial ?? v;
  }
  emit(row, col, kind, value, format, f, false, raw);
  return true;
}

function noValue(f: string | undefined, format: string | undefined, row: number, col: number, emit: CellSink): boolean {
  if (f === undefined) return false;
  emit(row, col, 'empty', '', format, f, true, undefined);
  return true;
}

/**
 * The exact decimal of a `<v>` number by the one rule. A canonical decimal of at most 15
 * significant digits is its own 15-digit form (a double round-trips 15 digits), so it is taken as
 * is; anything else goes through `excelNumberToDecimal(Number(text))`. `undefined` when the text
 * is not a decimal number.
 */
export function numberValue(text: string): string | undefined {
  const n = text.length;
  if (n === 0 || n > 400) return undefined;
  // Fast path: -?(0|[1-9]\d*)(\.\d*[1-9])? with at most 15 significant digits.
  let i = 0;
  if (text.charCodeAt(0) === 45) i = 1;
  const intStart = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  const intLen = i - intStart;
  let fast = intLen > 0 && (intLen === 1 || text.charCodeAt(intStart) !== 48);
  let fracLen = 0;
  if (fast && i < n) {
    if (text.charCodeAt(i) !== 46) fast = false;
    else {
      i++;
      const fs = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        i++;
      }
      fracLen = i - fs;
      if (i < n || fracLen === 0 || text.charCodeAt(n - 1) === 48) fast = false;
    }
  }
  if (fast) {
    let sig = intLen + fracLen;
    if (text.charCodeAt(intStart) === 48) {
      // 0.000123: leading zeros are not significant
      sig = 0;
      let k = intStart + 2;
      while (k < n && text.charCodeAt(k) === 48) k++;
      sig = n - k;
      if (intStart === 1 && fracLen === 0) fast = false; // "-0"
    }
    if (fast && sig <= 15) return text;
  }
  if (!isDecimalText(text)) return undefined;
  const num = Number(text);
  if (!Number.isFinite(num)) return undefined;
  return excelNumberToDecimal(num);
}

/** `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?`, checked without a regular expression. */
function isDecimalText(t: string): boolean {
  let i = 0;
  const n = t.length;
  if (t[i] === '-' || t[i] === '+') i++;
  let digits = 0;
  while (i < n && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) { i++; digits++; }
  if (t[i] === '.') {
    i++;
    while (i < n && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) { i++; digits++; }
  }
  if (digits === 0) return false;
  if (t[i] === 'e' || t[i] === 'E') {
    i++;
    if (t[i] === '-' || t[i] === '+') i++;
    let e = 0;
    while (i < n && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) { i++; e++; }
    if (e === 0) return false;
  }
  return i === n;
}

/** Adds whole days to a decimal string, exactly. */
export function addDays(value: string, days: number): string {
  const neg = value.startsWith('-');
  const body = neg ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const scaled = BigInt((dot < 0 ? body : body.slice(0, dot)) + frac) * (neg ? -1n : 1n) + BigInt(days) * 10n ** BigInt(frac.length);
  const sign = scaled < 0n ? '-' : '';
  let digits = (scaled < 0n ? -scaled : scaled).toString();
  if (frac.length === 0) return sign + digits;
  digits = digits.padStart(frac.length + 1, '0');
  const int = digits.slice(0, digits.length - frac.length);
  const f = digits.slice(digits.length - frac.length).replace(/0+$/, '');
  return f === '' ? sign + int : `${sign}${int}.${f}`;
}

/** An ISO 8601 date-time (`t="d"` cells) as a 1900-system serial, through the one rule. */
function isoToSerial(v: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?Z?$/.exec(v);
  if (m === null) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Number((m[7] ?? '0').padEnd(3, '0')));
  if (!Number.isFinite(ms)) return undefined;
  // 25569 is 1970-01-01 in the 1900 system (Excel's phantom 1900-02-29 included).
  return excelNumberToDecimal(ms / 86_400_000 + 25569);
}
