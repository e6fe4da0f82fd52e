/**
 * Evaluating rules over an observation set: per board, per month, exactly.
 */
import { monthIndexText } from '../period/core.js';
import type { ObservationSet } from '../observation/set.js';
import type { Source } from '../observation/types.js';
import { firstMonth, lastMonth, type Series, seriesAt, sourceAt, valueAt } from '../observation/query.js';
import { parseScaled } from '../decimal/scaled.js';
import * as Q from './rational.js';
import { BoardSeries, Comparison, simpleForm } from './simple.js';
import type { Rule, RuleCondition, RuleExpression, RuleOperator, RuleSeverity } from './types.js';

/** One board-month where a rule does not hold. */
export interface RuleViolation {
  readonly rule: string;
  readonly severity: RuleSeverity;
  readonly board: string;
  /** `2017-03` */
  readonly month: string;
  /** each side's value, exact where it is a terminating decimal, else `≈` and 6 places */
  readonly left: string;
  readonly right: string;
  /** the cell of the rule's first indicator for that board and month */
  readonly source?: Source;
}

/** What happened to one rule over the whole set. */
export interface RuleStats {
  readonly rule: string;
  readonly origin: Rule['origin'];
  /** the rule's severity: its violations' */
  readonly severity: RuleSeverity;
  /** board-months where every indicator of the rule had a value (and its `when` held) */
  readonly evaluated: number;
  readonly violated: number;
  /** board-months where some, but not all, of the rule's indicators had a value: skipped, not reported */
  readonly skipped: number;
  /** board-months where a side divided by zero: undefined, neither held nor violated */
  readonly divisionByZero: number;
}

/** The result of {@link evaluateRules}. */
export interface RuleEvaluation {
  /** board by board (set order), rule by rule, month by month */
  readonly violations: readonly RuleViolation[];
  /** one per rule, in the order given */
  readonly stats: readonly RuleStats[];
}

type Lookup = (code: string) => Q.Rational;

function evaluate(e: RuleExpression, get: Lookup): Q.Rational | undefined {
  switch (e.kind) {
    case 'number':
      return Q.fromScaled(parseScaled(e.value)!);
    case 'indicator':
      return get(e.code);
    case 'negate': {
      const v = evaluate(e.operand, get);
      return v === undefined ? undefined : Q.neg(v);
    }
    case 'binary': {
      const a = evaluate(e.left, get);
      if (a === undefined) return undefined;
      const b = evaluate(e.right, get);
      if (b === undefined) return undefined;
      switch (e.op) {
        case '+':
          return Q.add(a, b);
        case '-':
          return Q.sub(a, b);
        case '*':
          return Q.mul(a, b);
        default:
          return Q.div(a, b);
      }
    }
    default:
      return undefined;
  }
}

/** True when `a op b` holds. */
export function holds(c: -1 | 0 | 1, op: RuleOperator): boolean {
  switch (op) {
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '=':
      return c === 0;
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    default:
      return c !== 0;
  }
}

/** undefined when a side is undefined (a division by zero). */
function test(c: RuleCondition, get: Lookup): { ok: boolean; left: Q.Rational; right: Q.Rational } | undefined {
  const left = evaluate(c.left, get);
  const right = left === undefined ? undefined : evaluate(c.right, get);
  if (left === undefined || right === undefined) return undefined;
  return { ok: holds(Q.cmp(left, right), c.operator), left, right };
}

/**
 * Checks rules on every board and month of an observation set, exactly (values as fractions of
 * big integers: sums, products and quotients are exact; a comparison of two quotients is exact by
 * cross-multiplication). A board-month is evaluated when every indicator of the rule has a value;
 * when only some do, it is skipped and counted (`stats[].skipped`), never reported one by one; a
 * side that divides by zero is undefined and counted. Months where none of a rule's indicators has
 * a value are not counted at all.
 *
 * @example
 * ```ts
 * import { createObservations, evaluateRules, parseRule, builtInCatalogue } from 'hoptac';
 * const set = createObservations()
 *   .add({ board: 'LD', indicator: 'workers_total', month: '2017-12', value: '12500' })
 *   .add({ board: 'LD', indicator: 'workers_out_of_province', month: '2017-12', value: '13000' })
 *   .build();
 * const rule = parseRule({ code: 'r1', left: 'workers_out_of_province', operator: '<=', right: 'workers_total', severity: 'warning' }, builtInCatalogue);
 * const { violations } = evaluateRules(set, [rule]);
 * violations[0]; // { rule: 'r1', severity: 'warning', board: 'LD', month: '2017-12', left: '13000', right: '12500' }
 * ```
 */
export function evaluateRules(set: ObservationSet, rules: readonly Rule[]): RuleEvaluation {
  const indexOf = new Map<string, number>(set.indicators.map((code, i) => [code, i] as const));
  const violations: RuleViolation[] = [];
  const stats = rules.map((r) => ({ rule: r.code, origin: r.origin, severity: r.severity, evaluated: 0, violated: 0, skipped: 0, divisionByZero: 0 }));
  for (let b = 0; b < set.boards.length; b++) {
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k]!;
      const series: (Series | undefined)[] = rule.indicators.map((code) => {
        const i = indexOf.get(code);
        return i === undefined ? undefined : seriesAt(set, b, i);
      });
      let lo = Infinity;
      let hi = -Infinity;
      for (const sr of series) {
        if (sr === undefined) continue;
        lo = Math.min(lo, firstMonth(sr));
        hi = Math.max(hi, lastMonth(sr));
      }
      if (lo > hi) continue;
      evaluateBoard({ set, rule, board: set.boards[b]!, st: stats[k]!, violations }, new BoardSeries(series), lo, hi);
    }
  }
  return { violations, stats: stats.map((x) => Object.freeze(x)) };
}

/** One rule on one board: where its results go. */
interface BoardRun {
  readonly set: ObservationSet;
  readonly rule: Rule;
  readonly board: string;
  readonly st: { evaluated: number; violated: number; skipped: number; divisionByZero: number };
  readonly violations: RuleViolation[];
}

/** The months lo..hi of one rule on one board. */
function evaluateBoard(run: BoardRun, bs: BoardSeries, lo: number, hi: number): void {
  const { rule, st } = run;
  const simple = simpleForm(rule);
  // plain comparisons of values and constants: exact on the stored integers, no fractions
  const main = simple === undefined ? undefined : new Comparison(bs, simple.left, simple.right, rule.operator);
  const when = simple === undefined ? [] : simple.when.map((c) => new Comparison(bs, c.left, c.right, c.operator));
  const all = bs.series.length;
  for (let m = lo; m <= hi; m++) {
    const present = bs.countPresent(m);
    if (present === 0) continue;
    if (present < all) {
      st.skipped++;
      continue;
    }
    if (simple !== undefined) {
      let ok = true;
      for (let i = 0; i < when.length && ok; i++) ok = when[i]!.holds(m);
      if (!ok) continue;
      st.evaluated++;
      if (main!.holds(m)) continue;
      st.violated++;
      run.violations.push(violation(run.set, rule, run.board, m, bs.series, bs.text(simple.left, m), bs.text(simple.right, m)));
      continue;
    }
    const values = bs.series.map((sr) => Q.fromScaled(valueAt(sr!, m)!));
    const get: Lookup = (code) => values[rule.indicators.indexOf(code)]!;
    if (rule.when !== undefined && !rule.when.every((c) => test(c, get)?.ok === true)) continue;
    const r = test(rule, get);
    if (r === undefined) {
      st.divisionByZero++;
      continue;
    }
    st.evaluated++;
    if (r.ok) continue;
    st.violated++;
    run.violations.push(violation(run.set, rule, run.board, m, bs.series, Q.display(r.left), Q.display(r.right)));
  }
}

function violation(set: ObservationSet, rule: Rule, board: string, m: number, series: readonly (Series | undefined)[], left: string, right: string): RuleViolation {
  const src = sourceAt(set, series[0]!, m);
  return { rule: rule.code, severity: rule.severity, board, month: monthIndexText(m), left, right, ...(src === undefined ? {} : { source: src }) };
}
