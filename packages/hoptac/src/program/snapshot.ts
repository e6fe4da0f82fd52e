import { z } from 'zod';
import { expectArray, expectObject, expectString } from '../internal/args.js';
import { checkSnapshotHash, readSnapshotJson } from '../internal/snapshot-json.js';
import { messageBoth } from '../messages/index.js';
import { HoptacError, type SafeResult, safely } from '../errors.js';
import { format, parseScaled, sub, trim } from '../decimal/scaled.js';
import type { DecimalString } from '../decimal/public.js';
import type { Consolidation, RowStatus } from '../consolidate/types.js';
import { canonicalJson } from './internal/canonical-json.js';
import { sha256Hex } from './internal/sha256.js';
import type { ProgramConsolidation } from './measures.js';

/** What a snapshot was made from, in the caller's words. */
export interface SnapshotInputs {
  /** what was consolidated and why, e.g. `Số liệu trình bày tại hội nghị sơ kết 26/12/2017` */
  readonly description?: string;
  readonly program?: string;
  /** e.g. `interim 2017-12-26` */
  readonly review?: string;
  /** the input files and their SHA-256 (see {@link sha256}) */
  readonly files?: readonly { readonly name: string; readonly sha256: string }[];
}

/** One frozen figure. */
export interface SnapshotRow {
  readonly indicator: string;
  readonly board: string;
  /** a consolidation measure or a program measure */
  readonly measure: string;
  readonly value: DecimalString | null;
  readonly unit: string;
  readonly status: RowStatus;
  readonly estimated?: boolean;
  /** for program measures: the months covered */
  readonly span?: string;
}

/**
 * A frozen consolidation: its figures, their content hash, when it was taken and from what. The
 * hash is the SHA-256 of the canonical JSON of `{ period, boards, indicators, rows }` only, so two
 * snapshots of the same figures have the same hash whenever and wherever they are taken.
 */
export interface Snapshot {
  readonly format: 'hoptac-snapshot/1';
  /** 64 hex digits */
  readonly hash: string;
  /** ISO date or date-time the caller says it was taken (the library reads no clock) */
  readonly takenAt: string;
  readonly inputs: SnapshotInputs;
  readonly period: string;
  readonly boards: readonly string[];
  readonly indicators: readonly string[];
  readonly rows: readonly SnapshotRow[];
}

const TAKEN_AT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * SHA-256 of bytes or of a string's UTF-8 bytes, as 64 lower-case hex digits (for describing input
 * files in {@link SnapshotInputs}).
 *
 * @example
 * ```ts
 * import { sha256 } from 'hoptac/program';
 * sha256('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function sha256(data: Uint8Array | string): string {
  return sha256Hex(typeof data === 'string' ? new TextEncoder().encode(data) : data);
}

function contentHash(s: Pick<Snapshot, 'period' | 'boards' | 'indicators' | 'rows'>): string {
  return sha256(canonicalJson({ period: s.period, boards: s.boards, indicators: s.indicators, rows: s.rows }));
}

function snapshotRow(r: SnapshotRow): SnapshotRow {
  return Object.freeze({
    indicator: r.indicator,
    board: r.board,
    measure: r.measure,
    value: r.value,
    unit: r.unit,
    status: r.status,
    ...(r.estimated === true ? { estimated: true } : {}),
    ...(r.span === undefined ? {} : { span: r.span }),
  });
}

/**
 * Freezes a consolidation (or a program measure) for a review: its figures without the
 * explanations of missing values, a content hash, when and from what. Throws `invalid-snapshot`
 * when `takenAt` is not an ISO date or date-time.
 *
 * @example
 * ```ts
 * import { consolidate, createObservations } from 'hoptac';
 * import { takeSnapshot } from 'hoptac/program';
 * const set = createObservations().add({ board: 'LD', indicator: 'export_value', month: '2017-11', value: '12.5' }).build();
 * const s = takeSnapshot(consolidate(set, { period: '2017-11', indicators: ['export_value'], measures: ['value'] }), {
 *   takenAt: '2017-12-26', inputs: { review: 'interim 2017-12-26', program: 'DN-LD-BP-2016' },
 * });
 * s.hash.length; // 64
 * ```
 */
export function takeSnapshot(consolidation: Consolidation | ProgramConsolidation, meta: { readonly takenAt: string; readonly inputs?: SnapshotInputs }): Snapshot {
  expectObject('takeSnapshot', 'consolidation', consolidation);
  expectArray('takeSnapshot', 'consolidation.rows', consolidation.rows, 'value-list');
  expectObject('takeSnapshot', 'meta', meta);
  expectString('takeSnapshot', 'meta.takenAt', meta.takenAt, 'text');
  if (!TAKEN_AT.test(meta.takenAt)) throw new HoptacError('invalid-snapshot', { reason: messageBoth('reason.taken-at', { takenAt: meta.takenAt }) });
  const rows = Object.freeze(consolidation.rows.map((r) => snapshotRow(r)));
  const body = { period: consolidation.period, boards: Object.freeze([...consolidation.boards]), indicators: Object.freeze([...consolidation.indicators]), rows };
  return Object.freeze({ format: 'hoptac-snapshot/1', hash: contentHash(body), takenAt: meta.takenAt, inputs: Object.freeze({ ...(meta.inputs ?? {}) }), ...body });
}

const SNAPSHOT_TEXT = new Map([['not a decimal', { vi: 'không phải số thập phân hợp lệ', en: 'not a decimal' }]]);

const rowSchema = z
  .object({
    indicator: z.string(),
    board: z.string(),
    measure: z.string(),
    value: z.string().refine((v) => parseScaled(v) !== undefined, { message: 'not a decimal' }).nullable(),
    unit: z.string(),
    status: z.enum(['ok', 'missing', 'undefined', 'no-plan']),
    estimated: z.boolean().optional(),
    span: z.string().optional(),
  })
  .strict();

const snapshotSchema = z
  .object({
    format: z.literal('hoptac-snapshot/1'),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    takenAt: z.string().regex(TAKEN_AT),
    inputs: z
      .object({
        description: z.string().optional(),
        program: z.string().optional(),
        review: z.string().optional(),
        files: z.array(z.object({ name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()).optional(),
      })
      .strict(),
    period: z.string(),
    boards: z.array(z.string()),
    indicators: z.array(z.string()),
    rows: z.array(rowSchema),
  })
  .strict();

/**
 * Reads a snapshot back from JSON (parsed or text), checks its shape and that its hash matches its
 * figures. Throws `invalid-snapshot` (with issue paths) when it does not.
 *
 * @example
 * ```ts
 * import { loadSnapshot } from 'hoptac/program';
 * declare const saved: string; // JSON.stringify(takeSnapshot(...))
 * loadSnapshot(saved).hash;
 * ```
 */
export function loadSnapshot(json: unknown): Snapshot {
  const d = readSnapshotJson(json, (input) => snapshotSchema.safeParse(input, { reportInput: true }), SNAPSHOT_TEXT);
  const rows = Object.freeze(
    d.rows.map((x) =>
      snapshotRow({ indicator: x.indicator, board: x.board, measure: x.measure, value: x.value, unit: x.unit, status: x.status, ...(x.estimated === undefined ? {} : { estimated: x.estimated }), ...(x.span === undefined ? {} : { span: x.span }) }),
    ),
  );
  const body = { period: d.period, boards: Object.freeze([...d.boards]), indicators: Object.freeze([...d.indicators]), rows };
  const hash = contentHash(body);
  checkSnapshotHash(d.hash, hash);
  const inputs: SnapshotInputs = Object.freeze({
    ...(d.inputs.description === undefined ? {} : { description: d.inputs.description }),
    ...(d.inputs.program === undefined ? {} : { program: d.inputs.program }),
    ...(d.inputs.review === undefined ? {} : { review: d.inputs.review }),
    ...(d.inputs.files === undefined ? {} : { files: Object.freeze(d.inputs.files.map((f) => Object.freeze({ ...f }))) }),
  });
  return Object.freeze({ format: 'hoptac-snapshot/1', hash, takenAt: d.takenAt, inputs, ...body });
}

/**
 * {@link loadSnapshot} without throwing.
 *
 * @example
 * ```ts
 * import { safeLoadSnapshot } from 'hoptac/program';
 * safeLoadSnapshot('{}').success; // false
 * ```
 */
export function safeLoadSnapshot(json: unknown): SafeResult<Snapshot> {
  return safely(() => loadSnapshot(json));
}

/** A figure whose value, status or estimate flag changed between two snapshots. */
export interface RevisedRow {
  readonly period: string;
  readonly indicator: string;
  readonly board: string;
  readonly measure: string;
  readonly before: SnapshotRow;
  readonly after: SnapshotRow;
  /** after − before, exact, when both are numbers */
  readonly change?: DecimalString;
}

/** What changed from one snapshot to another. */
export interface SnapshotDiff {
  /** true when the two hashes are equal (nothing changed) */
  readonly same: boolean;
  readonly from: string;
  readonly to: string;
  readonly added: readonly (SnapshotRow & { readonly period: string })[];
  readonly removed: readonly (SnapshotRow & { readonly period: string })[];
  readonly revised: readonly RevisedRow[];
}

/**
 * Compares two snapshots figure by figure (period, indicator, board, measure): figures added,
 * removed and revised (value, status or estimate flag changed, with the exact change). Tells the
 * figures shown at the 2017 interim review from later revisions.
 *
 * @example
 * ```ts
 * import { diffSnapshots } from 'hoptac/program';
 * declare const atReview: import('hoptac/program').Snapshot, later: import('hoptac/program').Snapshot;
 * diffSnapshots(atReview, later).revised.map((r) => `${r.board} ${r.indicator}: ${r.before.value} -> ${r.after.value}`);
 * ```
 */
export function diffSnapshots(a: Snapshot, b: Snapshot): SnapshotDiff {
  const key = (p: string, r: SnapshotRow) => `${p}|${r.indicator}|${r.board}|${r.measure}`;
  const before = new Map(a.rows.map((r) => [key(a.period, r), r] as const));
  const after = new Map(b.rows.map((r) => [key(b.period, r), r] as const));
  const added: (SnapshotRow & { period: string })[] = [];
  const removed: (SnapshotRow & { period: string })[] = [];
  const revised: RevisedRow[] = [];
  for (const r of b.rows) {
    const old = before.get(key(b.period, r));
    if (old === undefined) {
      added.push(Object.freeze({ period: b.period, ...r }));
      continue;
    }
    if (old.value === r.value && old.status === r.status && (old.estimated === true) === (r.estimated === true)) continue;
    const x = old.value === null ? undefined : parseScaled(old.value);
    const y = r.value === null ? undefined : parseScaled(r.value);
    revised.push(
      Object.freeze({
        period: b.period,
        indicator: r.indicator,
        board: r.board,
        measure: r.measure,
        before: old,
        after: r,
        ...(x === undefined || y === undefined ? {} : { change: format(trim(sub(y, x))) }),
      }),
    );
  }
  for (const r of a.rows) if (!after.has(key(a.period, r))) removed.push(Object.freeze({ period: a.period, ...r }));
  return Object.freeze({ same: a.hash === b.hash, from: a.hash, to: b.hash, added: Object.freeze(added), removed: Object.freeze(removed), revised: Object.freeze(revised) });
}
