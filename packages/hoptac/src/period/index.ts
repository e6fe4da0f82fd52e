/**
 * Reporting periods: months, quarters, half years, years and spans of months, as plain values.
 * Import as a namespace: `import { Period } from 'hoptac'`.
 */
export { parse, safeParse } from './parse.js';
export { toString, label } from './format.js';
export { compare, equals, contains, months, firstMonth, lastMonth, shiftYears, yearToDate, span, monthCount, month } from './ops.js';
export type { Period, PeriodKind, MonthPeriod, QuarterPeriod, HalfPeriod, YearPeriod, SpanPeriod } from './types.js';
