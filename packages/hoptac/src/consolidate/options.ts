/**
 * The options of `consolidate` and `explain`, checked once on entry: a wrong type from plain
 * JavaScript is `invalid-argument` naming the field, a period text that does not parse is
 * `invalid-period`.
 */
import { builtInCatalogue } from '../indicator/builtin.js';
import type { Catalogue } from '../indicator/types.js';
import { argumentError, expectArray, expectObject } from '../internal/args.js';
import { isPeriod } from '../period/guard.js';
import { parse as parsePeriod } from '../period/parse.js';
import type { Period } from '../period/types.js';
import { type ConsolidateOptions, type Measure, MEASURES } from './types.js';

export interface CheckedOptions {
  readonly period: Period;
  readonly catalogue: Catalogue;
  readonly boards: readonly string[] | undefined;
  readonly indicators: readonly string[] | undefined;
  readonly measures: readonly Measure[] | undefined;
}

const codes = (fn: string, field: string, v: unknown): readonly string[] | undefined => {
  if (v === undefined) return undefined;
  expectArray(fn, field, v, 'code-list');
  v.forEach((c, i) => {
    if (typeof c !== 'string' || c.length === 0) throw argumentError(fn, `${field}[${i}]`, 'code', c);
  });
  return v as readonly string[];
};

export function checkOptions(fn: string, options: ConsolidateOptions): CheckedOptions {
  expectObject(fn, 'options', options);
  const p: unknown = options.period;
  let period: Period;
  if (typeof p === 'string') period = parsePeriod(p);
  else if (isPeriod(p)) period = p;
  else throw argumentError(fn, 'options.period', 'period', p);
  const c: unknown = options.catalogue;
  if (c !== undefined && (typeof c !== 'object' || c === null || !Array.isArray((c as Catalogue).indicators))) throw argumentError(fn, 'options.catalogue', 'catalogue', c);
  const measures = codes(fn, 'options.measures', options.measures);
  measures?.forEach((m, i) => {
    if (!(MEASURES as readonly string[]).includes(m)) throw argumentError(fn, `options.measures[${i}]`, 'measure', m);
  });
  return {
    period,
    catalogue: (c as Catalogue | undefined) ?? builtInCatalogue,
    boards: codes(fn, 'options.boards', options.boards),
    indicators: codes(fn, 'options.indicators', options.indicators),
    measures: measures as readonly Measure[] | undefined,
  };
}
