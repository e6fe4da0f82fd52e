/**
 * When details are capped (200 per code), every summary gives the same exact counts: the
 * command's text summary, `--json`, the `Kiểm tra` sheet it writes, and the add-in's summary. The
 * workbook holds 500 numbers typed as text (500 `text-number` warnings), planted by hand: the
 * expected counts are that number, not the code's output.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook, consolidateWorkbook } from 'hoptac/workbook';
import { Period } from 'hoptac';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize } from '../addin/src/core/run.js';
import { readXlsx } from '../packages/cli/src/xlsx/read.js';
import { hoptac, hoptacJson, tempDir } from './helpers/cli.js';
import type { FindingJson } from './helpers/cli.js';
import { plant, sheet } from './helpers/workbooks.js';

const { dir, cleanup } = tempDir('hoptac-capped-');
afterAll(cleanup);

const PLANTED = 500;

async function fiveHundred(): Promise<string> {
  let planted = 0;
  const path = await plant(
    dir,
    'five-hundred',
    (wb) => {
      // DN: 5 rows x 60 months = 300; LD: 5 rows x the first 40 months = 200.
      for (const [name, months] of [['DN', 60], ['LD', 40]] as const) {
        sheet(wb, name).eachRow((r, i) => {
          if (i === 1) return;
          for (let c = 5; c < 5 + months; c++) {
            r.getCell(c).value = String(r.getCell(c).value);
            planted++;
          }
        });
      }
    },
    { months: 60 },
  );
  expect(planted).toBe(PLANTED);
  return path;
}

describe('500 bad cells of one kind, details capped at 200', () => {
  it('the text summary, --json, Kiểm tra and the add-in give the same exact counts', async () => {
    const path = await fiveHundred();
    const period = '2021-12';

    // --json: 200 details, and exact counts
    const { json } = await hoptacJson<{ findings: FindingJson[]; counts: { errors: number; warnings: number; byCode: Record<string, number> } }>(['consolidate', path, '--period', period]);
    expect(json.findings.filter((f) => f.code === 'text-number')).toHaveLength(200);
    expect(json.counts).toEqual({ errors: 0, warnings: PLANTED, byCode: { 'text-number': PLANTED } });
    const checked = await hoptacJson<{ counts: { errors: number; warnings: number } }>(['check', path]);
    expect(checked.json.counts).toMatchObject({ errors: 0, warnings: PLANTED });

    // the text summaries of check and consolidate
    const text = await hoptac(['check', path]);
    expect(text.stdout).toContain(`(0 lỗi, ${PLANTED} cảnh báo)`);
    const out = join(dir, 'out.xlsx');
    const cons = await hoptac(['consolidate', path, '--period', period, '--out', out]);
    expect(cons.code, cons.stderr).toBe(0);
    expect(cons.stdout).toContain(`Kiểm tra: 0 lỗi, ${PLANTED} cảnh báo`);

    // the Kiểm tra sheet written, read back by another reader
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const kt = wb.getWorksheet('Kiểm tra')!;
    const texts: string[] = [];
    kt.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
    expect(texts).toContain(`Tổng số: 0 lỗi, ${PLANTED} cảnh báo.`);
    expect(texts.filter((t) => t === 'text-number')).toHaveLength(200);

    // the add-in's summary, over the same Grid
    const model = readWorkbook(await readXlsx(path));
    const result = consolidateWorkbook(model, { period: Period.parse(period) });
    expect(summarize(model, model.findings)).toMatchObject({ errors: 0, warnings: PLANTED });
    expect(summarize(model, result.findings)).toMatchObject({ errors: 0, warnings: PLANTED });
  });
});

describe('warning rule violations beyond the cap', () => {
  it('check --json and the text summary count every one as a warning, from the rules, not as an error', async () => {
    // a warning rule that fails on every board-month with a workers_total: 2 boards × 120 months
    const VIOLATIONS = 2 * 120;
    const path = await plant(
      dir,
      'many-warnings',
      (wb) => {
        const ws = wb.addWorksheet('Rules');
        ws.addRow(['code', 'left', 'operator', 'right', 'severity', 'message_vi', 'message_en']);
        ws.addRow(['never_negative', 'workers_total', '<', '0', 'warning']);
      },
      { months: 120 },
    );
    const { json } = await hoptacJson<{ findings: FindingJson[]; counts: { errors: number; warnings: number; byCode: Record<string, number> } }>(['check', path]);
    expect(json.findings.filter((f) => f.code === 'rule-violated')).toHaveLength(200);
    expect(json.counts.byCode['rule-violated']).toBe(VIOLATIONS);
    expect(json.counts.errors).toBe(0);
    expect(json.counts.warnings).toBe(Object.values(json.counts.byCode).reduce((a, b) => a + b, 0));
    const text = await hoptac(['check', path]);
    expect(text.stdout).toContain(`(0 lỗi, ${json.counts.warnings} cảnh báo)`);
  });
});
