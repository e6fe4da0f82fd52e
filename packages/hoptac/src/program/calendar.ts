import { bounds, monthFromIndex } from '../period/core.js';
import { toString as periodText } from '../period/format.js';
import type { Period } from '../period/types.js';
import { obligationIndicators } from './groups.js';
import { isoDate, lastDayOfMonthIndex } from './internal/dates.js';
import { programBounds } from './internal/spans.js';
import type { Cadence, Program } from './types.js';
import { expectPrograms, periodArgument } from './internal/guards.js';

/** One report a party owes. */
export interface ReportDue {
  readonly program: string;
  readonly party: string;
  /** position of the obligation in the program's `obligations` */
  readonly obligation: number;
  readonly cadence: Cadence;
  /** canonical text of the period reported: `2017-03`, `2017-Q1`, `2017`, `2016/2018`, `2013-07/2013-09` */
  readonly period: string;
  /** `estimate`: the first estimate (ước tính); `final`: the final figures (chính thức) */
  readonly stage: 'estimate' | 'final';
  /** ISO date the report is due: the period's last day plus the obligation's days */
  readonly due: string;
  readonly indicators: readonly string[];
}

/** The periods of a cadence inside months a..b (indexes): calendar periods clipped to a..b. */
export function cadencePeriods(cadence: Cadence, a: number, b: number): Period[] {
  if (a > b) return [];
  if (cadence === 'monthly') {
    const out: Period[] = [];
    for (let m = a; m <= b; m++) out.push(monthFromIndex(m));
    return out;
  }
  if (cadence === 'cumulative') return [clip(a, b)];
  const size = cadence === 'quarterly' ? 3 : 12;
  const out: Period[] = [];
  for (let start = a - (a % size); start <= b; start += size) {
    const lo = Math.max(start, a);
    const hi = Math.min(start + size - 1, b);
    const year = Math.floor(start / 12);
    const whole: Period =
      size === 3 ? { kind: 'quarter', year, quarter: (((start % 12) / 3) + 1) as 1 | 2 | 3 | 4 } : { kind: 'year', year };
    out.push(lo === start && hi === start + size - 1 ? whole : clip(lo, hi));
  }
  return out;
}

function clip(a: number, b: number): Period {
  return { kind: 'span', from: monthFromIndex(a), to: monthFromIndex(b) };
}

/**
 * Every report the parties of one or more programs owe for periods that end within `span`
 * (default: each program's whole period), sorted by due date, then party, period and obligation.
 *
 * For each obligation and each of its parties: `monthly` owes every month of the program's
 * period; `quarterly` and `annual` every calendar quarter or year, clipped to the program's first
 * and last month (a program starting in July 2013 owes `2013-07/2013-12` for 2013); `cumulative`
 * owes one report of the whole period after its last month. A report is due `dueDays` after the
 * period's last day; with `estimateFirst` an estimate is owed too, `estimateDueDays` after it.
 * Dates are plain calendar arithmetic (no time zones).
 *
 * @example
 * ```ts
 * import { loadPrograms, reportingCalendar } from 'hoptac/program';
 * declare const file: ReturnType<typeof loadPrograms>;
 * const p = file.programs.find((x) => x.code === 'DN-LD-BP-2016')!;
 * reportingCalendar(p, '2017').filter((r) => r.party === 'LD' && r.cadence === 'monthly').length; // 12
 * ```
 */
export function reportingCalendar(programs: Program | readonly Program[], span?: Period | string): readonly ReportDue[] {
  const list: readonly Program[] = isProgramList(programs) ? programs : [programs];
  expectPrograms('reportingCalendar', 'programs', programs);
  const window = span === undefined ? undefined : bounds(periodArgument('reportingCalendar', 'span', span));
  const out: { r: ReportDue; end: number; partyPos: number; dueDay: number }[] = [];
  for (const program of list) {
    const [m0, m1] = programBounds(program);
    program.obligations.forEach((o, oi) => {
      const indicators = obligationIndicators(o);
      for (const period of cadencePeriods(o.cadence, m0, m1)) {
        const [, end] = bounds(period);
        if (window !== undefined && (end < window[0] || end > window[1])) continue;
        const text = periodText(period);
        const last = lastDayOfMonthIndex(end);
        for (const party of o.parties) {
          const partyPos = program.parties.indexOf(party);
          const stages: ('estimate' | 'final')[] = o.estimateFirst ? ['estimate', 'final'] : ['final'];
          for (const stage of stages) {
            const dueDay = last + (stage === 'estimate' ? o.estimateDueDays : o.dueDays);
            out.push({
              r: Object.freeze({ program: program.code, party, obligation: oi, cadence: o.cadence, period: text, stage, due: isoDate(dueDay), indicators }),
              end,
              partyPos,
              dueDay,
            });
          }
        }
      }
    });
  }
  out.sort(
    (x, y) =>
      x.dueDay - y.dueDay ||
      (x.r.program < y.r.program ? -1 : x.r.program > y.r.program ? 1 : 0) ||
      x.partyPos - y.partyPos ||
      x.end - y.end ||
      x.r.obligation - y.r.obligation ||
      (x.r.stage === y.r.stage ? 0 : x.r.stage === 'estimate' ? -1 : 1),
  );
  return Object.freeze(out.map((x) => x.r));
}

function isProgramList(p: Program | readonly Program[]): p is readonly Program[] {
  return Array.isArray(p);
}
