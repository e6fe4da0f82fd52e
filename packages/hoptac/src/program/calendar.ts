import { bounds, monthFromIndex } from '../period/core.js';
import { toString as periodText } from '../period/format.js';
import type { Period } from '../period/types.js';
import { obligationIndicators } from './groups.js';
import { firstDayOfMonthIndex, isoDate, lastDayOfMonthIndex } from './internal/dates.js';
import { boardDays, boardValidOn, programBounds } from './internal/spans.js';
import type { Board, Cadence, ObligationKind, Program, ProgramFile } from './types.js';
import { expectPrograms, periodArgument } from './internal/guards.js';

/** One report a party owes. */
export interface ReportDue {
  readonly program: string;
  /** the board that owes the report */
  readonly party: string;
  /** when a successor owes a merged party's report: the merged party */
  readonly onBehalfOf?: string;
  /** position of the obligation in the program's `obligations` */
  readonly obligation: number;
  /** `results`: the period's figures; `targets`: the year's targets */
  readonly kind: ObligationKind;
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

/** Options of {@link reportingCalendar}. */
export interface CalendarOptions {
  /**
   * The boards, with their validity and successors: a party owes a report only when it exists on
   * the period's last day (for targets: the year's first day), and a merged party's successor takes
   * over when the program sets `successorTakesOver`. Default: the boards of the `ProgramFile` given,
   * or none (every party always owes).
   */
  readonly boards?: readonly Board[];
  /**
   * What `span` selects: `period` (default), the reports whose period ends within it; `due`, the
   * reports due within it (a calendar of 2020 by `due` holds December 2019's report, due on
   * 2020-01-10, and not December 2020's, due on 2021-01-10).
   */
  readonly by?: 'period' | 'due';
}

/**
 * Every report the parties of one or more programs owe for periods that end within `span`
 * (default: each program's whole period), or with `{ by: 'due' }` the reports due within `span`,
 * sorted by due date, then party, period and obligation.
 *
 * For each obligation and each of its parties: `monthly` owes every month of the program's
 * period; `quarterly` and `annual` every calendar quarter or year, clipped to the program's first
 * and last month (a program starting in July 2013 owes `2013-07/2013-12` for 2013); `cumulative`
 * owes one report of the whole period after its last month. A report is due `dueDays` after the
 * period's last day; with `estimateFirst` an estimate is owed too, `estimateDueDays` after it.
 * A `targets` obligation owes each calendar year's targets, due `dueDays` after the last day of the
 * year before. Given the boards (pass a `ProgramFile`, or `options.boards`), a party owes only the
 * periods it exists at the end of: Bình Thuận's board, which ceased on 2025-06-30, owes June 2025
 * and nothing after; with `successorTakesOver` its successor owes the rest (`onBehalfOf: 'BT'`).
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
export function reportingCalendar(programs: Program | readonly Program[] | ProgramFile, span?: Period | string, options: CalendarOptions = {}): readonly ReportDue[] {
  expectPrograms('reportingCalendar', 'programs', programs);
  const list: readonly Program[] = isProgramList(programs) ? programs : isProgramFile(programs) ? programs.programs : [programs];
  const boards = new Map((options.boards ?? (isProgramFile(programs) ? programs.boards : [])).map((b) => [b.code, b] as const));
  const window = span === undefined ? undefined : bounds(periodArgument('reportingCalendar', 'span', span));
  const byDue = options.by === 'due';
  const dueWindow = window === undefined ? undefined : [firstDayOfMonthIndex(window[0]), lastDayOfMonthIndex(window[1])];
  const out: { r: ReportDue; end: number; partyPos: number; dueDay: number }[] = [];
  /** Who owes a party's report of a period whose reference day is `day`: the party, its successor, or nobody. */
  const debtor = (program: Program, party: string, day: number): string | undefined => {
    let code = party;
    const seen = new Set<string>();
    for (;;) {
      const b = boards.get(code);
      if (b === undefined || boardValidOn(b, day)) return code;
      const [from] = boardDays(b);
      if (day < from || program.successorTakesOver !== true || b.successor === undefined || seen.has(code)) return undefined;
      seen.add(code);
      code = b.successor;
    }
  };
  for (const program of list) {
    const [m0, m1] = programBounds(program);
    program.obligations.forEach((o, oi) => {
      const indicators = obligationIndicators(o);
      const targets = o.kind === 'targets';
      const periods: Period[] = targets ? yearsOf(m0, m1) : cadencePeriods(o.cadence, m0, m1);
      for (const period of periods) {
        const [start, end] = bounds(period);
        if (!byDue && window !== undefined && (end < window[0] || end > window[1])) continue;
        const text = periodText(period);
        const last = targets ? firstDayOfMonthIndex(start) - 1 : lastDayOfMonthIndex(end);
        const day = targets ? last + 1 : last;
        const owed = new Set<string>();
        for (const party of o.parties) {
          const who = debtor(program, party, day);
          if (who === undefined || owed.has(who)) continue;
          if (who !== party && o.parties.includes(who) && debtor(program, who, day) === who) continue;
          owed.add(who);
          const pos = program.parties.indexOf(who);
          const partyPos = pos >= 0 ? pos : program.parties.indexOf(party);
          const stages: ('estimate' | 'final')[] = o.estimateFirst ? ['estimate', 'final'] : ['final'];
          for (const stage of stages) {
            const dueDay = last + (stage === 'estimate' ? o.estimateDueDays : o.dueDays);
            if (byDue && dueWindow !== undefined && (dueDay < dueWindow[0]! || dueDay > dueWindow[1]!)) continue;
            out.push({
              r: Object.freeze({
                program: program.code,
                party: who,
                ...(who === party ? {} : { onBehalfOf: party }),
                obligation: oi,
                kind: targets ? 'targets' : 'results',
                cadence: o.cadence,
                period: text,
                stage,
                due: isoDate(dueDay),
                indicators,
              }),
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

/** The calendar years months a..b touch, whole (targets are set per year). */
function yearsOf(a: number, b: number): Period[] {
  const out: Period[] = [];
  for (let y = Math.floor(a / 12); y <= Math.floor(b / 12); y++) out.push({ kind: 'year', year: y });
  return out;
}

function isProgramFile(p: Program | readonly Program[] | ProgramFile): p is ProgramFile {
  return !Array.isArray(p) && 'programs' in p && 'boards' in p;
}

function isProgramList(p: Program | readonly Program[] | ProgramFile): p is readonly Program[] {
  return Array.isArray(p);
}
