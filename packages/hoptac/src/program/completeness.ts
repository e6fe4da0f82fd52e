import { HoptacError } from '../errors.js';
import { divRound, format } from '../decimal/scaled.js';
import type { DecimalString } from '../decimal/public.js';
import { builtInCatalogue } from '../indicator/builtin.js';
import type { Catalogue, Indicator } from '../indicator/types.js';
import { bounds, monthIndexText } from '../period/core.js';
import { parse as parsePeriod } from '../period/parse.js';
import type { Period } from '../period/types.js';
import { observations, type ObservationSet } from '../observation/set.js';
import { type ReportDue, reportingCalendar } from './calendar.js';
import type { Program } from './types.js';
import { expectPrograms } from './internal/guards.js';

/** Options of {@link completeness}. */
export interface CompletenessOptions {
  /** reports whose period ends in this span; default: each program's whole period */
  readonly span?: Period | string;
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

/** A report of the calendar with what the observations show of it. */
export interface ReportStatus extends ReportDue {
  /** every cell it needs has a value (final figures for a `final` report) */
  readonly reported: boolean;
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
export function completeness(programs: Program | readonly Program[], set: ObservationSet, options: CompletenessOptions = {}): Completeness {
  expectPrograms('completeness', 'programs', programs);
  const catalogue = options.catalogue ?? builtInCatalogue;
  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i] as const));
  const cells = new Map<string, 'final' | 'estimated' | 'blank'>();
  for (const o of observations(set)) cells.set(`${o.board}|${o.indicator}|${o.month}`, o.value === null ? 'blank' : o.status);

  const calendar = reportingCalendar(programs, options.span);
  const missing = new Map<string, MissingCell>();
  const received = options.receivedOn;
  const reports: ReportStatus[] = calendar.map((r) => {
    const [a, b] = bounds(parsePeriod(r.period));
    let lacking = 0;
    for (const code of r.indicators) {
      for (const [ind, months] of neededMonths(byCode, code, a, b)) {
        for (const m of months) {
          const month = monthIndexText(m);
          const state = cells.get(`${r.party}|${ind}|${month}`);
          const reason: MissingCell['reason'] | undefined =
            state === undefined ? 'absent' : state === 'blank' ? 'blank' : state === 'estimated' && r.stage === 'final' ? 'estimated' : undefined;
          if (reason === undefined) continue;
          lacking++;
          const key = `${r.party}|${ind}|${month}|${reason}`;
          if (!missing.has(key)) missing.set(key, Object.freeze({ party: r.party, indicator: ind, month, reason }));
        }
      }
    }
    const reported = lacking === 0;
    const on = received?.get(r.stage === 'final' ? `${r.party}|${r.period}` : `${r.party}|${r.period}|estimate`);
    const onTime = received === undefined ? null : reported && on !== undefined && on <= r.due;
    return Object.freeze({ ...r, reported, onTime, ...(on === undefined ? {} : { receivedOn: on }), missingCells: lacking });
  });

  const group = <K extends string>(key: (r: ReportStatus) => K) => {
    const m = new Map<K, ReportStatus[]>();
    for (const r of reports) {
      const k = key(r);
      const list = m.get(k);
      if (list === undefined) m.set(k, [r]);
      else list.push(r);
    }
    return m;
  };
  const hasMap = received !== undefined;
  const byParty = [...group((r) => r.party)].map(([party, rs]) => Object.freeze({ party, ...rate(rs, hasMap) }));
  const periods = [...group((r) => r.period)].sort(([x], [y]) => comparePeriodText(x, y));
  const byPeriod = periods.map(([period, rs]) => Object.freeze({ period, ...rate(rs, hasMap) }));
  const byPartyAndPeriod = [...group((r) => `${r.party}|${r.period}`)]
    .map(([k, rs]) => {
      const cut = k.indexOf('|');
      return Object.freeze({ party: k.slice(0, cut), period: k.slice(cut + 1), ...rate(rs, hasMap) });
    })
    .sort((x, y) => (x.party < y.party ? -1 : x.party > y.party ? 1 : comparePeriodText(x.period, y.period)));
  return Object.freeze({
    reports: Object.freeze(reports),
    total: rate(reports, hasMap),
    byParty: Object.freeze(byParty),
    byPeriod: Object.freeze(byPeriod),
    byPartyAndPeriod: Object.freeze(byPartyAndPeriod),
    missing: Object.freeze([...missing.values()]),
  });
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

function rate(reports: readonly ReportStatus[], hasMap: boolean): ReportingRate {
  const expected = reports.length;
  const reported = reports.filter((r) => r.reported).length;
  const onTime = hasMap ? reports.filter((r) => r.onTime === true).length : null;
  return Object.freeze({ expected, reported, onTime, rate: pct(reported, expected), onTimeRate: onTime === null ? null : pct(onTime, expected) });
}
