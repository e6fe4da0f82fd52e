/**
 * Which params of which messages name a thing of the domain ({@link RefKind}), for messages whose
 * params are plain codes (the findings keep codes in `params`, so `--json` and scripts see codes).
 * A param given as a {@link MessageRef} says its kind itself and needs no row here.
 */
import type { MessageKey, MessageParams } from './text.js';
import type { RefKind } from './types.js';

type Kinds = { readonly [K in MessageKey]?: { readonly [P in keyof MessageParams<K>]?: RefKind } };

const decimals = (...names: string[]) => Object.fromEntries(names.map((n) => [n, 'decimal' as const]));

export const PARAM_KINDS: Kinds = {
  'error.duplicate-observation': { board: 'board', indicator: 'indicator', month: 'month' },
  'finding.unknown-indicator': { suggestion: 'indicator' },
  'finding.bad-target.ratio': { value: 'indicator' },
  'finding.bad-indicator.part-ratio': { value: 'indicator' },
  'finding.duplicate-indicator.sheet': { indicator: 'indicator' },
  'finding.duplicate-indicator.catalogue': { indicator: 'indicator' },
  'finding.duplicate-period': { month: 'month' },
  'finding.text-number': { read: 'decimal' },
  'finding.unit-converted': { exponent: 'power' },
  'finding.negative-stock': { indicator: 'indicator', value: 'decimal', month: 'month' },
  'finding.ratio-parts': { month: 'month', numerator: 'indicator', denominator: 'indicator', ratio: 'indicator', value: 'decimal', other: 'decimal' },
  'finding.precision-loss.number': { value: 'decimal' },
  'finding.missing-value.cell': { board: 'board', indicator: 'indicator', month: 'month' },
  'finding.missing-value.column': { month: 'month' },
  'finding.missing-value.row': { indicator: 'indicator' },
  'finding.bad-target.duplicate': { board: 'board', indicator: 'indicator' },
  'finding.name-mismatch': { indicator: 'indicator', other: 'indicator' },
  'finding.ratio-reported': { indicator: 'indicator', numerator: 'indicator', denominator: 'indicator' },
  'finding.opening-not-flow': { indicator: 'indicator', value: 'decimal' },
  'finding.period-outside-data': { period: 'period', months: 'months' },
  'finding.rule-violated': { board: 'board', month: 'month', leftText: 'expression', rightText: 'expression', ...decimals('leftValue', 'rightValue') },
  'finding.rule-violated.custom': { board: 'board', month: 'month', leftText: 'expression', rightText: 'expression', ...decimals('leftValue', 'rightValue') },
  'finding.outlier.flow': { indicator: 'indicator', month: 'month', ...decimals('value', 'low', 'high', 'median') },
  'finding.outlier.stock': { indicator: 'indicator', month: 'month', ...decimals('value', 'low', 'high', 'change') },
  'finding.unit-slip.unit': { indicator: 'indicator', month: 'month', factor: 'factor', ...decimals('value', 'median') },
  'finding.unit-slip.factor': { indicator: 'indicator', month: 'month', factor: 'factor', ...decimals('value', 'median') },
};
