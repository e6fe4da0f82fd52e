import type { Lang } from '../messages/index.js';
import { monthText } from './core.js';
import { expectPeriod } from './guard.js';
import type { Period } from './types.js';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A span of whole calendar years over more than one year (`2016/2018`): written by its years. */
function wholeYears(p: Extract<Period, { kind: 'span' }>): boolean {
  return p.from.month === 1 && p.to.month === 12 && p.to.year > p.from.year;
}

/**
 * The canonical text of a period; {@link parse} reads it back to an equal period. A span of whole
 * years is written by its years (`2016/2018`), except a single year's January to December, which
 * is written by its months (`2017-01/2017-12`, what a year to date through December is), so it is
 * neither mistaken for the year `2017` nor written as `2017/2017`.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.toString({ kind: 'quarter', year: 2017, quarter: 4 }); // '2017-Q4'
 * ```
 */
export function toString(p: Period): string {
  expectPeriod('Period.toString', 'p', p);
  switch (p.kind) {
    case 'month':
      return monthText(p);
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'half':
      return `${p.year}-H${p.half}`;
    case 'year':
      return String(p.year);
    case 'span':
      return wholeYears(p) ? `${p.from.year}/${p.to.year}` : `${monthText(p.from)}/${monthText(p.to)}`;
  }
}

/**
 * The period as people write it in reports, in Vietnamese (default) or English. Vietnamese labels
 * parse back with {@link parse}.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.label(Period.parse('2017-Q4'));        // 'Quý IV/2017'
 * Period.label(Period.parse('2017-H1'), 'en');  // 'First half of 2017'
 * ```
 */
export function label(p: Period, lang: Lang = 'vi'): string {
  expectPeriod('Period.label', 'p', p);
  if (lang === 'vi') {
    switch (p.kind) {
      case 'month':
        return `Tháng ${p.month}/${p.year}`;
      case 'quarter':
        return `Quý ${ROMAN[p.quarter - 1]}/${p.year}`;
      case 'half':
        return `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
      case 'year':
        return `Năm ${p.year}`;
      case 'span':
        return wholeYears(p)
          ? `Giai đoạn ${p.from.year}-${p.to.year}`
          : `Từ tháng ${p.from.month}/${p.from.year} đến tháng ${p.to.month}/${p.to.year}`;
    }
  }
  switch (p.kind) {
    case 'month':
      return `${EN_MONTHS[p.month - 1]} ${p.year}`;
    case 'quarter':
      return `Q${p.quarter} ${p.year}`;
    case 'half':
      return `${p.half === 1 ? 'First' : 'Second'} half of ${p.year}`;
    case 'year':
      return `Year ${p.year}`;
    case 'span':
      return wholeYears(p)
        ? `${p.from.year}-${p.to.year}`
        : `${EN_MONTHS[p.from.month - 1]} ${p.from.year} to ${EN_MONTHS[p.to.month - 1]} ${p.to.year}`;
  }
}
