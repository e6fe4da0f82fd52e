/**
 * What changed between two observation sets: values revised, added, removed or made final, and
 * targets and openings changed. Matched by (board, indicator, month), never by position; values
 * compared exactly, so `1.50` and `1.5` (or a value converted exactly to the same amount) are the
 * same value.
 */
import { cmp, format, type Scaled, trim } from '../decimal/scaled.js';
import type { DecimalString } from '../decimal/public.js';
import { monthIndexText } from '../period/core.js';
import { internals, type Series, type SetInternals, SLOT_VALUE, slotSource, slotValue } from './internals.js';
import type { ObservationSet } from './set.js';
import type { Source } from './types.js';

/**
 * - `revised`: a month's value changed (both values final, or both estimates, or a final value that
 *   is an estimate again);
 * - `added`: a month without a value (absent or blank) now has one;
 * - `removed`: a month's value is gone (absent or blank now);
 * - `finalized`: an estimate became final, whether or not its value changed;
 * - `target`: an annual target was set, changed or removed;
 * - `opening`: a flow's opening total (lũy kế đầu kỳ) was set, changed or removed;
 * - `unit`: (workbooks only, see `diffWorkbooks`) a row is written in another unit, its values
 *   unchanged once converted.
 */
export type ChangeKind = 'revised' | 'added' | 'removed' | 'finalized' | 'target' | 'opening' | 'unit';

/** One change from set `a` to set `b`. */
export interface ObservationChange {
  readonly kind: Exclude<ChangeKind, 'unit'>;
  readonly board: string;
  readonly indicator: string;
  /** the month (`2017-12`) of a month's change */
  readonly month?: string;
  /** the year of a target's change */
  readonly year?: number;
  /** exact decimal in the catalogue unit, or `null` (no value) */
  readonly before: DecimalString | null;
  readonly after: DecimalString | null;
  /** where the value is in `b`; in `a` when it is gone from `b` */
  readonly source?: Source;
}

const SEP = '\u0000';

/**
 * Compares two observation sets: every month of every board and indicator, every opening and every
 * target. Pure. A blank (reported empty) and an absent month are the same: no value. Order: boards
 * as in `b` (then those only in `a`), indicators likewise, then the opening, the months in order and
 * the targets by year.
 *
 * @example
 * ```ts
 * import { createObservations, diffObservations } from 'hoptac';
 * const a = createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-12', value: '1520.5', status: 'estimated' }).build();
 * const b = createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-12', value: '1600.50', source: { sheet: 'DN', cell: 'AV9' } }).build();
 * diffObservations(a, b); // [{ kind: 'finalized', board: 'DN', indicator: 'export_value', month: '2017-12', before: '1520.5', after: '1600.5', source: { sheet: 'DN', cell: 'AV9' } }]
 * ```
 */
export function diffObservations(a: ObservationSet, b: ObservationSet): readonly ObservationChange[] {
  const A = internals(a);
  const B = internals(b);
  const boards = union(B.boards, A.boards);
  const indicators = union(B.indicators, A.indicators);
  const targetsA = targetsByName(A);
  const targetsB = targetsByName(B);
  const out: ObservationChange[] = [];
  const boardA = indexOf(A.boards);
  const boardB = indexOf(B.boards);
  const indA = indexOf(A.indicators);
  const indB = indexOf(B.indicators);
  for (const board of boards) {
    const ba = boardA.get(board) ?? -1;
    const bb = boardB.get(board) ?? -1;
    for (const indicator of indicators) {
      const ia = indA.get(indicator) ?? -1;
      const ib = indB.get(indicator) ?? -1;
      const ka = ba < 0 || ia < 0 ? -1 : ba * A.indicators.length + ia;
      const kb = bb < 0 || ib < 0 ? -1 : bb * B.indicators.length + ib;
      // opening
      const oa = ka < 0 ? undefined : A.openings.get(ka);
      const ob = kb < 0 ? undefined : B.openings.get(kb);
      if (!same(oa?.value, ob?.value)) {
        const source = ob !== undefined ? ob.source : oa?.source;
        out.push(change('opening', board, indicator, undefined, undefined, oa?.value, ob?.value, source));
      }
      // months
      const sa = ka < 0 ? undefined : A.series[ka];
      const sb = kb < 0 ? undefined : B.series[kb];
      if (sa !== undefined || sb !== undefined) diffSeries(out, board, indicator, A, sa, B, sb);
      // targets
      const ta = targetsA.get(board + SEP + indicator);
      const tb = targetsB.get(board + SEP + indicator);
      if (ta !== undefined || tb !== undefined) {
        const years = [...new Set([...(ta?.keys() ?? []), ...(tb?.keys() ?? [])])].sort((x, y) => x - y);
        for (const year of years) {
          const x = ta?.get(year);
          const y = tb?.get(year);
          if (same(x?.value, y?.value)) continue;
          out.push(change('target', board, indicator, undefined, year, x?.value, y?.value, y !== undefined ? y.source : x?.source));
        }
      }
    }
  }
  return Object.freeze(out);
}

function diffSeries(out: ObservationChange[], board: string, indicator: string, A: SetInternals, sa: Series | undefined, B: SetInternals, sb: Series | undefined): void {
  const lo = Math.min(sa?.start ?? Infinity, sb?.start ?? Infinity);
  const hi = Math.max(sa === undefined ? -Infinity : sa.start + sa.flags.length - 1, sb === undefined ? -Infinity : sb.start + sb.flags.length - 1);
  // fast path: both series hold safe mantissas at one scale, so equal values are equal doubles
  const fast = sa?.mant !== undefined && sb?.mant !== undefined && sa.scale === sb.scale;
  for (let m = lo; m <= hi; m++) {
    const pa = sa === undefined ? -1 : m - sa.start;
    const pb = sb === undefined ? -1 : m - sb.start;
    const hasA = pa >= 0 && pa < sa!.flags.length && sa!.flags[pa] === SLOT_VALUE;
    const hasB = pb >= 0 && pb < sb!.flags.length && sb!.flags[pb] === SLOT_VALUE;
    if (!hasA && !hasB) continue;
    const estA = hasA && sa!.estimated?.[pa] === 1;
    const estB = hasB && sb!.estimated?.[pb] === 1;
    if (hasA && hasB && estA === estB) {
      if (fast ? sa!.mant![pa] === sb!.mant![pb] : same(slotValue(sa!, pa), slotValue(sb!, pb))) continue;
    }
    const x = hasA ? slotValue(sa!, pa) : undefined;
    const y = hasB ? slotValue(sb!, pb) : undefined;
    const kind: ObservationChange['kind'] = !hasA ? 'added' : !hasB ? 'removed' : estA && !estB ? 'finalized' : 'revised';
    const source = hasB ? slotSource(B, sb!, pb) : slotSource(A, sa!, pa);
    out.push(change(kind, board, indicator, monthIndexText(m), undefined, x, y, source));
  }
}

function change(kind: ObservationChange['kind'], board: string, indicator: string, month: string | undefined, year: number | undefined, before: Scaled | undefined, after: Scaled | undefined, source: Source | undefined): ObservationChange {
  return Object.freeze({
    kind,
    board,
    indicator,
    ...(month === undefined ? {} : { month }),
    ...(year === undefined ? {} : { year }),
    before: before === undefined ? null : format(trim(before)),
    after: after === undefined ? null : format(trim(after)),
    ...(source === undefined ? {} : { source }),
  });
}

function same(x: Scaled | undefined, y: Scaled | undefined): boolean {
  if (x === undefined || y === undefined) return x === y;
  return cmp(x, y) === 0;
}

function union(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first);
  return [...first, ...second.filter((x) => !seen.has(x))];
}

function indexOf(list: readonly string[]): Map<string, number> {
  return new Map(list.map((x, i) => [x, i] as const));
}

/** Targets by board and indicator name, then year. */
function targetsByName(s: SetInternals): Map<string, Map<number, { readonly value: Scaled; readonly source: Source | undefined }>> {
  const out = new Map<string, Map<number, { readonly value: Scaled; readonly source: Source | undefined }>>();
  for (const [key, t] of s.targets) {
    const [b, i, y] = key.split('|');
    const name = s.boards[Number(b)]! + SEP + s.indicators[Number(i)]!;
    let m = out.get(name);
    if (m === undefined) {
      m = new Map();
      out.set(name, m);
    }
    m.set(Number(y), t);
  }
  return out;
}
