import type { DecimalString } from '../decimal/public.js';
import type { Catalogue } from '../indicator/types.js';
import type { Period } from '../period/types.js';
import type { UnitCode } from '../unit/units.js';

/** The measures of format 1, in report order. */
export const MEASURES = ['value', 'ytd', 'same_period_last_year', 'vs_last_year_pct', 'target', 'ytd_target_pct', 'cumulative'] as const;

/**
 * - `value`: the period itself; `ytd`: January through the period's end (lũy kế từ đầu năm);
 * - `same_period_last_year`: `value` a year earlier; `vs_last_year_pct`: value / that × 100;
 * - `target`: the year's target; `ytd_target_pct`: ytd / target × 100;
 * - `cumulative`: a flow's opening plus every month through the period's end; a stock's value.
 */
export type Measure = (typeof MEASURES)[number];

/** The board code that stands for all boards together. */
export const ALL = 'ALL';

/**
 * `ok`: a number; `missing`: an input it needs was not reported (see `missing`);
 * `undefined`: a division by zero (not an error, not zero);
 * `no-plan`: a `target` or `ytd_target_pct` of an indicator for which no board has a target in
 * the year: it has no plan, which is not a gap (no `missing`; shown empty or as "—"). When some
 * boards have a target and others lack one, the lacking boards' and `ALL`'s are `missing` instead,
 * naming the boards without one.
 */
export type RowStatus = 'ok' | 'missing' | 'undefined' | 'no-plan';

/** One input a value needed and did not get. */
export interface MissingItem {
  readonly board: string;
  readonly indicator: string;
  /** `month`: that month was not reported; `target`: no target for that year; `history`: no month reported up to the period's end */
  readonly what: 'month' | 'target' | 'history';
  readonly month?: string;
  readonly year?: number;
}

/** What a missing value lacked: the exact count and the first items (at most {@link MISSING_ITEMS_CAP}). */
export interface MissingSummary {
  readonly count: number;
  readonly items: readonly MissingItem[];
}

export const MISSING_ITEMS_CAP = 20;

/** One consolidated figure. */
export interface ConsolidatedRow {
  readonly indicator: string;
  /** a board code or `ALL` */
  readonly board: string;
  readonly measure: Measure;
  /** exact decimal text (rounded once for ratios and percentages), or null when not a number */
  readonly value: DecimalString | null;
  readonly unit: UnitCode;
  readonly status: RowStatus;
  /** present when status is `missing` */
  readonly missing?: MissingSummary;
  /** true when a value it used is still an estimate (ước tính) */
  readonly estimated?: boolean;
}

/** What {@link consolidate} is asked. */
export interface ConsolidateOptions {
  /** the period: a Period or its text (`2017-Q4`, `Quý IV/2017`, ...) */
  readonly period: Period | string;
  /** default: the built-in catalogue */
  readonly catalogue?: Catalogue;
  /** boards reported and summed into `ALL`, in order; default: every board of the set */
  readonly boards?: readonly string[];
  /** indicators reported, in order; default: every catalogue indicator */
  readonly indicators?: readonly string[];
  /** measures reported; default: all that apply */
  readonly measures?: readonly Measure[];
  /** leave out the `ALL` rows */
  readonly withoutAll?: boolean;
}

/** The result of {@link consolidate}. */
export interface Consolidation {
  /** canonical period text */
  readonly period: string;
  readonly boards: readonly string[];
  readonly indicators: readonly string[];
  /** indicator by indicator (catalogue order), board by board then ALL, measure by measure */
  readonly rows: readonly ConsolidatedRow[];
}
