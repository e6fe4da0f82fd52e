/**
 * Private calendar arithmetic on ISO dates (`2017-12-26`) and months (`2018-12`): plain integers,
 * no `Date`, so no time zone or daylight-saving surprises. Day numbers count days since 1970-01-01
 * in the proleptic Gregorian calendar (Howard Hinnant's civil-date algorithms).
 */
import { civilFromDays, daysFromCivil } from '../../internal/civil.js';
import { monthTextIndex } from '../../period/month-text.js';

/** A calendar date or, when `day` is absent, a whole month (a date known only to the month). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day?: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Reads `YYYY-MM-DD` (or `YYYY-MM` when `allowMonth`); `undefined` when it is not a real date. */
export function parseDate(text: string, allowMonth = false): CalendarDate | undefined {
  if (typeof text !== 'string' || (text.length !== 7 && text.length !== 10)) return undefined;
  const i = monthTextIndex(text.slice(0, 7));
  if (i === undefined) return undefined;
  const year = Math.floor(i / 12);
  const month = (i % 12) + 1;
  if (text.length === 7) return allowMonth ? { year, month } : undefined;
  if (text.charCodeAt(7) !== 45 || !/^\d\d$/.test(text.slice(8))) return undefined;
  const day = Number(text.slice(8));
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Days since 1970-01-01. */
export const dayNumber = daysFromCivil;

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The ISO date of a day number. */
export function isoDate(n: number): string {
  const { year, month, day } = civilFromDays(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** First day of a date (a month-only date starts on its 1st). */
export function startDay(d: CalendarDate): number {
  return dayNumber(d.year, d.month, d.day ?? 1);
}

/** Last day of a date (a month-only date ends on its last day). */
export function endDay(d: CalendarDate): number {
  return dayNumber(d.year, d.month, d.day ?? daysInMonth(d.year, d.month));
}

/** The month index (year × 12 + month − 1) a date falls in, as the period module counts months. */
export function monthIndexOf(d: CalendarDate): number {
  return d.year * 12 + d.month - 1;
}

/** Day number of the last day of a month index. */
export function lastDayOfMonthIndex(i: number): number {
  const y = Math.floor(i / 12);
  const m = (i % 12) + 1;
  return dayNumber(y, m, daysInMonth(y, m));
}

/** Day number of the first day of a month index. */
export function firstDayOfMonthIndex(i: number): number {
  return dayNumber(Math.floor(i / 12), (i % 12) + 1, 1);
}

/** Canonical text of a calendar date: `2017-12-26` or `2018-12`. */
export function dateText(d: CalendarDate): string {
  return d.day === undefined ? `${pad(d.year, 4)}-${pad(d.month, 2)}` : `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}
