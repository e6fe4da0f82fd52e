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
const NONE = new Float64Array(1);

/** Which results of a comparison (bit 0: below, 1: equal, 2: above) an operator accepts. */
const ACCEPTS: Readonly<Record<RuleOperator, number>> = { '<=': 0b011, '<': 0b001, '=': 0b010, '>=': 0b110, '>': 0b100, '!=': 0b101 };

/**
 * One comparison `a op b` on one board, ready for any month: each side reads its mantissa from an
 * array (a constant: one element, stride 0) and is brought to the common scale by an exact power
 * of ten; the operator is a mask of the results it accepts. Every field is a number or an array,
 * so a month's comparison allocates nothing.
 */
export class Comparison {
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private readonly xStart: number;
  private readonly yStart: number;
  private readonly xStride: number;
  private readonly yStride: number;
  private readonly xMul: number;
  private readonly yMul: number;
  /** false when some side is not kept as exact doubles: every month compares exact decimals */
  private readonly fast: boolean;
  private readonly accepts: number;
  constructor(private readonly board: BoardSeries, private readonly a: Term, private readonly b: Term, operator: RuleOperator) {
    this.accepts = ACCEPTS[operator];
    const x = board.side(a);
    const y = board.side(b);
    this.fast = x.nums !== undefined && y.nums !== undefined && Math.abs(x.scale - y.scale) <= 15;
    this.xs = x.nums ?? NONE;
    this.ys = y.nums ?? NONE;
    this.xStart = x.start;
    this.yStart = y.start;
    this.xStride = x.stride;
    this.yStride = y.stride;
    this.xMul = this.fast && x.scale < y.scale ? POW10[y.scale - x.scale]! : 1;
    this.yMul = this.fast && y.scale < x.scale ? POW10[x.scale - y.scale]! : 1;
  }
  /** a vs b in month m exactly (both sides hold a value) */
  at(m: number): -1 | 0 | 1 {
    if (this.fast) {
      const x = this.xs[(m - this.xStart) * this.xStride]! * this.xMul;
      const y = this.ys[(m - this.yStart) * this.yStride]! * this.yMul;
      if (Math.abs(x) < SAFE && Math.abs(y) < SAFE) return x < y ? -1 : x > y ? 1 : 0;
    }
    return cmpScaled(this.board.scaled(this.a, m), this.board.scaled(this.b, m));
  }
  /** does `a op b` hold in month m (both sides hold a value)? */
  holds(m: number): boolean {
    return ((this.accepts >> (this.at(m) + 1)) & 1) === 1;
  }
}

/** A rule's series for one board, read month by month from their own arrays. */
export class BoardSeries {
  /** which slots hold a value, per series of the rule (undefined: no series) */
  private readonly present: (Uint8Array | undefined)[] = [];
  /** the mantissas as exact doubles, per series (undefined: kept as bigints, or no series) */
  private readonly nums: (Float64Array | undefined)[] = [];
  private readonly starts: number[] = [];
  private readonly scales: number[] = [];
  constructor(readonly series: readonly (Series | undefined)[]) {
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
  /** where a side's mantissas are: a series' array from its first month, or a constant's one value */
  side(t: Term): { readonly nums: Float64Array | undefined; readonly start: number; readonly stride: number; readonly scale: number } {
    if ('value' in t) return { nums: t.mant === undefined ? undefined : Float64Array.of(t.mant), start: 0, stride: 0, scale: t.value.scale };
    return { nums: this.nums[t.k], start: this.starts[t.k]!, stride: 1, scale: this.scales[t.k]! };
  }
  /** the side's value in month m, exactly */
  scaled(t: Term, m: number): Scaled {
    return 'value' in t ? t.value : valueAt(this.series[t.k]!, m)!;
  }
  /** the side's value in month m as text */
  text(t: Term, m: number): string {
    return format(trim(this.scaled(t, m)));
  }
}
