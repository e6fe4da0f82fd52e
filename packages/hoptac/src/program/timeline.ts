import { label as periodLabel } from '../period/format.js';
import { parse as parsePeriod } from '../period/parse.js';
import { programWord, timelineMessage } from '../messages/program.js';
import { endDay, isoDate, parseDate, startDay } from './internal/dates.js';
import { programDays } from './internal/spans.js';
import type { FieldPath, ProgramFile, ReviewKind } from './types.js';
import { expectProgramFile } from './internal/guards.js';

/** What happened on a timeline date. */
export type TimelineKind = 'program-start' | 'signed' | 'review' | 'program-end' | 'board-merged';

/** One dated event of programs and boards. */
export interface TimelineEvent {
  /** ISO date, or `YYYY-MM` when the source gives only the month */
  readonly date: string;
  readonly kind: TimelineKind;
  readonly program?: string;
  readonly board?: string;
  readonly reviewKind?: ReviewKind;
  readonly status?: 'held' | 'planned';
  /** where in the input the event comes from */
  readonly path: FieldPath;
  /** English */
  readonly text: string;
  readonly textVi: string;
}

const ORDER: Readonly<Record<TimelineKind, number>> = { 'program-end': 0, 'board-merged': 1, signed: 2, 'program-start': 3, review: 4 };

/**
 * The dated events of a program file in order: programs starting and ending (first and last day of
 * their periods), signatures, reviews (held or planned, with place, host and the span they say they
 * cover), and boards merging into their successors.
 *
 * @example
 * ```ts
 * import { loadPrograms, programTimeline } from 'hoptac/program';
 * declare const file: ReturnType<typeof loadPrograms>;
 * programTimeline(file).map((e) => `${e.date} ${e.text}`)[0]; // '2007-01-01 Program DN-LD-2007 starts: ...'
 * ```
 */
export function programTimeline(file: ProgramFile): readonly TimelineEvent[] {
  expectProgramFile('programTimeline', 'file', file);
  const events: { e: TimelineEvent; day: number; seq: number }[] = [];
  let seq = 0;
  const push = (e: TimelineEvent) => events.push({ e: Object.freeze(e), day: startDay(parseDate(e.date, true)!), seq: seq++ });
  const boardName = (code: string | undefined, lang: 'vi' | 'en') => {
    const b = file.boards.find((x) => x.code === code);
    return b === undefined ? (code ?? '') : lang === 'vi' ? b.nameVi : b.nameEn;
  };
  const both = (key: string, params: (lang: 'vi' | 'en') => Record<string, string | number>) => ({
    text: timelineMessage(key, params('en'), 'en'),
    textVi: timelineMessage(key, params('vi'), 'vi'),
  });
  file.programs.forEach((p, i) => {
    const [d0, d1] = programDays(p);
    const period = parsePeriod(p.period);
    push({
      date: isoDate(d0),
      kind: 'program-start',
      program: p.code,
      path: ['programs', i, 'period'],
      ...both('program-start', (lang) => ({ program: p.code, title: lang === 'vi' ? p.titleVi : p.titleEn, period: periodLabel(period, lang) })),
    });
    if (p.signedOn !== undefined) {
      push({
        date: p.signedOn,
        kind: 'signed',
        program: p.code,
        path: ['programs', i, 'signedOn'],
        ...both('signed', (lang) => ({ program: p.code, at: p.signedAt === undefined ? '' : timelineMessage('at', { place: p.signedAt }, lang) })),
      });
    }
    p.reviews.forEach((r, j) => {
      push({
        date: r.date,
        kind: 'review',
        program: p.code,
        reviewKind: r.kind,
        status: r.status,
        path: ['programs', i, 'reviews', j],
        ...both('review', (lang) => {
          const kind = programWord(r.kind, lang);
          return {
            program: p.code,
            kind,
            Kind: kind.charAt(0).toUpperCase() + kind.slice(1),
            status: programWord(r.status, lang),
            at:
              (r.place === undefined ? '' : timelineMessage('at', { place: r.place }, lang)) +
              (r.host === undefined ? '' : timelineMessage('hostedBy', { host: boardName(r.host, lang) }, lang)),
            covers: r.covers === undefined ? '' : timelineMessage('covers', { covers: periodLabel(parsePeriod(r.covers), lang) }, lang),
          };
        }),
      });
    });
    push({ date: isoDate(d1), kind: 'program-end', program: p.code, path: ['programs', i, 'period'], ...both('program-end', () => ({ program: p.code })) });
  });
  file.boards.forEach((b, i) => {
    if (b.successor === undefined) return;
    const date = b.succession?.decidedOn ?? (b.validUntil === undefined ? undefined : isoDate(endDay(parseDate(b.validUntil)!) + 1));
    if (date === undefined) return;
    push({
      date,
      kind: 'board-merged',
      board: b.code,
      path: ['boards', i, b.succession?.decidedOn === undefined ? 'validUntil' : 'succession'],
      ...both('board-merged', (lang) => ({
        board: lang === 'vi' ? b.nameVi : b.nameEn,
        successor: boardName(b.successor, lang),
        decision: b.succession?.decision === undefined ? '' : timelineMessage('decision', { decision: b.succession.decision }, lang),
      })),
    });
  });
  events.sort((x, y) => x.day - y.day || ORDER[x.e.kind] - ORDER[y.e.kind] || x.seq - y.seq);
  return Object.freeze(events.map((x) => x.e));
}
