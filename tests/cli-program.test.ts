/**
 * `hoptac program --workbook` on the real example workbook, with real gaps planted by exceljs: a
 * missing 2018 target of one board (issue 9, item 17) and indicators the workbook never carries
 * (item 21), read back through the command's own guarded reader.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_GROUPS } from 'hoptac/program';
import { EXAMPLE, ROOT, hoptac, hoptacJson, tempDir } from './helpers/cli.js';

const SEEDS = join(ROOT, 'examples/programs/dong-nai-lam-dong-binh-phuoc.json');
const BOARDS = ['DN', 'LD', 'BP'];
// what the shared workbook still carries after the planting: 11 of the 19 indicators on its sheets
const KEEP = ['fdi_projects_new', 'fdi_capital_new', 'ddi_projects_new', 'ddi_capital_new', 'fdi_capital_realized', 'export_value', 'import_value', 'revenue_fdi', 'workers_total', 'workers_foreign', 'enterprises_operating'];

interface Rate {
  expected: number;
  reported: number;
  rate: string | null;
}
interface ProgramOut {
  ok: boolean;
  counts: Record<string, number>;
  findings: { severity: string; code: string; path: string; message: string }[];
  completeness: {
    program: string;
    result: {
      total: Rate;
      byParty: (Rate & { party: string })[];
      byIndicator: (Rate & { indicator: string; kind: string })[];
      missingTargets: { party: string; indicator: string; year: string }[];
      notCarried: string[];
      withoutNotCarried: { total: Rate; byParty: (Rate & { party: string })[] };
    };
  }[];
}

let tmp: ReturnType<typeof tempDir>;
let targetOnly: string;
let planted: string;
let dropped: string[];

beforeAll(async () => {
  tmp = tempDir('hoptac-program-');
  const plant = async (name: string, dropIndicators: boolean): Promise<string> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const targets = wb.getWorksheet('Targets')!;
    let removed = 0;
    for (let r = targets.rowCount; r >= 2; r--) {
      const row = targets.getRow(r);
      if (row.getCell(1).value === 'LD' && row.getCell(2).value === 'export_value' && row.getCell(3).value === 2018) {
        targets.spliceRows(r, 1);
        removed++;
      }
    }
    expect(removed).toBe(1);
    if (dropIndicators) {
      for (const board of BOARDS) {
        const ws = wb.getWorksheet(board)!;
        for (let r = ws.rowCount; r >= 5; r--) {
          const code = ws.getRow(r).getCell(1).value;
          if (typeof code === 'string' && /^[a-z_]+$/.test(code) && !KEEP.includes(code)) ws.spliceRows(r, 1);
        }
      }
    }
    const path = join(tmp.dir, name);
    await wb.xlsx.writeFile(path);
    return path;
  };
  targetOnly = await plant('target-gap.xlsx', false);
  planted = await plant('eleven-indicators.xlsx', true);
  // what the planted file carries, read back by exceljs: an independent reader
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(planted);
  const carried = new Set<string>();
  for (const board of BOARDS)
    wb.getWorksheet(board)!.eachRow((row) => {
      const code = row.getCell(1).value;
      if (typeof code === 'string' && /^[a-z_]+$/.test(code) && code !== 'code') carried.add(code);
    });
  const obliged = ['investment', 'production', 'labour'].flatMap((g) => INDICATOR_GROUPS.get(g as 'labour')!);
  // foreign_worker_share is a ratio: carried through its parts, workers_foreign and workers_total
  dropped = obliged.filter((c) => (c === 'foreign_worker_share' ? !(carried.has('workers_foreign') && carried.has('workers_total')) : !carried.has(c)));
}, 60_000);
afterAll(() => tmp.cleanup());

describe('hoptac program --workbook on the example workbook', () => {
  it('a missing 2018 target of one board shows as a gap (item 17)', async () => {
    const { code, json } = await hoptacJson<ProgramOut>(['program', SEEDS, '--workbook', targetOnly, '--year', '2018']);
    expect(code).toBe(0);
    const r = json.completeness[0]!.result;
    expect(json.completeness.map((c) => c.program)).toEqual(['DN-LD-BP-2016']);
    expect(r.missingTargets).toEqual([{ party: 'LD', indicator: 'export_value', year: '2018' }]);
    expect(r.byIndicator.find((x) => x.kind === 'targets' && x.indicator === 'export_value')).toMatchObject({ expected: 3, reported: 2, rate: '66.67' });
    expect(r.byParty.find((x) => x.party === 'LD')).toMatchObject({ expected: 19, reported: 18 });
    const text = await hoptac(['program', SEEDS, '--workbook', targetOnly, '--year', '2018']);
    expect(text.stdout).toContain('DN-LD-BP-2016  Thiếu mục tiêu năm: LD export_value 2018');
    expect(text.stdout).toContain('DN-LD-BP-2016  LD: 18/19 báo cáo (94,74 %), thiếu 1 ô'); // 18/19 = 0.947368…
  });

  it('indicators the workbook never carries are named once each, and the rate is given without them (item 21)', async () => {
    expect(dropped).toHaveLength(8);
    const { code, json } = await hoptacJson<ProgramOut>(['program', SEEDS, '--workbook', planted, '--year', '2018', '--lang', 'en']);
    expect(code).toBe(0);
    const r = json.completeness[0]!.result;
    expect([...r.notCarried].sort()).toEqual([...dropped].sort());
    const notCarried = json.findings.filter((f) => f.code === 'obligation-not-carried');
    expect(notCarried.map((f) => /\(([a-z0-9_]+)\) is owed/.exec(f.message)?.[1]).sort()).toEqual([...dropped].sort());
    expect(notCarried.every((f) => f.severity === 'warning' && f.path === 'programs[2].obligations[0]')).toBe(true);
    expect(notCarried.find((f) => f.message.includes('budget_contribution'))?.message).toMatch(/^The indicator [^(]+ \(budget_contribution\) is owed under program DN-LD-BP-2016, but the workbook never carries it/);
    expect(json.counts['obligation-not-carried']).toBe(8);
    // with them, every results report is incomplete: only DN's and BP's 2018 targets are whole
    expect(r.total).toMatchObject({ expected: 57, reported: 2, rate: '3.51' }); // 2/57 = 0.035087…
    // without them, the real gaps remain: BP's missing cell and LD's missing target, as in the whole workbook
    const whole = await hoptacJson<ProgramOut>(['program', SEEDS, '--workbook', targetOnly, '--year', '2018']);
    expect(r.withoutNotCarried.byParty).toEqual(whole.json.completeness[0]!.result.byParty);
    expect(r.withoutNotCarried.total).toMatchObject({ expected: 57, reported: 54, rate: '94.74' }); // 54/57
    for (const code of dropped) expect(r.byIndicator.find((x) => x.kind === 'results' && x.indicator === code)).toMatchObject({ reported: 0, rate: '0.00' });
  });

  it('the text report says how the rate reads without them, in Vietnamese number format', async () => {
    const vi = await hoptac(['program', SEEDS, '--workbook', planted, '--year', '2018']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('DN-LD-BP-2016  Tổng: 2/57 báo cáo (3,51 %)');
    expect(vi.stdout).toMatch(/DN-LD-BP-2016 {2}Không tính 8 chỉ tiêu sổ không có \([a-z_, ]+\): 54\/57 báo cáo \(94,74 %\)/);
    expect(vi.stdout).toContain('cảnh báo  obligation-not-carried  programs[2].obligations[0]: Chỉ tiêu Nộp ngân sách (budget_contribution)');
    expect(vi.stdout).not.toMatch(/\d\.\d\d %/);
    const en = await hoptac(['program', SEEDS, '--workbook', planted, '--year', '2018', '--lang', 'en']);
    expect(en.stdout).toContain('DN-LD-BP-2016  Total: 2/57 reports (3.51 %)');
    expect(en.stdout).toMatch(/Without the 8 indicators the workbook never carries \([a-z_, ]+\): 54\/57 reports \(94\.74 %\)/);
  });
});
