/**
 * The Grid: a workbook as plain sheets of cells. It is the one shape both readers produce (the
 * command line from an .xlsx file, the add-in from Excel ranges), so the same parsing and
 * validation code serves both and they cannot disagree.
 */

/** What a cell holds. */
export type CellKind = 'number' | 'text' | 'boolean' | 'error' | 'empty';

/** One cell. Rows and columns are 0-based in the Grid; findings speak A1. */
export interface GridCell {
  readonly kind: CellKind;
  /**
   * - number: the exact decimal by the one rule of `excelNumberToDecimal` (15 significant digits),
   *   plain digits, no exponent;
   * - text: the text as stored (not trimmed);
   * - boolean: `TRUE` or `FALSE`;
   * - error: the error as Excel shows it (`#REF!`, `#DIV/0!`, `#N/A`, ...);
   * - empty: `''`.
   */
  readonly value: string;
  /** the cell's number format code (`General`, `#,##0.00`, `mm/yyyy`, ...), when known */
  readonly format?: string;
  /** the formula (without `=`), when the cell holds one; its value is the cached result */
  readonly formula?: string;
  /** true when a formula was saved without a cached result (the file was never recalculated) */
  readonly noCachedValue?: boolean;
  /** for numbers: the raw text before the 15-digit rule, when it differs (xlsx files only) */
  readonly raw?: string;
}

/** A cell the file gives more than once: where, and each value given, in file order. */
export interface DuplicateCell {
  /** A1 */
  readonly cell: string;
  readonly values: readonly string[];
}

/** One sheet: rows of cells; `undefined` rows or cells are empty. */
export interface GridSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<GridCell | undefined> | undefined>;
  /** 0-based indexes of hidden rows */
  readonly hiddenRows?: readonly number[];
  /** merged ranges in A1 form (`B3:D3`) */
  readonly merges?: readonly string[];
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  /**
   * cells (A1) the file gives more than once with a value (two `<c r="F3">` elements): neither
   * value is in `rows`, since neither can be trusted (xlsx files only)
   */
  readonly duplicateCells?: readonly DuplicateCell[];
  /**
   * true when the workbook lists the sheet without naming its part (a `<sheet>` without `r:id`,
   * which Excel opens as an empty sheet): `rows` is empty (xlsx files only)
   */
  readonly withoutPart?: boolean;
  /**
   * Present on a sheet read on demand (the command line's reader): drops the sheet's cells, which
   * are read again if asked for. `readWorkbook` calls it once it has read the sheet, so a large
   * workbook is never held whole. A sheet with `release` counts as having rows until they are read.
   */
  readonly release?: () => void;
}

/** A workbook as sheets of cells, in tab order. */
export interface Grid {
  readonly sheets: readonly GridSheet[];
}

/**
 * A1 address of a 0-based row and column: `(0, 0)` is `A1`, `(6, 27)` is `AB7`.
 *
 * @example
 * ```ts
 * import { a1 } from 'hoptac/workbook';
 * a1(6, 27); // 'AB7'
 * ```
 */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/**
 * Column letters of a 0-based column: `0` is `A`, `26` is `AA`.
 *
 * @example
 * ```ts
 * import { columnName } from 'hoptac/workbook';
 * columnName(26); // 'AA'
 * ```
 */
export function columnName(col: number): string {
  let s = '';
  let c = col + 1;
  while (c > 0) {
    const r = (c - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}

/**
 * 0-based row and column of an A1 address (`$` allowed); `undefined` when it is not one.
 *
 * @example
 * ```ts
 * import { parseA1 } from 'hoptac/workbook';
 * parseA1('AB7'); // { row: 6, col: 27 }
 * ```
 */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (m === null) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  if (row < 0 || col < 1 || col > 16384 || row >= 1048576) return undefined;
  return { row, col: col - 1 };
}
