/**
 * What the chosen period's own figures lack: the `value` rows (each board and the total) that are
 * missing or undefined, as the consolidation says, with their reasons. Figures of other measures
 * (year to date, last year, plan) are in `Tổng hợp` and its notes.
 */
import type { ConsolidatedRow, Consolidation } from 'hoptac';

export interface PeriodGaps {
  /** `value` rows the consolidation could not make because an input is not reported */
  readonly missing: readonly ConsolidatedRow[];
  /** `value` rows that are a division by zero */
  readonly undefined: readonly ConsolidatedRow[];
}

/**
 * The period's missing and undefined figures.
 *
 * @example
 * ```ts
 * periodGaps(consolidation).missing.length; // 2 when BP's exports and so the total are missing
 * ```
 */
export function periodGaps(c: Consolidation): PeriodGaps {
  const own = c.rows.filter((r) => r.measure === 'value');
  return { missing: own.filter((r) => r.status === 'missing'), undefined: own.filter((r) => r.status === 'undefined') };
}
