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
  /** merged ranges in A1 form */
  readonly merges?: readonly string[];
  /** rows and columns kept in view */
  readonly freeze?: { readonly rows: number; readonly cols: number };
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
