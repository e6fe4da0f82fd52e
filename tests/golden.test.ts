/**
 * Golden tests on the example workbook, through the real .xlsx file and the `hoptac` command.
 *
 * The expected figures are computed here, independently of the engine: from the generator's own
 * data (what each board wrote in each cell, examples/workbook-data.mjs) with a separate BigInt
 * toolkit (helpers/exact.ts) and the format's rules restated below. A few figures are also pinned
 * by hand (text numbers, the scaled unit, the missing month).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkbook } from '../examples/make-workbook.mjs';
import { BOARDS, MISSING, SCALED, VARIANTS, workbookData } from '../examples/workbook-data.mjs';
import { expected, expectedOf } from './helpers/oracle.js';
import { EXAMPLE, hoptacJson, tempDir } from './helpers/cli.js';
import type { FindingJson, RowJson } from './helpers/cli.js';
import { ZERO, add, exact, percent, shiftDown, text } from './helpers/exact.js';

// The expected figures: the format's rules restated on the generator's data with BigInt decimals
// (helpers/oracle.ts, shared with the review report's tests).
const data = workbookData();

async function consolidated(period: string, file = EXAMPLE): Promise<{ period: string; rows: RowJson[]; findings: FindingJson[] }> {
  const { code, json } = await hoptacJson<{ period: string; rows: RowJson[]; findings: FindingJson[] }>(['consolidate', file, '--period', period]);
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

// The same data with corrections written as negative numbers and two more unit exponents (m2 for
// ha, tỷ USD for triệu USD), which the example lacks: written with the example's own generator.
describe('the corrections variant (negatives, m2 and tỷ USD rows): every row equals the independent computation', () => {
  const variant = workbookData('corrections');
  const want = expectedOf('corrections');
  let file = '';
  let cleanup = () => {};
  beforeAll(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    file = join(t.dir, 'corrections.xlsx');
    writeFileSync(file, await makeWorkbook('corrections'));
  });
  afterAll(() => cleanup());

  it('has negatives and three unit exponents besides the catalogue unit', () => {
    const written = variant.rows.flatMap((r) => r.cells.map((c) => c.written ?? ''));
    expect(written.filter((w) => w.startsWith('-')).length).toBeGreaterThan(20);
    expect(new Set(variant.rows.map((r) => r.exponent))).toEqual(new Set([0, 3, 4, -3]));
    expect(VARIANTS.corrections.scaled.map((x) => x.unit)).toEqual(['m2', 'm2', 'tỷ USD']);
  });

  it.each(['2017-Q4', '2018-Q3', '2016', '2017-05', '2015-H2'])('consolidate --period %s', async (period) => {
    const json = await consolidated(period, file);
    const got = new Map(json.rows.map((r) => [`${r.indicator}|${r.board}|${r.measure}`, { value: r.value, unit: r.unit, status: r.status }]));
    expect(json.rows).toHaveLength(got.size);
    const w = want(period);
    expect([...got.keys()].sort()).toEqual([...w.keys()].sort());
    for (const [key, e] of w) expect({ key, ...got.get(key) }).toEqual({ key, ...e });
  });

  it('the corrections reach the totals: negative sums and percentages among the expected figures', () => {
    const all = ['2017-Q4', '2018-Q3', '2016', '2017-05', '2015-H2'].flatMap((p) => [...want(p)].filter(([k, e]) => k.includes('|ALL|') && e.value?.startsWith('-') === true).map(([k]) => k.split('|')[2]));
    expect(all).toContain('value');
    expect(all).toContain('vs_last_year_pct');
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
