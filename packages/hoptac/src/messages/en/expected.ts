/**
 * English words of what a parameter of a public function must be (`invalid-argument`): the keys of the Vietnamese table.
 */
import type { EXPECTED_VI } from '../vi/expected.js';

export const EXPECTED_EN = {
  decimal: 'a decimal string such as "1.5"',
  'decimal-or-null': 'a decimal string such as "1.5", or `null` for a reported blank',
  period: 'a period: text such as "2017-12" or "Quý IV/2017", or a value from `Period.parse`',
  'period-value': 'a period value, such as the result of `Period.parse("2017-12")`',
  'period-text': 'a period as text, such as "2017-12" or "Quý IV/2017"',
  month: 'a month: text such as "2017-12", or a value from `Period.month`',
  code: 'a non-empty code string such as "export_value"',
  unit: 'a unit such as "triệu USD"',
  'exchange-rate': 'an exchange rate `{ from, to, rate, date }` such as `{ from: "USD", to: "VND", rate: "23500", date: "2017-12-31" }`',
  text: 'a string',
  object: 'an object',
  'code-list': 'an array of code strings such as ["export_value"]',
  'value-list': 'an array of values',
  'integer-range': 'an integer from {min} to {max}',
  year: 'a year as an integer such as 2017',
  'finite-number': 'a finite number',
  'observation-set': 'an observation set made by `createObservations().build()`',
  catalogue: 'an indicator catalogue such as `builtInCatalogue`',
  'catalogue-input': 'an object `{ indicators: [...] }`',
  measure: 'a measure: "value", "ytd", "same_period_last_year", "vs_last_year_pct", "target", "ytd_target_pct" or "cumulative"',
  'figure-ref': 'a figure reference `{ indicator, board, measure }`',
  grid: 'a cell grid (`Grid`) with a `sheets` array',
  program: 'a program or an array of programs from `loadPrograms(...).programs`, or the whole program file',
  'board-list': 'the array of boards from `loadPrograms(...).boards`',
  'program-file': 'a program file read by `loadPrograms`',
} as const satisfies Record<keyof typeof EXPECTED_VI, string>;
