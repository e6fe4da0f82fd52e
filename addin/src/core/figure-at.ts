/**
 * The figure a cell of `Tổng hợp` holds: the inverse of the library's `summaryPosition`, so the
 * pane can say where a selected figure comes from.
 */
import { ALL, MEASURES } from 'hoptac';
import type { Consolidation, FigureRef } from 'hoptac';
import { SUMMARY_FIRST_DATA_ROW, SUMMARY_FIRST_FIGURE_COL } from 'hoptac/workbook';

/**
 * The figure at a 0-based row and column of `Tổng hợp`, or undefined for a cell that holds none
 * (titles, headers, names, units, notes).
 *
 * @example
 * ```ts
 * figureAt(consolidation, 6, 6); // { indicator: 'fdi_projects_new', board: 'ALL', measure: 'value' } with 3 boards
 * ```
 */
export function figureAt(consolidation: Consolidation, row: number, col: number): FigureRef | undefined {
  const indicator = consolidation.indicators[row - SUMMARY_FIRST_DATA_ROW];
  const width = consolidation.boards.length + 1;
  const offset = col - SUMMARY_FIRST_FIGURE_COL;
  if (indicator === undefined || offset < 0) return undefined;
  const measure = MEASURES[Math.floor(offset / width)];
  if (measure === undefined) return undefined;
  const b = offset % width;
  return { indicator, board: b === consolidation.boards.length ? ALL : consolidation.boards[b]!, measure };
}
