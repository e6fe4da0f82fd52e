/**
 * consolidate/: the exact consolidation of format 1. `consolidate.ts` computes a period's figures
 * (flows sum their months, stocks take the last, ratios divide their summed parts and round once,
 * half away from zero; anything lacking a month, a board or a target is missing); `explain.ts` lists
 * the inputs of one figure; `options.ts` checks the options; `types.ts` is the result's shape.
 * `internal/` is for this folder only.
 *
 * May import: decimal/, indicator/, internal/, messages/, observation/, period/, unit/, errors.ts.
 * Imported by the package root, program/, report/ and workbook/.
 */
import { HoptacError } from '../errors.js';
import { add as addScaled, divRound, format, type Scaled, trim } from '../decimal/scaled.js';
import type { Indicator } from '../indicator/types.js';
import { bounds, monthIndexText } from '../period/core.js';
import { toString as periodText } from '../period/format.js';
import { checkOptions } from './options.js';
import { mergeMissing } from './merge-missing.js';
import { indicatorHasPlan } from './internal/plan.js';
import { internals, type ObservationSet, type Series, type SetInternals, SLOT_VALUE } from '../observation/internals.js';
import {
  ALL,
  type ConsolidateOptions,
  type Consolidation,
  type ConsolidatedRow,
  type Measure,
  MEASURES,
  MISSING_ITEMS_CAP,
  type MissingItem,
  type MissingSummary,
  type RowStatus,
} from './types.js';

/** A computed figure before it becomes a row. */
interface Fig {
  readonly v: Scaled | undefined;
  readonly status: RowStatus;
  readonly missing: MissingSummary | undefined;
  readonly estimated: boolean;
}

const OK = (v: Scaled, estimated = false): Fig => ({ v, status: 'ok', missing: undefined, estimated });
const UNDEF: Fig = { v: undefined, status: 'undefined', missing: undefined, estimated: false };
/** a target, or % of target, of an indicator no board has a target for in the year */
const NO_PLAN: Fig = { v: undefined, status: 'no-plan', missing: undefined, estimated: false };

function missingFig(m: MissingSummary): Fig {
  return { v: undefined, status: 'missing', missing: m, estimated: false };
}

/** The base measures every flow and stock has, computed per board. */
interface BaseFigs {
  value: Fig;
  ytd: Fig;
  spl: Fig;
  cumulative: Fig;
}

const PCT = 2;

/**
 * Consolidates a period by the rules of workbook format 1: for every indicator, every board and
 * `ALL`, the measures `value`, `ytd`, `same_period_last_year`, `vs_last_year_pct`, `target`,
 * `ytd_target_pct` and `cumulative`. Flows sum their months, stocks take the period's last month,
 * ratios divide their parts' figures (never averaged) and round once, half away from zero. A figure
 * that needs a month, a board or a target that is missing is `missing`, with what it lacked;
 * a division by zero is `undefined`. An indicator for which no board has a target in the year has
 * no plan: its `target` and `ytd_target_pct` are `no-plan` (not missing). Sums are exact.
 * Throws `invalid-period`, `unknown-indicator`.
 *
 * @example
 * ```ts
 * import { createObservations, consolidate } from 'hoptac';
 * const b = createObservations();
 * for (const [board, leased, leasable] of [['DN', '4600', '6600'], ['LD', '420.5', '900']] as const) {
 *   b.add({ board, indicator: 'leased_land_area', month: '2015-12', value: leased });
 *   b.add({ board, indicator: 'industrial_land_area', month: '2015-12', value: leasable });
 * }
 * const r = consolidate(b.build(), { period: '2015-12', indicators: ['occupancy_rate'], measures: ['value'] });
 * r.rows.map((x) => `${x.board} ${x.value}`); // ['DN 69.70', 'LD 46.72', 'ALL 66.94']
 * ```
 */
export function consolidate(set: ObservationSet, options: ConsolidateOptions): Consolidation {
  const s = internals(set);
  const o = checkOptions('consolidate', options);
  const { period, catalogue } = o;
  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i] as const));
  for (const code of s.indicators) if (!byCode.has(code)) throw new HoptacError('unknown-indicator', { indicator: code });
  const wanted = o.indicators ?? catalogue.indicators.map((i) => i.code);
  const list: Indicator[] = wanted.map((code) => {
    const ind = byCode.get(code);
    if (ind === undefined) throw new HoptacError('unknown-indicator', { indicator: code });
    return ind;
  });
  const boards = o.boards ?? s.boards;
  const boardIdx = boards.map((b) => s.boards.indexOf(b)); // -1: a board with no data at all
  const measures = new Set<Measure>(o.measures ?? MEASURES);

  const [p0, p1] = bounds(period);
  const year = Math.floor(p1 / 12);
  const ctx: Ctx = { s, p0, p1, y0: year * 12, year };

  // Flows and stocks needed, directly or as ratio parts.
  const needed = new Map<string, Indicator>();
  for (const ind of list) {
    if (ind.kind === 'ratio') {
      for (const part of [ind.numerator!, ind.denominator!]) {
        const p = byCode.get(part);
        if (p === undefined) throw new HoptacError('unknown-indicator', { indicator: part });
        needed.set(part, p);
      }
    } else needed.set(ind.code, ind);
  }
  // base[code][board position] (board position boards.length = ALL)
  const base = new Map<string, BaseFigs[]>();
  for (const ind of needed.values()) {
    const ii = s.indicators.indexOf(ind.code);
    const perBoard = boardIdx.map((bi, pos) => baseFigs(ctx, ind, bi, ii, boards[pos]!));
    perBoard.push(allOf(perBoard));
    base.set(ind.code, perBoard);
  }

  const rows: ConsolidatedRow[] = [];
  const boardNames = options.withoutAll ? [...boards] : [...boards, ALL];
  for (const ind of list) {
    const planned = indicatorHasPlan(s, boardIdx, s.indicators.indexOf(ind.code), year);
    for (let pos = 0; pos < boardNames.length; pos++) {
      const board = boardNames[pos]!;
      const emit = (measure: Measure, f: Fig, unit = ind.unit, decimals?: number) => {
        if (!measures.has(measure)) return;
        rows.push(toRow(ind.code, board, measure, f, unit, decimals));
      };
      if (ind.kind === 'ratio') {
        const n = base.get(ind.numerator!)![pos]!;
        const d = base.get(ind.denominator!)![pos]!;
        const mult = ind.unit === '%' ? 2 : 0;
        emit('value', ratio(n.value, d.value, ind.decimals, mult), ind.unit, ind.decimals);
        emit('ytd', ratio(n.ytd, d.ytd, ind.decimals, mult), ind.unit, ind.decimals);
        emit('same_period_last_year', ratio(n.spl, d.spl, ind.decimals, mult), ind.unit, ind.decimals);
        emit('cumulative', ratio(n.cumulative, d.cumulative, ind.decimals, mult), ind.unit, ind.decimals);
        continue;
      }
      const f = base.get(ind.code)![pos]!;
      const target = planFig(ctx, ind, planned, boardIdx, boards, pos);
      emit('value', f.value);
      emit('ytd', f.ytd);
      emit('same_period_last_year', f.spl);
      emit('vs_last_year_pct', ratio(f.value, f.spl, PCT, 2), '%', PCT);
      emit('target', target);
      emit('ytd_target_pct', planned ? ratio(f.ytd, target, PCT, 2) : NO_PLAN, '%', PCT);
      emit('cumulative', f.cumulative);
    }
  }
  // Keep measures in the format's order within each indicator × board.
  const order = new Map(MEASURES.map((m, i) => [m, i] as const));
  const sorted = stableGroupSort(rows, order);
  return Object.freeze({ period: periodText(period), boards: Object.freeze([...boards]), indicators: Object.freeze(list.map((i) => i.code)), rows: Object.freeze(sorted) });
}

function stableGroupSort(rows: ConsolidatedRow[], order: ReadonlyMap<Measure, number>): ConsolidatedRow[] {
  // the rows are made in the format's order: then there is nothing to move
  let inOrder = true;
  for (let k = 1; k < rows.length && inOrder; k++) {
    const a = rows[k - 1]!;
    const b = rows[k]!;
    inOrder = a.indicator !== b.indicator || a.board !== b.board || order.get(a.measure)! <= order.get(b.measure)!;
  }
  if (inOrder) return rows;
  const out: ConsolidatedRow[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j < rows.length && rows[j]!.indicator === rows[i]!.indicator && rows[j]!.board === rows[i]!.board) j++;
    out.push(...rows.slice(i, j).sort((a, b) => order.get(a.measure)! - order.get(b.measure)!));
    i = j;
  }
  return out;
}

function toRow(indicator: string, board: string, measure: Measure, f: Fig, unit: Indicator['unit'], decimals?: number): ConsolidatedRow {
  const value = f.v === undefined ? null : decimals === undefined ? format(trim(f.v)) : format(f.v);
  return Object.freeze({
    indicator,
    board,
    measure,
    value,
    unit,
    status: f.status,
    ...(f.missing === undefined ? {} : { missing: f.missing }),
    ...(f.estimated ? { estimated: true } : {}),
  });
}

interface Ctx {
  readonly s: SetInternals;
  readonly p0: number;
  readonly p1: number;
  readonly y0: number;
  readonly year: number;
}

function ratio(n: Fig, d: Fig, decimals: number, multiplierExp: number): Fig {
  if (n.status === 'missing' || d.status === 'missing') return missingFig(mergeMissing([n, d]));
  if (n.v === undefined || d.v === undefined) return UNDEF;
  const q = divRound(n.v, d.v, decimals, multiplierExp);
  return q === undefined ? UNDEF : OK(q, n.estimated || d.estimated);
}

function sumFigs(figs: readonly Fig[]): Fig {
  let acc: Scaled = { int: 0n, scale: 0 };
  let est = false;
  for (const f of figs) {
    if (f.status !== 'ok') return missingFig(mergeMissing(figs.filter((x) => x.status !== 'ok')));
    acc = addScaled(acc, f.v!);
    est ||= f.estimated;
  }
  return OK(trim(acc), est);
}

function allOf(perBoard: readonly BaseFigs[]): BaseFigs {
  return {
    value: sumFigs(perBoard.map((b) => b.value)),
    ytd: sumFigs(perBoard.map((b) => b.ytd)),
    spl: sumFigs(perBoard.map((b) => b.spl)),
    cumulative: sumFigs(perBoard.map((b) => b.cumulative)),
  };
}

/** The target of board position `pos` (`boards.length` = ALL): no plan, one board's, or the sum of all boards'. */
function planFig(ctx: Ctx, ind: Indicator, planned: boolean, boardIdx: readonly number[], boards: readonly string[], pos: number): Fig {
  if (!planned) return NO_PLAN;
  if (pos < boards.length) return targetFig(ctx, ind, boardIdx[pos]!, boards[pos]!);
  return sumFigs(boardIdx.map((bi, bpos) => targetFig(ctx, ind, bi, boards[bpos]!)));
}

function targetFig(ctx: Ctx, ind: Indicator, bi: number, board: string): Fig {
  const ii = ctx.s.indicators.indexOf(ind.code);
  const t = bi < 0 || ii < 0 ? undefined : ctx.s.targets.get(`${bi}|${ii}|${ctx.year}`);
  if (t === undefined) return missingFig({ count: 1, items: [{ board, indicator: ind.code, what: 'target', year: ctx.year }] });
  return OK(t.value);
}

function baseFigs(ctx: Ctx, ind: Indicator, bi: number, ii: number, board: string): BaseFigs {
  const sr = bi < 0 || ii < 0 ? undefined : ctx.s.series[bi * ctx.s.indicators.length + ii];
  const { p0, p1, y0 } = ctx;
  if (ind.kind === 'flow') {
    const first = bi < 0 ? -1 : ctx.s.boardFirst[bi]!;
    let cumulative: Fig;
    if (first < 0 || p1 < first) {
      cumulative = missingFig({ count: 1, items: [{ board, indicator: ind.code, what: 'history' }] });
    } else {
      const sum = sumRange(sr, first, p1, board, ind.code);
      const opening = ctx.s.openings.get(bi * ctx.s.indicators.length + ii);
      cumulative = sum.status === 'ok' && opening !== undefined ? OK(trim(addScaled(sum.v!, opening.value)), sum.estimated) : sum;
    }
    return {
      value: sumRange(sr, p0, p1, board, ind.code),
      ytd: sumRange(sr, y0, p1, board, ind.code),
      spl: sumRange(sr, p0 - 12, p1 - 12, board, ind.code),
      cumulative,
    };
  }
  const last = sumRange(sr, p1, p1, board, ind.code);
  return { value: last, ytd: last, spl: sumRange(sr, p1 - 12, p1 - 12, board, ind.code), cumulative: last };
}

/** Exact sum of months a..b of a series; missing when any month is absent or blank. */
function sumRange(sr: Series | undefined, a: number, b: number, board: string, indicator: string): Fig {
  if (sr === undefined) return missingMonths(undefined, a, b, board, indicator);
  const lo = a - sr.start;
  const hi = b - sr.start;
  if (lo < 0 || hi >= sr.flags.length) return missingMonths(sr, a, b, board, indicator);
  const flags = sr.flags;
  let est = false;
  if (sr.mant !== undefined) {
    const m = sr.mant;
    let acc = 0;
    for (let k = lo; k <= hi; k++) {
      if (flags[k] !== SLOT_VALUE) return missingMonths(sr, a, b, board, indicator);
      acc += m[k]!; // exact: safe integers whose total is checked below 2^52 when the set was built
    }
    if (sr.estimated !== undefined) for (let k = lo; k <= hi; k++) est ||= sr.estimated[k] === 1;
    return OK({ int: BigInt(acc), scale: sr.scale }, est);
  }
  const big = sr.big!;
  let acc = 0n;
  for (let k = lo; k <= hi; k++) {
    if (flags[k] !== SLOT_VALUE) return missingMonths(sr, a, b, board, indicator);
    acc += big[k]!;
  }
  if (sr.estimated !== undefined) for (let k = lo; k <= hi; k++) est ||= sr.estimated[k] === 1;
  return OK({ int: acc, scale: sr.scale }, est);
}

function missingMonths(sr: Series | undefined, a: number, b: number, board: string, indicator: string): Fig {
  let count = 0;
  const items: MissingItem[] = [];
  for (let m = a; m <= b; m++) {
    const slot = sr === undefined ? -1 : m - sr.start;
    const ok = sr !== undefined && slot >= 0 && slot < sr.flags.length && sr.flags[slot] === SLOT_VALUE;
    if (ok) continue;
    count++;
    if (items.length < MISSING_ITEMS_CAP) items.push({ board, indicator, what: 'month', month: monthIndexText(m) });
  }
  return missingFig({ count, items });
}
