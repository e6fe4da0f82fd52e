/**
 * The rules that hold by definition for a catalogue's indicators (format 1's built-in rules; the
 * `Settings` key `builtin_rules = off` turns them off).
 */
import type { Catalogue, Indicator } from '../indicator/types.js';
import { matchKey } from '../text/match-key.js';
import { BY_KEY, type UnitBase } from '../unit/units.js';
import type { Rule, RuleCondition, RuleExpression, RuleOperator } from './types.js';

/** Pairs `part <= whole` that hold by definition. */
const PARTS: ReadonlyArray<readonly [string, string]> = [
  ['leased_land_area', 'industrial_land_area'],
  ['workers_foreign', 'workers_total'],
  ['workers_out_of_province', 'workers_total'],
];

/** Units whose values are never negative by nature: counts, areas, workers. */
const NEVER_NEGATIVE: ReadonlySet<UnitBase> = new Set<UnitBase>(['person', 'project', 'enterprise', 'zone', 'area']);

const ind = (code: string): RuleExpression => ({ kind: 'indicator', code, pos: 1 });
const ZERO: RuleExpression = { kind: 'number', value: '0', pos: 1 };
const cond = (left: RuleExpression, operator: RuleOperator, right: RuleExpression): RuleCondition => ({ left, operator, right });

/**
 * The built-in rules for a catalogue, each only where its indicators exist in it:
 * - `leased_land_area <= industrial_land_area`, `workers_foreign <= workers_total`,
 *   `workers_out_of_province <= workers_total` (warnings) — except where the catalogue has a `%`
 *   ratio of exactly that part over that whole: the reader's `ratio-parts` check already reports the
 *   same fact at the same cell, so it is not reported twice;
 * - for every ratio, its denominator is not zero where its numerator is (warning, at the
 *   denominator's cell: the ratio has a value to give but is undefined) — for a `%` ratio not where
 *   the numerator exceeds the denominator, which `ratio-parts` already reports;
 * - every flow counted in people, projects, enterprises or zones, or measured as an area, is
 *   `>= 0` (error). Stocks are left out: a negative stock is already a `negative-stock` error.
 *
 * @example
 * ```ts
 * import { builtInRules, builtInCatalogue } from 'hoptac';
 * builtInRules(builtInCatalogue).map((r) => r.code).slice(0, 2);
 * // ['builtin:workers_out_of_province<=workers_total', 'builtin:occupancy_rate-defined']
 * ```
 */
export function builtInRules(catalogue: Catalogue): Rule[] {
  const byCode = new Map<string, Indicator>(catalogue.indicators.map((i) => [i.code, i] as const));
  const isValue = (code: string) => {
    const i = byCode.get(code);
    return i !== undefined && i.kind !== 'ratio';
  };
  const percentRatio = (num: string, den: string) =>
    catalogue.indicators.some((i) => i.kind === 'ratio' && i.unit === '%' && i.numerator === num && i.denominator === den);
  const rules: Rule[] = [];
  for (const [part, whole] of PARTS) {
    if (!isValue(part) || !isValue(whole) || percentRatio(part, whole)) continue;
    rules.push(make(`builtin:${part}<=${whole}`, cond(ind(part), '<=', ind(whole)), part, whole, 'warning', [part, whole]));
  }
  for (const r of catalogue.indicators) {
    if (r.kind !== 'ratio' || r.numerator === undefined || r.denominator === undefined) continue;
    if (!isValue(r.numerator) || !isValue(r.denominator)) continue;
    const when = [cond(ind(r.numerator), '!=', ZERO)];
    if (r.unit === '%') when.push(cond(ind(r.numerator), '<=', ind(r.denominator)));
    rules.push({ ...make(`builtin:${r.code}-defined`, cond(ind(r.denominator), '!=', ZERO), r.denominator, '0', 'warning', [r.denominator, r.numerator]), when });
  }
  for (const i of catalogue.indicators) {
    const base = BY_KEY.get(matchKey(i.unit))?.base;
    if (i.kind !== 'flow' || base === undefined || !NEVER_NEGATIVE.has(base)) continue;
    rules.push(make(`builtin:${i.code}>=0`, cond(ind(i.code), '>=', ZERO), i.code, '0', 'error', [i.code]));
  }
  return rules.map((r) => Object.freeze(r));
}

function make(code: string, c: RuleCondition, leftText: string, rightText: string, severity: Rule['severity'], indicators: readonly string[]): Rule {
  return { code, ...c, leftText, rightText, severity, indicators, origin: 'builtin' };
}
