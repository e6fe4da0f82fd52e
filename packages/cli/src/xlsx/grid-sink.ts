/**
 * The receiving end of the reader: a sheet at a time, a cell at a time. The Grid builder, the
 * isolated reader's packer and tests implement it.
 */
import type { GridCell } from 'hoptac/workbook';

/**
 * Receives a workbook as it is read: one `sheet` call per sheet in tab order (returning where its
 * cells go), then `endSheet` with what the sheet holds besides cells.
 */
export interface GridSink {
  sheet(name: string, state: 'visible' | 'hidden' | 'veryHidden'): CellSink;
  /** `withoutPart`: the workbook lists the sheet without a part (no `r:id`); it had no cells */
  endSheet(hiddenRows: readonly number[], merges: readonly string[], withoutPart?: boolean): void;
}

/** One cell: 0-based row and column, and the GridCell fields (`kind` as in {@link GridCell}). */
export type CellSink = (row: number, col: number, kind: GridCell['kind'], value: string, format: string | undefined, formula: string | undefined, noCachedValue: boolean, raw: string | undefined) => void;
