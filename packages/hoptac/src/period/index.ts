/**
 * Reporting periods: months, quarters, half years, years and spans of months, as plain values.
 * Import as a namespace: `import { Period } from 'hoptac'`. Values only: the types are exported
 * from the package root (a namespace that re-exports types breaks bundled declarations).
 */
export { parse, safeParse } from './parse.js';
export { toString, label } from './format.js';
export { compare, equals, contains, months, firstMonth, lastMonth, shiftYears, yearToDate, span, monthCount, month } from './ops.js';
