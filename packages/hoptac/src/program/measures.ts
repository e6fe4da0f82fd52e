import { HoptacError } from '../errors.js';
import { messageBoth } from '../messages/index.js';
import { add, divRound, format, parseScaled, type Scaled, trim } from '../decimal/scaled.js';
import { consolidate } from '../consolidate/consolidate.js';
import { ALL, type ConsolidatedRow, MISSING_ITEMS_CAP, type MissingItem } from '../consolidate/types.js';
import { builtInCatalogue } from '../indicator/builtin.js';
import type { Catalogue, Indicator } from '../indicator/types.js';
import { bounds, monthFromIndex, monthIndexText } from '../period/core.js';
import { toString as periodText } from '../period/format.js';
import type { Period } from '../period/types.js';
import type { ObservationSet } from '../observation/set.js';
import { activitiesBetween, countActivities, type ActivityCount } from './activities.js';
import { programChain } from './chain.js';
import { programBounds } from './internal/spans.js';
import type { Program, ProgramFile } from './types.js';
import { expectObject } from '../internal/args.js';
import { expectCode, expectProgramFile, expectPrograms, periodArgument } from './internal/guards.js';

/** The program-aware measures. */
export type ProgramMeasure = 'program_to_date' | 'since_inception';

/** A consolidated figure of a program-aware measure, and the span of months it covers. */
export interface ProgramRow extends Omit<ConsolidatedRow, 'measure'> {
  readonly measure: ProgramMeasure;
  /** canonical text of the months summed or read (`2016/2017`, `2016-01/2017-06`) */
  readonly span: string;
}

/** Options of {@link programToDate} and {@link sinceInception}. */
export interface ProgramMeasureOptions {
  readonly catalogue?: Catalogue;
  /** default: the program's parties (for a chain: the last program's) */
  readonly boards?: readonly string[];
  /** default: every catalogue indicator */
  readonly indicators?: readonly string[];
  /** leave out the `ALL` rows */
  readonly withoutAll?: boolean;
}

/** The result of a program-aware measure. */
export interface ProgramConsolidation {
  readonly measure: ProgramMeasure;
  /** the program asked for */
  readonly program: string;
  /** canonical text of the period asked for */
  readonly period: string;
  readonly boards: readonly string[];
  readonly indicators: readonly string[];
  readonly rows: readonly ProgramRow[];
  /** `program_to_date` only: the program's cooperation activities dated from its first month through the span's end */
  readonly activities?: ActivityCount;
}

const spanOf = (a: number, b: number): Period => ({ kind: 'span', from: monthFromIndex(a), to: monthFromIndex(b) });

/**
 * `program_to_date`: from the program's first month through the end of `period` (or the program's
 * last month, whichever comes first), by consolidation's own rules: it is `consolidate`'s `value`
 * over that span, so a flow sums the months, a stock takes the last month, a ratio divides its
 * parts' figures, and a missing month makes the figure missing. Throws `invalid-input` when the
 * period ends before the program starts.
 *
 * @example
 * ```ts
 * import { programToDate } from 'hoptac/program';
 * declare const program: import('hoptac/program').Program; // period 2016/2018, parties DN, LD, BP
 * declare const set: import('hoptac').ObservationSet;
 * programToDate(set, program, '2017-12', { indicators: ['export_value'] }).rows[0]?.span; // '2016/2017'
 * ```
 */
export function programToDate(set: ObservationSet, program: Program, period: Period | string, options: ProgramMeasureOptions = {}): ProgramConsolidation {
  expectObject('programToDate', 'set', set, 'observation-set');
  expectPrograms('programToDate', 'program', program);
  const p = periodArgument('programToDate', 'period', period);
  const [m0, m1] = programBounds(program);
  const end = Math.min(bounds(p)[1], m1);
  if (end < m0) throw new HoptacError('invalid-input', { count: 1, first: messageBoth('reason.period-before-program', { period: periodText(p), program: program.code, start: monthIndexText(m0) }) });
  const span = spanOf(m0, end);
  const c = consolidate(set, {
    period: span,
    ...(options.catalogue === undefined ? {} : { catalogue: options.catalogue }),
    boards: options.boards ?? program.parties,
    ...(options.indicators === undefined ? {} : { indicators: options.indicators }),
    measures: ['value'],
    ...(options.withoutAll === true ? { withoutAll: true } : {}),
  });
  const spanText = periodText(span);
  return Object.freeze({
    measure: 'program_to_date',
    program: program.code,
    period: periodText(p),
    boards: c.boards,
    indicators: c.indicators,
    rows: Object.freeze(c.rows.map((r) => Object.freeze({ ...r, measure: 'program_to_date' as const, span: spanText }))),
    activities: countActivities(activitiesBetween(program, monthIndexText(m0), monthIndexText(end))),
  });
}

/**
 * `since_inception`: from the first month of the earliest program of a chain (2007-2013 → 2013-2015
 * → 2016-2018) through the end of `period` (or the last program's last month). Each board counts
 * from the first month of the first program of the chain it was a party to (Bình Phước joins in
 * 2013), so months are never counted twice where programs overlap. `ALL` sums the boards' figures
 * (flows and stocks) and recomputes ratios from the summed parts; when every board starts together
 * it is consolidation's own `ALL`.
 *
 * @example
 * ```ts
 * import { sinceInception } from 'hoptac/program';
 * declare const file: import('hoptac/program').ProgramFile;
 * declare const set: import('hoptac').ObservationSet;
 * sinceInception(set, file, 'DN-LD-BP-2016', '2017', { indicators: ['export_value'] }).rows.map((r) => `${r.board} ${r.span}`);
 * // ['DN 2007/2017', 'BP 2013/2017', 'LD 2007/2017', 'ALL 2007/2017']
 * ```
 */
export function sinceInception(set: ObservationSet, file: ProgramFile, programCode: string, period: Period | string, options: ProgramMeasureOptions = {}): ProgramConsolidation {
  expectProgramFile('sinceInception', 'file', file);
  expectCode('sinceInception', 'programCode', programCode);
  const chain = programChain(file, programCode);
  const last = chain[chain.length - 1]!;
  const p = periodArgument('sinceInception', 'period', period);
  const first = programBounds(chain[0]!)[0];
  const end = Math.min(bounds(p)[1], programBounds(last)[1]);
  if (end < first) throw new HoptacError('invalid-input', { count: 1, first: messageBoth('reason.period-before-program', { period: periodText(p), program: chain[0]!.code, start: monthIndexText(first) }) });
  const boards = options.boards ?? last.parties;
  const inception = new Map<string, number>();
  for (const b of boards) {
    const joined = chain.find((q) => q.parties.includes(b));
    inception.set(b, joined === undefined ? first : programBounds(joined)[0]);
  }
  const catalogue = options.catalogue ?? builtInCatalogue;
  const base = {
    ...(options.catalogue === undefined ? {} : { catalogue: options.catalogue }),
    measures: ['value'] as const,
  };
  const starts = new Set(inception.values());
  const relabel = (r: ConsolidatedRow, a: number): ProgramRow => Object.freeze({ ...r, measure: 'since_inception' as const, span: periodText(spanOf(a, end)) });
  const result = (rows: readonly ProgramRow[], indicators: readonly string[]): ProgramConsolidation =>
    Object.freeze({ measure: 'since_inception', program: programCode, period: periodText(p), boards: Object.freeze([...boards]), indicators, rows: Object.freeze(rows) });

  if (starts.size <= 1) {
    const a = starts.size === 0 ? first : [...starts][0]!;
    const c = consolidate(set, {
      ...base,
      period: spanOf(a, end),
      boards,
      ...(options.indicators === undefined ? {} : { indicators: options.indicators }),
      ...(options.withoutAll === true ? { withoutAll: true } : {}),
    });
    return result(c.rows.map((r) => relabel(r, a)), c.indicators);
  }

  // Boards start at different months: one consolidation per board, ALL summed here.
  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i] as const));
  const wanted = options.indicators ?? catalogue.indicators.map((i) => i.code);
  const list: Indicator[] = wanted.map((code) => {
    const ind = byCode.get(code);
    if (ind === undefined) throw new HoptacError('unknown-indicator', { indicator: code });
    return ind;
  });
  const withParts = [...new Set(list.flatMap((i) => (i.kind === 'ratio' ? [i.code, i.numerator!, i.denominator!] : [i.code])))];
  const perBoard = new Map<string, Map<string, ConsolidatedRow>>();
  for (const b of boards) {
    const a = inception.get(b)!;
    const rows = new Map<string, ConsolidatedRow>();
    if (a <= end) {
      const c = consolidate(set, { ...base, period: spanOf(a, end), boards: [b], indicators: withParts, withoutAll: true });
      for (const r of c.rows) rows.set(r.indicator, r);
    }
    perBoard.set(b, rows);
  }
  const rowOf = (b: string, ind: Indicator): ConsolidatedRow => {
    const r = perBoard.get(b)?.get(ind.code);
    if (r !== undefined) return r;
    const item: MissingItem = { board: b, indicator: ind.code, what: 'history' };
    return { indicator: ind.code, board: b, measure: 'value', value: null, unit: ind.unit, status: 'missing', missing: { count: 1, items: [item] } };
  };
  const rows: ProgramRow[] = [];
  for (const ind of list) {
    for (const b of boards) rows.push(relabel(rowOf(b, ind), Math.min(inception.get(b)!, end)));
    if (options.withoutAll === true) continue;
    const all =
      ind.kind === 'ratio'
        ? ratioRow(ind, sumRows(boards.map((b) => rowOf(b, byCode.get(ind.numerator!)!))), sumRows(boards.map((b) => rowOf(b, byCode.get(ind.denominator!)!))))
        : sumRows(boards.map((b) => rowOf(b, ind)));
    rows.push(relabel({ ...all, indicator: ind.code, board: ALL, unit: ind.unit }, first));
  }
  return result(rows, Object.freeze(list.map((i) => i.code)));
}

function sumRows(rows: readonly ConsolidatedRow[]): ConsolidatedRow {
  const head = rows[0]!;
  const bad = rows.filter((r) => r.status !== 'ok');
  if (bad.length > 0) {
    const missing = bad.filter((r) => r.status === 'missing');
    if (missing.length === 0) return { ...head, value: null, status: 'undefined' };
    const items = missing.flatMap((r) => r.missing?.items ?? []).slice(0, MISSING_ITEMS_CAP);
    const count = missing.reduce((n, r) => n + (r.missing?.count ?? 0), 0);
    return { indicator: head.indicator, board: ALL, measure: 'value', value: null, unit: head.unit, status: 'missing', missing: { count, items } };
  }
  let acc: Scaled = { int: 0n, scale: 0 };
  for (const r of rows) acc = add(acc, parseScaled(r.value!)!);
  const estimated = rows.some((r) => r.estimated === true);
  return { indicator: head.indicator, board: ALL, measure: 'value', value: format(trim(acc)), unit: head.unit, status: 'ok', ...(estimated ? { estimated: true } : {}) };
}

function ratioRow(ind: Indicator, n: ConsolidatedRow, d: ConsolidatedRow): ConsolidatedRow {
  const base = { indicator: ind.code, board: ALL, measure: 'value' as const, unit: ind.unit };
  if (n.status === 'missing' || d.status === 'missing') {
    const items = [...(n.missing?.items ?? []), ...(d.missing?.items ?? [])].slice(0, MISSING_ITEMS_CAP);
    return { ...base, value: null, status: 'missing', missing: { count: (n.missing?.count ?? 0) + (d.missing?.count ?? 0), items } };
  }
  if (n.value === null || d.value === null) return { ...base, value: null, status: 'undefined' };
  const q = divRound(parseScaled(n.value)!, parseScaled(d.value)!, ind.decimals, ind.unit === '%' ? 2 : 0);
  if (q === undefined) return { ...base, value: null, status: 'undefined' };
  const estimated = n.estimated === true || d.estimated === true;
  return { ...base, value: format(q), status: 'ok', ...(estimated ? { estimated: true } : {}) };
}
