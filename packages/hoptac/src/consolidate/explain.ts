import { HoptacError } from '../errors.js';
import { messageBoth, messageBothOf } from '../messages/index.js';
import { sumDecimalTexts } from './internal/sum-text.js';
import { divRound, format, parseScaled, type Scaled } from '../decimal/scaled.js';
import type { DecimalString } from '../decimal/public.js';
import type { Indicator } from '../indicator/types.js';
import { bounds, monthIndexText } from '../period/core.js';
import { toString as periodText } from '../period/format.js';
import { internals, type ObservationSet, type SetInternals, slotSource, slotValue } from '../observation/internals.js';
import type { Source } from '../observation/types.js';
import { argumentError, expectCode, expectObject } from '../internal/args.js';
import { checkOptions } from './options.js';
import { mergeMissing } from './merge-missing.js';
import { indicatorHasPlan } from './internal/plan.js';
import { ALL, type ConsolidateOptions, type Measure, MEASURES, MISSING_ITEMS_CAP, type MissingItem, type RowStatus } from './types.js';

/** One value an explained figure was made from. */
export interface ExplanationInput {
  readonly board: string;
  readonly indicator: string;
  readonly kind: 'month' | 'opening' | 'target';
  readonly month?: string;
  readonly year?: number;
  readonly value: DecimalString;
  readonly source?: Source;
  readonly estimated?: boolean;
}

/** How a figure was rounded: once, half away from zero, from the exact quotient. */
export interface ExplanationRounding {
  readonly numerator: DecimalString;
  readonly denominator: DecimalString;
  /** 100 for percentages, 1 otherwise */
  readonly multiplier: '1' | '100';
  readonly decimals: number;
  readonly mode: 'half-away-from-zero';
}

/** The rule a figure follows. */
export type ExplanationRule =
  | 'flow-sum-of-months'
  | 'flow-opening-plus-months'
  | 'stock-last-month'
  | 'ratio-of-parts'
  | 'percentage-of-figures'
  | 'target-of-year'
  | 'sum-of-boards';

/** How one consolidated figure was made, down to its source cells. */
export interface Explanation {
  readonly indicator: string;
  readonly board: string;
  readonly measure: Measure;
  readonly period: string;
  readonly value: DecimalString | null;
  readonly status: RowStatus;
  readonly rule: ExplanationRule;
  /** the rule in words */
  readonly text: { readonly vi: string; readonly en: string };
  /** every value it used (for a ratio or percentage: see `parts`) */
  readonly inputs: readonly ExplanationInput[];
  /** what it lacked, with the exact count */
  readonly missing?: { readonly count: number; readonly items: readonly MissingItem[] };
  readonly rounding?: ExplanationRounding;
  /** a ratio's or percentage's numerator and denominator figures */
  readonly parts?: readonly [Explanation, Explanation];
}

/** Which figure to explain. */
export interface FigureRef {
  readonly indicator: string;
  readonly board: string;
  readonly measure: Measure;
}



/**
 * Explains one consolidated figure: the rule, every input (board, month, value, source cell), what
 * was missing, and the rounding. It recomputes the figure on its own path (the decimal texts added
 * on their own, not the consolidation's scaled integers), so its
 * `value` equals the row of {@link consolidate} for the same options.
 *
 * @example
 * ```ts
 * import { createObservations, explain } from 'hoptac';
 * const set = createObservations()
 *   .add({ board: 'LD', indicator: 'export_value', month: '2017-11', value: '12.5', source: { sheet: 'LD', cell: 'F9' } })
 *   .add({ board: 'LD', indicator: 'export_value', month: '2017-12', value: '13', source: { sheet: 'LD', cell: 'G9' } })
 *   .build();
 * const e = explain(set, { period: '2017-11/2017-12' }, { indicator: 'export_value', board: 'LD', measure: 'value' });
 * e.value; // '25.5'
 * e.inputs.map((i) => i.source?.cell); // ['F9', 'G9']
 * ```
 */
export function explain(set: ObservationSet, options: ConsolidateOptions, figure: FigureRef): Explanation {
  const s = internals(set, 'explain');
  const { period, catalogue, boards: chosen } = checkOptions('explain', options);
  expectObject('explain', 'figure', figure, 'figure-ref');
  expectCode('explain', 'figure.indicator', figure.indicator);
  expectCode('explain', 'figure.board', figure.board);
  if (!(MEASURES as readonly unknown[]).includes(figure.measure)) throw argumentError('explain', 'figure.measure', 'measure', figure.measure);
  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i] as const));
  const ind = byCode.get(figure.indicator);
  if (ind === undefined) throw new HoptacError('unknown-indicator', { indicator: figure.indicator });
  const boards = chosen ?? s.boards;
  const [p0, p1] = bounds(period);
  const year = Math.floor(p1 / 12);
  const boardIdx = boards.map((b) => s.boards.indexOf(b));
  const planned = (code: string) => indicatorHasPlan(s, boardIdx, s.indicators.indexOf(code), year);
  const c: ECtx = { s, boards, p0, p1, year, periodText: periodText(period), byCode, planned };
  return figureOf(c, ind, figure.board, figure.measure);
}

interface ECtx {
  readonly s: SetInternals;
  readonly boards: readonly string[];
  readonly p0: number;
  readonly p1: number;
  readonly year: number;
  readonly periodText: string;
  readonly byCode: ReadonlyMap<string, Indicator>;
  /** whether some board has a target for the indicator in the year */
  readonly planned: (code: string) => boolean;
}

function figureOf(c: ECtx, ind: Indicator, board: string, measure: Measure): Explanation {
  const head = { indicator: ind.code, board, measure, period: c.periodText };
  if (ind.kind !== 'ratio' && (measure === 'target' || measure === 'ytd_target_pct') && !c.planned(ind.code)) {
    const rule: ExplanationRule = measure === 'target' ? 'target-of-year' : 'percentage-of-figures';
    return { ...head, rule, text: messageBoth('explain.no-plan', { year: c.year }), inputs: [], value: null, status: 'no-plan' };
  }
  if (ind.kind === 'ratio' || measure === 'vs_last_year_pct' || measure === 'ytd_target_pct') return quotientFigure(c, head, ind, board, measure);
  if (board === ALL) return sumOfBoardsFigure(c, head, ind, measure);
  const bi = c.s.boards.indexOf(board);
  const ii = c.s.indicators.indexOf(ind.code);
  if (measure === 'target') return targetFigure(c, head, ind, board, bi, ii);
  return monthsFigure(c, head, ind, board, measure, bi, ii);
}

/** What every explanation of one figure starts with. */
type FigureHead = Pick<Explanation, 'indicator' | 'board' | 'measure' | 'period'>;

/** A ratio (its numerator over its denominator) or a percentage of two figures, rounded once. */
function quotientFigure(c: ECtx, head: FigureHead, ind: Indicator, board: string, measure: Measure): Explanation {
  let num: Explanation;
  let den: Explanation;
  let decimals = 2;
  let mult: '1' | '100' = '100';
  if (ind.kind === 'ratio') {
    if (measure === 'vs_last_year_pct' || measure === 'target' || measure === 'ytd_target_pct') {
      throw new HoptacError('invalid-input', { count: 1, first: messageBoth('reason.ratio-has-no-measure', { measure }) });
    }
    num = figureOf(c, c.byCode.get(ind.numerator!)!, board, measure);
    den = figureOf(c, c.byCode.get(ind.denominator!)!, board, measure);
    decimals = ind.decimals;
    mult = ind.unit === '%' ? '100' : '1';
  } else if (measure === 'vs_last_year_pct') {
    num = figureOf(c, ind, board, 'value');
    den = figureOf(c, ind, board, 'same_period_last_year');
  } else {
    num = figureOf(c, ind, board, 'ytd');
    den = figureOf(c, ind, board, 'target');
  }
  const rule: ExplanationRule = ind.kind === 'ratio' ? 'ratio-of-parts' : 'percentage-of-figures';
  const text = messageBothOf(`explain.${rule}`, { decimals })!;
  const base = { ...head, rule, text, inputs: [], parts: [num, den] as const };
  if (num.status === 'missing' || den.status === 'missing') {
    return { ...base, value: null, status: 'missing', missing: mergeMissing([num, den]) };
  }
  if (num.value === null || den.value === null) return { ...base, value: null, status: 'undefined' };
  const q = divRound(sc(num.value), sc(den.value), decimals, mult === '100' ? 2 : 0);
  const rounding: ExplanationRounding = { numerator: num.value, denominator: den.value, multiplier: mult, decimals, mode: 'half-away-from-zero' };
  return q === undefined ? { ...base, value: null, status: 'undefined', rounding } : { ...base, value: format(q), status: 'ok', rounding };
}

/** ALL: the sum of the boards' figures, missing when any board's is. */
function sumOfBoardsFigure(c: ECtx, head: FigureHead, ind: Indicator, measure: Measure): Explanation {
  const parts = c.boards.map((b) => figureOf(c, ind, b, measure));
  const inputs = parts.flatMap((p) => p.inputs);
  const text = messageBoth('explain.sum-of-boards');
  const miss = parts.filter((p) => p.status !== 'ok');
  if (miss.length > 0) return { ...head, rule: 'sum-of-boards', text, inputs, value: null, status: 'missing', missing: mergeMissing(miss) };
  return { ...head, rule: 'sum-of-boards', text, inputs, value: sumDecimalTexts(parts.map((p) => p.value!)), status: 'ok' };
}

/** A board's annual target. */
function targetFigure(c: ECtx, head: FigureHead, ind: Indicator, board: string, bi: number, ii: number): Explanation {
  const t = bi < 0 || ii < 0 ? undefined : c.s.targets.get(`${bi}|${ii}|${c.year}`);
  const text = messageBoth('explain.target-of-year', { year: c.year });
  if (t === undefined) {
    return { ...head, rule: 'target-of-year', text, inputs: [], value: null, status: 'missing', missing: { count: 1, items: [{ board, indicator: ind.code, what: 'target', year: c.year }] } };
  }
  const v = format(t.value);
  const input: ExplanationInput = { board, indicator: ind.code, kind: 'target', year: c.year, value: v, ...(t.source === undefined ? {} : { source: t.source }) };
  return { ...head, rule: 'target-of-year', text, inputs: [input], value: v, status: 'ok' };
}

/** A board's figure from its months: a stock's last month, a flow's sum (after its opening, for a cumulative). */
function monthsFigure(c: ECtx, head: FigureHead, ind: Indicator, board: string, measure: Measure, bi: number, ii: number): Explanation {
  let from: number;
  let to: number;
  let rule: ExplanationRule;
  if (ind.kind === 'stock') {
    to = measure === 'same_period_last_year' ? c.p1 - 12 : c.p1;
    from = to;
    rule = 'stock-last-month';
  } else {
    rule = 'flow-sum-of-months';
    if (measure === 'value') [from, to] = [c.p0, c.p1];
    else if (measure === 'ytd') [from, to] = [c.year * 12, c.p1];
    else if (measure === 'same_period_last_year') [from, to] = [c.p0 - 12, c.p1 - 12];
    else {
      rule = 'flow-opening-plus-months';
      from = bi < 0 ? -1 : c.s.boardFirst[bi]!;
      to = c.p1;
    }
  }
  const text = messageBothOf(`explain.${rule}`, { from: from < 0 ? '?' : monthIndexText(from), to: monthIndexText(to) })!;
  if (from < 0 || to < from) {
    return { ...head, rule, text, inputs: [], value: null, status: 'missing', missing: { count: 1, items: [{ board, indicator: ind.code, what: 'history' }] } };
  }
  const sr = bi < 0 || ii < 0 ? undefined : c.s.series[bi * c.s.indicators.length + ii];
  const inputs: ExplanationInput[] = [];
  const missing: MissingItem[] = [];
  let missingCount = 0;
  const summed: string[] = [];
  if (rule === 'flow-opening-plus-months') {
    const o = c.s.openings.get(bi * c.s.indicators.length + ii);
    if (o !== undefined) {
      const v = format(o.value);
      inputs.push({ board, indicator: ind.code, kind: 'opening', value: v, ...(o.source === undefined ? {} : { source: o.source }) });
      summed.push(v);
    }
  }
  for (let m = from; m <= to; m++) {
    const slot = sr === undefined ? -1 : m - sr.start;
    const v = sr === undefined ? undefined : slotValue(sr, slot);
    if (v === undefined) {
      missingCount++;
      if (missing.length < MISSING_ITEMS_CAP) missing.push({ board, indicator: ind.code, what: 'month', month: monthIndexText(m) });
      continue;
    }
    const text = format(v);
    const src = slotSource(c.s, sr!, slot);
    const est = sr!.estimated?.[slot] === 1;
    inputs.push({ board, indicator: ind.code, kind: 'month', month: monthIndexText(m), value: text, ...(src === undefined ? {} : { source: src }), ...(est ? { estimated: true } : {}) });
    summed.push(text);
  }
  if (missingCount > 0) return { ...head, rule, text, inputs, value: null, status: 'missing', missing: { count: missingCount, items: missing } };
  return { ...head, rule, text, inputs, value: sumDecimalTexts(summed), status: 'ok' };
}

function sc(v: DecimalString): Scaled {
  return parseScaled(v)!;
}

