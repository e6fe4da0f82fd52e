/**
 * Plans told apart from gaps, through the `hoptac` command and the scripts' API on real .xlsx
 * files: the example workbook (17 of its 22 flows and stocks have no 2017 target from any board)
 * and a copy of it where one board's target that the others have is taken out. Expected targets
 * are read from the Targets sheet with exceljs; the other figures come from the BigInt oracle.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidateFile } from '../packages/cli/src/api/index.js';
import { INDICATORS } from '../examples/workbook-data.mjs';
import { expected } from './helpers/oracle.js';
import { EXAMPLE, hoptac, hoptacJson, tempDir } from './helpers/cli.js';
import { writePartialPlanWorkbook } from './helpers/partial-plan.js';
import type { RowJson } from './helpers/cli.js';

const PERIOD = '2017-Q4';
const BOARDS = ['DN', 'LD', 'BP'];
let tmp: { dir: string; cleanup: () => void };
let partial: string;
/** board|indicator -> 2017 target, as the example's Targets sheet holds it */
let targets: ReadonlyMap<string, string>;

beforeAll(async () => {
  tmp = tempDir();
  const made = await writePartialPlanWorkbook(tmp.dir); // BP's 2017 target for new FDI capital is gone; DN's and LD's stay
  targets = made.targets;
  partial = made.file;
});
afterAll(() => tmp.cleanup());

const row = <R extends Pick<RowJson, 'indicator' | 'board' | 'measure'>>(rows: readonly R[], indicator: string, board: string, measure: string): R =>
  rows.find((r) => r.indicator === indicator && r.board === board && r.measure === measure)!;
const flowsAndStocks = INDICATORS.map((i) => i.code);
const planned = (code: string) => BOARDS.some((b) => targets.has(`${b}|${code}`));

describe('plans told apart from gaps: --json and consolidateFile', () => {
  it('the example: an indicator no board has a target for has no plan (no "missing", nothing lacking)', async () => {
    const { code, json } = await hoptacJson<{ rows: RowJson[] }>(['consolidate', EXAMPLE, '--period', PERIOD]);
    expect(code).toBe(0);
    expect(flowsAndStocks).toHaveLength(22);
    const noPlan = flowsAndStocks.filter((c) => !planned(c));
    expect(noPlan).toHaveLength(17); // the count, from the Targets sheet
    for (const c of noPlan) {
      for (const b of [...BOARDS, 'ALL']) {
        for (const m of ['target', 'ytd_target_pct']) expect([c, b, m, row(json.rows, c, b, m)]).toEqual([c, b, m, expect.objectContaining({ value: null, status: 'no-plan', missing: null })]);
      }
    }
    // every planned indicator: all three boards have a target, so nothing is missing or no-plan
    const oracle = expected(PERIOD);
    for (const c of flowsAndStocks.filter(planned)) {
      for (const b of BOARDS) expect(row(json.rows, c, b, 'target').value).toBe(targets.get(`${b}|${c}`));
      for (const b of [...BOARDS, 'ALL']) {
        for (const m of ['target', 'ytd_target_pct']) {
          const want = oracle.get(`${c}|${b}|${m}`)!;
          expect([c, b, m, row(json.rows, c, b, m).value, row(json.rows, c, b, m).status]).toEqual([c, b, m, want.value, want.status]);
        }
      }
    }
    expect(json.rows.filter((r) => r.missing?.items.some((it) => it.what === 'target'))).toEqual([]);
  });

  it('one board lacking a target the others have: that board and the total are missing, naming it alone', async () => {
    const r = await consolidateFile(partial, { period: PERIOD });
    const bpItem = { board: 'BP', indicator: 'fdi_capital_new', what: 'target', month: null, year: 2017 };
    expect(row(r.rows, 'fdi_capital_new', 'DN', 'target')).toMatchObject({ value: targets.get('DN|fdi_capital_new'), status: 'ok' });
    expect(row(r.rows, 'fdi_capital_new', 'LD', 'target')).toMatchObject({ value: targets.get('LD|fdi_capital_new'), status: 'ok' });
    for (const b of ['BP', 'ALL']) {
      for (const m of ['target', 'ytd_target_pct']) expect(row(r.rows, 'fdi_capital_new', b, m)).toMatchObject({ value: null, status: 'missing', missing: { count: 1, items: [bpItem] } });
    }
    // DN's % of plan is untouched: the oracle's
    expect(row(r.rows, 'fdi_capital_new', 'DN', 'ytd_target_pct').value).toBe(expected(PERIOD).get('fdi_capital_new|DN|ytd_target_pct')!.value);
    // and the indicators without a plan stay without one
    expect(row(r.rows, 'workers_total', 'ALL', 'target')).toMatchObject({ status: 'no-plan', missing: null });
  });
});

describe('plans told apart from gaps: the text report', () => {
  /** The block of one indicator in the text output: its title line (ends with [code]) to the blank line. */
  const block = (out: string, code: string) => {
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.endsWith(`[${code}]`));
    expect(at, code).toBeGreaterThanOrEqual(0);
    const end = lines.indexOf('', at);
    return lines.slice(at, end);
  };
  const column = (lines: readonly string[], header: string, board: string): string => {
    // right-aligned columns: the value ends where its header ends
    const head = lines[1]!;
    const endAt = head.indexOf(header) + header.length;
    const line = lines.slice(2).find((l) => l.trimStart().startsWith(`${board} `))!;
    return line.slice(0, endAt).split(/\s{2,}/).at(-1)!.trim();
  };

  for (const lang of ['vi', 'en'] as const) {
    const L = lang === 'vi' ? { target: 'Kế hoạch', pct: '% KH năm', total: 'Tổng', missing: 'thiếu' } : { target: 'Target', pct: '% of target', total: 'Total', missing: 'missing' };
    it(`${lang}: "—" and no note for no plan; "${L.missing}" and the board named for a lacking target`, async () => {
      const r = await hoptac(['consolidate', partial, '--period', PERIOD, '--lang', lang]);
      expect(r.code).toBe(0);
      const none = block(r.stdout, 'workers_total');
      for (const b of [...BOARDS, L.total]) {
        expect(column(none, L.target, b)).toBe('—');
        expect(column(none, L.pct, b)).toBe('—');
      }
      expect(none).toHaveLength(6); // title, header, three boards, the total: no note line

      const some = block(r.stdout, 'fdi_capital_new');
      const grouped = targets.get('DN|fdi_capital_new')!.replace(/\B(?=(\d{3})+$)/g, lang === 'vi' ? '.' : ','); // an integer target
      expect(column(some, L.target, 'DN')).toBe(grouped);
      expect(column(some, L.target, 'BP')).toBe(L.missing);
      expect(column(some, L.target, L.total)).toBe(L.missing);
      expect(some).toHaveLength(7); // ... and the note
      const note = some.at(-1)!;
      expect(note).toContain(lang === 'vi' ? 'kế hoạch năm 2017 của BP' : 'the 2017 target of BP');
      expect(note).not.toMatch(/DN|LD/);
      // the old wording for a plan no board has is gone
      expect(r.stdout).not.toMatch(/\(chưa đơn vị nào có\)|target \(no board has one\)/);
    });
  }
});

describe('plans told apart from gaps: Tổng hợp from --out', () => {
  it('"—" in the target and % of target cells of each indicator without a plan, a note only for the board that lacks one', async () => {
    const out = join(tmp.dir, 'tong-hop.xlsx');
    const r = await hoptac(['consolidate', partial, '--period', PERIOD, '--out', out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const rows = new Map<string, string[]>(); // indicator name -> its cells as text
    ws.eachRow((row) => {
      const cells = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
      if (cells[1] !== undefined) rows.set(cells[1], cells);
    });
    const dashes = [...rows.values()].flat().filter((v) => v === '—').length;
    expect(dashes).toBe(17 * 2 * 4); // 17 indicators × (target, % of target) × (DN, LD, BP, total)
    const notes = (name: string) => rows.get(name)!.at(-1)!;
    expect(rows.get('Tổng số lao động')!.filter((v) => v === '—')).toHaveLength(8);
    expect(notes('Tổng số lao động')).not.toContain('kế hoạch');
    expect(notes('Vốn FDI đăng ký cấp mới')).toContain('BP: thiếu kế hoạch năm 2017');
    expect(notes('Vốn FDI đăng ký cấp mới')).not.toMatch(/(DN|LD): thiếu kế hoạch/);
  });
});
