/** The year of a `Targets` row: a number, or text such as `2017` or `Năm 2017` (period text). */
import { parse as parsePeriod } from '../../period/parse.js';
import type { GridCell } from '../grid.js';

/** The year in a target row's year cell, 1900-2999; undefined when it holds none. */
export function targetYearOf(cell: GridCell | undefined): number | undefined {
  if (!cell) return undefined;
  const t = cell.kind === 'number' || cell.kind === 'text' ? cell.value.trim() : '';
  try {
    const p = parsePeriod(t);
    return p.kind === 'year' ? p.year : undefined;
  } catch {
    return undefined;
  }
}
