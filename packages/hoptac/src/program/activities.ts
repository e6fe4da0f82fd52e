import { findingMessage } from '../messages/program.js';
import { endDay, isoDate, parseDate, startDay } from './internal/dates.js';
import { programDays } from './internal/spans.js';
import type { Activity, ActivityKind, FieldPath, Program, ProgramFile, ProgramFinding, ProgramFindingCode } from './types.js';

function finding(code: ProgramFindingCode, path: FieldPath, params: Readonly<Record<string, string | number>>): ProgramFinding {
  return Object.freeze({
    severity: 'error',
    code,
    path: Object.freeze([...path]),
    params: Object.freeze({ ...params }),
    message: findingMessage(code, params, 'en'),
    messageVi: findingMessage(code, params, 'vi'),
  });
}

/**
 * Findings on programs' cooperation activities: `activity-outside-program` (error: the date is
 * not within the program's period) and `activity-party-not-party` (error: a board named is not a
 * party to the program). Part of {@link checkPrograms}; also usable alone.
 *
 * @example
 * ```ts
 * import { checkActivities, loadPrograms } from 'hoptac/program';
 * declare const json: unknown; // examples/programs/dong-nai-lam-dong-binh-phuoc.json
 * checkActivities(loadPrograms(json)); // [] : every activity is dated within its program, by its parties
 * ```
 */
export function checkActivities(file: ProgramFile): readonly ProgramFinding[] {
  const out: ProgramFinding[] = [];
  file.programs.forEach((p, i) => {
    const [d0, d1] = programDays(p);
    p.activities.forEach((a, j) => {
      const at = ['programs', i, 'activities', j] as const;
      const date = parseDate(a.date, true)!;
      if (startDay(date) < d0 || endDay(date) > d1) {
        out.push(finding('activity-outside-program', [...at, 'date'], { date: a.date, period: p.period, program: p.code, from: isoDate(d0), to: isoDate(d1) }));
      }
      a.parties.forEach((b, k) => {
        if (!p.parties.includes(b)) out.push(finding('activity-party-not-party', [...at, 'parties', k], { board: b, date: a.date, program: p.code }));
      });
    });
  });
  return Object.freeze(out);
}

/** The activities of a program dated within [from, to] (ISO days, inclusive), in date order. */
export function activitiesBetween(program: Program, from: string, to: string): readonly Activity[] {
  const lo = startDay(parseDate(from, true)!);
  const hi = endDay(parseDate(to, true)!);
  return program.activities
    .map((a, i) => ({ a, i, day: startDay(parseDate(a.date, true)!) }))
    .filter((x) => x.day >= lo && x.day <= hi)
    .sort((x, y) => x.day - y.day || x.i - y.i)
    .map((x) => x.a);
}

/** How many activities, in all and by kind. */
export interface ActivityCount {
  readonly count: number;
  readonly byKind: Readonly<Partial<Record<ActivityKind, number>>>;
}

/** Counts activities (in all and by kind). */
export function countActivities(activities: readonly Activity[]): ActivityCount {
  const byKind: Partial<Record<ActivityKind, number>> = {};
  for (const a of activities) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  return Object.freeze({ count: activities.length, byKind: Object.freeze(byKind) });
}
