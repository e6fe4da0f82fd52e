/**
 * The outlier method's constants, one place (Iglewicz and Hoaglin's modified z-score).
 *
 * A month is an outlier when |c · (x − median) / D| > 3.5, with D the median absolute deviation
 * (MAD) and c = 0.6745; when the MAD is zero (more than half the history is one value), D is the
 * mean absolute deviation and c = 0.7979 (√(2/π) to four places: the constant that makes the mean
 * absolute deviation comparable to a standard deviation, as 0.6745 does for the MAD; IBM SPSS's
 * form of the same fallback). When that is zero too, the history is flat and the month is not
 * checked. Every comparison is made on integers: |c·(x − m)| > 3.5·D with c and 3.5 × 10^4.
 */
/** months of history a month is checked against (the trailing window, the month itself excluded) */
export const WINDOW = 24;
/** values the window must hold for a check */
export const MIN_HISTORY = 12;
/** 0.6745 × 10^4 */
export const C_MAD = 6745;
/** 0.7979 × 10^4 */
export const C_MEAN = 7979;
/** 3.5 × 10^4 */
export const THRESHOLD = 35000;
/** a unit slip: within ±10 % of 10^k × the median, for these k */
export const SLIP_EXPONENTS: readonly number[] = [3, 6, -3, -6];
