import { z } from 'zod';
import { type ErrorIssue, type SafeResult, safely } from '../errors.js';
import { toString as periodText } from '../period/format.js';
import { span as periodSpan } from '../period/ops.js';
import { safeParse as safeParsePeriod } from '../period/parse.js';
import { dateText, parseDate } from './internal/dates.js';
import { crossCheck } from './internal/cross-check.js';
import { invalidProgram, notJsonIssue, schemaIssues } from './internal/input-issues.js';
import type { Area, Board, LegalBasis, Obligation, Program, ProgramFile, Review } from './types.js';

const BOARD_CODE = /^[A-Z0-9_]{1,16}$/;
const PROGRAM_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

const text = (max = 500) => z.string().trim().min(1).max(max);
const date = z.string().refine((s) => parseDate(s) !== undefined, { message: 'program-input.date' });
const dateOrMonth = z.string().refine((s) => parseDate(s, true) !== undefined, { message: 'program-input.date-or-month' });
const period = z.string().superRefine((s, ctx) => {
  const r = safeParsePeriod(s);
  if (r.success) return;
  const { from, to } = r.error.params;
  if (from !== undefined && to !== undefined) ctx.addIssue({ code: 'custom', message: 'program-input.period-reversed', params: { text: s, to: String(to), from: String(from) } });
  else ctx.addIssue({ code: 'custom', message: 'program-input.not-a-period' });
});
const boardCode = z.string().regex(BOARD_CODE, 'program-input.board-code');
const programCode = z.string().regex(PROGRAM_CODE, 'program-input.program-code');

const boardSchema = z
  .object({
    code: boardCode,
    nameVi: text(),
    nameEn: text(),
    province: text(200),
    zoneKind: z.enum(['KCN', 'KKT', 'KCX']),
    focalUnit: text().optional(),
    validFrom: date.optional(),
    validUntil: date.optional(),
    successor: boardCode.optional(),
    succession: z.object({ decision: text(100).optional(), decidedOn: date.optional() }).strict().optional(),
    note: text(2000).optional(),
  })
  .strict();

const legalBasisSchema = z
  .object({
    code: text(100),
    titleVi: text(),
    titleEn: text().optional(),
    issuedOn: date,
    replacedBy: text(100).optional(),
  })
  .strict();

const areaSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9_]{1,64}$/, 'program-input.area-code'),
    nameVi: text(),
    nameEn: text(),
    responsibilities: z
      .array(z.object({ party: boardCode, textVi: text(2000), textEn: text(2000).optional() }).strict())
      .max(100)
      .default([]),
  })
  .strict();

const obligationSchema = z
  .object({
    kind: z.enum(['results', 'targets']).optional(),
    parties: z.array(boardCode).min(1).max(100).optional(),
    indicators: z.array(z.string().regex(/^[a-z0-9_]{1,64}$/, 'program-input.indicator-code')).max(1000).default([]),
    groups: z.array(z.enum(['investment', 'production', 'labour', 'land', 'environment'])).max(10).default([]),
    cadence: z.enum(['monthly', 'quarterly', 'annual', 'cumulative']),
    dueDays: z.number().int().min(0).max(366),
    estimateFirst: z.boolean().default(false),
    estimateDueDays: z.number().int().min(-31).max(366).optional(),
    note: text(2000).optional(),
  })
  .strict()
  .refine((o) => o.indicators.length + o.groups.length > 0, { message: 'program-input.obligation-empty', path: ['indicators'] })
  .refine((o) => o.estimateDueDays === undefined || o.estimateFirst, { message: 'program-input.estimate-needs-first', path: ['estimateDueDays'] })
  .refine((o) => o.estimateDueDays === undefined || o.estimateDueDays <= o.dueDays, { message: 'program-input.estimate-after-final', path: ['estimateDueDays'] })
  .refine((o) => o.kind !== 'targets' || o.cadence === 'annual', { message: 'program-input.targets-annual', path: ['cadence'] })
  .refine((o) => o.kind !== 'targets' || !o.estimateFirst, { message: 'program-input.targets-no-estimate', path: ['estimateFirst'] });

const reviewSchema = z
  .object({
    kind: z.enum(['interim', 'final']),
    status: z.enum(['held', 'planned']).default('held'),
    date: dateOrMonth,
    place: text(200).optional(),
    host: boardCode.optional(),
    covers: period.optional(),
    note: text(2000).optional(),
  })
  .strict();

const activitySchema = z
  .object({
    date,
    kind: z.enum(['conference', 'delegation', 'investor_referral', 'joint_promotion', 'training', 'labour_supply']),
    parties: z.array(boardCode).min(1).max(100),
    descriptionVi: text(2000),
    descriptionEn: text(2000).optional(),
    outcomes: z
      .array(z.object({ code: z.enum(['investors_introduced', 'projects_resulted', 'participants', 'workers_supplied']), value: z.number().int().min(0).max(1_000_000_000) }).strict())
      .max(10)
      .default([]),
  })
  .strict();

const programSchema = z
  .object({
    code: programCode,
    titleVi: text(),
    titleEn: text(),
    parties: z.array(boardCode).min(2, 'program-input.two-parties').max(100),
    period,
    signedOn: dateOrMonth.optional(),
    signedAt: text(200).optional(),
    predecessor: programCode.optional(),
    successor: programCode.optional(),
    legalBases: z.array(text(100)).max(100).default([]),
    areas: z.array(areaSchema).max(100).default([]),
    statedDuration: z
      .object({ text: text(200), years: z.number().int().min(1).max(100).optional(), months: z.number().int().min(1).max(1200).optional() })
      .strict()
      .refine((d) => (d.years === undefined) !== (d.months === undefined), { message: 'program-input.years-or-months' })
      .optional(),
    obligations: z.array(obligationSchema).max(1000).default([]),
    successorTakesOver: z.boolean().optional(),
    reviews: z.array(reviewSchema).max(1000).default([]),
    activities: z.array(activitySchema).max(10_000).default([]),
    sources: z.array(text(2000)).max(100).default([]),
    note: text(2000).optional(),
  })
  .strict();

/** The zod schema of a program file, before cross-references are checked. */
export const programFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('hoptac-programs/1').optional(),
    note: text(2000).optional(),
    boards: z.array(boardSchema).max(1000),
    legalBases: z.array(legalBasisSchema).max(1000).default([]),
    programs: z.array(programSchema).max(1000),
  })
  .strict();

/** What {@link loadPrograms} accepts, as plain JSON-shaped data. */
export type ProgramFileInput = z.input<typeof programFileSchema>;

type Parsed = z.output<typeof programFileSchema>;
/** A program file as its schema reads it, before the cross-reference checks (private to the program folder). */
export type ParsedProgramFile = Parsed;

/**
 * Validates a program file (parsed JSON, or JSON text) and returns it as plain readonly data:
 * periods in canonical text, stated years in months, defaults filled in, obligations' parties
 * expanded. Checks field shapes with zod and then every cross-reference (unique codes, parties and
 * hosts that are boards, successors that exist and do not loop, legal bases, predecessor and
 * successor programs). Throws `invalid-program` whose `issues` each carry the field's path. Facts
 * that contradict each other (a review's span, a stated duration) load fine: see `checkPrograms`.
 *
 * @example
 * ```ts
 * import { loadPrograms } from 'hoptac/program';
 * const file = loadPrograms({
 *   boards: [
 *     { code: 'DN', nameVi: 'Ban quản lý các KCN Đồng Nai', nameEn: 'Dong Nai IZ board', province: 'Đồng Nai', zoneKind: 'KCN' },
 *     { code: 'LD', nameVi: 'Ban quản lý các KCN Lâm Đồng', nameEn: 'Lam Dong IZ board', province: 'Lâm Đồng', zoneKind: 'KCN' },
 *   ],
 *   programs: [{ code: 'DN-LD-2007', titleVi: 'Chương trình hợp tác', titleEn: 'Cooperation program', parties: ['DN', 'LD'], period: '2007-2013' }],
 * });
 * file.programs[0]?.period; // '2007/2013'
 * ```
 */
export function loadPrograms(json: unknown): ProgramFile {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json) as unknown;
    } catch (e) {
      fail([notJsonIssue(e)]);
    }
  }
  const parsed = programFileSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) fail(schemaIssues(parsed.error.issues));
  const issues = crossCheck(parsed.data);
  if (issues.length > 0) fail(issues);
  return build(parsed.data);
}

/**
 * {@link loadPrograms} without throwing: `{ success: true, data }` or `{ success: false, error }`
 * where `error.issues` lists every problem with its path.
 *
 * @example
 * ```ts
 * import { safeLoadPrograms } from 'hoptac/program';
 * const r = safeLoadPrograms({ boards: [], programs: [{ code: 'X' }] });
 * r.success; // false
 * if (!r.success) r.error.issues[0]?.path; // ['programs', 0, 'titleVi']
 * ```
 */
export function safeLoadPrograms(json: unknown): SafeResult<ProgramFile> {
  return safely(() => loadPrograms(json));
}

function fail(issues: readonly ErrorIssue[]): never {
  throw invalidProgram(issues, formatPath);
}

/**
 * A field path as text: `programs[2].reviews[1].covers`.
 *
 * @example
 * ```ts
 * import { formatPath } from 'hoptac/program';
 * formatPath(['programs', 2, 'reviews', 1, 'covers']); // 'programs[2].reviews[1].covers'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

function canonicalSpan(text: string): string {
  const r = safeParsePeriod(text);
  if (!r.success) throw r.error; // unreachable: the schema checked it
  return periodText(r.data.kind === 'span' ? r.data : periodSpan(r.data, r.data));
}

function canonicalPeriod(text: string): string {
  const r = safeParsePeriod(text);
  if (!r.success) throw r.error; // unreachable: the schema checked it
  return periodText(r.data);
}

function canonicalDate(text: string): string {
  return dateText(parseDate(text, true)!);
}

type ParsedBoard = Parsed['boards'][number];
type ParsedProgram = Parsed['programs'][number];

function buildBoard(b: ParsedBoard): Board {
  return Object.freeze({
    code: b.code,
    nameVi: b.nameVi,
    nameEn: b.nameEn,
    province: b.province,
    zoneKind: b.zoneKind,
    ...(b.focalUnit === undefined ? {} : { focalUnit: b.focalUnit }),
    ...(b.validFrom === undefined ? {} : { validFrom: b.validFrom }),
    ...(b.validUntil === undefined ? {} : { validUntil: b.validUntil }),
    ...(b.successor === undefined ? {} : { successor: b.successor }),
    ...(b.succession === undefined
      ? {}
      : {
          succession: Object.freeze({
            ...(b.succession.decision === undefined ? {} : { decision: b.succession.decision }),
            ...(b.succession.decidedOn === undefined ? {} : { decidedOn: b.succession.decidedOn }),
          }),
        }),
    ...(b.note === undefined ? {} : { note: b.note }),
  });
}

function buildLegalBasis(l: Parsed['legalBases'][number]): LegalBasis {
  return Object.freeze({
    code: l.code,
    titleVi: l.titleVi,
    ...(l.titleEn === undefined ? {} : { titleEn: l.titleEn }),
    issuedOn: l.issuedOn,
    ...(l.replacedBy === undefined ? {} : { replacedBy: l.replacedBy }),
  });
}

function buildArea(a: ParsedProgram['areas'][number]): Area {
  return Object.freeze({
    code: a.code,
    nameVi: a.nameVi,
    nameEn: a.nameEn,
    responsibilities: Object.freeze(a.responsibilities.map((r) => Object.freeze({ party: r.party, textVi: r.textVi, ...(r.textEn === undefined ? {} : { textEn: r.textEn }) }))),
  });
}

function buildObligation(o: ParsedProgram['obligations'][number], p: ParsedProgram): Obligation {
  return Object.freeze({
    ...(o.kind === 'targets' ? { kind: o.kind } : {}),
    parties: Object.freeze([...(o.parties ?? p.parties)]),
    indicators: Object.freeze([...o.indicators]),
    groups: Object.freeze([...o.groups]),
    cadence: o.cadence,
    dueDays: o.dueDays,
    estimateFirst: o.estimateFirst,
    estimateDueDays: o.estimateDueDays ?? 0,
    ...(o.note === undefined ? {} : { note: o.note }),
  });
}

function buildReview(r: ParsedProgram['reviews'][number]): Review {
  return Object.freeze({
    kind: r.kind,
    status: r.status,
    date: canonicalDate(r.date),
    ...(r.place === undefined ? {} : { place: r.place }),
    ...(r.host === undefined ? {} : { host: r.host }),
    ...(r.covers === undefined ? {} : { covers: canonicalPeriod(r.covers), coversAsWritten: r.covers }),
    ...(r.note === undefined ? {} : { note: r.note }),
  });
}

function buildActivity(a: ParsedProgram['activities'][number]) {
  return Object.freeze({
    date: canonicalDate(a.date),
    kind: a.kind,
    parties: Object.freeze([...a.parties]),
    descriptionVi: a.descriptionVi,
    ...(a.descriptionEn === undefined ? {} : { descriptionEn: a.descriptionEn }),
    outcomes: Object.freeze(a.outcomes.map((o) => Object.freeze({ code: o.code, value: o.value }))),
  });
}

function buildProgram(p: ParsedProgram): Program {
  const sd = p.statedDuration;
  return Object.freeze({
    code: p.code,
    titleVi: p.titleVi,
    titleEn: p.titleEn,
    parties: Object.freeze([...p.parties]),
    period: canonicalSpan(p.period),
    ...(p.signedOn === undefined ? {} : { signedOn: canonicalDate(p.signedOn) }),
    ...(p.signedAt === undefined ? {} : { signedAt: p.signedAt }),
    ...(p.predecessor === undefined ? {} : { predecessor: p.predecessor }),
    ...(p.successor === undefined ? {} : { successor: p.successor }),
    legalBases: Object.freeze([...p.legalBases]),
    areas: Object.freeze(p.areas.map(buildArea)),
    ...(sd === undefined ? {} : { statedDuration: Object.freeze({ text: sd.text, months: sd.months ?? (sd.years ?? 0) * 12 }) }),
    obligations: Object.freeze(p.obligations.map((o) => buildObligation(o, p))),
    ...(p.successorTakesOver === undefined ? {} : { successorTakesOver: p.successorTakesOver }),
    reviews: Object.freeze(p.reviews.map(buildReview)),
    activities: Object.freeze(p.activities.map(buildActivity)),
    sources: Object.freeze([...p.sources]),
    ...(p.note === undefined ? {} : { note: p.note }),
  });
}

function build(d: Parsed): ProgramFile {
  return Object.freeze({ boards: Object.freeze(d.boards.map(buildBoard)), legalBases: Object.freeze(d.legalBases.map(buildLegalBasis)), programs: Object.freeze(d.programs.map(buildProgram)) });
}
