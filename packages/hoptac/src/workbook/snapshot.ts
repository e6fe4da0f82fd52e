/**
 * A workbook snapshot: the observations a workbook held when it was read (exact values, estimate
 * marks, source cells, openings, targets and the units rows were written in), as plain JSON with
 * a content hash. The add-in keeps one in the workbook at each consolidation, to show later what
 * changed since. The hash is the program snapshots' own: SHA-256 of the canonical JSON.
 */
import { HoptacError, type SafeResult, safely } from '../errors.js';
import { format, trim } from '../decimal/scaled.js';
import type { DecimalString } from '../decimal/public.js';
import { createObservations, type ObservationSet } from '../observation/set.js';
import { firstMonth, hasValueAt, isEstimatedAt, lastMonth, listOpenings, listSeries, listTargets, seriesBoard, seriesIndicator, sourceAt, valueAt } from '../observation/query.js';
import { monthIndexText } from '../period/core.js';
import { monthTextIndex } from '../period/month-text.js';
import { canonicalJson } from '../program/internal/canonical-json.js';
import { sha256Hex } from '../program/internal/sha256.js';
import { checkSnapshotHash, parseSnapshotText, refuseSnapshotShape } from '../internal/snapshot-json.js';
import { snapshotShapeIssues } from './snapshot-shape.js';
import { columnName, parseA1 } from './grid.js';
import type { RowUnit, WorkbookModel } from './model.js';

export const WORKBOOK_SNAPSHOT_FORMAT = 'hoptac-workbook-snapshot/1';

/**
 * One board × indicator row of months. `values[k]` is the month `start + k`: an exact decimal in
 * the catalogue unit, or `null` (blank or absent: no value). `cells` locates them in runs
 * `[k, sheet, firstCell, length]`: values k … k + length − 1 sit in consecutive columns of one row.
 */
export interface SnapshotSeries {
  readonly board: string;
  readonly indicator: string;
  readonly start: string;
  readonly values: readonly (DecimalString | null)[];
  /** the positions `k` whose month was an estimate */
  readonly estimated?: readonly number[];
  readonly cells: readonly (readonly [number, string, string, number])[];
}

/** An opening (lũy kế đầu kỳ) or a target, with its cell. */
export interface SnapshotValue {
  readonly board: string;
  readonly indicator: string;
  readonly year?: number;
  readonly value: DecimalString;
  readonly sheet?: string;
  readonly cell?: string;
}

/** The observations of a workbook, frozen: see {@link takeWorkbookSnapshot}. */
export interface WorkbookSnapshot {
  readonly format: typeof WORKBOOK_SNAPSHOT_FORMAT;
  /** SHA-256 (64 hex digits) of the canonical JSON of everything but `hash` and `takenAt` */
  readonly hash: string;
  /** when the caller says it was taken (ISO date-time); not part of the hash */
  readonly takenAt?: string;
  readonly boards: readonly string[];
  readonly series: readonly SnapshotSeries[];
  readonly openings: readonly SnapshotValue[];
  readonly targets: readonly SnapshotValue[];
  readonly units: readonly RowUnit[];
}

type Body = Omit<WorkbookSnapshot, 'hash' | 'takenAt'>;

function hashOf(body: Body): string {
  return sha256Hex(new TextEncoder().encode(canonicalJson({ format: body.format, boards: body.boards, series: body.series, openings: body.openings, targets: body.targets, units: body.units })));
}

/**
 * Freezes what a workbook model holds: every value (exact), estimate mark and source cell, the
 * openings, the targets and the units its rows were written in, with a content hash. Two
 * snapshots of the same content have the same hash, whenever and wherever taken.
 *
 * @example
 * ```ts
 * import { readWorkbook, takeWorkbookSnapshot } from 'hoptac/workbook';
 * // grid: a Grid from the command line's .xlsx reader or the add-in's ranges
 * const snap = takeWorkbookSnapshot(readWorkbook(grid), { takenAt: '2018-01-05T08:00:00Z' });
 * snap.hash.length; // 64
 * ```
 */
export function takeWorkbookSnapshot(model: WorkbookModel, options: { readonly takenAt?: string } = {}): WorkbookSnapshot {
  const set = model.observations;
  const series: SnapshotSeries[] = [];
  for (const sr of listSeries(set)) {
    const start = firstMonth(sr);
    const n = lastMonth(sr) - start + 1;
    const values: (DecimalString | null)[] = new Array<DecimalString | null>(n).fill(null);
    const estimated: number[] = [];
    const cells: [number, string, string, number][] = [];
    let run: { k: number; sheet: string; row: number; col: number; len: number } | undefined;
    for (let k = 0; k < n; k++) {
      if (hasValueAt(sr, start + k)) {
        values[k] = format(trim(valueAt(sr, start + k)!));
        if (isEstimatedAt(sr, start + k)) estimated.push(k);
      }
      const src = sourceAt(set, sr, start + k);
      const at = src?.cell === undefined ? undefined : parseA1(src.cell);
      if (src === undefined || at === undefined) continue;
      if (run !== undefined && run.sheet === src.sheet && run.row === at.row && run.col + run.len === at.col && run.k + run.len === k) {
        run.len++;
        continue;
      }
      if (run !== undefined) cells.push([run.k, run.sheet, columnName(run.col) + String(run.row + 1), run.len]);
      run = { k, sheet: src.sheet, row: at.row, col: at.col, len: 1 };
    }
    if (run !== undefined) cells.push([run.k, run.sheet, columnName(run.col) + String(run.row + 1), run.len]);
    series.push({ board: seriesBoard(set, sr), indicator: seriesIndicator(set, sr), start: monthIndexText(start), values, ...(estimated.length > 0 ? { estimated } : {}), cells });
  }
  const openings: SnapshotValue[] = listOpenings(set).map((o) => ({ board: o.board, indicator: o.indicator, value: format(trim(o.value)), ...located(o.source) }));
  const targets: SnapshotValue[] = listTargets(set).map((t) => ({ board: t.board, indicator: t.indicator, year: t.year, value: format(trim(t.value)), ...located(t.source) }));
  const body: Body = { format: WORKBOOK_SNAPSHOT_FORMAT, boards: model.boards.map((b) => b.code), series, openings, targets, units: model.units.map((u) => ({ ...u })) };
  return Object.freeze({ ...body, hash: hashOf(body), ...(options.takenAt === undefined ? {} : { takenAt: options.takenAt }) });
}

function located(src: { readonly sheet: string; readonly cell?: string } | undefined): { sheet?: string; cell?: string } {
  if (src === undefined) return {};
  return { sheet: src.sheet, ...(src.cell === undefined ? {} : { cell: src.cell }) };
}

/**
 * Reads a workbook snapshot back from JSON (text or parsed): checks its shape and that its hash
 * matches its content. Throws `invalid-snapshot` (with issue paths) when it does not.
 *
 * @example
 * ```ts
 * import { loadWorkbookSnapshot } from 'hoptac/workbook';
 * declare const saved: string; // JSON.stringify(takeWorkbookSnapshot(model))
 * loadWorkbookSnapshot(saved).hash;
 * ```
 */
export function loadWorkbookSnapshot(json: unknown): WorkbookSnapshot {
  const input = parseSnapshotText(json);
  const issues = snapshotShapeIssues(input);
  if (issues.length > 0) refuseSnapshotShape(issues);
  // a copy of what was checked, so freezing it never freezes the caller's object
  const d = (typeof json === 'string' ? input : structuredClone(input)) as WorkbookSnapshot;
  checkSnapshotHash(d.hash, hashOf(d));
  return Object.freeze(d);
}

/**
 * {@link loadWorkbookSnapshot} without throwing.
 *
 * @example
 * ```ts
 * import { safeLoadWorkbookSnapshot } from 'hoptac/workbook';
 * safeLoadWorkbookSnapshot('{}').success; // false
 * ```
 */
export function safeLoadWorkbookSnapshot(json: unknown): SafeResult<WorkbookSnapshot> {
  return safely(() => loadWorkbookSnapshot(json));
}

/**
 * The snapshot's observations as a set again (values, estimate marks, source cells, openings,
 * targets), for {@link diffObservations} and consolidation.
 *
 * @example
 * ```ts
 * import { snapshotObservations } from 'hoptac/workbook';
 * declare const snap: import('hoptac/workbook').WorkbookSnapshot;
 * snapshotObservations(snap).boards; // the boards of the workbook it was taken from
 * ```
 */
export function snapshotObservations(snapshot: WorkbookSnapshot): ObservationSet {
  const b = createObservations();
  for (const code of snapshot.boards) b.board(code);
  for (const sr of snapshot.series) {
    const values: (DecimalString | null | undefined)[] = [...sr.values];
    const sources: ({ sheet: string; cell: string } | undefined)[] = new Array<{ sheet: string; cell: string } | undefined>(values.length);
    for (const [k, sheet, first, len] of sr.cells) {
      const at = parseA1(first);
      if (at === undefined) throw new HoptacError('invalid-snapshot', { reason: { vi: `${sr.board}/${sr.indicator}: "${first}" không phải địa chỉ ô`, en: `${sr.board}/${sr.indicator}: "${first}" is not a cell` } });
      for (let j = 0; j < len && k + j < values.length; j++) sources[k + j] = { sheet, cell: columnName(at.col + j) + String(at.row + 1) };
    }
    const start = monthTextIndex(sr.start)!; // checked by the schema (isMonthText)
    for (const k of sr.estimated ?? []) {
      const v = values[k];
      if (v === undefined || v === null) continue;
      const src = sources[k];
      b.add({ board: sr.board, indicator: sr.indicator, month: monthIndexText(start + k), value: v, status: 'estimated', ...(src === undefined ? {} : { source: src }) });
      values[k] = undefined;
    }
    b.addSeries({ board: sr.board, indicator: sr.indicator, start: sr.start, values, sources });
  }
  for (const o of snapshot.openings) b.opening({ board: o.board, indicator: o.indicator, value: o.value, ...source(o) });
  for (const t of snapshot.targets) b.target({ board: t.board, indicator: t.indicator, year: t.year ?? 0, value: t.value, ...source(t) });
  try {
    return b.build();
  } catch (e) {
    if (e instanceof HoptacError) throw new HoptacError('invalid-snapshot', { reason: { vi: e.messageVi, en: e.message } });
    throw e;
  }
}

function source(v: SnapshotValue): { source?: { sheet: string; cell?: string } } {
  return v.sheet === undefined ? {} : { source: { sheet: v.sheet, ...(v.cell === undefined ? {} : { cell: v.cell }) } };
}
