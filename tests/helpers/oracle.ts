/**
 * The expected consolidation of the example workbook, computed on its own from the numbers the
 * example's generator wrote (examples/workbook-data.mjs) with BigInt decimals and format 1's rules
 * restated: the golden test and the tests of outputs built on the consolidation (the review report)
 * compare against figures the library did not compute.
 */
import { BOARDS, INDICATORS, RATIOS, workbookData } from '../../examples/workbook-data.mjs';
import type { ExampleData, ExampleVariant } from '../../examples/workbook-data.mjs';
import { ZERO, add, exact, isZero, percent, shiftDown, text } from './exact.js';
import type { Exact } from './exact.js';

export type Status = 'ok' | 'missing' | 'undefined' | 'no-plan';
export interface ExpectedFigure {
  readonly value: string | null;
  readonly unit: string;
  readonly status: Status;
}

// ---- the format's rules, restated -------------------------------------------------------------

/** 'YYYY-MM' of month index i (months since year 0) */
const monthText = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5)) - 1;

/** First and last month index of a canonical period: 2017-12, 2017-Q4, 2017-H1, 2017. */
function bounds(p: string): [number, number] {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) return [monthIndex(p), monthIndex(p)];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) {
    const a = Number(m[1]) * 12 + (Number(m[2]) - 1) * 3;
    return [a, a + 2];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(p))) {
    const a = Number(m[1]) * 12 + (Number(m[2]) - 1) * 6;
    return [a, a + 5];
  }
  if ((m = /^(\d{4})$/.exec(p))) return [Number(m[1]) * 12, Number(m[1]) * 12 + 11];
  throw new Error(p);
}

function pct(a: Fig, b: Fig): { value: string | null; status: Status } {
  if (a === 'missing' || b === 'missing') return { value: null, status: 'missing' };
  if (a === 'undefined' || b === 'undefined' || isZero(b.v)) return { value: null, status: 'undefined' };
  return { value: percent(a.v, b.v, 2), status: 'ok' };
}

const asRow = (f: Fig): { value: string | null; status: Status } => (typeof f === 'string' ? { value: null, status: f } : { value: text(f.v), status: 'ok' });

type Fig = { v: Exact } | 'missing' | 'undefined';
const kindOf = new Map(INDICATORS.map((i) => [i.code, i.kind]));

/** The expected figures of a data set: period -> indicator|board|measure -> {value, unit, status}. */
export function oracleOf(data: ExampleData): (p: string) => Map<string, { value: string | null; unit: string; status: Status }> {
  const FIRST = data.months[0]!;
  /** A board's monthly values in the catalogue unit, derived from what the cell holds. */
  const monthly = new Map<string, Map<string, Exact | null>>();
  const openings = new Map<string, Exact>();
  for (const row of data.rows) {
    const m = new Map<string, Exact | null>();
    for (const c of row.cells) {
      if (c.cell === 'blank') m.set(c.month, null);
      else if (c.cell === 'dash') m.set(c.month, ZERO);
      else m.set(c.month, shiftDown(exact(c.written!), row.exponent)); // nghìn USD -> triệu USD: ÷ 1000
    }
    monthly.set(`${row.board}|${row.indicator}`, m);
    if (row.openingWritten !== null) openings.set(`${row.board}|${row.indicator}`, shiftDown(exact(row.openingWritten), row.exponent));
  }


  /** A flow sums months a..b; a stock takes month b; any blank or absent month makes it missing. */
  function span(board: string, ind: string, a: number, b: number): Fig {
    const m = monthly.get(`${board}|${ind}`)!;
    const get = (i: number) => (m.has(monthText(i)) ? m.get(monthText(i))! : null);
    if (kindOf.get(ind) === 'stock') {
      const v = get(b);
      return v === null ? 'missing' : { v };
    }
    let sum = ZERO;
    for (let i = a; i <= b; i++) {
      const v = get(i);
      if (v === null) return 'missing';
      sum = add(sum, v);
    }
    return { v: sum };
  }

  function boardFigure(board: string, ind: string, measure: string, p: string): Fig {
    const [a, b] = bounds(p);
    const year = Math.floor(b / 12);
    switch (measure) {
      case 'value':
        return span(board, ind, a, b);
      case 'ytd':
        return span(board, ind, year * 12, b);
      case 'same_period_last_year':
        return span(board, ind, a - 12, b - 12);
      case 'target': {
        const t = data.targets.find((x) => x.board === board && x.indicator === ind && x.year === year);
        return t === undefined ? 'missing' : { v: exact(t.target) };
      }
      case 'cumulative': {
        if (kindOf.get(ind) === 'stock') return span(board, ind, b, b);
        const months = span(board, ind, monthIndex(FIRST), b);
        if (months === 'missing' || months === 'undefined') return months;
        return { v: add(openings.get(`${board}|${ind}`) ?? ZERO, months.v) };
      }
    }
    throw new Error(measure);
  }

  /** ALL: the boards' figures summed; missing when any board's is. */
  function figure(board: string, ind: string, measure: string, p: string): Fig {
    if (board !== 'ALL') return boardFigure(board, ind, measure, p);
    let sum = ZERO;
    for (const b of BOARDS) {
      const f = boardFigure(b.code, ind, measure, p);
      if (f === 'missing' || f === 'undefined') return f;
      sum = add(sum, f.v);
    }
    return { v: sum };
  }

  return function expected(p: string): Map<string, { value: string | null; unit: string; status: Status }> {
    const out = new Map<string, { value: string | null; unit: string; status: Status }>();
    const boards = [...BOARDS.map((b) => b.code), 'ALL'];
    const year = Math.floor(bounds(p)[1] / 12);
    for (const ind of INDICATORS) {
      // no board with a target in the year: the indicator has no plan (not missing)
      const planned = BOARDS.some((b) => data.targets.some((x) => x.board === b.code && x.indicator === ind.code && x.year === year));
      for (const board of boards) {
        for (const measure of ['value', 'ytd', 'same_period_last_year', 'target', 'cumulative']) out.set(`${ind.code}|${board}|${measure}`, { ...asRow(figure(board, ind.code, measure, p)), unit: ind.unit });
        out.set(`${ind.code}|${board}|vs_last_year_pct`, { ...pct(figure(board, ind.code, 'value', p), figure(board, ind.code, 'same_period_last_year', p)), unit: '%' });
        out.set(`${ind.code}|${board}|ytd_target_pct`, { ...pct(figure(board, ind.code, 'ytd', p), figure(board, ind.code, 'target', p)), unit: '%' });
        if (!planned) {
          out.set(`${ind.code}|${board}|target`, { value: null, status: 'no-plan', unit: ind.unit });
          out.set(`${ind.code}|${board}|ytd_target_pct`, { value: null, status: 'no-plan', unit: '%' });
        }
      }
    }
    for (const r of RATIOS) {
      for (const board of boards) {
        for (const measure of ['value', 'ytd', 'same_period_last_year', 'cumulative']) {
          const q = pct(figure(board, r.numerator, measure, p), figure(board, r.denominator, measure, p));
          out.set(`${r.code}|${board}|${measure}`, { ...q, unit: r.unit });
        }
      }
    }
    return out;
  };
}

/** The example workbook's expected figures of a period. */
export const expected = oracleOf(workbookData());

/** The expected figures of a variant of the data (see VARIANTS in examples/workbook-data.mjs). */
export const expectedOf = (variant: ExampleVariant) => oracleOf(workbookData(variant));
