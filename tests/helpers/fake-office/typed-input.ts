/**
 * What Excel makes of a string written to a range's `values`: the same as if it were typed into the
 * cell, read the en-US way whatever the user's locale (Range.values is not localised; see
 * OfficeDev/office-js#1559). `TRUE` becomes a boolean, `1,234` 1234, `(5)` -5, `50%` 0.5 (shown
 * `0%`), `$5` 5, `1E3` 1000, `2017-12-31` and `12/31/2017` dates, `12/2017` and `2017-12` the first
 * of the month, `1/2` the 2nd of January of this year, `10:30` a time, `#N/A` an error, `=...` (or
 * `+x`, `-x`, `@x`) a formula, and a leading `'` keeps the rest as text. Beyond 15 significant
 * digits Excel keeps 15 and puts zeros after them. A cell formatted as text (`@`) takes any string
 * as it is: the caller checks that first.
 */

export type TypedInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  /** `format`: the number format Excel gives a General cell for this input, when it gives one */
  | { readonly kind: 'number'; readonly value: number; readonly format?: string }
  | { readonly kind: 'date'; readonly value: number; readonly format: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'formula'; readonly formula: string };

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;

/** Excel's serial day number of a calendar date (the 1900 system, with its phantom 29 Feb 1900). */
export function excelDateSerial(year: number, month: number, day: number): number {
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY_MS;
  return days < 61 ? days - 1 : days;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A two-digit year as Excel reads it: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length > 2 ? n : n < 30 ? 2000 + n : 1900 + n;
}

function monthOf(name: string): number | undefined {
  const k = name.toLowerCase();
  const i = MONTHS.findIndex((m) => k === m || (k.length > 3 && m === k.slice(0, 3) && /^[a-z]+$/.test(k)));
  return i < 0 ? undefined : i + 1;
}

function date(y: number, m: number, d: number, format: string): TypedInput | undefined {
  return validDate(y, m, d) ? { kind: 'date', value: excelDateSerial(y, m, d), format } : undefined;
}

/** Dates and times typed the en-US way; undefined when the text is none. */
function dateInput(s: string, year: number): TypedInput | undefined {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m !== null) return date(Number(m[1]), Number(m[2]), Number(m[3]), 'm/d/yyyy');
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(s);
  if (m !== null) return date(fullYear(m[3]!), Number(m[1]), Number(m[2]), 'm/d/yyyy');
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s) ?? /^(\d{1,2})[-/](\d{4})$/.exec(s);
  if (m !== null) {
    const [y, mo] = m[1]!.length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return date(y, mo, 1, 'mmm-yy');
  }
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m !== null) return date(year, Number(m[1]), Number(m[2]), 'd-mmm');
  m = /^(\d{1,2})[- ]([A-Za-z]{3,9})(?:[- ](\d{2}|\d{4}))?$/.exec(s);
  if (m !== null) {
    const mo = monthOf(m[2]!);
    if (mo === undefined) return undefined;
    return m[3] === undefined ? date(year, mo, Number(m[1]), 'd-mmm') : date(fullYear(m[3]), mo, Number(m[1]), 'd-mmm-yy');
  }
  m = /^([A-Za-z]{3,9})[- ](\d{1,2}|\d{4})$/.exec(s);
  if (m !== null) {
    const mo = monthOf(m[1]!);
    if (mo === undefined) return undefined;
    return m[2]!.length === 4 ? date(Number(m[2]), mo, 1, 'mmm-yy') : date(year, mo, Number(m[2]), 'd-mmm');
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/.exec(s);
  if (m !== null) {
    let h = Number(m[1]);
    const min = Number(m[2]);
    const sec = Number(m[3] ?? '0');
    const half = m[4]?.toUpperCase();
    if (half !== undefined && (h < 1 || h > 12)) return undefined;
    if (half !== undefined) h = (h % 12) + (half === 'P' ? 12 : 0);
    if (h > 23 || min > 59 || sec > 59) return undefined;
    const format = half !== undefined ? 'h:mm AM/PM' : m[3] !== undefined ? 'h:mm:ss' : 'h:mm';
    return { kind: 'date', value: (h * 3600 + min * 60 + sec) / 86400, format };
  }
  return undefined;
}

/** `123.45` with at most 15 significant digits kept, the rest zeros (Excel's precision on entry). */
function fifteenDigits(int: string, frac: string): { int: string; frac: string } {
  const all = int + frac;
  const first = all.search(/[1-9]/);
  if (first < 0 || all.length - first <= 15) return { int, frac };
  const kept = all.slice(0, first + 15) + '0'.repeat(all.length - first - 15);
  return { int: kept.slice(0, int.length), frac: kept.slice(int.length) };
}

/** Numbers typed the en-US way: sign, parentheses, `$`, `%`, thousands commas, exponent. */
function numberInput(s: string): TypedInput | undefined {
  let t = s;
  let negative = false;
  const paren = /^\(.*\)$/.test(t);
  if (paren) t = t.slice(1, -1).trim();
  const sign = /^[+-]/.exec(t);
  if (sign !== null) {
    if (paren) return undefined;
    negative = sign[0] === '-';
    t = t.slice(1).trim();
  }
  const currency = t.startsWith('$');
  if (currency) t = t.slice(1).trim();
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1).trim();
  if (currency && percent) return undefined;
  const grouped = /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(t);
  if (grouped) t = t.replace(/,/g, '');
  const m = /^(\d*)(?:\.(\d*))?(?:[Ee]([+-]?\d+))?$/.exec(t);
  if (m === null || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
  const exponent = m[3];
  if (exponent !== undefined && (grouped || currency || percent)) return undefined;
  const digits = fifteenDigits(m[1]!, m[2] ?? '');
  const value = Number(`${digits.int === '' ? '0' : digits.int}.${digits.frac === '' ? '0' : digits.frac}e${Number(exponent ?? '0') - (percent ? 2 : 0)}`);
  if (!Number.isFinite(value)) return undefined;
  const signed = negative || paren ? -value : value;
  const decimals = (m[2] ?? '') !== '';
  const format = exponent !== undefined ? '0.00E+00' : percent ? (decimals ? '0.00%' : '0%') : currency ? (decimals ? '"$"#,##0.00' : '"$"#,##0') : grouped ? (decimals ? '#,##0.00' : '#,##0') : undefined;
  return { kind: 'number', value: signed === 0 ? 0 : signed, ...(format !== undefined ? { format } : {}) };
}

/**
 * Excel's reading of a string written to a cell that is not formatted as text.
 *
 * @example
 * ```ts
 * excelTypedInput('50%'); // { kind: 'number', value: 0.5, format: '0%' }
 * ```
 */
export function excelTypedInput(raw: string, today: Date = new Date()): TypedInput {
  if (raw === '') return { kind: 'empty' };
  if (raw.startsWith("'")) return { kind: 'text', text: raw.slice(1) };
  const s = raw.trim();
  if (s.startsWith('=')) return { kind: 'formula', formula: s };
  const n = numberInput(s);
  if (n !== undefined) return n;
  if (/^[+\-@]/.test(s)) return { kind: 'formula', formula: `=${s}` };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: s.toLowerCase() === 'true' };
  if (ERRORS.includes(s.toUpperCase())) return { kind: 'error', text: s.toUpperCase() };
  return dateInput(s, today.getFullYear()) ?? { kind: 'text', text: raw };
}
