/**
 * The Grid's objects, built as the reader emits cells: one {@link GridSheet} per sheet, cells placed
 * by row and column, a cell given twice taken out and reported.
 */
import { a1 } from 'hoptac/workbook';
import type { DuplicateCell, Grid, GridCell, GridSheet } from 'hoptac/workbook';
import type { CellSink, GridSink } from './grid-sink.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Builds the Grid's objects. */
export class GridBuilder implements GridSink {
  private readonly sheets: GridSheet[] = [];
  private rows: (GridCell | undefined)[][] = [];
  private name = '';
  private state: 'visible' | 'hidden' | 'veryHidden' = 'visible';
  private dups = new CellPlacer([]);

  sheet(name: string, state: 'visible' | 'hidden' | 'veryHidden'): CellSink {
    const rows: (GridCell | undefined)[][] = [];
    this.rows = rows;
    this.name = name;
    this.state = state;
    const placer = new CellPlacer(rows);
    this.dups = placer;
    return (row, col, kind, value, format, formula, noCachedValue, raw) => placer.place(row, col, makeGridCell(kind, value, format, formula, noCachedValue, raw));
  }

  endSheet(hiddenRows: readonly number[], merges: readonly string[], withoutPart = false): void {
    const sheet: Mutable<GridSheet> = { name: this.name, rows: this.rows, state: this.state };
    if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
    if (merges.length > 0) sheet.merges = merges;
    const dups = this.dups.duplicates();
    if (dups.length > 0) sheet.duplicateCells = dups;
    if (withoutPart) sheet.withoutPart = true;
    this.sheets.push(sheet);
  }

  grid(): Grid {
    return { sheets: this.sheets };
  }
}

/**
 * Puts cells into a sheet's rows. A cell the file gives twice (two `<c r="F3">`, which Excel never
 * writes) is taken out: neither value can be trusted, so the figure is missing, and the place is
 * reported (`duplicateCells`, with every value given).
 */
export class CellPlacer {
  private curRow = -1;
  private cur: (GridCell | undefined)[] = [];
  private dups: Map<number, { cell: string; values: string[] }> | undefined;
  constructor(private readonly rows: (GridCell | undefined)[][]) {}

  place(row: number, col: number, cell: GridCell): void {
    if (row !== this.curRow) {
      this.curRow = row;
      this.cur = this.rows[row] ?? (this.rows[row] = []);
    }
    const before = this.cur[col];
    if (before === undefined) {
      const seen = this.dups?.get(row * 16384 + col);
      if (seen === undefined) this.cur[col] = cell;
      else seen.values.push(cell.value);
      return;
    }
    this.dups ??= new Map();
    this.dups.set(row * 16384 + col, { cell: a1(row, col), values: [before.value, cell.value] });
    this.cur[col] = undefined;
  }

  /** The cells given more than once, in file order of their second copy. */
  duplicates(): DuplicateCell[] {
    return this.dups === undefined ? [] : [...this.dups.values()];
  }
}

/** One GridCell, with only the fields that are set (a few fixed shapes, so V8 keeps them fast). */
export function makeGridCell(kind: GridCell['kind'], value: string, format: string | undefined, formula: string | undefined, noCachedValue: boolean, raw: string | undefined): GridCell {
  if (format !== undefined && formula === undefined && raw === undefined) return { kind, value, format };
  const cell: Mutable<GridCell> = { kind, value };
  if (format !== undefined) cell.format = format;
  if (formula !== undefined) cell.formula = formula;
  if (noCachedValue) cell.noCachedValue = true;
  if (raw !== undefined) cell.raw = raw;
  return cell;
}
