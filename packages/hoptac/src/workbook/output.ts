/**
 * Sheets hoptac writes (the consolidated report and the findings), as plain data. The command line
 * writes them into a new .xlsx file, the add-in into Excel: both from this one description.
 */
import { significantDigits } from '../decimal/public.js';
import type { DecimalString } from '../decimal/public.js';

/** The name of the consolidated report sheet hoptac owns. */
export const SUMMARY_SHEET = 'Tổng hợp';
/** The name of the findings sheet hoptac owns. */
export const FINDINGS_SHEET = 'Kiểm tra';

/** One cell to write. Text is always written as text (never as a formula), numbers as numbers. */
export type OutputCell =
  | {
      readonly kind: 'text';
      readonly value: string;
      readonly bold?: boolean;
      /** a place in the workbook this cell points to (a finding's cell) */
      readonly link?: { readonly sheet: string; readonly cell?: string };
      /** wrap the text within the column's width (the row grows), rather than run over the cells to its right */
      readonly wrap?: boolean;
    }
  | {
      readonly kind: 'number';
      readonly value: DecimalString;
      /** Excel number format code, e.g. `#,##0.00` */
      readonly format?: string;
      readonly bold?: boolean;
    }
  | undefined;

/** A whole sheet to write. */
export interface OutputSheet {
  readonly name: string;
  readonly rows: readonly (readonly OutputCell[])[];
  /** column widths in characters */
  readonly columnWidths?: readonly number[];
  /** row heights in points, by 0-based row (absent or undefined: the default height) */
  readonly rowHeights?: readonly (number | undefined)[];
  /** merged ranges in A1 form */
  readonly merges?: readonly string[];
  /** rows and columns kept in view */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** how the sheet prints (absent: the application's defaults) */
  readonly print?: OutputPrint;
}

/**
 * How a sheet prints: the paper, the orientation, a fit to pages wide (any number tall), rows
 * repeated at the top of every page, and a footer. Both writers (the command's .xlsx writer and
 * the add-in) write the same settings.
 */
export interface OutputPrint {
  /** the paper: A4 only for now (Excel's paper size 9) */
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** pages wide the sheet is scaled to fit (pages tall are not limited) */
  readonly fitToPagesWide: number;
  /** 0-based first and last row repeated at the top of every printed page (print titles) */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /**
   * the footer's left, centre and right parts, in Excel's header/footer codes (`&P` the page
   * number, `&N` the number of pages, `&&` a literal `&`)
   */
  readonly footer?: { readonly left?: string; readonly center?: string; readonly right?: string };
}

/**
 * True when Excel can hold the decimal as a number without losing a digit (at most 15 significant
 * digits). Writers put other values in as text, so no digit is lost.
 *
 * @example
 * ```ts
 * import { fitsExcelNumber } from 'hoptac/workbook';
 * fitsExcelNumber('1234.5');               // true
 * fitsExcelNumber('12345678901234567.5');  // false
 * ```
 */
export function fitsExcelNumber(value: DecimalString): boolean {
  return significantDigits(value) <= 15;
}

/** The most characters (UTF-16 code units) an Excel cell can hold. */
export const EXCEL_MAX_CELL_TEXT = 32767;

/**
 * The text cut to what an Excel cell can hold: unchanged when it fits, otherwise its first
 * 32,766 characters (never half of a surrogate pair) followed by `…`, so the cut shows.
 *
 * @example
 * ```ts
 * import { fitCellText } from 'hoptac/workbook';
 * fitCellText('Đồng Nai');                   // 'Đồng Nai'
 * fitCellText('x'.repeat(40_000)).length;    // 32767
 * fitCellText('x'.repeat(40_000)).endsWith('…'); // true
 * ```
 */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_MAX_CELL_TEXT) return text;
  let end = EXCEL_MAX_CELL_TEXT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
