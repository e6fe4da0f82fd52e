/**
 * Rules, built-in rules, outliers and unit slips through `hoptac check --json` on real .xlsx files:
 * each operator and each built-in rule planted at a known cell, and the example workbook with one
 * planted unit slip.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, hoptacJson, tempDir } from './helpers/cli.js';
import type { FindingJson } from './helpers/cli.js';
import { plant, sheet } from './helpers/workbooks.js';

interface RuleJson {
  rule: string;
  origin: 'sheet' | 'builtin';
  evaluated: number;
  violated: number;
  skipped: number;
  divisionByZero: number;
}
type CheckJson = { ok: boolean; findings: FindingJson[]; rules: RuleJson[] };

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir('hoptac-rules-');
});
afterAll(() => tmp.cleanup());

const cells = (fs: readonly FindingJson[], code: string) => fs.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);
/** the rule code of a rule-violated finding (its params keep it) */
const ruleOf = (f: FindingJson & { params?: Record<string, unknown> }) => f.params?.['rule'];

function addRules(wb: ExcelJS.Workbook, rows: readonly (readonly string[])[]): void {
  const ws = wb.addWorksheet('Rules');
  ws.addRow(['code', 'left', 'operator', 'right', 'severity', 'message_vi', 'message_en']);
  for (const r of rows) ws.addRow([...r]);
}

describe('each operator, planted in a real .xlsx', () => {
  // the base rows (DN and LD alike): fdi_capital_new 10 20 30 (row 2), industrial_land_area 100 (row 3),
  // leased_land_area 50 60 70 (row 4), workers_total 1000 1010 1020 (row 5), columns E F G
  it.each([
    ['le', 'fdi_capital_new', '<=', '25', ['G2']],
    ['lt', 'fdi_capital_new', '<', '30', ['G2']],
    ['eq', 'industrial_land_area', '=', 'leased_land_area + 50', ['F3', 'G3']],
    ['ge', 'leased_land_area', '>=', '60', ['E4']],
    ['gt', 'leased_land_area', '>', '60', ['E4', 'F4']],
    ['ne', 'fdi_capital_new', '!=', '(workers_total - 1000) * 2', ['F2']],
  ])('%s: %s %s %s is violated at %j on both boards', async (code, left, op, right, expected) => {
    const path = await plant(tmp.dir, `op-${code}`, (wb) => addRules(wb, [[code, left, op, right, 'warning']]));
    const { code: exit, json } = await hoptacJson<CheckJson>(['check', path, '--lang', 'en']);
    expect(exit).toBe(0);
    const hits = json.findings.filter((f) => f.code === 'rule-violated');
    expect(hits.map((f) => `${f.sheet}!${f.cell}`)).toEqual([...expected.map((c) => `DN!${c}`), ...expected.map((c) => `LD!${c}`)]);
    for (const f of hits) expect(f.severity).toBe('warning');
    expect(json.rules.find((r) => r.rule === code)).toEqual({ rule: code, origin: 'sheet', severity: 'warning', evaluated: 6, violated: 2 * expected.length, skipped: 0, divisionByZero: 0 });
  });
});

describe('Rules sheet problems', () => {
  it('a syntax error and an unknown indicator are bad-rule at their cells; the good rule still runs', async () => {
    const path = await plant(tmp.dir, 'bad-rules', (wb) =>
      addRules(wb, [
        ['syntax', 'fdi_capital_new * (2', '<=', '100', 'error'],
        ['unknown', 'fdi_capital_neww', '<=', '100', 'error'],
        ['good', 'fdi_capital_new', '<=', '25', 'warning'],
      ]),
    );
    const { code, json } = await hoptacJson<CheckJson>(['check', path, '--lang', 'en']);
    expect(code).toBe(1);
    expect(cells(json.findings, 'bad-rule')).toEqual(['Rules!B2', 'Rules!B3']);
    expect(json.findings.find((f) => f.cell === 'B3')!.message).toMatch(/"fdi_capital_neww" \(character 1\), which is not in the catalogue/);
    expect(cells(json.findings, 'rule-violated')).toEqual(['DN!G2', 'LD!G2']);
  });
});

describe('every built-in rule, planted in a real .xlsx', () => {
  it('the built-in catalogue: out-of-province workers within the total, new projects not negative; foreign workers over the total stays ratio-parts', async () => {
    const path = await plant(tmp.dir, 'builtin', (wb) => {
      const dn = sheet(wb, 'DN');
      dn.addRow(['workers_out_of_province', 'Lao động ngoại tỉnh', 'người', null, 500, 2000, 500]); // F7
      dn.addRow(['fdi_projects_new', 'Số dự án FDI cấp mới', 'dự án', null, 1, -1, 0]); // F8
      dn.getCell('G6').value = 2000; // foreign workers above 1020
    });
    const { code, json } = await hoptacJson<CheckJson>(['check', path, '--lang', 'en']);
    expect(code).toBe(1); // a negative count is an error
    const hits = json.findings.filter((f) => f.code === 'rule-violated');
    expect(hits.map((f) => [f.cell, ruleOf(f), f.severity])).toEqual([
      ['F7', 'builtin:workers_out_of_province<=workers_total', 'warning'],
      ['F8', 'builtin:fdi_projects_new>=0', 'error'],
    ]);
    expect(cells(json.findings, 'ratio-parts')).toEqual(['DN!G6']);
    // DN's three months are evaluated; LD reports workers but no out-of-province row: its three months are skipped, and counted
    expect(json.rules.find((r) => r.rule === 'builtin:workers_out_of_province<=workers_total')).toMatchObject({ evaluated: 3, violated: 1, skipped: 3 });
  });

  it('a catalogue without the % ratios: leased land within leasable, foreign workers within the total, a ratio undefined where it has a value', async () => {
    const path = await plant(tmp.dir, 'builtin-custom', (wb) => {
      const ws = wb.addWorksheet('Indicators');
      ws.addRow(['code', 'name_vi', 'name_en', 'unit', 'kind', 'numerator', 'denominator', 'decimals']);
      ws.addRow(['fdi_capital_new', 'Vốn FDI', 'FDI', 'triệu USD', 'flow']);
      ws.addRow(['industrial_land_area', 'Đất cho thuê được', 'leasable', 'ha', 'stock']);
      ws.addRow(['leased_land_area', 'Đất đã cho thuê', 'leased', 'ha', 'stock']);
      ws.addRow(['workers_total', 'Lao động', 'workers', 'người', 'stock']);
      ws.addRow(['workers_foreign', 'Lao động nước ngoài', 'foreign', 'người', 'stock']);
      ws.addRow(['workers_per_ha', 'Lao động mỗi ha', 'workers per ha', 'người', 'ratio', 'workers_total', 'leased_land_area', 1]);
      const dn = sheet(wb, 'DN');
      dn.getCell('F4').value = 150; // leased above 100
      dn.getCell('G4').value = 0; // no leased land for 1020 workers: workers_per_ha undefined
      dn.getCell('G6').value = 2000; // foreign above 1020
    });
    const { json } = await hoptacJson<CheckJson>(['check', path, '--lang', 'en']);
    expect(json.findings.filter((f) => f.code === 'rule-violated').map((f) => [f.cell, ruleOf(f)])).toEqual([
      ['F4', 'builtin:leased_land_area<=industrial_land_area'],
      ['G4', 'builtin:workers_per_ha-defined'],
      ['G6', 'builtin:workers_foreign<=workers_total'],
    ]);
    expect(cells(json.findings, 'ratio-parts')).toEqual([]);
  });

  it('Settings builtin_rules = off: none of them', async () => {
    const path = await plant(tmp.dir, 'builtin-off', (wb) => {
      sheet(wb, 'Settings').addRow(['builtin_rules', 'off']);
      sheet(wb, 'DN').addRow(['fdi_projects_new', 'Số dự án FDI cấp mới', 'dự án', null, 1, -1, 0]);
    });
    const { code, json } = await hoptacJson<CheckJson>(['check', path]);
    expect(code).toBe(0);
    expect(json.rules).toEqual([]);
    // only that LD lacks the row DN has
    expect(json.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(['missing-value LD!null']);
  });
});

describe('the example workbook', () => {
  it('has exactly the two outliers its README explains, no unit slip and no broken rule', async () => {
    const { json } = await hoptacJson<CheckJson>(['check', EXAMPLE]);
    expect(cells(json.findings, 'outlier')).toEqual(['DN!Q21', 'LD!T13']);
    expect(cells(json.findings, 'unit-slip')).toEqual([]);
    expect(cells(json.findings, 'rule-violated')).toEqual([]);
    expect(json.rules.every((r) => r.violated === 0 && r.evaluated > 0)).toBe(true);
  });

  it('with one planted slip (DN exports for June 2017 typed ×1000), check reports it as its only unit-slip, at its cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const dn = sheet(wb, 'DN');
    let headerRow = 0;
    let col = 0;
    let row = 0;
    dn.eachRow((r, i) => {
      r.eachCell((c, j) => {
        if (c.value === 'Tháng 6/2017') [headerRow, col] = [i, j];
      });
      if (r.getCell(1).value === 'export_value') row = i;
    });
    expect(headerRow * col * row).toBeGreaterThan(0);
    const cell = dn.getCell(row, col);
    const before = cell.value;
    expect(typeof before).toBe('number');
    cell.value = (before as number) * 1000;
    const path = join(tmp.dir, 'example-slip.xlsx');
    await wb.xlsx.writeFile(path);
    const { code, json } = await hoptacJson<CheckJson>(['check', path, '--lang', 'en']);
    expect(code).toBe(0);
    const slips = json.findings.filter((f) => f.code === 'unit-slip');
    expect(slips.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`DN!${cell.address}`]);
    expect(slips[0]!.message).toMatch(/^exports \(export_value\) for June 2017 is .* million USD, about 1,000 times the usual .*: it looks like a figure in thousand USD typed into a row in million USD/);
    // nothing else moved: the slip is left out of the months after it
    expect(cells(json.findings, 'outlier')).toEqual(['DN!Q21', 'LD!T13']);
  });
});
