/**
 * The grammar of a board sheet's month column header: the month it names, and whether it carries
 * an estimate mark (ước tính). One owner for the grammar; the reader imports it.
 *
 * Months: `2017-01`, `01/2017`, `1/2017`, `T1/2017`, `T01/2017`, `Tháng 1/2017`, `Tháng 01/2017`,
 * `Tháng 1 năm 2017` (any form the period parser reads as a month), or an Excel date cell.
 *
 * Estimate marks (an extension of format 1), before or after the month, separated by a space and
 * optionally a dash or colon, in any case, with or without parentheses: `ước`, `ước tính`,
 * `ước thực hiện`, `UTH` / `ƯTH` (ước thực hiện), `est.`, `est`, `estimate`, `estimated`. So
 * `Tháng 12/2017 (ước)`, `Ước T12/2017`, `T12/2017 UTH` and `2017-12 (est.)` are December 2017,
 * estimated. A date cell carries no mark. A header without a mark reads exactly as before.
 */
import { monthIndex } from '../period/core.js';
import { monthTextIndex } from '../period/month-text.js';
import { parse as parsePeriod } from '../period/parse.js';
import { KeptResults } from '../internal/kept.js';
import { isDateFormat, serialToMonth } from './excel-date.js';
import type { GridCell } from './grid.js';

/** A month column header: its month index (year × 12 + month − 1) and its estimate mark. */
export interface MonthHeader {
  readonly month: number;
  readonly estimated: boolean;
}

const MARK = '(?:ước(?: tính| thực hiện| th)?|uth|ưth|est\\.?|estimated?)';
/** a mark before the month: `Ước T12/2017`, `(ước) Tháng 12/2017`, `UTH: 12/2017` */
const LEADING = new RegExp(`^(?:\\(\\s*${MARK}\\s*\\)|${MARK})\\s*[-–:]?\\s+`, 'u');
/** a mark after the month: `Tháng 12/2017 (ước)`, `T12/2017 UTH`, `2017-12 - est.` */
const TRAILING = new RegExp(`(?:\\s+[-–]?\\s*|\\s*)(?:\\(\\s*${MARK}\\s*\\)|(?<=\\s)${MARK})$`, 'u');

/**
 * The month and estimate mark of a header cell, or `undefined` when it names no month.
 *
 * @example
 * ```ts
 * readMonthHeader({ kind: 'text', value: 'Tháng 12/2017 (ước)' }); // { month: 24215, estimated: true }
 * ```
 */
export function readMonthHeader(cell: GridCell | undefined): MonthHeader | undefined {
  if (!cell) return undefined;
  if (cell.kind === 'number') {
    const m = numberMonth(cell);
    return m === undefined ? undefined : { month: m, estimated: false };
  }
  if (cell.kind !== 'text') return undefined;
  const t = cell.value.trim();
  // every board sheet repeats the same month headers: each text is read once
  const code = TEXT_HEADERS.of(t, textHeaderCode);
  return code < 0 ? undefined : { month: code >> 1, estimated: (code & 1) === 1 };
}

/** Header texts already read: month × 2 + 1 when estimated, -1 when the text names no month. */
const TEXT_HEADERS = new KeptResults<number>(4096, 64);

/** A trimmed header text as month × 2 (+ 1 when it carries an estimate mark), or -1. */
function textHeaderCode(t: string): number {
  const plain = textMonth(t);
  if (plain !== undefined) return plain * 2;
  // only text that holds a mark is looked at again: an unmarked header reads exactly as before
  if (t.length > 60) return -1;
  const lower = t.normalize('NFC').toLowerCase();
  const rest = lower.replace(LEADING, '');
  const stripped = rest !== lower ? rest : lower.replace(TRAILING, '');
  if (stripped === lower) return -1;
  const m = textMonth(stripped.trim());
  return m === undefined ? -1 : m * 2 + 1;
}

function numberMonth(cell: GridCell): number | undefined {
  const dated = cell.format === undefined ? plausibleSerial(cell.value) : isDateFormat(cell.format);
  if (!dated) return undefined;
  const m = serialToMonth(cell.value);
  return m === undefined ? undefined : monthTextIndex(m);
}

function textMonth(t: string): number | undefined {
  if (t.length < 6 || t.length > 40) return undefined;
  const fast = fastMonth(t);
  if (fast !== undefined) return fast;
  // cheap precheck: a month header has a 4-digit year
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 5) return undefined;
  try {
    const p = parsePeriod(t);
    return p.kind === 'month' ? monthIndex(p) : undefined;
  } catch {
    return undefined;
  }
}

const digitAt = (t: string, i: number): number => {
  const c = t.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** `2017-01`, `01/2017`, `1/2017`, `T1/2017` and `Tháng 1/2017` without the general period parser (the common header forms). */
function fastMonth(t0: string): number | undefined {
  let t = t0;
  // `Tháng ` (NFC, any case) or `T` before M/YYYY
  if (t.length > 8 && (t.charCodeAt(0) | 32) === 116 && (t.charCodeAt(1) | 32) === 104 && t.charCodeAt(5) === 32 && t.slice(0, 5).toLowerCase() === 'tháng') t = t.slice(6);
  else if ((t.charCodeAt(0) | 32) === 116 && digitAt(t, 1) >= 0) t = t.slice(1);
  let y: number;
  let m: number;
  if (t.length === 7 && t.charCodeAt(4) === 45) return monthTextIndex(t);
  if ((t.length === 7 || t.length === 6) && t.charCodeAt(t.length - 5) === 47) {
    const o = t.length - 4;
    if (digitAt(t, o) < 0 || digitAt(t, o + 1) < 0 || digitAt(t, o + 2) < 0 || digitAt(t, o + 3) < 0) return undefined;
    y = digitAt(t, o) * 1000 + digitAt(t, o + 1) * 100 + digitAt(t, o + 2) * 10 + digitAt(t, o + 3);
    if (t.length === 7) {
      if (digitAt(t, 0) < 0 || digitAt(t, 1) < 0) return undefined;
      m = digitAt(t, 0) * 10 + digitAt(t, 1);
    } else {
      if (digitAt(t, 0) < 0) return undefined;
      m = digitAt(t, 0);
    }
  } else return undefined;
  if (m < 1 || m > 12 || y < 1900 || y > 2999) return undefined;
  return y * 12 + m - 1;
}

/** Without a number format (some readers give none), an integer serial of 1950-2100 is taken as a date. */
function plausibleSerial(v: string): boolean {
  if (v.length !== 5) return false;
  for (let i = 0; i < 5; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return v >= '18264' && v <= '73415';
}
