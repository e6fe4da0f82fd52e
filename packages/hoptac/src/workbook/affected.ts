/**
 * The consolidated figures two copies of a workbook disagree on, for given periods: what the
 * revisions between them moved.
 */
import { consolidate } from '../consolidate/consolidate.js';
import type { ConsolidatedRow, Measure } from '../consolidate/types.js';
import type { DecimalString } from '../decimal/public.js';
import { toString as periodText } from '../period/format.js';
import { parse as parsePeriod } from '../period/parse.js';
import type { Period } from '../period/types.js';
import type { WorkbookChange } from './diff.js';
import type { WorkbookModel } from './model.js';

/** One consolidated figure whose value differs between the two workbooks. */
export interface AffectedFigure {
  readonly indicator: string;
  /** a board code or `ALL` */
  readonly board: string;
  readonly measure: Measure;
  /** canonical period text */
  readonly period: string;
  /** exact decimal, or `null` when missing or undefined */
  readonly before: DecimalString | null;
  readonly after: DecimalString | null;
}

/**
 * Consolidates both workbooks for each period and lists the figures whose value differs (a number
 * that changed, appeared or became missing). Empty when either workbook has errors (neither is
 * then consolidated). Given the changes between them (from {@link diffWorkbooks}), only the
 * indicators they touch, and the ratios built on those, are consolidated: the others cannot
 * differ when both workbooks list the same boards.
 *
 * @example
 * ```ts
 * import { affectedFigures, diffWorkbooks, readWorkbook } from 'hoptac/workbook';
 * // older, newer: Grids of two copies of the shared workbook
 * const a = readWorkbook(older), b = readWorkbook(newer);
 * affectedFigures(a, b, { periods: ['2017-12', '2017'], changes: diffWorkbooks(a, b) });
 * ```
 */
export function affectedFigures(
  older: WorkbookModel,
  newer: WorkbookModel,
  options: { readonly periods: readonly (string | Period)[]; readonly changes?: readonly WorkbookChange[] },
): readonly AffectedFigure[] {
  if (!older.ok || !newer.ok) return Object.freeze([]);
  const boardsA = older.boards.map((b) => b.code);
  const boardsB = newer.boards.map((b) => b.code);
  const sameBoards = boardsA.length === boardsB.length && boardsA.every((b) => boardsB.includes(b));
  let indicators: string[] | undefined;
  if (sameBoards && options.changes !== undefined) {
    const touched = new Set(options.changes.filter((c) => c.kind !== 'unit').map((c) => c.indicator));
    for (const cat of [older.catalogue, newer.catalogue]) {
      for (const ind of cat.indicators) if (ind.kind === 'ratio' && (touched.has(ind.numerator ?? '') || touched.has(ind.denominator ?? ''))) touched.add(ind.code);
    }
    // in catalogue order, as a consolidation lists them
    indicators = [...newer.catalogue.indicators.map((i) => i.code), ...older.catalogue.indicators.map((i) => i.code)].filter((c, k, all) => touched.has(c) && all.indexOf(c) === k);
  }
  if (indicators !== undefined && indicators.length === 0) return Object.freeze([]);
  const out: AffectedFigure[] = [];
  for (const p of options.periods) {
    const period = typeof p === 'string' ? parsePeriod(p) : p;
    const text = periodText(period);
    const rows = (m: WorkbookModel, boards: readonly string[]): readonly ConsolidatedRow[] => {
      const known = new Set(m.catalogue.indicators.map((i) => i.code));
      const list = indicators?.filter((i) => known.has(i));
      if (list !== undefined && list.length === 0) return [];
      return consolidate(m.observations, { period, catalogue: m.catalogue, boards, ...(list === undefined ? {} : { indicators: list }) }).rows;
    };
    differing(rows(older, boardsA), rows(newer, boardsB), text, out);
  }
  return Object.freeze(out);
}

/** Same indicator, board and measure. */
const sameFigure = (a: ConsolidatedRow, b: ConsolidatedRow): boolean => a.indicator === b.indicator && a.board === b.board && a.measure === b.measure;

/**
 * The figures of one period whose values differ: those of `after` in its order (a figure `before`
 * lacks counts as missing there), then those only `before` has. Two consolidations of the same
 * boards and indicators list the same figures in the same order, and are compared row by row;
 * otherwise figures are matched by indicator, board and measure.
 */
function differing(before: readonly ConsolidatedRow[], after: readonly ConsolidatedRow[], period: string, out: AffectedFigure[]): void {
  const figure = (r: ConsolidatedRow, x: DecimalString | null, y: DecimalString | null): AffectedFigure => Object.freeze({ indicator: r.indicator, board: r.board, measure: r.measure, period, before: x, after: y });
  if (before.length === after.length && before.every((r, k) => sameFigure(r, after[k]!))) {
    for (let k = 0; k < after.length; k++) if (before[k]!.value !== after[k]!.value) out.push(figure(after[k]!, before[k]!.value, after[k]!.value));
    return;
  }
  const byKey = new Map<string, ConsolidatedRow>(before.map((r) => [`${r.indicator}|${r.board}|${r.measure}`, r] as const));
  const seen = new Set<string>();
  for (const r of after) {
    const key = `${r.indicator}|${r.board}|${r.measure}`;
    seen.add(key);
    const x = byKey.get(key)?.value ?? null;
    if (x !== r.value) out.push(figure(r, x, r.value));
  }
  for (const [key, r] of byKey) if (!seen.has(key) && r.value !== null) out.push(figure(r, r.value, null));
}
