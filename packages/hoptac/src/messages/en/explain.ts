/**
 * English words of each explanation rule of a figure: the keys of the Vietnamese table.
 */
import type { EXPLAIN_VI } from '../vi/explain.js';

export const EXPLAIN_EN = {
  'flow-sum-of-months': 'Flow: the sum of the months {from} to {to}.',
  'flow-opening-plus-months': 'Cumulative: the opening total plus the months {from} to {to}.',
  'stock-last-month': 'Stock: the value of the month {to}.',
  'ratio-of-parts': 'Ratio recomputed from its numerator and denominator, rounded once to {decimals} places.',
  'percentage-of-figures': 'A percentage of two figures, rounded to 2 places.',
  'target-of-year': 'The target assigned for {year}.',
  'sum-of-boards': 'The sum over all boards.',
  'no-plan': 'No board has a target for {year} for this indicator: it has no plan (not a gap).',
} as const satisfies Record<keyof typeof EXPLAIN_VI, string>;
