/**
 * Step 7, across boards: a month or an indicator some board reported and another left blank or
 * lacks (`missing-value`), and a `%` ratio's numerator above its denominator (`ratio-parts`).
 */
import { monthIndexText } from '../../period/core.js';
import type { BoardSheetRecord } from './board-sheet.js';
import { flag, placeAt, type ReadContext } from './context.js';
import { decimalTextGreater } from './decimal-text.js';
import { CELL_BLANK, CELL_VALUE } from './value-cell.js';

/** Which board-months hold a value: per indicator, and for any indicator (offsets from the first month). */
interface Reported {
  readonly first: number;
  readonly span: number;
  readonly byIndicator: Map<string, Uint8Array>;
  readonly anyMonth: Uint8Array;
}

/** The months seen on the board sheets, sorted. */
export function monthsSeen(list: readonly BoardSheetRecord[]): number[] {
  const monthSet = new Set<number>();
  for (const s of list) for (const m of s.months) if (m >= 0) monthSet.add(m);
  return [...monthSet].sort((a, b) => a - b);
}

/** Runs the cross-board checks over the board sheets read. */
export function crossChecks(ctx: ReadContext, list: readonly BoardSheetRecord[], monthList: readonly number[]): void {
  if (list.length === 0 || monthList.length === 0) return;
  const rep = reportedMonths(list, monthList);
  for (const s of list) {
    missingValues(ctx, s, rep);
    ratioParts(ctx, s);
  }
}

function reportedMonths(list: readonly BoardSheetRecord[], monthList: readonly number[]): Reported {
  const first = monthList[0]!;
  const span = monthList[monthList.length - 1]! - first + 1;
  const byIndicator = new Map<string, Uint8Array>();
  const anyMonth = new Uint8Array(span);
  for (const s of list) {
    for (const rr of s.rows) {
      let arr = byIndicator.get(rr.ind.code);
      if (arr === undefined) {
        arr = new Uint8Array(span);
        byIndicator.set(rr.ind.code, arr);
      }
      markReported(rr.states, s.months, first, arr, anyMonth);
    }
  }
  return { first, span, byIndicator, anyMonth };
}

/**
 * Marks the months of one row that hold a value, in its indicator's array and in `anyMonth`. A
 * function of its own, called per row, as is {@link blankButReported}: V8 optimises such a
 * function early, where a loop inside the one call over every row runs unoptimised for longer.
 */
function markReported(states: Uint8Array, months: Int32Array, first: number, arr: Uint8Array, anyMonth: Uint8Array): void {
  for (let p = 0; p < states.length; p++) {
    if (states[p] !== CELL_VALUE) continue;
    const k = months[p]! - first;
    arr[k] = 1;
    anyMonth[k] = 1;
  }
}

/** A month column, a cell or a row this board lacks where another board has a value. */
function missingValues(ctx: ReadContext, s: BoardSheetRecord, rep: Reported): void {
  const { first, span, byIndicator, anyMonth } = rep;
  const has = new Uint8Array(span);
  for (const m of s.months) has[m - first] = 1;
  for (let k = 0; k < span; k++) {
    if (anyMonth[k] === 1 && has[k] === 0) flag(ctx, 'missing-value', 'missing-value.column', placeAt(s.idx, s.sheet, s.headerRow), { month: monthIndexText(k + first) });
  }
  const rowsOf = new Set<string>();
  for (const rr of s.rows) {
    rowsOf.add(rr.ind.code);
    const arr = byIndicator.get(rr.ind.code)!;
    for (let p = blankButReported(rr.states, s.months, first, arr, 0); p >= 0; p = blankButReported(rr.states, s.months, first, arr, p + 1)) {
      const m = s.months[p]!;
      flag(ctx, 'missing-value', 'missing-value.cell', placeAt(s.idx, s.sheet, rr.row, s.cols[p]!), { board: s.board, indicator: rr.ind.code, month: monthIndexText(m) });
    }
  }
  for (const code of byIndicator.keys()) {
    if (!rowsOf.has(code) && !s.namedCodes.has(code)) {
      flag(ctx, 'missing-value', 'missing-value.row', placeAt(s.idx, s.sheet), { indicator: code });
    }
  }
}

/** The first position from `from` on whose cell is blank while another board reported the month (-1: none). */
function blankButReported(states: Uint8Array, months: Int32Array, first: number, arr: Uint8Array, from: number): number {
  for (let p = from; p < states.length; p++) if (states[p] === CELL_BLANK && arr[months[p]! - first] === 1) return p;
  return -1;
}

/** A `%` ratio's numerator above its denominator in the same board-month. */
function ratioParts(ctx: ReadContext, s: BoardSheetRecord): void {
  for (const ind of ctx.catalogue.indicators) {
    if (ind.kind !== 'ratio' || ind.unit !== '%') continue;
    const num = s.rows.find((x) => x.ind.code === ind.numerator);
    const den = s.rows.find((x) => x.ind.code === ind.denominator);
    if (num?.values === undefined || den?.values === undefined) continue;
    for (let p = 0; p < num.values.length; p++) {
      const a = num.values[p];
      const b = den.values[p];
      if (a === undefined || b === undefined) continue;
      if (decimalTextGreater(a, b)) {
        flag(ctx, 'ratio-parts', 'ratio-parts', placeAt(s.idx, s.sheet, num.row, s.cols[p]!), {
          month: monthIndexText(s.months[p]!), numerator: ind.numerator!, denominator: ind.denominator!, ratio: ind.code, value: a, other: b,
        });
      }
    }
  }
}
