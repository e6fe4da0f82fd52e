import { HoptacError } from '../errors.js';
import { divRound, format } from '../decimal/scaled.js';
import type { DecimalString } from '../decimal/public.js';
import { builtInCatalogue } from '../indicator/builtin.js';
import type { Catalogue, Indicator } from '../indicator/types.js';
import { bounds, monthIndexText } from '../period/core.js';
import { parse as parsePeriod } from '../period/parse.js';
import type { Period } from '../period/types.js';
import type { ObservationSet } from '../observation/set.js';
import { findSeries, hasValueAt, isEstimatedAt, isReportedAt, listSeries, listTargets, seriesIndicator } from '../observation/query.js';
import { type ReportDue, reportingCalendar } from './calendar.js';
import { makeFinding } from './check.js';
import { obligationIndicators } from './groups.js';
import type { Board, ObligationKind, Program, ProgramFile, ProgramFinding } from './types.js';
import { expectPrograms } from './internal/guards.js';

/** Options of {@link completeness}. */
export interface CompletenessOptions {
  /** reports whose period ends in this span (or, with `by: 'due'`, that are due in it); default: each program's whole period */
  readonly span?: Period | string;
  /** what `span` selects, as in `reportingCalendar`: `period` (default) or `due` */
  readonly by?: 'period' | 'due';
  /** the boards, so that a party owes only while it exists (see `reportingCalendar`); default: a `ProgramFile`'s own */
  readonly boards?: readonly Board[];
  readonly catalogue?: Catalogue;
  /**
   * When each report arrived, as ISO dates. Observations carry no timestamp, so "on time" exists
   * only when the caller says when reports came: key `PARTY|PERIOD` for the final figures
   * (`LD|2017-03`), `PARTY|PERIOD|estimate` for an estimate. With a map, a reported report without
   * an entry is not on time; without a map, on-time counts are `null`.
   */
  readonly receivedOn?: ReadonlyMap<string, string>;
}

/** A cell a report needed and did not get. */
export interface MissingCell {
  readonly party: string;
  readonly indicator: string;
  /** `2017-03` */
  readonly month: string;
  /** `absent`: never entered; `blank`: entered empty; `estimated`: only an estimate where final figures are owed */
  readonly reason: 'absent' | 'blank' | 'estimated';
}

/** An annual target a `targets` report needed and did not get. */
export interface MissingTarget {
  readonly party: string;
  readonly indicator: string;
  /** `2018` */
  readonly year: string;
}

/** A report of the calendar with what the observations show of it. */
export interface ReportStatus extends ReportDue {
  /** every cell it needs has a value (final figures for a `final` report; a target for a `targets` report) */
  readonly reported: boolean;
  /** every cell of the indicators the workbook carries has a value (`notCarried` ones left out) */
  readonly reportedCarried: boolean;
  /** `null` without a `receivedOn` map */
  readonly onTime: boolean | null;
  readonly receivedOn?: string;
  /** how many cells it lacks */
  readonly missingCells: number;
}

/** Expected, reported and on-time reports, and the rates (percent, 2 places; `null` when nothing is expected). */
export interface ReportingRate {
  readonly expected: number;
  readonly reported: number;
  readonly onTime: number | null;
  readonly rate: DecimalString | null;
  readonly onTimeRate: DecimalString | null;
}

/** The result of {@link completeness}. */
export interface Completeness {
  readonly reports: readonly ReportStatus[];
  readonly total: ReportingRate;
  readonly byParty: readonly (ReportingRate & { readonly party: string })[];
  readonly byPeriod: readonly (ReportingRate & { readonly period: string })[];
  readonly byPartyAndPeriod: readonly (ReportingRate & { readonly party: string; readonly period: string })[];
  /** every cell missing from some report, once, by party, indicator and month */
  readonly missing: readonly MissingCell[];
  /** per obliged indicator (and kind: results or targets): the reports that need it, and those where it is complete */
  readonly byIndicator: readonly (ReportingRate & { readonly indicator: string; readonly kind: ObligationKind })[];
  /** every annual target missing from a `targets` report */
  readonly missingTargets: readonly MissingTarget[];
  /**
   * Obliged indicators the observations never carry (no value in any board or month; for targets, no
   * target at all), in obligation order. Each one alone makes every report that needs it incomplete.
   */
  readonly notCarried: readonly string[];
  /** the rates as they read without the `notCarried` indicators */
  readonly withoutNotCarried: {
    readonly total: ReportingRate;
    readonly byParty: readonly (ReportingRate & { readonly party: string })[];
    readonly byPeriod: readonly (ReportingRate & { readonly period: string })[];
  };
  /** `obligation-not-carried` (warning), once per indicator, with its code and name; path from the program (`['obligations', j]`), or from the list (`['programs', i, 'obligations', j]`) */
  readonly findings: readonly ProgramFinding[];
}

/**
 * Completeness of observations against a program's reporting obligations, like DHIS2's reporting
 * rate: each report of the calendar (see `reportingCalendar`) is reported when every cell it needs
 * has a value: for a flow, every month of the report's period; for a stock, its last month; for a
 * ratio, the cells of its parts. Final figures need final values; an estimate is satisfied by any
 * value. Rates are exact percentages rounded once to 2 places. Throws `unknown-indicator` for an
 * obligation's indicator the catalogue lacks.
 *
 * @example
 * ```ts
 * import { createObservations } from 'hoptac';
 * import { completeness, loadPrograms } from 'hoptac/program';
 * declare const file: ReturnType<typeof loadPrograms>;
 * const set = createObservations().add({ board: 'LD', indicator: 'export_value', month: '2017-01', value: '12.5' }).build();
 * const c = completeness(file.programs[2]!, set, { span: '2017-01' });
 * c.total.expected; // 3: DN, BP and LD each owe January
 * c.missing.length; // every cell of January but LD's exports
 * ```
 */
export function completeness(programs: Program | readonly Program[] | ProgramFile, set: ObservationSet, options: CompletenessOptions = {}): Completeness {
  expectPrograms('completeness', 'programs', programs);
  const catalogue = options.catalogue ?? builtInCatalogue;
  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i] as const));
  const { cell, carried, targets, carriedTargets } = heldCells(set);

  const list: readonly Program[] = Array.isArray(programs) ? programs : 'programs' in programs ? programs.programs : [programs as Program];
  const calendarOptions = { ...(options.by === undefined ? {} : { by: options.by }), ...(options.boards === undefined ? {} : { boards: options.boards }) };
  const calendar = reportingCalendar(programs, options.span, calendarOptions);
  const lacks: Lacks = { byCode, cell, targets, missing: new Map(), missingTargets: new Map() };
  const { missing, missingTargets } = lacks;
  const received = options.receivedOn;
  /** Is an indicator carried at all, for this kind of report? A ratio through both its parts. */
  const isCarried = (code: string, kind: ObligationKind): boolean => {
    if (kind === 'targets') return carriedTargets.has(code);
    const ind = byCode.get(code);
    if (ind?.kind === 'ratio') return isCarried(ind.numerator!, kind) && isCarried(ind.denominator!, kind);
    return carried.has(code);
  };
  const perIndicator = new Map<string, IndicatorReports>();
  const reports: ReportStatus[] = calendar.map((r) => {
    const [a, b] = bounds(parsePeriod(r.period));
    let lacking = 0;
    let lackingCarried = 0;
    for (const code of r.indicators) {
      const here = lackingCells(lacks, r, code, a, b);
      lacking += here;
      if (isCarried(code, r.kind)) lackingCarried += here;
      const ik = `${r.kind}|${code}`;
      let row = perIndicator.get(ik);
      if (row === undefined) perIndicator.set(ik, (row = { indicator: code, kind: r.kind, rs: [] }));
      row.rs.push({ reported: here === 0 });
    }
    const reported = lacking === 0;
    const on = received?.get(r.stage === 'final' ? `${r.party}|${r.period}` : `${r.party}|${r.period}|estimate`);
    const onTime = received === undefined ? null : reported && on !== undefined && on <= r.due;
    return Object.freeze({ ...r, reported, reportedCarried: lackingCarried === 0, onTime, ...(on === undefined ? {} : { receivedOn: on }), missingCells: lacking });
  });

  const hasMap = received !== undefined;
  const { byParty, byPeriod } = rateViews(reports, hasMap);
  const byPartyAndPeriod = ratesByPartyAndPeriod(reports, hasMap);
  const byIndicator = [...perIndicator.values()].map((x) => {
    const reportedN = x.rs.filter((r) => r.reported).length;
    return Object.freeze({ indicator: x.indicator, kind: x.kind, expected: x.rs.length, reported: reportedN, onTime: null, rate: pct(reportedN, x.rs.length), onTimeRate: null });
  });
  const { notCarried, findings } = notCarriedFindings(programs, list, byCode, reports, isCarried);
  const carriedView = reports.map((r) => ({ ...r, reported: r.reportedCarried }));
  const without = rateViews(carriedView, hasMap);
  return Object.freeze({
    reports: Object.freeze(reports),
    total: rate(reports, hasMap),
    byParty,
    byPeriod,
    byPartyAndPeriod: Object.freeze(byPartyAndPeriod),
    missing: Object.freeze([...missing.values()]),
    byIndicator: Object.freeze(byIndicator),
    missingTargets: Object.freeze([...missingTargets.values()]),
    notCarried: Object.freeze(notCarried),
    withoutNotCarried: Object.freeze({ total: rate(carriedView, hasMap), byParty: without.byParty, byPeriod: without.byPeriod }),
    findings: Object.freeze(findings),
  });
}

/** One indicator's reports of one kind, reported or not, for `byIndicator`. */
interface IndicatorReports {
  indicator: string;
  kind: ObligationKind;
  rs: { reported: boolean }[];
}

/** What a cell of the set holds: a final or estimated value, a reported blank; undefined when nothing. */
type CellState = 'final' | 'estimated' | 'blank';

/**
 * What the set holds: each cell's state, looked up in its series when asked (a national workbook
 * holds 332,640 observations, and a program asks about a few thousand of them), the targets, and
 * which indicators it carries at all.
 */
function heldCells(set: ObservationSet) {
  const carried = new Set<string>();
  for (const sr of listSeries(set)) carried.add(seriesIndicator(set, sr));
  const cell = (board: string, indicator: string, month: number): CellState | undefined => {
    const sr = findSeries(set, board, indicator);
    if (sr === undefined || !isReportedAt(sr, month)) return undefined;
    if (!hasValueAt(sr, month)) return 'blank';
    return isEstimatedAt(sr, month) ? 'estimated' : 'final';
  };
  const targets = new Set<string>();
  const carriedTargets = new Set<string>();
  for (const t of listTargets(set)) {
    targets.add(`${t.board}|${t.indicator}|${t.year}`);
    carriedTargets.add(t.indicator);
  }
  return { cell, carried, targets, carriedTargets };
}

/** The held cells and targets, and the missing ones found so far (each named once). */
interface Lacks {
  readonly byCode: ReadonlyMap<string, Indicator>;
  readonly cell: (board: string, indicator: string, month: number) => CellState | undefined;
  readonly targets: ReadonlySet<string>;
  readonly missing: Map<string, MissingCell>;
  readonly missingTargets: Map<string, MissingTarget>;
}

/** How many cells (or targets) one indicator of a report lacks over months a..b; records each missing one. */
function lackingCells(lacks: Lacks, r: ReportDue, code: string, a: number, b: number): number {
  const { byCode, cell, targets, missing, missingTargets } = lacks;
  let here = 0;
  if (r.kind === 'targets') {
    if (!byCode.has(code)) throw new HoptacError('unknown-indicator', { indicator: code });
    const year = r.period;
    if (!targets.has(`${r.party}|${code}|${year}`)) {
      here++;
      const key = `${r.party}|${code}|${year}`;
      if (!missingTargets.has(key)) missingTargets.set(key, Object.freeze({ party: r.party, indicator: code, year }));
    }
  } else {
    for (const [ind, months] of neededMonths(byCode, code, a, b)) {
      for (const m of months) {
        const state = cell(r.party, ind, m);
        const reason: MissingCell['reason'] | undefined =
          state === undefined ? 'absent' : state === 'blank' ? 'blank' : state === 'estimated' && r.stage === 'final' ? 'estimated' : undefined;
        if (reason === undefined) continue;
        here++;
        const month = monthIndexText(m);
        const key = `${r.party}|${ind}|${month}|${reason}`;
        if (!missing.has(key)) missing.set(key, Object.freeze({ party: r.party, indicator: ind, month, reason }));
      }
    }
  }
  return here;
}

/** Reports grouped by a key, in first-seen order. */
function groupReports<K extends string>(rs: readonly ReportStatus[], key: (r: ReportStatus) => K): Map<K, ReportStatus[]> {
  const m = new Map<K, ReportStatus[]>();
  for (const r of rs) {
    const k = key(r);
    const l = m.get(k);
    if (l === undefined) m.set(k, [r]);
    else l.push(r);
  }
  return m;
}

/** The rates by party and by period. */
function rateViews(rs: readonly ReportStatus[], hasMap: boolean) {
  return {
    byParty: Object.freeze([...groupReports(rs, (r) => r.party)].map(([party, g]) => Object.freeze({ party, ...rate(g, hasMap) }))),
    byPeriod: Object.freeze(
      [...groupReports(rs, (r) => r.period)].sort(([x], [y]) => comparePeriodText(x, y)).map(([period, g]) => Object.freeze({ period, ...rate(g, hasMap) })),
    ),
  };
}

/** The rates by party and period, sorted by party then period. */
function ratesByPartyAndPeriod(reports: readonly ReportStatus[], hasMap: boolean) {
  return [...groupReports(reports, (r) => `${r.party}|${r.period}`)]
    .map(([k, rs]) => {
      const cut = k.indexOf('|');
      return Object.freeze({ party: k.slice(0, cut), period: k.slice(cut + 1), ...rate(rs, hasMap) });
    })
    .sort((x, y) => (x.party < y.party ? -1 : x.party > y.party ? 1 : comparePeriodText(x.period, y.period)));
}

/** Obliged indicators never carried: named once each, with the first obligation that names them. */
function notCarriedFindings(
  programs: Program | readonly Program[] | ProgramFile,
  list: readonly Program[],
  byCode: ReadonlyMap<string, Indicator>,
  reports: readonly ReportStatus[],
  isCarried: (code: string, kind: ObligationKind) => boolean,
): { notCarried: string[]; findings: ProgramFinding[] } {
  const notCarried: string[] = [];
  const findings: ProgramFinding[] = [];
  const named = new Set<string>();
  list.forEach((p, pi) => {
    p.obligations.forEach((o, oi) => {
      for (const code of obligationIndicators(o)) {
        const kind = o.kind ?? 'results';
        if (named.has(code) || !byCode.has(code) || isCarried(code, kind)) continue;
        if (!reports.some((r) => r.kind === kind && r.indicators.includes(code))) continue;
        named.add(code);
        notCarried.push(code);
        const ind = byCode.get(code)!;
        const path = Array.isArray(programs) || 'programs' in programs ? ['programs', pi, 'obligations', oi] : ['obligations', oi];
        findings.push(makeFinding('obligation-not-carried', path, { indicator: code, program: p.code }, (lang) => ({ name: lang === 'vi' ? ind.nameVi : ind.nameEn })));
      }
    });
  });
  return { notCarried, findings };
}

function comparePeriodText(a: string, b: string): number {
  const [a0, a1] = bounds(parsePeriod(a));
  const [b0, b1] = bounds(parsePeriod(b));
  return a1 - b1 || b0 - a0; // by end, the shorter period first: 2017-12, 2017-Q4, 2017
}

/** The flow and stock cells an indicator needs for months a..b. */
function neededMonths(byCode: ReadonlyMap<string, Indicator>, code: string, a: number, b: number): [string, number[]][] {
  const ind = byCode.get(code);
  if (ind === undefined) throw new HoptacError('unknown-indicator', { indicator: code });
  if (ind.kind === 'ratio') return [...neededMonths(byCode, ind.numerator!, a, b), ...neededMonths(byCode, ind.denominator!, a, b)];
  if (ind.kind === 'stock') return [[code, [b]]];
  const months: number[] = [];
  for (let m = a; m <= b; m++) months.push(m);
  return [[code, months]];
}

function pct(n: number, d: number): DecimalString | null {
  if (d === 0) return null;
  return format(divRound({ int: BigInt(n), scale: 0 }, { int: BigInt(d), scale: 0 }, 2, 2)!);
}

function rate(reports: readonly { readonly reported: boolean; readonly onTime: boolean | null }[], hasMap: boolean): ReportingRate {
  const expected = reports.length;
  const reported = reports.filter((r) => r.reported).length;
  const onTime = hasMap ? reports.filter((r) => r.onTime === true).length : null;
  return Object.freeze({ expected, reported, onTime, rate: pct(reported, expected), onTimeRate: onTime === null ? null : pct(onTime, expected) });
}
