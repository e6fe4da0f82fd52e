/**
 * Outliers and unit slips in one board's monthly series (DHIS2's modified z-score, exact).
 */
import type { DecimalString } from '../decimal/public.js';
import { parseScaled, rescale, type Scaled } from '../decimal/scaled.js';
import { HoptacError } from '../errors.js';
import { scan, type ScanHit, type SeriesKind } from './scan.js';

/** A month found unusual by {@link findOutliers}. */
export interface Outlier extends Omit<ScanHit, 'slot'> {
  /** its position in the series given */
  readonly index: number;
}

/** Options of {@link findOutliers}. */
export interface FindOutliersOptions {
  /** `flow` (default): months are compared by their values; `stock`: by their month-to-month changes */
  readonly kind?: SeriesKind;
  /** report an outlier within ±10 % of 10^k × the median (k = ±3, ±6) as a `unit-slip` (default true) */
  readonly unitSlip?: boolean;
}

/**
 * Finds the months of one series (consecutive months; `null` or `undefined` for a month not
 * reported) that are unusual against the series' own trailing 24 months, exactly.
 *
 * - A month is checked when at least 12 of the 24 months before it have a value (for a stock: a
 *   change, which needs the month and the one before). Flows are compared by value, stocks by
 *   their month-to-month change.
 * - It is an `outlier` when its modified z-score |0.6745·(x − median)/MAD| exceeds 3.5 (Iglewicz
 *   and Hoaglin). When the MAD is zero the mean absolute deviation takes its place (with 0.7979 for
 *   0.6745); when that is zero too the history is flat and the month is not checked.
 * - An outlier whose value (a stock's level) is within ±10 % of 10^k times the median of the
 *   trailing values (levels), k = ±3 or ±6, is a `unit-slip`: thousands or millions typed in the
 *   wrong unit. A slip is left out of the history of later months.
 * - `low`–`high` is the usual range (the values that would not be outliers), rounded to the
 *   series' decimal places. Every comparison is exact, on integers; no float touches a value.
 *
 * Laws (property-tested): multiplying a series by a non-zero exact decimal changes no finding;
 * with `unitSlip: false`, adding a constant to it changes no finding either.
 *
 * @example
 * ```ts
 * import { findOutliers } from 'hoptac';
 * const capital = ['12.5', '14', '13.2', '15', '12.8', '13.9', '14.4', '12.1', '13.5', '14.8', '13', '12.6', '13800'];
 * findOutliers(capital).map((o) => [o.index, o.kind, o.exponent]); // [[12, 'unit-slip', 3]]
 * ```
 */
export function findOutliers(values: readonly (DecimalString | null | undefined)[], options: FindOutliersOptions = {}): Outlier[] {
  const parsed: (Scaled | undefined)[] = values.map((v) => {
    if (v === null || v === undefined) return undefined;
    const d = typeof v === 'string' ? parseScaled(v.trim()) : undefined;
    if (d === undefined) throw new HoptacError('invalid-decimal', { text: String(v).slice(0, 60) });
    return d;
  });
  let scale = 0;
  for (const d of parsed) if (d !== undefined && d.scale > scale) scale = d.scale;
  const ints = parsed.map((d) => (d === undefined ? 0n : rescale(d, scale)));
  const present = parsed.map((d) => d !== undefined);
  return scan({ present, ints, scale, kind: options.kind ?? 'flow', ...(options.unitSlip === undefined ? {} : { unitSlip: options.unitSlip }) }).map(
    ({ slot, ...rest }) => Object.freeze({ index: slot, ...rest }),
  );
}
