import type { DecimalString } from '../decimal/public.js';
import type { MonthPeriod } from '../period/types.js';

/** Where a value came from: a workbook sheet and cell (A1), or any label of the caller's. */
export interface Source {
  readonly sheet: string;
  readonly cell?: string;
}

/** Whether a value is a first estimate (ước tính) or final (chính thức). */
export type ObservationStatus = 'final' | 'estimated';

/**
 * One board's value of one indicator for one month, in the indicator's catalogue unit.
 * `value: null` means the board was asked and left it blank: missing, never zero.
 * A month that was never added is missing too.
 */
export interface ObservationInput {
  readonly board: string;
  readonly indicator: string;
  /** `'2017-03'` or a month period */
  readonly month: string | MonthPeriod;
  readonly value: DecimalString | null;
  readonly source?: Source;
  readonly status?: ObservationStatus;
}

/** A run of consecutive months of one board and indicator, e.g. one row of a board sheet. */
export interface SeriesInput {
  readonly board: string;
  readonly indicator: string;
  /** the month of `values[0]`: `'2017-01'` or a month period */
  readonly start: string | MonthPeriod;
  /** `null`: reported blank (missing); `undefined`: not part of the set */
  readonly values: readonly (DecimalString | null | undefined)[];
  /** where each value came from, by the same index */
  readonly sources?: readonly (Source | undefined)[];
  readonly status?: ObservationStatus;
}

/** A flow's cumulative total before the board's first month (lũy kế đầu kỳ). Absent means no earlier history (zero). */
export interface OpeningInput {
  readonly board: string;
  readonly indicator: string;
  readonly value: DecimalString;
  readonly source?: Source;
}

/** A board's target for an indicator for a calendar year, in the indicator's catalogue unit. */
export interface TargetInput {
  readonly board: string;
  readonly indicator: string;
  readonly year: number;
  readonly value: DecimalString;
  readonly source?: Source;
}

/** One stored observation as read back from a set. */
export interface Observation {
  readonly board: string;
  readonly indicator: string;
  readonly month: string;
  readonly value: DecimalString | null;
  readonly source?: Source;
  readonly status: ObservationStatus;
}
