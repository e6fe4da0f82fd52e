/**
 * The reader on real files from other writers: a cell given twice, ActiveX and form controls
 * without a VBA project, a sheet listed without r:id, numbers stored with 16 or 17 digits, and a
 * text longer than an Excel cell holds. Each file is the base workbook saved by exceljs, then
 * changed below what exceljs can express.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { observations } from 'hoptac';
import { readWorkbook } from 'hoptac/workbook';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../packages/cli/src/xlsx/read.js';
import { readXlsxIsolated } from '../packages/cli/src/xlsx/isolated.js';
import { hoptac, hoptacJson, tempDir } from './helpers/cli.js';
import type { FindingJson } from './helpers/cli.js';
import { partText, patchPackage, plant, setPartText, sheet, sheetPart } from './helpers/workbooks.js';
import type { Parts } from './helpers/workbooks.js';

const { dir, cleanup } = tempDir('hoptac-reader-');
afterAll(cleanup);

/** Sets the `<v>` text of cells of a sheet exactly as given (exceljs would write its own form). */
function setV(parts: Parts, sheetName: string, values: Readonly<Record<string, string>>): void {
  const part = sheetPart(parts, sheetName);
  let xml = partText(parts, part);
  for (const [ref, v] of Object.entries(values)) {
    const re = new RegExp(`<c r="${ref}"([^>]*)>.*?</c>`);
    expect(re.test(xml), ref).toBe(true);
    xml = xml.replace(re, (_m, attrs: string) => `<c r="${ref}"${attrs.replace(/\st="[^"]*"/, '')}><v>${v}</v></c>`);
  }
  setPartText(parts, part, xml);
}

type Check = { code: number; json: { ok: boolean; findings: FindingJson[] }; stderr: string };
const check = async (path: string): Promise<Check> => hoptacJson(['check', path, '--lang', 'en']);

describe('a cell given twice (two <c r="F3">)', () => {
  it('is an error at the cell, and neither value is used: the figure is missing', async () => {
    const path = await plant(dir, 'dup', () => undefined);
    await patchPackage(path, (parts) => {
      const part = sheetPart(parts, 'DN');
      const xml = partText(parts, part);
      const cell = /<c r="F3"[^>]*>.*?<\/c>/.exec(xml)![0];
      // a third copy as well: every value given is named, none is used
      setPartText(parts, part, xml.replace(cell, `${cell}<c r="F3"><v>1014450.595</v></c><c r="F3"><v>7</v></c>`));
    });
    const { code, json } = await check(path);
    expect(code).toBe(1);
    const dup = json.findings.filter((f) => f.code === 'duplicate-cell');
    expect(dup.map((f) => [f.severity, f.sheet, f.cell])).toEqual([['error', 'DN', 'F3']]);
    expect(dup[0]!.message).toContain('"100", "1014450.595", "7"');
    for (const grid of [await readXlsx(path), await readXlsxIsolated(path)]) {
      const dn = grid.sheets.find((s) => s.name === 'DN')!;
      expect(dn.rows[2]?.[5]).toBeUndefined();
      expect(dn.duplicateCells).toEqual([{ cell: 'F3', values: ['100', '1014450.595', '7'] }]);
      // the neighbours are read as usual
      expect(dn.rows[2]?.[4]?.value).toBe('100');
      const model = readWorkbook(grid);
      const obs = [...observations(model.observations)].filter((o) => o.board === 'DN' && o.indicator === 'industrial_land_area').map((o) => [o.month, o.value]);
      expect(obs).toContainEqual(['2017-01', '100']);
      expect(obs.some(([m, v]) => m === '2017-02' && v !== null)).toBe(false);
    }
  });
});

describe('ActiveX and form controls without a VBA project', () => {
  const controls = (parts: Parts): void => {
    const ax = 'http://schemas.microsoft.com/office/2006/activeX';
    setPartText(
      parts,
      'xl/activeX/activeX1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ax:ocx ax:classid="{8BD21D40-EC42-11CE-9E0D-00AA006002A4}" ax:persistence="persistStorage" r:id="rId1" xmlns:ax="${ax}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>`,
    );
    setPartText(
      parts,
      'xl/activeX/_rels/activeX1.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary" Target="activeX1.bin"/></Relationships>',
    );
    parts['xl/activeX/activeX1.bin'] = new Uint8Array(512).fill(7);
    setPartText(parts, 'xl/ctrlProps/ctrlProp1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox" checked="Checked" lx="14"/>');
    const ct = partText(parts, '[Content_Types].xml').replace(
      '</Types>',
      '<Default Extension="bin" ContentType="application/vnd.ms-office.activeX"/><Override PartName="/xl/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/><Override PartName="/xl/ctrlProps/ctrlProp1.xml" ContentType="application/vnd.ms-excel.controlproperties+xml"/></Types>',
    );
    setPartText(parts, '[Content_Types].xml', ct);
  };

  it('are read: a checkbox is not a macro', async () => {
    const path = await plant(dir, 'activex', () => undefined);
    await patchPackage(path, controls);
    const c = await check(path);
    const { rules: _rules, ...json } = c.json as Record<string, unknown>; // the rules' counts are not what this test is about
    expect({ code: c.code, json }).toEqual({ code: 0, json: { ok: true, findings: [], counts: { errors: 0, warnings: 0, byCode: {} } } });
    const out = join(dir, 'activex-out.xlsx');
    const r = await hoptac(['consolidate', path, '--period', '2017-03', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(out))))).toContain('xl/activeX/activeX1.bin');
  });

  it('a VBA project still means macros', async () => {
    const path = await plant(dir, 'vba', () => undefined);
    await patchPackage(path, (parts) => {
      controls(parts);
      parts['xl/vbaProject.bin'] = new Uint8Array(512).fill(1);
    });
    const r = await hoptac(['check', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/macro/);
  });
});

describe('a <sheet> without r:id', () => {
  it('is an empty sheet with a warning, in its place in tab order; the file is consolidated and written', async () => {
    const path = await plant(dir, 'norid', () => undefined);
    await patchPackage(path, (parts) => setPartText(parts, 'xl/workbook.xml', partText(parts, 'xl/workbook.xml').replace(/(<sheet [^>]*name="Settings"[^>]*\/>)/, '$1<sheet name="Ghi chú" sheetId="99"/>')));
    const { code, json } = await check(path);
    expect(code).toBe(0);
    expect(json.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([['sheet-without-part', 'warning', 'Ghi chú', null]]);
    for (const grid of [await readXlsx(path), await readXlsxIsolated(path)]) {
      expect(grid.sheets.map((s) => s.name)).toEqual(['Boards', 'Settings', 'Ghi chú', 'Targets', 'DN', 'LD']);
      const empty = grid.sheets[2]!;
      expect(empty.rows).toEqual([]);
      expect(empty.withoutPart).toBe(true);
    }
    const out = join(dir, 'norid-out.xlsx');
    const r = await hoptac(['consolidate', path, '--period', '2017-03', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect((await check(out)).code).toBe(0);
  });
});

describe('numbers stored with more than 15 digits', () => {
  it('precision-loss only where the stored double is not the double of its 15-digit reading', async () => {
    const path = await plant(dir, 'digits', () => undefined);
    await patchPackage(path, (parts) =>
      setV(parts, 'DN', {
        E2: '5.0999999999999996', // Excel 2007-2016's typed 5.1: the same double as 5.1
        F2: '9.099999999999999', // 16 digits ('%.16g' of 9.1): the same double as 9.1
        G2: '0.30000000000000004', // 0.1 + 0.2: not the double of 0.3
        E3: '1234567890123445', // an exact double, ending in 5 at the 16th digit
        F3: '-1234567890123445',
      }),
    );
    const grid = await readXlsx(path);
    const dn = grid.sheets.find((s) => s.name === 'DN')!;
    expect([dn.rows[1]![4]!.value, dn.rows[1]![5]!.value, dn.rows[1]![6]!.value]).toEqual(['5.1', '9.1', '0.3']);
    // The 15-digit rule breaks the tie half away from zero (half to even would give ...440).
    expect([dn.rows[2]![4]!.value, dn.rows[2]![5]!.value]).toEqual(['1234567890123450', '-1234567890123450']);
    const { json } = await check(path);
    const loss = json.findings.filter((f) => f.code === 'precision-loss');
    expect(loss.map((f) => f.cell)).toEqual(['G2', 'E3', 'F3']);
  });
});

describe('a text longer than an Excel cell holds', () => {
  it('is flagged where it is read, and cut with a mark in every cell hoptac writes', async () => {
    const name = `${'Ban Quản lý '.repeat(3341)}x`;
    expect(name.length).toBe(40_093);
    const path = await plant(dir, 'long', (wb) => (sheet(wb, 'Boards').getCell('B2').value = name));
    const { json } = await check(path);
    expect(json.findings.filter((f) => f.code === 'text-too-long').map((f) => [f.sheet, f.cell])).toEqual([['Boards', 'B2']]);
    const out = join(dir, 'long-out.xlsx');
    const r = await hoptac(['consolidate', path, '--period', '2017-03', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    // Another reader (exceljs) reads every cell of the sheets hoptac wrote.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let longest = 0;
    let cut = 0;
    for (const ws of [wb.getWorksheet('Tổng hợp')!, wb.getWorksheet('Kiểm tra')!]) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = typeof cell.value === 'string' ? cell.value : '';
          longest = Math.max(longest, v.length);
          if (v.length === 32_767 && v.endsWith('…')) cut++;
        }),
      );
    }
    expect(longest).toBe(32_767);
    expect(cut).toBeGreaterThanOrEqual(1);
  });
});
