/** Merged cells over the data of a board sheet's indicator rows: each is a `merged-cell` finding. */
import { parseA1 } from '../grid.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import type { BoardSheetColumns } from './month-columns.js';

/** Reports each merge that covers an opening or month cell of one of `indicatorRows`. */
export function checkMergedCells(ctx: ReadContext, role: SheetRole, layout: BoardSheetColumns, indicatorRows: readonly number[]): void {
  const { sheet, idx } = role;
  if (sheet.merges === undefined || sheet.merges.length === 0 || indicatorRows.length === 0) return;
  const { openingCol, lastFixed, lastMonthCol, headerRow: hr } = layout;
  const c0 = openingCol >= 0 ? Math.min(openingCol, lastFixed + 1) : lastFixed + 1;
  const rowSet = new Set(indicatorRows);
  for (const range of sheet.merges) {
    const [from, to] = range.split(':');
    const a = from === undefined ? undefined : parseA1(from);
    const b = to === undefined ? a : parseA1(to);
    if (a === undefined || b === undefined) continue;
    const rLo = Math.min(a.row, b.row);
    const rHi = Math.max(a.row, b.row);
    const cLo = Math.min(a.col, b.col);
    const cHi = Math.max(a.col, b.col);
    if (cHi < c0 || cLo > lastMonthCol || rHi <= hr) continue;
    let hit = false;
    for (let r = Math.max(rLo, hr + 1); r <= rHi && !hit; r++) hit = rowSet.has(r);
    if (hit) flag(ctx, 'merged-cell', 'merged-cell', placeAt(idx, sheet, rLo, cLo), { range });
  }
}
