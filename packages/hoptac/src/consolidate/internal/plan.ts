/**
 * Whether an indicator has an annual plan: at least one of the consolidated boards has a target
 * for it in the year. Without one, the indicator has no plan (`no-plan`), which is not a gap; with
 * one, a board that lacks its target is missing. One answer for `consolidate` and `explain`.
 *
 * This file is the folder's entry: consolidate/internal/ holds the consolidation's private helpers
 * (whether a plan exists, exact sums of decimal text); only consolidate/ may import them.
 */
import type { SetInternals } from '../../observation/internals.js';

/**
 * True when a board of `boardIdx` (positions in the set's boards; -1 for a board with no data)
 * has a target for indicator position `ii` in `year`.
 */
export function indicatorHasPlan(s: SetInternals, boardIdx: readonly number[], ii: number, year: number): boolean {
  if (ii < 0) return false;
  for (const bi of boardIdx) if (bi >= 0 && s.targets.has(`${bi}|${ii}|${year}`)) return true;
  return false;
}
