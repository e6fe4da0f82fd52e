import { add, format, parseScaled, type Scaled, trim } from '../decimal/scaled.js';
import { createObservations, observations, type ObservationSet } from '../observation/set.js';
import { listOpenings, listTargets } from '../observation/query.js';
import { dayNumber, lastDayOfMonthIndex } from './internal/dates.js';
import { boardValidOn } from './internal/spans.js';
import type { Board } from './types.js';
import { expectBoards, expectCode } from './internal/guards.js';

/**
 * The board whose history a board's rolls up into: its successor's successor, and so on, or the
 * board itself when it has none.
 *
 * @example
 * ```ts
 * import { finalSuccessor } from 'hoptac/program';
 * declare const file: import('hoptac/program').ProgramFile;
 * finalSuccessor(file.boards, 'BP'); // 'DN'
 * ```
 */
export function finalSuccessor(boards: readonly Board[], code: string): string {
  expectBoards('finalSuccessor', 'boards', boards);
  expectCode('finalSuccessor', 'code', code);
  const byCode = new Map(boards.map((b) => [b.code, b] as const));
  let current = code;
  const seen = new Set<string>([code]);
  for (;;) {
    const next = byCode.get(current)?.successor;
    if (next === undefined || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

interface Part {
  readonly value: Scaled | null;
  readonly estimated: boolean;
}

/**
 * Maps the history of merged boards onto their successors, so that comparisons across a merger
 * hold: after Bình Phước's board merged into Đồng Nai's (decision 1486/QĐ-TTg, 4/7/2025), Đồng
 * Nai's `same_period_last_year` for 2025 includes what Bình Phước reported in 2024.
 *
 * Every board is replaced by its final successor (see {@link finalSuccessor}); boards the list does
 * not know pass through unchanged. For each successor, indicator and month, the new value is the
 * exact sum of its members' values (flows and stocks alike: workers of two boards add up; ratios are
 * recomputed from these parts by `consolidate`). A member counts in a month when it exists on the
 * month's last day (its `validFrom`/`validUntil`) and reports that indicator at all; values a member
 * gave for months outside its validity are left out. When a member that counts left the month blank
 * or absent, the merged month is blank (missing), never a partial sum. A sum with an estimate in it
 * is an estimate. Openings add up; a year's targets add up over the members existing at the year's
 * end that have one. Sources are not carried over (a merged value has several).
 *
 * @example
 * ```ts
 * import { consolidate, createObservations } from 'hoptac';
 * import { rollUpSuccessors } from 'hoptac/program';
 * declare const file: import('hoptac/program').ProgramFile; // BP valid until 2025-07-03, successor DN
 * const set = createObservations()
 *   .add({ board: 'DN', indicator: 'workers_total', month: '2024-12', value: '600000' })
 *   .add({ board: 'BP', indicator: 'workers_total', month: '2024-12', value: '90000' })
 *   .add({ board: 'DN', indicator: 'workers_total', month: '2025-12', value: '700000' })
 *   .build();
 * const merged = rollUpSuccessors(set, file.boards);
 * consolidate(merged, { period: '2025-12', indicators: ['workers_total'], measures: ['same_period_last_year'], withoutAll: true }).rows[0]?.value; // '690000'
 * ```
 */
export function rollUpSuccessors(set: ObservationSet, boards: readonly Board[]): ObservationSet {
  expectBoards('rollUpSuccessors', 'boards', boards);
  const byCode = new Map(boards.map((b) => [b.code, b] as const));
  const target = new Map<string, string>();
  for (const code of set.boards) target.set(code, finalSuccessor(boards, code));
  const counts = (code: string, day: number) => {
    const b = byCode.get(code);
    return b === undefined || boardValidOn(b, day);
  };

  // Which members report each indicator at all, per successor.
  const reporters = new Map<string, Set<string>>(); // successor|indicator -> members
  const cells = new Map<string, Map<string, Part>>(); // successor|indicator|month -> member -> part
  for (const o of observations(set)) {
    const to = target.get(o.board)!;
    const ri = `${to}|${o.indicator}`;
    let r = reporters.get(ri);
    if (r === undefined) reporters.set(ri, (r = new Set()));
    r.add(o.board);
    const [y, m] = o.month.split('-').map(Number) as [number, number];
    if (!counts(o.board, lastDayOfMonthIndex(y * 12 + m - 1))) continue;
    const key = `${ri}|${o.month}`;
    let parts = cells.get(key);
    if (parts === undefined) cells.set(key, (parts = new Map()));
    parts.set(o.board, { value: o.value === null ? null : parseScaled(o.value)!, estimated: o.status === 'estimated' });
  }

  const b = createObservations();
  for (const code of set.boards) b.board(target.get(code)!);
  for (const [key, parts] of cells) {
    const cut1 = key.indexOf('|');
    const cut2 = key.indexOf('|', cut1 + 1);
    const board = key.slice(0, cut1);
    const indicator = key.slice(cut1 + 1, cut2);
    const month = key.slice(cut2 + 1);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const day = lastDayOfMonthIndex(y * 12 + m - 1);
    let acc: Scaled = { int: 0n, scale: 0 };
    let blank = false;
    let estimated = false;
    for (const member of reporters.get(`${board}|${indicator}`) ?? []) {
      if (!counts(member, day)) continue;
      const part = parts.get(member);
      if (part === undefined || part.value === null) {
        blank = true;
        break;
      }
      acc = add(acc, part.value);
      estimated ||= part.estimated;
    }
    b.add({ board, indicator, month, value: blank ? null : format(trim(acc)), ...(estimated && !blank ? { status: 'estimated' as const } : {}) });
  }

  // Openings and targets.
  const openings = new Map<string, Scaled>();
  for (const o of listOpenings(set)) {
    const to = target.get(o.board)!;
    const key = `${to}|${o.indicator}`;
    openings.set(key, add(openings.get(key) ?? { int: 0n, scale: 0 }, o.value));
  }
  for (const [key, v] of openings) {
    const cut = key.indexOf('|');
    b.opening({ board: key.slice(0, cut), indicator: key.slice(cut + 1), value: format(trim(v)) });
  }
  const targets = new Map<string, Scaled>();
  for (const t of listTargets(set)) {
    const member = t.board;
    if (!counts(member, dayNumber(t.year, 12, 31))) continue;
    const key = `${target.get(member)!}|${t.indicator}|${t.year}`;
    targets.set(key, add(targets.get(key) ?? { int: 0n, scale: 0 }, t.value));
  }
  for (const [key, v] of targets) {
    const [board, indicator, year] = key.split('|') as [string, string, string];
    b.target({ board, indicator, year: Number(year), value: format(trim(v)) });
  }
  return b.build();
}
