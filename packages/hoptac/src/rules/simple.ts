/**
 * Private: rules that are plain comparisons of single values and constants (most rules, every
 * built-in one), checked on the stored integers without fractions. For one board, each side is
 * prepared once (its series' mantissas and which months hold a value); a month then costs a few
 * array reads. Exact: mantissas are compared as doubles holding integers only while the rescaled
 * mantissa stays below 2^53 (a product of integers whose exact value is below 2^53 is exact, and
 * one at or above it rounds to at least 2^53, so the check never lets an inexact one through);
 * otherwise as exact scaled decimals.
 */
import { cmp as cmpScaled, format, parseScaled, type Scaled, trim } from '../decimal/scaled.js';
import { firstMonth, type Series, seriesMantissas, valueAt } from '../observation/query.js';
import type { Rule, RuleExpression, RuleOperator } from './types.js';

/** One side of a plain comparison: an indicator of the rule (by position) or a constant. */
export type Term = { readonly k: number } | { readonly value: Scaled; readonly mant: number | undefined };

export interface SimpleForm {
  readonly left: Term;
  readonly right: Term;
  readonly when: readonly { readonly left: Term; readonly right: Term; readonly operator: RuleOperator }[];
}

const SIMPLE = new WeakMap<Rule, SimpleForm | null>();
const SAFE = 2 ** 53;

/** The rule as comparisons of single values, when it is one. */
export function simpleForm(rule: Rule): SimpleForm | undefined {
  let f = SIMPLE.get(rule);
  if (f === undefined) {
    const term = (e: RuleExpression): Term | undefined => {
      if (e.kind === 'indicator') return { k: rule.indicators.indexOf(e.code) };
      if (e.kind === 'number') {
        const value = parseScaled(e.value)!;
        const n = Number(value.int);
        return { value, mant: Math.abs(n) < SAFE ? n : undefined };
      }
      return undefined;
    };
    const left = term(rule.left);
    const right = term(rule.right);
    const when = (rule.when ?? []).map((c) => ({ left: term(c.left), right: term(c.right), operator: c.operator }));
    f = left === undefined || right === undefined || when.some((c) => c.left === undefined || c.right === undefined)
      ? null
      : { left, right, when: when as SimpleForm['when'] };
    SIMPLE.set(rule, f);
  }
  return f ?? undefined;
}

/** 10^k as an exact double, k = 0..15 */
const POW10: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** A rule's series for one board, read month by month from their own arrays. */
export class BoardSeries {
  /** which slots hold a value, per series of the rule (undefined: no series) */
  private readonly present: (Uint8Array | undefined)[];
  /** the mantissas as exact doubles, per series (undefined: kept as bigints, or no series) */
  private readonly nums: (Float64Array | undefined)[];
  private readonly starts: number[];
  private readonly scales: number[];
  constructor(readonly series: readonly (Series | undefined)[]) {
    this.present = [];
    this.nums = [];
    this.starts = [];
    this.scales = [];
    for (const sr of series) {
      const m = sr === undefined ? undefined : seriesMantissas(sr);
      this.present.push(m?.present);
      this.nums.push(m !== undefined && m.ints instanceof Float64Array ? m.ints : undefined);
      this.starts.push(sr === undefined ? 0 : firstMonth(sr));
      this.scales.push(m?.scale ?? 0);
    }
  }
  /** how many of the series hold a value in month m */
  countPresent(m: number): number {
    let n = 0;
    for (let i = 0; i < this.present.length; i++) {
      const p = this.present[i];
      if (p === undefined) continue;
      const k = m - this.starts[i]!;
      if (k >= 0 && k < p.length && p[k] === 1) n++;
    }
    return n;
  }
  /** a vs b in month m exactly (both sides hold a value) */
  compare(a: Term, b: Term, m: number): -1 | 0 | 1 {
    let xm: number | undefined;
    let xs: number;
    if ('value' in a) {
      xm = a.mant;
      xs = a.value.scale;
    } else {
      xm = this.nums[a.k]?.[m - this.starts[a.k]!];
      xs = this.scales[a.k]!;
    }
    let ym: number | undefined;
    let ys: number;
    if ('value' in b) {
      ym = b.mant;
      ys = b.value.scale;
    } else {
      ym = this.nums[b.k]?.[m - this.starts[b.k]!];
      ys = this.scales[b.k]!;
    }
    if (xm !== undefined && ym !== undefined && Math.abs(xs - ys) <= 15) {
      if (xs < ys) xm *= POW10[ys - xs]!;
      else if (ys < xs) ym *= POW10[xs - ys]!;
      if (Math.abs(xm) < SAFE && Math.abs(ym) < SAFE) return xm < ym ? -1 : xm > ym ? 1 : 0;
    }
    return cmpScaled(this.scaled(a, m), this.scaled(b, m));
  }
  private scaled(t: Term, m: number): Scaled {
    return 'value' in t ? t.value : valueAt(this.series[t.k]!, m)!;
  }
  /** the side's value in month m as text */
  text(t: Term, m: number): string {
    return format(trim(this.scaled(t, m)));
  }
}
