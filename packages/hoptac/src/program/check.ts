import { builtInCatalogue } from '../indicator/builtin.js';
import type { Catalogue } from '../indicator/types.js';
import { findingMessage, programWord } from '../messages/program.js';
import { monthIndexText } from '../period/core.js';
import { parse as parsePeriod } from '../period/parse.js';
import { contains } from '../period/ops.js';
import type { Period } from '../period/types.js';
import { checkActivities } from './activities.js';
import { INDICATOR_GROUPS } from './groups.js';
import { endDay, isoDate, monthIndexOf, parseDate, startDay } from './internal/dates.js';
import { findOverlaps, type OverlapPair } from './internal/overlaps.js';
import { boardDays, boardValidOn, programBounds, programDays } from './internal/spans.js';
import type { Board, FieldPath, ProgramFile, ProgramFinding, ProgramFindingCode } from './types.js';
import { expectProgramFile } from './internal/guards.js';

/** Options of {@link checkPrograms}. */
export interface CheckOptions {
  /** the catalogue obligations' indicators must belong to; default: the built-in catalogue */
  readonly catalogue?: Catalogue;
  /** at most this many findings of each code are listed (default 200); `counts` stays exact */
  readonly maxDetailsPerCode?: number;
}

/** The result of {@link programFindings}: the findings listed, and the exact count of each code. */
export interface ProgramFindings {
  /** at most `maxDetailsPerCode` per code, then a `findings-capped` warning when some were left out */
  readonly findings: readonly ProgramFinding[];
  /** exact count per finding code, even when the details are capped (`findings-capped` not counted) */
  readonly counts: Readonly<Record<string, number>>;
  /** true when no finding is an error */
  readonly ok: boolean;
}

const DEFAULT_CAP = 200;

type Params = Record<string, string | number>;

/** Severity of each finding code. */
export const FINDING_SEVERITY: ReadonlyMap<ProgramFindingCode, 'error' | 'warning'> = new Map<ProgramFindingCode, 'error' | 'warning'>([
  ['invalid-program', 'error'],
  ['review-span-mismatch', 'warning'],
  ['stated-duration-mismatch', 'warning'],
  ['signed-after-start', 'warning'],
  ['party-not-valid', 'error'],
  ['program-overlap', 'warning'],
  ['review-host-not-party', 'error'],
  ['review-outside-program', 'warning'],
  ['final-review-before-end', 'warning'],
  ['chain-mismatch', 'error'],
  ['chain-order', 'error'],
  ['legal-basis-superseded', 'warning'],
  ['unknown-indicator', 'error'],
  ['party-merged', 'warning'],
  ['obligation-not-carried', 'warning'],
  ['findings-capped', 'warning'],
  ['activity-outside-program', 'error'],
  ['activity-party-not-party', 'error'],
]);

/** Builds a finding; `localized` adds parameters that depend on the language (translated words). */
export function makeFinding(code: ProgramFindingCode, path: FieldPath, params: Params, localized?: (lang: 'vi' | 'en') => Params): ProgramFinding {
  return Object.freeze({
    severity: FINDING_SEVERITY.get(code) ?? 'error',
    code,
    path: Object.freeze([...path]),
    params: Object.freeze({ ...params }),
    message: findingMessage(code, { ...params, ...localized?.('en') }, 'en'),
    messageVi: findingMessage(code, { ...params, ...localized?.('vi') }, 'vi'),
  });
}

/**
 * Consistency findings on loaded program data, all in one pass, each with a stable code, a
 * severity and the path of the field:
 * - `review-span-mismatch` (warning): a final review's span is not the program's period, or an
 *   interim review's span leaves it (the seed's "2015-2018" review of a 2016-2018 program);
 * - `stated-duration-mismatch` (warning): a stated duration in months (years × 12) differs from
 *   the period's months (the seed's "5 years" for 2007-2013, which is 84 months);
 * - `signed-after-start` (warning): signed in a month after the period's first month;
 * - `party-not-valid` (error): a party does not exist on the signing day, the period's first or
 *   last day, or a review's day;
 * - `party-merged` (warning): a party that existed when the program began merged into its
 *   successor board during it; the finding names the successor and says whether it takes over the
 *   obligations (`successorTakesOver`); days after the merger are not `party-not-valid`;
 * - `program-overlap` (warning): two programs sharing at least two parties run in a common month
 *   (counted per set of parties by a sweep);
 * - `review-host-not-party` (error), `review-outside-program` (warning: a review before the
 *   period starts, or an interim review after it ends), `final-review-before-end` (warning: a final
 *   review before the program's last month; one in the last month, as year-end reviews in late
 *   December are, is normal);
 * - `chain-mismatch` (error: predecessor and successor links disagree), `chain-order` (error: a
 *   successor starts before its predecessor);
 * - `legal-basis-superseded` (warning: a basis replaced before the program started);
 * - `unknown-indicator` (error: an obligation's indicator is not in the catalogue);
 * - `findings-capped` (warning, last): more than `maxDetailsPerCode` (200) findings of a code; its
 *   message gives the exact counts (see {@link programFindings}).
 *
 * @example
 * ```ts
 * import { checkPrograms, loadPrograms } from 'hoptac/program';
 * declare const json: unknown; // examples/programs/dong-nai-lam-dong-binh-phuoc.json
 * checkPrograms(loadPrograms(json)).map((f) => f.code);
 * // ['stated-duration-mismatch', 'final-review-before-end', 'signed-after-start', 'program-overlap', 'review-span-mismatch']
 * ```
 */
export function checkPrograms(file: ProgramFile, options: CheckOptions = {}): readonly ProgramFinding[] {
  expectProgramFile('checkPrograms', 'file', file);
  return programFindings(file, options).findings;
}

/**
 * {@link checkPrograms} with the exact count of each code: at most `maxDetailsPerCode` findings of
 * a code are built and listed (default 200, as the workbook reader does), and a last
 * `findings-capped` warning gives the exact counts when some were left out. Overlaps are counted per
 * set of parties with a sweep, never by comparing every pair, so a file of 1,000 programs of the same
 * boards (499,500 overlapping pairs) lists 200 and counts them all.
 *
 * @example
 * ```ts
 * import { loadPrograms, programFindings } from 'hoptac/program';
 * declare const json: unknown; // examples/programs/dong-nai-lam-dong-binh-phuoc.json
 * const r = programFindings(loadPrograms(json));
 * r.counts['program-overlap']; // 1
 * r.ok; // true: the seeds' contradictions are warnings
 * ```
 */
export function programFindings(file: ProgramFile, options: CheckOptions = {}): ProgramFindings {
  expectProgramFile('programFindings', 'file', file);
  const capOption = options.maxDetailsPerCode ?? DEFAULT_CAP;
  const cap = Number.isInteger(capOption) && capOption >= 0 ? capOption : DEFAULT_CAP;
  const out: ProgramFinding[] = [];
  const counts = new Map<ProgramFindingCode, number>();
  let errors = 0;
  /** Counts every finding; builds (messages included) only the first `cap` of each code. */
  const add = (code: ProgramFindingCode, path: FieldPath, params: Params, localized?: (lang: 'vi' | 'en') => Params, count = 1): void => {
    const before = counts.get(code) ?? 0;
    counts.set(code, before + count);
    if ((FINDING_SEVERITY.get(code) ?? 'error') === 'error') errors += count;
    if (before < cap) out.push(makeFinding(code, path, params, localized));
  };
  const boards = new Map(file.boards.map((b) => [b.code, b] as const));
  const bases = new Map(file.legalBases.map((l) => [l.code, l] as const));
  const catalogue = options.catalogue ?? builtInCatalogue;
  const known = new Set(catalogue.indicators.map((i) => i.code));
  const index = new Map(file.programs.map((p, i) => [p.code, i] as const));
  // Overlaps with earlier programs of the same parties: counted exactly, the first `cap` listed.
  const overlaps = findOverlaps(
    file.programs.map((p) => {
      const [from, to] = programBounds(p);
      return { parties: p.parties, from, to };
    }),
    cap,
  );
  const overlapsOf = new Map<number, (typeof overlaps.pairs)[number][]>();
  for (const o of overlaps.pairs) overlapsOf.set(o.later, [...(overlapsOf.get(o.later) ?? []), o]);

  const ctx: ProgramCheck = { file, add, boards, bases, known, index };
  file.programs.forEach((p, i) => checkProgram(ctx, p, i, overlapsOf.get(i) ?? []));
  for (const f of checkActivities(file)) add(f.code, f.path, f.params);
  if (overlaps.count > 0) {
    counts.set('program-overlap', overlaps.count);
    if ((FINDING_SEVERITY.get('program-overlap') ?? 'error') === 'error') errors += overlaps.count;
  }
  const capped = [...counts].filter(([, n]) => n > cap);
  if (capped.length > 0) {
    out.push(makeFinding('findings-capped', [], { cap, counts: capped.map(([code, n]) => `${code}: ${n}`).join(', ') }));
  }
  return Object.freeze({ findings: Object.freeze(out), counts: Object.freeze(Object.fromEntries(counts)), ok: errors === 0 });
}

/** What every program's checks share: the file, the finding counter, and the file's lookups. */
interface ProgramCheck {
  readonly file: ProgramFile;
  readonly add: AddFinding;
  readonly boards: ReadonlyMap<string, Board>;
  readonly bases: ReadonlyMap<string, ProgramFile['legalBases'][number]>;
  readonly known: ReadonlySet<string>;
  readonly index: ReadonlyMap<string, number>;
}

/** Counts a finding; builds it (messages included) only while under the cap of its code. */
type AddFinding = (code: ProgramFindingCode, path: FieldPath, params: Params, localized?: (lang: 'vi' | 'en') => Params, count?: number) => void;

/** The path of a field of the program being checked. */
type ProgramPath = (...rest: (string | number)[]) => FieldPath;

type CheckedProgram = ProgramFile['programs'][number];

/** Every check of one program (its overlaps with earlier programs given). */
function checkProgram(ctx: ProgramCheck, p: CheckedProgram, i: number, overlapsOfP: readonly OverlapPair[]): void {
  const { file, add } = ctx;
  const at = (...rest: (string | number)[]): FieldPath => ['programs', i, ...rest];
  const period = parsePeriod(p.period);
  const [m0, m1] = programBounds(p);
  const [d0, d1] = programDays(p);
  const months = m1 - m0 + 1;

  if (p.statedDuration !== undefined && p.statedDuration.months !== months) {
    add('stated-duration-mismatch', at('statedDuration'), { program: p.code, text: p.statedDuration.text, statedMonths: p.statedDuration.months, period: p.period, months });
  }

  if (p.signedOn !== undefined) {
    const signed = parseDate(p.signedOn, true)!;
    if (monthIndexOf(signed) > m0) {
      add('signed-after-start', at('signedOn'), { program: p.code, signedOn: p.signedOn, period: p.period, start: monthIndexText(m0) });
    }
  }

  checkParties(ctx, p, at, d0, d1);
  checkReviews(ctx, p, at, period, m1, d0, d1);
  checkChain(ctx, p, at, m0);
  checkLegalBases(ctx, p, at, d0);
  checkObligationIndicators(ctx, p, at);
  for (const o of overlapsOfP) {
    const q = file.programs[o.earlier]!;
    const overlap = o.from === o.to ? monthIndexText(o.from) : `${monthIndexText(o.from)}/${monthIndexText(o.to)}`;
    add('program-overlap', at('period'), { program: p.code, other: q.code, parties: o.shared.join(', '), overlap }, undefined, 0);
  }
}

/** Parties on the signing day, at both ends of the period, and on review days. */
function checkParties(ctx: ProgramCheck, p: CheckedProgram, at: ProgramPath, d0: number, d1: number): void {
  const { add, boards } = ctx;
  const checks: { path: FieldPath; day: number; what: string }[] = [];
  if (p.signedOn !== undefined) checks.push({ path: at('signedOn'), day: startDay(parseDate(p.signedOn, true)!), what: 'signing' });
  checks.push({ path: at('period'), day: d0, what: 'periodStart' }, { path: at('period'), day: d1, what: 'periodEnd' });
  p.reviews.forEach((r, j) => checks.push({ path: at('reviews', j, 'date'), day: startDay(parseDate(r.date, true)!), what: 'review' }));
  p.parties.forEach((code, k) => {
    const b = boards.get(code);
    if (b === undefined) return;
    // A party that existed when the program began and merged into its successor during it
    // describes reality: a warning naming the successor; days after the merger are not checked.
    const [from, until] = boardDays(b);
    const began = checks.some((c) => c.what !== 'review' && c.what !== 'periodEnd' && from <= c.day && c.day <= until);
    const merged = b.successor !== undefined && began && until < d1;
    if (merged) {
      const takeOver = p.successorTakesOver === true ? 'yes' : 'no';
      add('party-merged', at('parties', k), { board: code, program: p.code, until: isoDate(until), successor: b.successor!, from: isoDate(until + 1) }, (lang) => ({
        obligations: programWord(takeOver === 'yes' ? 'successorTakesOver' : 'successorDoesNotTakeOver', lang, { successor: b.successor!, from: isoDate(until + 1) }),
      }));
    }
    const reported = new Set<string>();
    for (const c of checks) {
      const key = c.path.join('.');
      if (reported.has(key) || boardValidOn(b, c.day) || (merged && c.day > until)) continue;
      reported.add(key);
      add('party-not-valid', c.path, { board: code, date: isoDate(c.day), program: p.code }, (lang) => ({ what: programWord(c.what, lang), validity: validityText(b, lang) }));
    }
  });

}

/** Each review: hosted by a party, inside the program, covering the right span. */
function checkReviews(ctx: ProgramCheck, p: CheckedProgram, at: ProgramPath, period: Period, m1: number, d0: number, d1: number): void {
  const { add } = ctx;
  p.reviews.forEach((r, j) => {
    const kind = (lang: 'vi' | 'en') => ({ review: programWord(r.kind, lang) });
    if (r.host !== undefined && !p.parties.includes(r.host)) {
      add('review-host-not-party', at('reviews', j, 'host'), { host: r.host, program: p.code });
    }
    const date = parseDate(r.date, true)!;
    if (endDay(date) < d0 || (r.kind === 'interim' && startDay(date) > d1)) {
      add('review-outside-program', at('reviews', j, 'date'), { date: r.date, period: p.period, program: p.code, kind: r.kind }, kind);
    } else if (r.kind === 'final' && monthIndexOf(date) < m1) {
      // a final review in the program's last month (late December) is normal
      add('final-review-before-end', at('reviews', j, 'date'), { date: r.date, period: p.period, program: p.code, end: isoDate(d1) });
    }
    if (r.covers !== undefined) {
      const covers = parsePeriod(r.covers);
      const bad = r.kind === 'final' ? !(contains(period, covers) && contains(covers, period)) : !contains(period, covers);
      if (bad) {
        add('review-span-mismatch', at('reviews', j, 'covers'), { program: p.code, covers: r.covers, period: p.period, kind: r.kind }, kind);
      }
    }
  });

}

/** Chain links: both sides agree, and time runs forward. */
function checkChain(ctx: ProgramCheck, p: CheckedProgram, at: ProgramPath, m0: number): void {
  const { file, add, index } = ctx;
  if (p.successor !== undefined) {
    const q = file.programs[index.get(p.successor) ?? -1];
    if (q !== undefined) {
      if (q.predecessor !== undefined && q.predecessor !== p.code) {
        add('chain-mismatch', at('successor'), { program: p.code, other: q.code }, (lang) => ({ relation: programWord('successor', lang), back: `${programWord('predecessor', lang)} ${q.predecessor ?? ''}`.trim() }));
      }
      if (programBounds(q)[0] < m0) {
        add('chain-order', at('successor'), { program: p.code, other: q.code, start: monthIndexText(m0), otherStart: monthIndexText(programBounds(q)[0]) });
      }
    }
  }
  if (p.predecessor !== undefined) {
    const q = file.programs[index.get(p.predecessor) ?? -1];
    if (q !== undefined) {
      if (q.successor !== undefined && q.successor !== p.code) {
        add('chain-mismatch', at('predecessor'), { program: p.code, other: q.code }, (lang) => ({ relation: programWord('predecessor', lang), back: `${programWord('successor', lang)} ${q.successor ?? ''}`.trim() }));
      }
      // reported from the predecessor's side when it names this program as successor
      if (q.successor !== p.code && m0 < programBounds(q)[0]) {
        add('chain-order', at('predecessor'), { program: q.code, other: p.code, start: monthIndexText(programBounds(q)[0]), otherStart: monthIndexText(m0) });
      }
    }
  }

}

/** Legal bases already replaced when the program starts. */
function checkLegalBases(ctx: ProgramCheck, p: CheckedProgram, at: ProgramPath, d0: number): void {
  const { add, bases } = ctx;
  p.legalBases.forEach((code, j) => {
    const basis = bases.get(code);
    const next = basis?.replacedBy === undefined ? undefined : bases.get(basis.replacedBy);
    if (next !== undefined && startDay(parseDate(next.issuedOn)!) < d0) {
      add('legal-basis-superseded', at('legalBases', j), { basis: code, program: p.code, replacedBy: next.code, replacedOn: next.issuedOn, start: isoDate(d0) });
    }
  });

}

/** Obliged indicators (named or through a group) the catalogue does not know. */
function checkObligationIndicators(ctx: ProgramCheck, p: CheckedProgram, at: ProgramPath): void {
  const { add, known } = ctx;
  p.obligations.forEach((o, j) => {
    o.indicators.forEach((code, k) => {
      if (!known.has(code)) add('unknown-indicator', at('obligations', j, 'indicators', k), { indicator: code, program: p.code });
    });
    o.groups.forEach((g, k) => {
      for (const code of INDICATOR_GROUPS.get(g) ?? []) {
        if (!known.has(code)) add('unknown-indicator', at('obligations', j, 'groups', k), { indicator: code, program: p.code });
      }
    });
  });

}

function validityText(b: Board, lang: 'vi' | 'en'): string {
  const [from, until] = boardDays(b);
  const parts: string[] = [];
  if (Number.isFinite(from)) parts.push(programWord('from', lang, { date: isoDate(from) }));
  if (Number.isFinite(until)) parts.push(programWord('until', lang, { date: isoDate(until) }));
  return parts.length === 0 ? programWord('always', lang) : parts.join(' ');
}
