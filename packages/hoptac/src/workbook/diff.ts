/**
 * What changed between two copies of the shared workbook (or a snapshot and a workbook): the
 * observation changes of {@link diffObservations}, plus rows now written in another unit, each
 * located at its cell, grouped by board and ordered largest relative change first.
 */
import { cmp, mul, parseScaled, type Scaled, sub } from '../decimal/scaled.js';
import type { DecimalString } from '../decimal/public.js';
import { type ChangeKind, diffObservations } from '../observation/diff.js';
import type { ObservationSet } from '../observation/set.js';
import type { RowUnit, WorkbookModel } from './model.js';
import { snapshotObservations, type WorkbookSnapshot } from './snapshot.js';

/** One change from the old workbook to the new one. */
export interface WorkbookChange {
  readonly kind: ChangeKind;
  readonly board: string;
  readonly indicator: string;
  /** the month (`2017-12`) of a month's change */
  readonly month?: string;
  /** the year of a target's change */
  readonly year?: number;
  /**
   * exact decimals in the catalogue unit, or `null` (no value). For `unit`: how much one of the
   * row's unit is in the catalogue unit, before and after (`1` for `triệu USD`, `0.001` for
   * `nghìn USD` when the catalogue says `triệu USD`)
   */
  readonly before: DecimalString | null;
  readonly after: DecimalString | null;
  /** where it is in the new workbook (in the old one for `removed`, or for a target or opening that is gone) */
  readonly sheet?: string;
  readonly cell?: string;
  /** `unit` only: the units as written, before and after */
  readonly units?: { readonly before: string; readonly after: string };
}

interface Side {
  readonly boards: readonly string[];
  readonly observations: ObservationSet;
  readonly units: readonly RowUnit[];
}

function side(x: WorkbookModel | WorkbookSnapshot): Side {
  if ('observations' in x) return { boards: x.boards.map((b) => b.code), observations: x.observations, units: x.units };
  return { boards: x.boards, observations: snapshotObservations(x), units: x.units };
}

const pow10Text = (n: number): string => (n >= 0 ? `1${'0'.repeat(n)}` : `0.${'0'.repeat(-n - 1)}1`);

/**
 * Compares two copies of a workbook, or a snapshot and a workbook (see
 * {@link takeWorkbookSnapshot}): values matched by board, indicator and month, never by cell
 * position, so moved rows and columns and inserted title rows change nothing; a value converted
 * exactly to the same amount is no change. A row now written in another unit, its values the
 * same once converted, is one `unit` change (its values, if they also changed, are their own
 * changes). Grouped by board (the new workbook's order, then boards only in the old one); within a
 * board, the largest relative change |after − before| / |before| first (a value appearing,
 * disappearing or leaving zero counts as the largest; a `unit` change, or an estimate made final at
 * the same value, as none).
 *
 * @example
 * ```ts
 * import { diffWorkbooks, readWorkbook } from 'hoptac/workbook';
 * // older, newer: Grids of two copies of the shared workbook
 * diffWorkbooks(readWorkbook(older), readWorkbook(newer)).map((c) => `${c.kind} ${c.board} ${c.indicator} ${c.month ?? c.year ?? ''}: ${c.before} → ${c.after} (${c.sheet}!${c.cell})`);
 * ```
 */
export function diffWorkbooks(older: WorkbookModel | WorkbookSnapshot, newer: WorkbookModel | WorkbookSnapshot): readonly WorkbookChange[] {
  const a = side(older);
  const b = side(newer);
  const changes: WorkbookChange[] = diffObservations(a.observations, b.observations).map((c) => {
    const { source, ...rest } = c;
    return { ...rest, ...(source === undefined ? {} : { sheet: source.sheet, ...(source.cell === undefined ? {} : { cell: source.cell }) }) };
  });
  const unitsA = new Map(a.units.map((u) => [`${u.board}\u0000${u.indicator}`, u] as const));
  for (const u of b.units) {
    const old = unitsA.get(`${u.board}\u0000${u.indicator}`);
    if (old === undefined || old.unit === u.unit) continue;
    changes.push({ kind: 'unit', board: u.board, indicator: u.indicator, before: pow10Text(old.exponent), after: pow10Text(u.exponent), sheet: u.sheet, ...(u.cell === undefined ? {} : { cell: u.cell }), units: { before: old.unit, after: u.unit } });
  }
  const boardOrder = new Map<string, number>();
  for (const code of [...b.boards, ...a.boards, ...changes.map((c) => c.board)]) if (!boardOrder.has(code)) boardOrder.set(code, boardOrder.size);
  const keyed = changes.map((c, i) => ({ c, i, r: relative(c) }));
  keyed.sort((x, y) => boardOrder.get(x.c.board)! - boardOrder.get(y.c.board)! || compareRelative(y.r, x.r) || x.i - y.i);
  return Object.freeze(keyed.map((k) => Object.freeze(k.c)));
}

/** |after − before| / |before| as an exact fraction; `infinite` when a value appears, goes or leaves zero. */
type Relative = { readonly n: Scaled; readonly d: Scaled } | 'infinite' | 'none';

function relative(c: WorkbookChange): Relative {
  if (c.kind === 'unit') return 'none';
  if (c.before === null || c.after === null) return c.before === c.after ? 'none' : 'infinite';
  const x = parseScaled(c.before)!;
  const y = parseScaled(c.after)!;
  const n = abs(sub(y, x));
  if (n.int === 0n) return 'none';
  if (x.int === 0n) return 'infinite';
  return { n, d: abs(x) };
}

function compareRelative(p: Relative, q: Relative): number {
  const rank = (r: Relative) => (r === 'infinite' ? 2 : r === 'none' ? 0 : 1);
  if (rank(p) !== rank(q) || typeof p === 'string' || typeof q === 'string') return rank(p) - rank(q);
  // p.n / p.d vs q.n / q.d, exactly: p.n × q.d vs q.n × p.d
  return cmp(mul(p.n, q.d), mul(q.n, p.d));
}

function abs(d: Scaled): Scaled {
  return d.int < 0n ? { int: -d.int, scale: d.scale } : d;
}
