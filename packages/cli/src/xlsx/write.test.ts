import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { OutputSheet } from 'hoptac/workbook';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './read.js';
import { cellText } from './sheet-xml.js';
import { writeNewXlsx, writeXlsxWithSheets } from './write.js';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'hoptac-write-'));
}

async function inputWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'test';
  const a = wb.addWorksheet('Boards');
  a.getCell('A1').value = 'code';
  a.getCell('A2').value = 'DN';
  a.getCell('B2').value = 12.5;
  a.getCell('B2').numFmt = '#,##0.0';
  a.getCell('C2').value = { formula: 'B2*2', result: 25 };
  a.getCell('D2').font = { italic: true };
  a.getCell('D2').value = 'x';
  const b = wb.addWorksheet("It's DN");
  b.getCell('A1').value = 1;
  wb.definedNames.add("'It''s DN'!$A$1", 'first');
  const p = join(dir, 'in.xlsx');
  await wb.xlsx.writeFile(p);
  return p;
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

const SUMMARY: OutputSheet = {
  name: 'Tổng hợp',
  rows: [
    [{ kind: 'text', value: 'Chỉ tiêu', bold: true }, { kind: 'text', value: 'ALL', bold: true }],
    [{ kind: 'text', value: 'Vốn đầu tư' }, { kind: 'number', value: '1234567.25', format: '#,##0.00' }],
    [{ kind: 'text', value: '=SUM(A1:A2)' }, { kind: 'text', value: '+84 912' }, { kind: 'text', value: '-' }, { kind: 'text', value: '@home' }],
    [{ kind: 'number', value: '12345678901234567.5' }, undefined, { kind: 'number', value: '-0.001', bold: true }, { kind: 'text', value: ' a & b <c> _x000D_ \r\n\t\u0001 ' }],
  ],
  columnWidths: [30, 12],
  merges: ['C1:D1'],
  freeze: { rows: 1, cols: 1 },
};

const FINDINGS: OutputSheet = {
  name: 'Kiểm tra',
  rows: [
    [{ kind: 'text', value: 'cell', bold: true }],
    [{ kind: 'text', value: "It's DN!A1", link: { sheet: "It's DN", cell: 'A1' } }],
  ],
};

describe('writeXlsxWithSheets', () => {
  it('copies every input part and adds the sheets', async () => {
    const dir = await tempDir();
    const input = await inputWorkbook(dir);
    const before = await readFile(input);
    const out = join(dir, 'out.xlsx');
    await writeXlsxWithSheets(input, out, [SUMMARY, FINDINGS]);
    expect(sha(await readFile(input))).toBe(sha(before));

    const inParts = unzipSync(new Uint8Array(before));
    const outParts = unzipSync(new Uint8Array(await readFile(out)));
    const updatable = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml']);
    for (const [name, data] of Object.entries(inParts)) {
      expect(outParts[name], name).toBeDefined();
      if (!updatable.has(name)) expect(sha(outParts[name]!), name).toBe(sha(data));
    }
    expect(Object.keys(outParts).length).toBe(Object.keys(inParts).length + 2);

    // Our reader
    const grid = await readXlsx(out);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Boards', "It's DN", 'Tổng hợp', 'Kiểm tra']);
    const inGrid = await readXlsx(input);
    expect(grid.sheets.slice(0, 2)).toEqual(inGrid.sheets);
    const s = grid.sheets[2]!;
    expect(s.rows[0]![0]).toMatchObject({ kind: 'text', value: 'Chỉ tiêu' });
    expect(s.rows[1]![1]).toMatchObject({ kind: 'number', value: '1234567.25', format: '#,##0.00' });
    expect(s.rows[2]!.map((c) => [c?.kind, c?.value, c?.formula])).toEqual([
      ['text', '=SUM(A1:A2)', undefined],
      ['text', '+84 912', undefined],
      ['text', '-', undefined],
      ['text', '@home', undefined],
    ]);
    expect(s.rows[3]![0]).toMatchObject({ kind: 'text', value: '12345678901234567.5' });
    expect(s.rows[3]![1]).toBeUndefined();
    expect(s.rows[3]![2]).toMatchObject({ kind: 'number', value: '-0.001' });
    expect(s.rows[3]![3]).toMatchObject({ kind: 'text', value: ' a & b <c> _x000D_ \r\n\t\u0001 ' });
    expect(s.merges).toEqual(['C1:D1']);
    // exactly the given cells
    const count = s.rows.reduce((n, r) => n + (r ?? []).filter((c) => c !== undefined).length, 0);
    expect(count).toBe(11);

    // exceljs
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B2').value).toBe(1234567.25);
    expect(ws.getCell('B2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('A3').value).toBe('=SUM(A1:A2)');
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    // exceljs ignores internal hyperlinks: look at the part itself
    expect(new TextDecoder().decode(outParts['xl/worksheets/sheet4.xml'])).toContain(`<hyperlink ref="A2" location="'It''s DN'!A1"`);
    expect(wb.getWorksheet('Boards')!.getCell('B2').numFmt).toBe('#,##0.0');
    expect(wb.getWorksheet('Boards')!.getCell('D2').font?.italic).toBe(true);
  });

  it('replaces the sheets of an earlier run and leaves everything else alone', async () => {
    const dir = await tempDir();
    const input = await inputWorkbook(dir);
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    await writeXlsxWithSheets(input, first, [SUMMARY, FINDINGS]);
    const changed: OutputSheet = { name: 'Tổng hợp', rows: [[{ kind: 'text', value: 'again', bold: true }, { kind: 'number', value: '2', format: '#,##0.00' }]] };
    await writeXlsxWithSheets(first, second, [changed, FINDINGS]);
    const a = unzipSync(new Uint8Array(await readFile(first)));
    const b = unzipSync(new Uint8Array(await readFile(second)));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    // nothing needed registering: only the replaced sheet differs
    for (const name of Object.keys(a)) {
      if (name === 'xl/worksheets/sheet3.xml') continue;
      expect(sha(b[name]!), name).toBe(sha(a[name]!));
    }
    const grid = await readXlsx(second);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Boards', "It's DN", 'Tổng hợp', 'Kiểm tra']);
    expect(grid.sheets[2]!.rows).toEqual([[{ kind: 'text', value: 'again', format: 'General' }, { kind: 'number', value: '2', format: '#,##0.00' }]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.length).toBe(4);
  });

  it('refuses to write over its input, also through a symlink', async () => {
    const dir = await tempDir();
    const input = await inputWorkbook(dir);
    await expect(writeXlsxWithSheets(input, input, [SUMMARY])).rejects.toMatchObject({ code: 'same-file' });
    const link = join(dir, 'link.xlsx');
    await symlink(input, link);
    await expect(writeXlsxWithSheets(input, link, [SUMMARY])).rejects.toMatchObject({ code: 'same-file' });
    await expect(writeXlsxWithSheets(link, join(dir, '.', 'in.xlsx'), [SUMMARY])).rejects.toMatchObject({ code: 'same-file' });
  });

  it('leaves no partial output when it fails', async () => {
    const dir = await tempDir();
    const input = await inputWorkbook(dir);
    await expect(writeXlsxWithSheets(input, join(dir, 'bad.xlsx'), [{ name: 'a:b', rows: [] }])).rejects.toMatchObject({ code: 'invalid-output' });
    await expect(writeXlsxWithSheets(input, join(dir, 'missing', 'out.xlsx'), [SUMMARY])).rejects.toMatchObject({ code: 'write-failed' });
    const bad = join(dir, 'notzip.xlsx');
    await writeFile(bad, 'hello');
    await expect(writeXlsxWithSheets(bad, join(dir, 'out2.xlsx'), [SUMMARY])).rejects.toMatchObject({ code: 'not-zip' });
    expect((await readdir(dir)).sort()).toEqual(['in.xlsx', 'notzip.xlsx']);
  });

  it('writes a workbook of only the given sheets', async () => {
    const dir = await tempDir();
    const out = join(dir, 'new.xlsx');
    await writeNewXlsx(out, [SUMMARY, FINDINGS]);
    const grid = await readXlsx(out);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Kiểm tra']);
    expect(grid.sheets[0]!.rows[1]![1]).toMatchObject({ kind: 'number', value: '1234567.25', format: '#,##0.00' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A1').font?.bold).toBe(true);
  });
});

describe('cellText', () => {
  it('escapes XML and characters XML cannot hold', () => {
    expect(cellText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(cellText('x\ry\u0001')).toBe('x_x000D_y_x0001_');
    expect(cellText('_x000D_')).toBe('_x005F_x000D_');
    expect(cellText('tab\tnl\n')).toBe('tab\tnl\n');
  });
});

describe('writeXlsxWithSheets on unusual inputs', () => {
  it('creates the styles part when the input has none, and matches sheet names case-insensitively', async () => {
    const { makeXlsx } = await import('../../../../tests/helpers/make-xlsx.js');
    const dir = await tempDir();
    const input = join(dir, 'bare.xlsx');
    await writeFile(input, makeXlsx({ sheets: [{ name: 'DN', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }, { name: 'tổng hợp', xml: '<row r="1"><c r="A1"><f>DN!A1</f><v>1</v></c></row>' }], calcChain: '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="2"/></calcChain>' }));
    const out = join(dir, 'out.xlsx');
    await writeXlsxWithSheets(input, out, [SUMMARY]);
    const grid = await readXlsx(out);
    expect(grid.sheets.map((s) => s.name)).toEqual(['DN', 'Tổng hợp']);
    expect(grid.sheets[1]!.rows[1]![1]).toMatchObject({ kind: 'number', value: '1234567.25', format: '#,##0.00' });
    const parts = unzipSync(new Uint8Array(await readFile(out)));
    expect(parts['xl/styles.xml']).toBeDefined();
    expect(new TextDecoder().decode(parts['[Content_Types].xml'])).toContain('/xl/styles.xml');
    // the replaced sheet had a formula: the calculation chain that named it is dropped, cleanly
    expect(parts['xl/calcChain.xml']).toBeUndefined();
    expect(new TextDecoder().decode(parts['[Content_Types].xml'])).not.toContain('calcChain');
    expect(new TextDecoder().decode(parts['xl/_rels/workbook.xml.rels'])).not.toContain('calcChain');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A1').font?.bold).toBe(true);
  });
});

describe('writeXlsxWithSheets on prefixed XML', () => {
  it('writes new elements with the prefix the part uses', async () => {
    const { makeXlsx } = await import('../../../../tests/helpers/make-xlsx.js');
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const dir = await tempDir();
    const input = join(dir, 'prefixed.xlsx');
    await writeFile(
      input,
      makeXlsx({
        sheets: [{ name: 'DN', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
        styles: '',
        extra: {
          'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="${NS}"><x:fonts count='1'><x:font><x:sz val="11"/><x:name val="Arial"/></x:font></x:fonts><x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count='1'><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`,
          'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${NS}" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="DN" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
        },
      }),
    );
    const out = join(dir, 'out.xlsx');
    await writeXlsxWithSheets(input, out, [SUMMARY]);
    const parts = unzipSync(new Uint8Array(await readFile(out)));
    const styles = new TextDecoder().decode(parts['xl/styles.xml']);
    expect(styles).toContain(`<x:fonts count="2">`);
    expect(styles).toContain('<x:font><x:b/><x:sz val="11"/><x:name val="Arial"/></x:font>');
    expect(styles).toMatch(/<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="#,##0.00"\/><\/x:numFmts>|numFmtId="4"/);
    expect(new TextDecoder().decode(parts['xl/workbook.xml'])).toContain('<x:sheet name="Tổng hợp" sheetId="2" rel:id="rId');
    const grid = await readXlsx(out);
    expect(grid.sheets.map((s) => s.name)).toEqual(['DN', 'Tổng hợp']);
    expect(grid.sheets[1]!.rows[1]![1]).toMatchObject({ kind: 'number', value: '1234567.25', format: '#,##0.00' });
    // (exceljs cannot read prefixed workbooks at all, the input included, so it is not asked here)
  });
});

describe('write then read gives back every cell', () => {
  it('holds for random text and decimals', async () => {
    const fc = (await import('fast-check')).default;
    const { fitsExcelNumber } = await import('hoptac/workbook');
    const dir = await tempDir();
    let n = 0;
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }))
      .map(([v, scale]) => {
        const digits = (v < 0n ? -v : v).toString().padStart(scale + 1, '0');
        const text = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
        const canonical = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
        return canonical === '0' ? '0' : `${v < 0n ? '-' : ''}${canonical}`;
      });
    const cell = fc.oneof(
      fc.record({ kind: fc.constant('text' as const), value: fc.string({ unit: 'grapheme-composite', maxLength: 12 }) }),
      fc.record({ kind: fc.constant('text' as const), value: fc.string({ unit: 'binary', maxLength: 8 }) }),
      fc.record({ kind: fc.constant('text' as const), value: fc.constantFrom('_x0041_', '_x005F_x000D_', 'a\r\nb', '\r', ' ', '=A1', '&amp;', ']]>', '<!DOCTYPE x>', '\u0000') }),
      fc.record({ kind: fc.constant('number' as const), value: decimal }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.option(cell, { nil: undefined }), { maxLength: 6 }), { minLength: 1, maxLength: 6 }), async (rows) => {
        const out = join(dir, `r${n++}.xlsx`);
        await writeNewXlsx(out, [{ name: 'R', rows }]);
        const grid = await readXlsx(out);
        const got = grid.sheets[0]!.rows;
        rows.forEach((row, r) =>
          row.forEach((c, col) => {
            const g = got[r]?.[col];
            if (c === undefined) return expect(g).toBeUndefined();
            // lone surrogates cannot be stored in UTF-8: they come back as U+FFFD
            const text = c.value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
            if (c.kind === 'number' && fitsExcelNumber(c.value)) expect(g).toMatchObject({ kind: 'number', value: c.value });
            else expect(g).toMatchObject({ kind: 'text', value: text });
          }),
        );
      }),
      { numRuns: 60 },
    );
  });
});
