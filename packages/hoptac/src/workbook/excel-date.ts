/**
 * Excel dates: recognising a date number format, and the month of a serial date (1900 date
 * system) with integer arithmetic only.
 */
import { civilFromDays } from '../internal/civil.js';

const DATE_FORMAT_CACHE = new Map<string, boolean>();

/**
 * True when an Excel number format code shows a date or time (`mm/yyyy`, `d-mmm-yy`,
 * `[$-42A]mmmm yyyy`, `h:mm`, ...), by Excel's rules: `d`, `m`, `y`, `h` or `s` in the first section
 * (the one positive numbers use), and the elapsed-time brackets `[h]`, `[mm]`, `[ss]`. Quoted text,
 * `\`-escaped characters, `_`/`*` fillers and other brackets (colours `[Red]`, conditions `[<100]`,
 * locales `[$-42A]`) do not count; `General` and number formats are not dates. The one definition:
 * the command's .xlsx reader and the workbook reader both use it.
 *
 * @example
 * ```ts
 * import { isDateFormat } from 'hoptac/workbook';
 * isDateFormat('mm/yyyy');   // true
 * isDateFormat('#,##0.00');  // false
 * ```
 */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === '' || format === 'General' || format === '@') return false;
  const hit = DATE_FORMAT_CACHE.get(format);
  if (hit !== undefined) return hit;
  const result = scanDateFormat(format);
  if (DATE_FORMAT_CACHE.size < 1000) DATE_FORMAT_CACHE.set(format, result);
  return result;
}

const ELAPSED_TIME = /^(?:h+|m+|s+)$/i;

function scanDateFormat(format: string): boolean {
  let inQuote = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (inQuote) {
      if (ch === '"') inQuote = false;
      continue;
    }
    if (ch === '"') inQuote = true;
    else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else if (ch === '[') {
      const end = format.indexOf(']', i);
      if (end < 0) return false;
      if (ELAPSED_TIME.test(format.slice(i + 1, end))) return true;
      i = end;
    } else if (ch === ';') return false; // only the first section decides
    else if ('dDmMyYhHsS'.includes(ch)) return true;
  }
  return false;
}


/**
 * The month (canonical `YYYY-MM`) of an Excel serial date in the 1900 date system, given as the
 * cell's decimal text; the time of day is ignored. Serial 60 is Excel's phantom 29 February 1900.
 * `undefined` when it is not a serial of years 1900-2999.
 *
 * @example
 * ```ts
 * import { serialToMonth } from 'hoptac/workbook';
 * serialToMonth('42736');     // '2017-01' (1 January 2017)
 * serialToMonth('43100.75');  // '2017-12'
 * ```
 */
export function serialToMonth(serial: string): string | undefined {
  const dot = serial.indexOf('.');
  const intText = dot < 0 ? serial : serial.slice(0, dot);
  if (intText.length === 0 || intText.length > 7) return undefined;
  for (let i = 0; i < intText.length; i++) {
    const c = intText.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const days = Number(intText); // an integer of at most 7 digits: exact
  if (days < 1) return undefined;
  let year: number;
  let month: number;
  if (days === 60) {
    year = 1900;
    month = 2;
  } else {
    // serial 1 is 1900-01-01; after the phantom leap day, serial n is 1899-12-30 + n days
    const offset = days < 60 ? days - 1 : days - 2; // days after 1900-01-01
    ({ year, month } = civilFromDays(offset - 25567)); // 1900-01-01 is day -25567 from 1970-01-01
  }
  if (year < 1900 || year > 2999) return undefined;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}
