import { HoptacError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR, type MonthPeriod, type Period } from './types.js';

/** Months since year 0: the integer a month sorts and adds by. */
export function monthIndex(p: MonthPeriod): number {
  return p.year * 12 + (p.month - 1);
}

export function monthFromIndex(i: number): MonthPeriod {
  return { kind: 'month', year: Math.floor(i / 12), month: (i % 12) + 1 };
}

export function checkYear(year: number, text: string): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new HoptacError('invalid-period', { text });
  return year;
}

/** First and last month indexes of a period. */
export function bounds(p: Period): readonly [number, number] {
  switch (p.kind) {
    case 'month': {
      const i = monthIndex(p);
      return [i, i];
    }
    case 'quarter':
      return [p.year * 12 + (p.quarter - 1) * 3, p.year * 12 + p.quarter * 3 - 1];
    case 'half':
      return [p.year * 12 + (p.half - 1) * 6, p.year * 12 + p.half * 6 - 1];
    case 'year':
      return [p.year * 12, p.year * 12 + 11];
    case 'span':
      return [monthIndex(p.from), monthIndex(p.to)];
  }
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Canonical text of a month. */
export function monthText(p: MonthPeriod): string {
  return `${p.year}-${pad2(p.month)}`;
}

/** Canonical text of a month index: `2017-03`. */
export function monthIndexText(i: number): string {
  return monthText(monthFromIndex(i));
}
