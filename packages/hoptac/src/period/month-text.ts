/**
 * Month text: the canonical `YYYY-MM` form (years 1900-2999) every month travels in. One reader,
 * without allocation, for the hot paths (board-sheet headers, observations, snapshots, dates).
 * Looser forms (`2017-1`, `T1/2017`, `Tháng 1/2017`) are period text: see parse.ts.
 */
import { MAX_YEAR, MIN_YEAR } from './types.js';

/** The month index (`year × 12 + month − 1`) of canonical `YYYY-MM` text; undefined for anything else. */
export function monthTextIndex(text: string): number | undefined {
  if (typeof text !== 'string' || text.length !== 7 || text.charCodeAt(4) !== 45) return undefined;
  const d0 = text.charCodeAt(0) - 48;
  const d1 = text.charCodeAt(1) - 48;
  const d2 = text.charCodeAt(2) - 48;
  const d3 = text.charCodeAt(3) - 48;
  const d5 = text.charCodeAt(5) - 48;
  const d6 = text.charCodeAt(6) - 48;
  if (!(d0 >>> 0 <= 9 && d1 >>> 0 <= 9 && d2 >>> 0 <= 9 && d3 >>> 0 <= 9 && d5 >>> 0 <= 9 && d6 >>> 0 <= 9)) return undefined;
  const y = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const m = d5 * 10 + d6;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12) return undefined;
  return y * 12 + m - 1;
}

/** True for canonical `YYYY-MM` text of a real month (01-12) in years 1900-2999. */
export function isMonthText(text: string): boolean {
  return monthTextIndex(text) !== undefined;
}
