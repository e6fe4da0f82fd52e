import type { UnitCode } from '../unit/units.js';

/** How an indicator behaves over time. */
export type IndicatorKind = 'flow' | 'stock' | 'ratio';

/**
 * One indicator of a catalogue.
 * - `flow`: happens during a month; a longer period is the sum of its months.
 * - `stock`: a level at the end of a month; a longer period takes its last month.
 * - `ratio`: `numerator / denominator` (two flow or stock codes), × 100 when the unit is `%`,
 *   always recomputed from its parts, rounded to `decimals`.
 */
export interface Indicator {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly unit: UnitCode;
  readonly kind: IndicatorKind;
  readonly numerator?: string;
  readonly denominator?: string;
  /** places a ratio is rounded to (default 2) */
  readonly decimals: number;
}

/** A validated set of indicators, in their catalogue order. */
export interface Catalogue {
  readonly indicators: readonly Indicator[];
}
