/**
 * The number formats of the summary sheet (`Tổng hợp`): one format per indicator row, with as many
 * decimals as that row's most precise figure, padded on the right (Excel's `_0`, a space as wide
 * as a digit) to the most decimals of any row, so the decimal points of a column line up from row
 * to row. Percentages (of last year, of plan) always show 2 decimals. The stored values stay
 * exact: a format only displays them.
 */
import type { ConsolidatedRow, Measure } from '../consolidate/types.js';

/** The most decimals a format shows (Excel shows at most 15 significant digits anyway). */
const MAX_DECIMALS = 15;

/** True for the measures that are percentages of another figure. */
export const isPercentMeasure = (m: Measure): boolean => m === 'vs_last_year_pct' || m === 'ytd_target_pct';

/** Decimal places of a decimal string: `'29.5978'` → 4, `'296'` → 0. */
export function decimalPlaces(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/**
 * The decimals of an indicator row: the most decimal places of its shown figures (percentages
 * aside), and at least `floor` (a ratio's declared decimals). Only figures that are shown count.
 */
export function rowDecimals(rows: readonly ConsolidatedRow[], floor = 0): number {
  let d = Math.max(0, floor);
  for (const r of rows) if (r.status === 'ok' && r.value !== null && !isPercentMeasure(r.measure)) d = Math.max(d, decimalPlaces(r.value));
  return Math.min(d, MAX_DECIMALS);
}

/**
 * The Excel format of a row with `decimals`, padded to `width` decimals so it lines up with the
 * rows above and below: `#,##0.0_0_0_0` shows 296.7 as `296,7` followed by the width of three
 * digits (in a Vietnamese Excel, `,` and `.` display swapped).
 *
 * @example
 * ```ts
 * alignedFormat(4, 4); // '#,##0.0000'
 * alignedFormat(1, 4); // '#,##0.0_0_0_0'
 * alignedFormat(0, 2); // '#,##0_._0_0'
 * alignedFormat(0, 0); // '#,##0'
 * ```
 */
export function alignedFormat(decimals: number, width: number): string {
  const d = Math.min(Math.max(0, decimals), MAX_DECIMALS);
  const w = Math.min(Math.max(d, width), MAX_DECIMALS);
  const pad = '_0'.repeat(w - d);
  if (d > 0) return `#,##0.${'0'.repeat(d)}${pad}`;
  return w > 0 ? `#,##0_.${pad}` : '#,##0';
}

/** The format of a percentage: always 2 decimals. */
export const PERCENT_FORMAT = '#,##0.00';

/** A format with a mark shown after the number (an estimated figure: ` (ước)`). */
export function markedFormat(format: string, mark: string | undefined): string {
  return mark === undefined ? format : `${format}"${mark.replace(/"/g, '')}"`;
}
