/**
 * The pane's figures on the fake Excel host backed by the example workbook: the cell ↔ figure map
 * of `Tổng hợp`, the glance figures, the period's gaps, the findings that touch the period, where a
 * figure comes from, and following the analyst's selection. Expected values come from the
 * workbook's cells and a BigInt sum written apart from the library (tests/helpers/exact.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL, MEASURES } from 'hoptac';
import { SUMMARY_SHEET, a1, summaryPosition } from 'hoptac/workbook';
import type { Grid, GridCell } from 'hoptac/workbook';
import { readXlsx } from '../../../packages/cli/src/xlsx/index.js';
import { ZERO, add, exact, text as exactText } from '../../../tests/helpers/exact.js';
import { FakeWorkbook, fakeSheetsOf } from '../../../tests/helpers/fake-office/index.js';
import type { FakeSheetInput } from '../../../tests/helpers/fake-office/index.js';
import { watchSelection } from '../excel/selection.js';
import { explainFigure } from './explain-figure.js';
import { figureAt } from './figure-at.js';
import { glanceFigures, planState } from './glance.js';
import { periodGaps } from './period-gaps.js';
import { findingsTouchingPeriod, monthsFeeding } from './period-findings.js';
import { consolidateRun } from './run.js';
import type { ConsolidateOutcome } from './run.js';

let grid: Grid;
let sheets: FakeSheetInput[];
let q4: ConsolidateOutcome;
beforeAll(async () => {
  grid = await readXlsx(fileURLToPath(new URL('../../../examples/shared-workbook.xlsx', import.meta.url)));
  sheets = fakeSheetsOf(grid);
  q4 = await consolidateRun(new FakeWorkbook(sheets).host(), { period: '2017-Q4' });
});

const cellOf = (sheet: string, ref: string): GridCell | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return grid.sheets.find((s) => s.name === sheet)?.rows[Number(m[2]) - 1]?.[col - 1];
};

describe('figureAt: the figure a cell of Tổng hợp holds', () => {
  it('is the inverse of summaryPosition for every figure, and nothing for the other cells', () => {
    const c = q4.consolidation!;
    let seen = 0;
    for (const indicator of c.indicators)
      for (const board of [...c.boards, ALL])
        for (const measure of MEASURES) {
          const pos = summaryPosition(c, indicator, board, measure)!;
          expect(figureAt(c, pos.row, pos.col)).toEqual({ indicator, board, measure });
          seen++;
        }
    expect(seen).toBe(c.indicators.length * (c.boards.length + 1) * MEASURES.length);
    const first = summaryPosition(c, c.indicators[0]!, c.boards[0]!, 'value')!;
    const notes = summaryPosition(c, c.indicators[0]!, ALL, 'cumulative')!.col + 1;
    expect(figureAt(c, first.row - 1, first.col)).toBeUndefined(); // the board header
    expect(figureAt(c, first.row, first.col - 1)).toBeUndefined(); // the unit
    expect(figureAt(c, first.row, notes)).toBeUndefined(); // the notes
    expect(figureAt(c, first.row + c.indicators.length, first.col)).toBeUndefined(); // below the table
  });
});

describe('glanceFigures', () => {
  it('picks one headline indicator per group, each with its own rows, and every board beside last year', () => {
    const figures = glanceFigures(q4.consolidation!, q4.model.catalogue);
    expect(figures.map((f) => [f.group, f.indicator.code])).toEqual([
      ['investment-fdi', 'fdi_capital_new'],
      ['investment-ddi', 'ddi_capital_new'],
      ['production', 'export_value'],
      ['budget', 'budget_contribution'],
      ['land', 'occupancy_rate'],
      ['labour', 'workers_total'],
    ]);
    const exports = figures[2]!;
    const rows = q4.consolidation!.rows;
    const row = (b: string, m: string) => rows.find((r) => r.indicator === 'export_value' && r.board === b && r.measure === m);
    expect(exports.total).toBe(row(ALL, 'value'));
    expect(exports.vsLastYear).toBe(row(ALL, 'vs_last_year_pct'));
    expect(exports.plan).toBe(row(ALL, 'ytd_target_pct'));
    expect(exports.boards.map((b) => b.board)).toEqual(['DN', 'LD', 'BP']);
    // the total is the sum of the boards' figures (BigInt, apart from the library)
    const sum = exports.boards.reduce((s, b) => add(s, exact(b.value!.value!)), ZERO);
    expect(exactText(sum)).toBe(exports.total!.value);
  });
});

describe('planState: no plan told apart from a plan some boards lack', () => {
  it('a share where every board has a target, no-plan where none has, the lacking board named where one lacks it', async () => {
    const plan = (out: ConsolidateOutcome, indicator: string) => planState(out.consolidation!.rows.find((r) => r.indicator === indicator && r.board === ALL && r.measure === 'ytd_target_pct'));
    expect(plan(q4, 'fdi_capital_new')).toMatchObject({ kind: 'share' });
    expect(plan(q4, 'workers_total')).toEqual({ kind: 'no-plan' });
    // the same workbook with BP's 2017 target for new FDI capital taken out (exceljs, apart from the project's writer)
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fileURLToPath(new URL('../../../examples/shared-workbook.xlsx', import.meta.url)));
    const ws = wb.getWorksheet('Targets')!;
    let bpRow = -1;
    ws.eachRow((r, i) => {
      if (r.getCell(1).value === 'BP' && r.getCell(2).value === 'fdi_capital_new' && r.getCell(3).value === 2017) bpRow = i;
    });
    expect(bpRow).toBeGreaterThan(1);
    ws.spliceRows(bpRow, 1);
    const dir = mkdtempSync(join(tmpdir(), 'hoptac-pane-plan-'));
    try {
      const file = join(dir, 'bp-lacks-a-target.xlsx');
      await wb.xlsx.writeFile(file);
      const out = await consolidateRun(new FakeWorkbook(fakeSheetsOf(await readXlsx(file))).host(), { period: '2017-Q4' });
      expect(plan(out, 'fdi_capital_new')).toEqual({ kind: 'missing', boards: ['BP'] });
      expect(plan(out, 'workers_total')).toEqual({ kind: 'no-plan' });
      // a plan no board has is not a gap of the period; a lacking plan is not one of this period's own figures either
      expect(periodGaps(out.consolidation!).missing).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('periodGaps: what the chosen period lacks', () => {
  it('counts the period’s own figures that are missing: BP’s blank exports of 11/2018 and so the total', async () => {
    expect(cellOf('BP', 'AY21')).toBeUndefined(); // the blank cell the example keeps on purpose
    const out = await consolidateRun(new FakeWorkbook(sheets).host(), { period: '2018-11' });
    const gaps = periodGaps(out.consolidation!);
    expect(gaps.missing.map((r) => [r.indicator, r.board])).toEqual([
      ['export_value', 'BP'],
      ['export_value', ALL],
    ]);
    expect(gaps.missing[0]!.missing?.items).toEqual([{ board: 'BP', indicator: 'export_value', what: 'month', month: '2018-11' }]);
    expect(gaps.undefined).toEqual([]);
    expect(periodGaps(q4.consolidation!).missing).toEqual([]);
  });
});

describe('findingsTouchingPeriod', () => {
  it('takes the months the figures use: the period, the year to date, the same months a year earlier', () => {
    expect([...monthsFeeding('2017-Q4')].sort()).toEqual(['2016-10', '2016-11', '2016-12', ...Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, '0')}`)]);
  });
  it('puts a finding on a month cell the period uses first, and leaves the others', () => {
    // DN's month columns start at E (2015-01), so Q is 2016-01; BP's AY is 2018-11
    const q22 = q4.findings.find((f) => f.sheet === 'DN' && f.cell === 'Q22')!;
    const ay21 = q4.findings.find((f) => f.sheet === 'BP' && f.cell === 'AY21')!;
    expect(q22.code).toBe('text-number');
    expect(findingsTouchingPeriod(grid, q4.findings, '2017-Q4').has(q22)).toBe(false);
    expect(findingsTouchingPeriod(grid, q4.findings, '2016-Q1').has(q22)).toBe(true);
    expect(findingsTouchingPeriod(grid, q4.findings, '2018-11').has(ay21)).toBe(true);
    expect(findingsTouchingPeriod(grid, q4.findings, '2018-10').has(ay21)).toBe(false);
    // a finding with no month column (a unit row) never counts as touching
    const unit = q4.findings.find((f) => f.code === 'unit-converted')!;
    expect(findingsTouchingPeriod(grid, q4.findings, '2017-Q4').has(unit)).toBe(false);
    expect(q4.periodFindings).toEqual(findingsTouchingPeriod(grid, q4.findings, '2017-Q4'));
  });
});

describe('explainFigure', () => {
  it('lists every input of DN’s exports in 2017-Q4 with its source cell, whose value the inputs and the total match', () => {
    const e = explainFigure(q4.model, q4.period, { indicator: 'export_value', board: 'DN', measure: 'value' })!;
    expect(e.rule).toBe('flow-sum-of-months');
    expect(e.inputs.map((i) => i.month)).toEqual(['2017-10', '2017-11', '2017-12']);
    for (const i of e.inputs) {
      const cell = cellOf(i.source!.sheet, i.source!.cell!);
      expect(i.source!.sheet).toBe('DN');
      expect(cell?.kind).toBe('number');
      expect(exactText(exact(cell!.value))).toBe(exactText(exact(i.value)));
    }
    const sum = e.inputs.reduce((s, i) => add(s, exact(i.value)), ZERO);
    expect(exactText(sum)).toBe(q4.consolidation!.rows.find((r) => r.indicator === 'export_value' && r.board === 'DN' && r.measure === 'value')!.value);
  });
  it('gives a ratio its two parts, and nothing for a figure a ratio does not have', () => {
    const e = explainFigure(q4.model, q4.period, { indicator: 'occupancy_rate', board: ALL, measure: 'value' })!;
    expect(e.rule).toBe('ratio-of-parts');
    expect(e.parts?.map((p) => p.indicator)).toEqual(['leased_land_area', 'industrial_land_area']);
    expect(explainFigure(q4.model, q4.period, { indicator: 'occupancy_rate', board: ALL, measure: 'target' })).toBeUndefined();
  });
});

describe('watchSelection', () => {
  it('reports the top-left cell the analyst selects in Tổng hợp, once per sheet, and nothing from other sheets', async () => {
    const b = new FakeWorkbook(sheets);
    await consolidateRun(b.host(), { period: '2017-Q4' });
    const seen: string[] = [];
    const id = await watchSelection(b.host(), SUMMARY_SHEET, (c) => seen.push(`${c.address} ${c.row},${c.col}`));
    expect(id).toBeDefined();
    expect(await watchSelection(b.host(), SUMMARY_SHEET, (c) => seen.push(`again ${c.address}`), id)).toBe(id);
    const opsBefore = b.ops.length;
    await b.selectByUser(SUMMARY_SHEET, 'G7:H9');
    await b.selectByUser('DN', 'AL7');
    expect(seen).toEqual([`G7 6,6`]);
    expect(b.ops.length).toBe(opsBefore); // following the selection writes nothing
    expect(await watchSelection(b.host(), 'Không có', () => undefined)).toBeUndefined();
    expect(a1(6, 6)).toBe('G7');
  });
});
