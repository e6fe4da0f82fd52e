/** Small pure questions about Grid cells and rows, shared by the steps of the read. */
import type { GridCell, GridSheet } from '../grid.js';

/** The text of a cell as a label (numbers as their decimal, other kinds blank). */
export function labelOf(cell: GridCell | undefined): string {
  if (cell === undefined || cell === null) return '';
  return cell.kind === 'text' || cell.kind === 'number' ? cell.value : '';
}

/** Nothing in the cell: no cell, an empty one with its cached value, or blank text. */
export function isBlankCell(cell: GridCell | undefined): boolean {
  if (cell === undefined || cell === null || cell.kind === 'empty') return cell?.noCachedValue !== true;
  return cell.kind === 'text' && cell.value.trim() === '';
}

/** Letters, digits and `_` only: the shape of a code, not of a heading or a note. */
export function isCodeShaped(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

/** A Roman numeral such as a section number `IV`. */
export const ROMAN_NUMERAL = /^[IVXLC]+$/;

/** True when some cell below the header row in column `col` is not blank. */
export function columnHasValues(sheet: GridSheet, headerRow: number, col: number): boolean {
  for (let r = headerRow + 1; r < sheet.rows.length; r++) if (!isBlankCell(sheet.rows[r]?.[col])) return true;
  return false;
}

/** True when the row has something in its opening column or one of its month columns. */
export function rowHasValues(row: ReadonlyArray<GridCell | undefined>, cols: ArrayLike<number>, openingCol: number): boolean {
  if (openingCol >= 0 && !isBlankCell(row[openingCol])) return true;
  for (let i = 0; i < cols.length; i++) if (!isBlankCell(row[cols[i]!])) return true;
  return false;
}

