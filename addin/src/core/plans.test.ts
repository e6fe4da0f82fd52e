/**
 * Plans told apart from gaps in the add-in, on the fake Excel host backed by real workbooks: the
 * example (17 of its 22 flows and stocks have no 2017 target from any board) with BP's 2017 target
 * for new FDI capital taken out (DN and LD keep theirs). What the pane receives and what
 * `Tổng hợp` holds; the targets are read from the Targets sheet with exceljs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../../packages/cli/src/xlsx/index.js';
import { FakeWorkbook, fakeSheetsOf } from '../../../tests/helpers/fake-office/index.js';
import { writePartialPlanWorkbook } from '../../../tests/helpers/partial-plan.js';
import type { FakeSheetInput } from '../../../tests/helpers/fake-office/index.js';
import { consolidateRun } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'hoptac-plans-'));
let sheets: FakeSheetInput[];
let targets: ReadonlyMap<string, string>; // board|indicator -> 2017 target

beforeAll(async () => {
  const made = await writePartialPlanWorkbook(dir);
  targets = made.targets;
  sheets = fakeSheetsOf(await readXlsx(made.file));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the add-in: a plan no board has is not a gap', () => {
  it('the pane gets the rows: no-plan for an indicator no board plans, missing naming BP for the one BP lacks', async () => {
    const out = await consolidateRun(new FakeWorkbook(sheets).host(), { period: '2017-Q4' });
    const rows = out.consolidation!.rows;
    const row = (i: string, b: string, m: string) => rows.find((r) => r.indicator === i && r.board === b && r.measure === m)!;
    for (const b of ['DN', 'LD', 'BP', 'ALL']) {
      expect(row('workers_total', b, 'target')).toMatchObject({ status: 'no-plan', value: null });
      expect(row('workers_total', b, 'target').missing).toBeUndefined();
    }
    expect(row('fdi_capital_new', 'DN', 'target')).toMatchObject({ status: 'ok', value: targets.get('DN|fdi_capital_new') });
    for (const b of ['BP', 'ALL']) {
      expect(row('fdi_capital_new', b, 'ytd_target_pct')).toMatchObject({ status: 'missing', missing: { count: 1, items: [{ board: 'BP', what: 'target', year: 2017 }] } });
    }
  });

  it('Tổng hợp, written through Excel: "—" where there is no plan, a note naming BP where its target is lacking', async () => {
    const book = new FakeWorkbook(sheets);
    await consolidateRun(book.host(), { period: '2017-Q4' });
    const cells = book.cellsOf('Tổng hợp');
    expect(Object.values(cells).filter((c) => c.v === '—')).toHaveLength(17 * 2 * 4); // 17 indicators × 2 measures × (3 boards + total)
    const texts = Object.values(cells).map((c) => String(c.v));
    const fdiNote = texts.filter((t) => t.includes('kế hoạch năm'));
    // only the indicator BP lacks a target for has a note about a plan, and it names BP alone
    expect(fdiNote.filter((t) => !t.startsWith('Kỳ báo cáo') && t !== 'Kế hoạch năm' && t !== '% kế hoạch năm')).toEqual([expect.stringContaining('BP: thiếu kế hoạch năm 2017')]);
    expect(fdiNote.join('\n')).not.toMatch(/(DN|LD): thiếu kế hoạch/);
  });
});
