/**
 * Golden tests on the example workbook, through the real .xlsx file and the `hoptac` command.
 *
 * The expected figures are computed here, independently of the engine: from the generator's own
 * data (what each board wrote in each cell, examples/workbook-data.mjs) with a separate BigInt
 * toolkit (helpers/exact.ts) and the format's rules restated below. A few figures are also pinned
 * by hand (text numbers, the scaled unit, the missing month).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeWorkbook } from '../examples/make-workbook.mjs';
import { BOARDS, INDICATORS, MISSING, RATIOS, SCALED, workbookData } from '../examples/workbook-data.mjs';
import { EXAMPLE, hoptacJson } from './helpers/cli.js';
import type { FindingJson, RowJson } from './helpers/cli.js';
import { ZERO, add, exact, isZero, percent, shiftDown, text } from './helpers/exact.js';
import type { Exact } from './helpers/exact.js';

const data = workbookData();
const FIRST = data.months[0]!;

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

type Fig = { v: Exact } | 'missing' | 'undefined';
const kindOf = new Map(INDICATORS.map((i) => [i.code, i.kind]));

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

function pct(a: Fig, b: Fig): { value: string | null; status: RowJson['status'] } {
  if (a === 'missing' || b === 'missing') return { value: null, status: 'missing' };
  if (a === 'undefined' || b === 'undefined' || isZero(b.v)) return { value: null, status: 'undefined' };
  return { value: percent(a.v, b.v, 2), status: 'ok' };
}

const asRow = (f: Fig): { value: string | null; status: RowJson['status'] } => (typeof f === 'string' ? { value: null, status: f } : { value: text(f.v), status: 'ok' });

/** Every expected row of a period: indicator|board|measure -> {value, unit, status}. */
function expected(p: string): Map<string, { value: string | null; unit: string; status: RowJson['status'] }> {
  const out = new Map<string, { value: string | null; unit: string; status: RowJson['status'] }>();
  const boards = [...BOARDS.map((b) => b.code), 'ALL'];
  for (const ind of INDICATORS) {
    for (const board of boards) {
      for (const measure of ['value', 'ytd', 'same_period_last_year', 'target', 'cumulative']) out.set(`${ind.code}|${board}|${measure}`, { ...asRow(figure(board, ind.code, measure, p)), unit: ind.unit });
      out.set(`${ind.code}|${board}|vs_last_year_pct`, { ...pct(figure(board, ind.code, 'value', p), figure(board, ind.code, 'same_period_last_year', p)), unit: '%' });
      out.set(`${ind.code}|${board}|ytd_target_pct`, { ...pct(figure(board, ind.code, 'ytd', p), figure(board, ind.code, 'target', p)), unit: '%' });
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
}

async function consolidated(period: string): Promise<{ period: string; rows: RowJson[]; findings: FindingJson[] }> {
  const { code, json } = await hoptacJson<{ period: string; rows: RowJson[]; findings: FindingJson[] }>(['consolidate', EXAMPLE, '--period', period]);
  expect(code).toBe(0);
  return json;
}

const row = (rows: RowJson[], indicator: string, board: string, measure: string) => rows.find((r) => r.indicator === indicator && r.board === board && r.measure === measure);

// ---- the tests --------------------------------------------------------------------------------

describe('the example workbook', () => {
  it('is exactly what make-workbook.mjs writes (reproducible bytes)', async () => {
    expect(Buffer.from(await makeWorkbook()).equals(readFileSync(EXAMPLE))).toBe(true);
  });

  it('has exactly one blank value cell, and the quirks real files have', () => {
    const cells = data.rows.flatMap((r) => r.cells.map((c) => ({ ...c, board: r.board, indicator: r.indicator })));
    expect(cells.filter((c) => c.cell === 'blank').map((c) => [c.board, c.indicator, c.month])).toEqual([[MISSING.board, MISSING.indicator, MISSING.month]]);
    expect(cells.filter((c) => c.cell === 'text').length).toBe(4);
    expect(cells.filter((c) => c.cell === 'dash').length).toBeGreaterThan(10);
    expect(cells.filter((c) => c.cell === 'formula').length).toBe(47);
    expect(data.rows.filter((r) => r.exponent !== 0).map((r) => [r.board, r.indicator, r.unit])).toEqual([['LD', 'fdi_capital_new', 'nghìn USD']]);
    expect(new Set(data.targets.map((t) => t.year))).toEqual(new Set([2017, 2018]));
    expect(data.months[0]).toBe('2015-01');
    expect(data.months.at(-1)).toBe('2018-12');
  });
});

describe.each([
  ['Quý IV/2017', '2017-Q4'],
  ['Năm 2018', '2018'],
  ['6 tháng đầu năm 2017', '2017-H1'],
  ['Tháng 3/2016', '2016-03'],
  ['Tháng 12/2018', '2018-12'],
  ['2018-Q3', '2018-Q3'],
  ['Quý IV/2015', '2015-Q4'],
])('consolidate --period "%s": every row equals the independent computation', (asked, canonical) => {
  it('rows, values, units and statuses', async () => {
    const json = await consolidated(asked);
    expect(json.period).toBe(canonical);
    const want = expected(canonical);
    const got = new Map(json.rows.map((r) => [`${r.indicator}|${r.board}|${r.measure}`, { value: r.value, unit: r.unit, status: r.status }]));
    expect(json.rows).toHaveLength(got.size); // no row twice
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [key, w] of want) expect({ key, ...got.get(key) }).toEqual({ key, ...w });
  });
});

describe('pinned by hand', () => {
  it('flows sum their months; stocks take the last month; ALL sums the boards', async () => {
    const { rows } = await consolidated('Quý IV/2017');
    // DN budget contributions, Oct + Nov + Dec 2017 as written in the sheet
    const dn = data.rows.find((r) => r.board === 'DN' && r.indicator === 'budget_contribution')!;
    const [oct, nov, dec] = ['2017-10', '2017-11', '2017-12'].map((m) => dn.cells.find((c) => c.month === m)!.written!);
    expect([oct, nov, dec]).toEqual(['692.9', '445', '511.3']);
    expect(row(rows, 'budget_contribution', 'DN', 'value')?.value).toBe('1649.2'); // 692.9 + 445 + 511.3
    // workers (a stock): December's level, not a sum of three months
    const w = data.rows.find((r) => r.board === 'LD' && r.indicator === 'workers_total')!;
    expect(row(rows, 'workers_total', 'LD', 'value')?.value).toBe(w.cells.find((c) => c.month === '2017-12')!.written);
    expect(row(rows, 'workers_total', 'LD', 'ytd')?.value).toBe(w.cells.find((c) => c.month === '2017-12')!.written);
  });

  it('text numbers typed as "2.819,3" count at their value', async () => {
    const { rows } = await consolidated('Quý I/2016');
    // DN revenue of domestic firms, Q1/2016: the three cells are text "2.819,3", "2.955,7", "3.589,2"
    expect(row(rows, 'revenue_ddi', 'DN', 'value')).toEqual({ indicator: 'revenue_ddi', board: 'DN', measure: 'value', value: '9364.2', unit: 'tỷ đồng', status: 'ok', missing: null });
  });

  it('the scaled unit: LD writes nghìn USD, the figures are exact triệu USD', async () => {
    const { rows } = await consolidated('Quý IV/2017');
    const ld = data.rows.find((r) => r.board === SCALED.board && r.indicator === SCALED.indicator)!;
    expect(ld.unit).toBe('nghìn USD');
    const written = ['2017-10', '2017-11', '2017-12'].map((m) => ld.cells.find((c) => c.month === m)!.written!);
    const sum = written.reduce((s, w) => add(s, exact(w)), ZERO);
    const r = row(rows, 'fdi_capital_new', 'LD', 'value')!;
    expect(r.unit).toBe('triệu USD');
    expect(r.value).toBe(text(shiftDown(sum, 3)));
    expect(r.value).toMatch(/^\d+\.\d{2,4}$/); // thousands of USD with a decimal: four places in triệu USD
  });

  it('the missing month makes every figure that needs it missing, never a partial sum', async () => {
    expect(MISSING).toEqual({ board: 'BP', indicator: 'export_value', month: '2018-11' });
    const year = await consolidated('Năm 2018');
    for (const board of ['BP', 'ALL']) {
      for (const measure of ['value', 'ytd', 'vs_last_year_pct', 'ytd_target_pct', 'cumulative']) {
        expect(row(year.rows, 'export_value', board, measure)).toMatchObject({ value: null, status: 'missing' });
      }
      expect(row(year.rows, 'export_value', board, 'same_period_last_year')).toMatchObject({ status: 'ok' });
    }
    expect(row(year.rows, 'export_value', 'DN', 'value')).toMatchObject({ status: 'ok' });
    expect(year.findings).toContainEqual(expect.objectContaining({ code: 'missing-value', sheet: 'BP', cell: 'AY21' }));
    // December alone does not need November; its year to date does
    const dec = await consolidated('Tháng 12/2018');
    expect(row(dec.rows, 'export_value', 'ALL', 'value')).toMatchObject({ status: 'ok' });
    expect(row(dec.rows, 'export_value', 'ALL', 'ytd')).toMatchObject({ status: 'missing' });
    // the third quarter is whole
    const q3 = await consolidated('2018-Q3');
    expect(row(q3.rows, 'export_value', 'ALL', 'ytd')).toMatchObject({ status: 'ok' });
  });

  it('ratios are recomputed from their summed parts, never averaged', async () => {
    const { rows } = await consolidated('Năm 2018');
    const last = (b: string, ind: string) => exact(data.rows.find((r) => r.board === b && r.indicator === ind)!.cells.at(-1)!.written!);
    const leased = BOARDS.reduce((s, b) => add(s, last(b.code, 'leased_land_area')), ZERO);
    const leasable = BOARDS.reduce((s, b) => add(s, last(b.code, 'industrial_land_area')), ZERO);
    expect(row(rows, 'occupancy_rate', 'ALL', 'value')?.value).toBe(percent(leased, leasable, 2));
    const avg = BOARDS.map((b) => Number(row(rows, 'occupancy_rate', b.code, 'value')!.value)).reduce((s, x) => s + x, 0) / BOARDS.length;
    expect(Number(row(rows, 'occupancy_rate', 'ALL', 'value')!.value)).not.toBeCloseTo(avg, 1);
    expect(row(rows, 'occupancy_rate', 'ALL', 'target')).toBeUndefined();
  });
});
