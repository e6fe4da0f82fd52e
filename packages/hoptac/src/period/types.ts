/** A calendar month: `2017-12`. */
export interface MonthPeriod {
  readonly kind: 'month';
  readonly year: number;
  readonly month: number;
}
/** A calendar quarter: `2017-Q4`. */
export interface QuarterPeriod {
  readonly kind: 'quarter';
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}
/** A half year: `2017-H1`. */
export interface HalfPeriod {
  readonly kind: 'half';
  readonly year: number;
  readonly half: 1 | 2;
}
/** A calendar year: `2017`. */
export interface YearPeriod {
  readonly kind: 'year';
  readonly year: number;
}
/** Any run of whole months, e.g. a program's period: `2016/2018` or `2016-07/2018-06`. */
export interface SpanPeriod {
  readonly kind: 'span';
  readonly from: MonthPeriod;
  readonly to: MonthPeriod;
}

/**
 * A reporting period: plain, immutable calendar data (never a Date). Its canonical text is
 * {@link toString}'s: `2017-12`, `2017-Q4`, `2017-H1`, `2017`, `2016/2018`, `2016-07/2018-06`.
 */
export type Period = MonthPeriod | QuarterPeriod | HalfPeriod | YearPeriod | SpanPeriod;

export type PeriodKind = Period['kind'];

/** Years hoptac accepts: wide enough for any board's history, narrow enough to catch typos. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
