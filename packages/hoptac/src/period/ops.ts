import { HoptacError } from '../errors.js';
import { bounds, checkYear, monthFromIndex, monthIndex } from './core.js';
import { expectPeriod } from './guard.js';
import type { MonthPeriod, Period } from './types.js';
import { argumentError, expectInteger } from '../internal/args.js';

/**
 * Orders periods for `Array.prototype.sort`: by first month, then by last month (a month before
 * the quarter that starts with it), then by kind.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * ['2018', '2017-Q4', '2017-12'].map(Period.parse).sort(Period.compare).map(Period.toString); // ['2017-Q4', '2017-12', '2018']
 * ```
 */
export function compare(a: Period, b: Period): number {
  expectPeriod('Period.compare', 'a', a);
  expectPeriod('Period.compare', 'b', b);
  const [a0, a1] = bounds(a);
  const [b0, b1] = bounds(b);
  if (a0 !== b0) return a0 - b0;
  if (a1 !== b1) return a1 - b1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}
const KIND_ORDER = { month: 0, quarter: 1, half: 2, year: 3, span: 4 } as const;

/**
 * True when both periods are the same kind and cover the same months.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.equals(Period.parse('Quý IV/2017'), Period.parse('2017-Q4')); // true
 * ```
 */
export function equals(a: Period, b: Period): boolean {
  expectPeriod('Period.equals', 'a', a);
  expectPeriod('Period.equals', 'b', b);
  return compare(a, b) === 0;
}

/**
 * True when every month of `inner` lies in `outer`.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.contains(Period.parse('2017'), Period.parse('2017-11')); // true
 * ```
 */
export function contains(outer: Period, inner: Period): boolean {
  expectPeriod('Period.contains', 'outer', outer);
  expectPeriod('Period.contains', 'inner', inner);
  const [o0, o1] = bounds(outer);
  const [i0, i1] = bounds(inner);
  return o0 <= i0 && i1 <= o1;
}

/**
 * The months of a period, in order.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.months(Period.parse('2017-Q1')).map(Period.toString); // ['2017-01', '2017-02', '2017-03']
 * ```
 */
export function months(p: Period): MonthPeriod[] {
  expectPeriod('Period.months', 'p', p);
  const [a, b] = bounds(p);
  const out: MonthPeriod[] = [];
  for (let i = a; i <= b; i++) out.push(monthFromIndex(i));
  return out;
}

/**
 * The first month of a period.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.toString(Period.firstMonth(Period.parse('2017-H2'))); // '2017-07'
 * ```
 */
export function firstMonth(p: Period): MonthPeriod {
  expectPeriod('Period.firstMonth', 'p', p);
  return monthFromIndex(bounds(p)[0]);
}

/**
 * The last month of a period (where a stock's value is read).
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.toString(Period.lastMonth(Period.parse('2017-Q2'))); // '2017-06'
 * ```
 */
export function lastMonth(p: Period): MonthPeriod {
  expectPeriod('Period.lastMonth', 'p', p);
  return monthFromIndex(bounds(p)[1]);
}

/**
 * The same period moved by whole years (negative: back). `shiftYears(p, -1)` is
 * "cùng kỳ năm trước".
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.toString(Period.shiftYears(Period.parse('2017-Q4'), -1)); // '2016-Q4'
 * ```
 */
export function shiftYears(p: Period, years: number): Period {
  expectPeriod('Period.shiftYears', 'p', p);
  expectInteger('Period.shiftYears', 'years', years, -1100, 1100);
  const y = (year: number) => checkYear(year + years, String(year + years));
  switch (p.kind) {
    case 'span':
      return { kind: 'span', from: { ...p.from, year: y(p.from.year) }, to: { ...p.to, year: y(p.to.year) } };
    default:
      return { ...p, year: y(p.year) };
  }
}

/**
 * January of the period's last year through the period's last month: "lũy kế từ đầu năm".
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.toString(Period.yearToDate(Period.parse('2017-Q3'))); // '2017-01/2017-09'
 * ```
 */
export function yearToDate(p: Period): Period {
  expectPeriod('Period.yearToDate', 'p', p);
  const to = lastMonth(p);
  return { kind: 'span', from: { kind: 'month', year: to.year, month: 1 }, to };
}

/**
 * A span of whole months from the start of `from` to the end of `to` (a program's period).
 * Throws `invalid-period` when `to` ends before `from` starts.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.toString(Period.span(Period.parse('2016'), Period.parse('2018'))); // '2016/2018'
 * ```
 */
export function span(from: Period, to: Period): Period {
  expectPeriod('Period.span', 'from', from);
  expectPeriod('Period.span', 'to', to);
  const a = bounds(from)[0];
  const b = bounds(to)[1];
  if (a > b) throw new HoptacError('invalid-period', { text: `${a}/${b}` });
  return { kind: 'span', from: monthFromIndex(a), to: monthFromIndex(b) };
}

/**
 * The number of months a period covers.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.monthCount(Period.parse('2016/2018')); // 36
 * ```
 */
export function monthCount(p: Period): number {
  expectPeriod('Period.monthCount', 'p', p);
  const [a, b] = bounds(p);
  return b - a + 1;
}

/**
 * A month period from year and month number (1-12); throws `invalid-period` outside the calendar.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.toString(Period.month(2017, 3)); // '2017-03'
 * ```
 */
export function month(year: number, monthNumber: number): MonthPeriod {
  if (typeof year !== 'number') throw argumentError('Period.month', 'year', 'year', year);
  if (typeof monthNumber !== 'number') throw argumentError('Period.month', 'monthNumber', 'integer-range', monthNumber, { min: 1, max: 12 });
  const text = `${year}-${monthNumber}`;
  if (!Number.isInteger(monthNumber) || monthNumber < 1 || monthNumber > 12) throw new HoptacError('invalid-period', { text });
  return { kind: 'month', year: checkYear(year, text), month: monthNumber };
}

export { monthIndex };
