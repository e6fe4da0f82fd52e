import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { OutputSheet } from 'hoptac/workbook';
import { describe, expect, it } from 'vitest';
import { childrenNamed, find, xmlTree } from '../../../../tests/helpers/xml-tree.js';
import type { XmlElement } from '../../../../tests/helpers/xml-tree.js';
import { writeNewXlsx, writeXlsxWithSheets } from './write.js';

/** A small report sheet with every print setting, written as the summary is. */
const REPORT: OutputSheet = {
  name: 'Tổng hợp',
  rows: [
    [{ kind: 'text', value: 'BÁO CÁO', bold: true }],
    [],
    [{ kind: 'text', value: 'STT', bold: true }, { kind: 'text', value: 'Chỉ tiêu', bold: true }, { kind: 'text', value: 'DN', bold: true }, { kind: 'text', value: 'LD', bold: true }],
    [{ kind: 'number', value: '1', format: '0' }, { kind: 'text', value: 'Vốn FDI' }, { kind: 'number', value: '29.5978', format: '#,##0.0000' }, { kind: 'number', value: '296.7', format: '#,##0.0000' }],
    [{ kind: 'number', value: '2', format: '0' }, { kind: 'text', value: 'Số dự án' }, { kind: 'number', value: '5', format: '#,##0_._0_0_0_0' }, { kind: 'number', value: '12', format: '#,##0_._0_0_0_0' }],
    [undefined, { kind: 'text', value: 'BP: thiếu số liệu tháng 2018-11, a note longer than its column', wrap: true }],
  ],
  columnWidths: [5, 24.5, 11, 11],
  rowHeights: [undefined, undefined, undefined, undefined, undefined, 45],
  freeze: { rows: 3, cols: 2 },
  print: { paper: 'A4', orientation: 'landscape', fitToPagesWide: 1, titleRows: { first: 0, last: 2 }, footer: { center: 'Trang &P/&N', right: 'Quý IV/2017' } },
};

const FINDINGS: OutputSheet = { name: 'Kiểm tra', rows: [[{ kind: 'text', value: 'Không có lỗi' }]] };

/** ECMA-376 Part 1, CT_Worksheet: the order of a worksheet's child elements. */
const CT_WORKSHEET = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
/** CT_Workbook: the order of a workbook's child elements. */
const CT_WORKBOOK = ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

function inOrder(el: XmlElement, sequence: readonly string[]): boolean {
  const at = el.children.map((c) => sequence.indexOf(c.name));
  return at.every((i, k) => i >= 0 && (k === 0 || i >= at[k - 1]!));
}

/** The written package's parts, and the worksheet XML of a sheet found through workbook.xml and its relationships. */
function openWritten(path: string) {
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const part = (name: string): XmlElement => xmlTree(parts[name]!);
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  const sheets = childrenNamed(find(workbook, 'sheets')!, 'sheet');
  const sheet = (name: string): XmlElement => {
    const rid = sheets.find((s) => s.attrs.name === name)!.attrs.id!;
    const target = childrenNamed(rels, 'Relationship').find((r) => r.attrs.Id === rid)!.attrs.Target!;
    return part(`xl/${target}`);
  };
  return { parts, part, workbook, sheets, sheet };
}

/** The number format code of a cell's style: cellXfs[s].numFmtId, then the numFmt of that id. */
function formatOf(styles: XmlElement, cell: XmlElement): string {
  const xf = childrenNamed(find(styles, 'cellXfs')!, 'xf')[Number(cell.attrs.s ?? 0)]!;
  const id = xf.attrs.numFmtId;
  const fmts = find(styles, 'numFmts');
  return (fmts === undefined ? undefined : childrenNamed(fmts, 'numFmt').find((f) => f.attrs.numFmtId === id)?.attrs.formatCode) ?? `builtin ${id}`;
}

describe('the print settings of a written sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-print-'));

  it('are in the worksheet XML, in the CT_Worksheet order: fit to one page wide on A4 landscape, frozen panes, column widths, the footer', async () => {
    const out = join(dir, 'new.xlsx');
    await writeNewXlsx(out, [REPORT, FINDINGS]);
    const { sheet, part } = openWritten(out);
    const ws = sheet('Tổng hợp');
    expect(inOrder(ws, CT_WORKSHEET)).toBe(true);
    expect(ws.children.map((c) => c.name)).toEqual(['sheetPr', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'pageMargins', 'pageSetup', 'headerFooter']);
    expect(find(ws, 'pageSetUpPr')?.attrs).toEqual({ fitToPage: '1' });
    expect(find(ws, 'pageSetup')?.attrs).toEqual({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    // frozen below the 3 header rows and right of the 2 name columns: the pane's top left is C4
    expect(find(ws, 'pane')?.attrs).toEqual({ xSplit: '2', ySplit: '3', topLeftCell: 'C4', activePane: 'bottomRight', state: 'frozen' });
    expect(childrenNamed(find(ws, 'cols')!, 'col').map((c) => [c.attrs.min, c.attrs.max, c.attrs.width, c.attrs.customWidth])).toEqual([
      ['1', '1', '5', '1'],
      ['2', '2', '24.5', '1'],
      ['3', '3', '11', '1'],
      ['4', '4', '11', '1'],
    ]);
    expect(find(ws, 'oddFooter')?.text).toBe('&CTrang &P/&N&RQuý IV/2017');
    // a sheet without print settings has none of them
    const plain = sheet('Kiểm tra');
    expect(plain.children.map((c) => c.name)).toEqual(['sheetViews', 'sheetFormatPr', 'sheetData', 'pageMargins']);
    expect(part('xl/styles.xml').name).toBe('styleSheet');
  });

  it('give each row its number format, kept exact in the values', async () => {
    const out = join(dir, 'formats.xlsx');
    await writeNewXlsx(out, [REPORT]);
    const { sheet, part } = openWritten(out);
    const styles = part('xl/styles.xml');
    const rows = childrenNamed(find(sheet('Tổng hợp'), 'sheetData')!, 'row');
    const cellsOf = (r: string) => childrenNamed(rows.find((x) => x.attrs.r === r)!, 'c');
    expect(cellsOf('4').map((c) => [c.attrs.r, find(c, 'v')?.text, formatOf(styles, c)]).slice(2)).toEqual([
      ['C4', '29.5978', '#,##0.0000'],
      ['D4', '296.7', '#,##0.0000'],
    ]);
    expect(cellsOf('5').map((c) => [c.attrs.r, find(c, 'v')?.text, formatOf(styles, c)]).slice(2)).toEqual([
      ['C5', '5', '#,##0_._0_0_0_0'],
      ['D5', '12', '#,##0_._0_0_0_0'],
    ]);
    // a wrapped note: its style wraps the text at the top of the cell; other text does not wrap
    const xfOf = (c: XmlElement) => childrenNamed(find(styles, 'cellXfs')!, 'xf')[Number(c.attrs.s ?? 0)]!;
    const note = xfOf(cellsOf('6')[0]!);
    expect(note.attrs.applyAlignment).toBe('1');
    expect(find(note, 'alignment')?.attrs).toEqual({ vertical: 'top', wrapText: '1' });
    expect(find(xfOf(cellsOf('4')[1]!), 'alignment')).toBeUndefined();
    // its row is as tall as its lines; the others keep the default height
    expect(rows.map((r) => [r.attrs.r, r.attrs.ht, r.attrs.customHeight])).toEqual([
      ['1', undefined, undefined],
      ['3', undefined, undefined],
      ['4', undefined, undefined],
      ['5', undefined, undefined],
      ['6', '45', '1'],
    ]);
  });

  it('print the title rows on every page (_xlnm.Print_Titles of the sheet), keeping the input names, once after a second run', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('DN').getCell('A1').value = 1;
    wb.addWorksheet('LD').getCell('A1').value = 2;
    wb.definedNames.add('DN!$A$1', 'my_name');
    const input = join(dir, 'input.xlsx');
    writeFileSync(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    const first = join(dir, 'first.xlsx');
    await writeXlsxWithSheets(input, first, [REPORT, FINDINGS]);
    const second = join(dir, 'second.xlsx');
    await writeXlsxWithSheets(first, second, [REPORT, FINDINGS]);
    for (const out of [first, second]) {
      const { workbook, sheets } = openWritten(out);
      expect(inOrder(workbook, CT_WORKBOOK), out).toBe(true);
      expect(sheets.map((s) => s.attrs.name)).toEqual(['DN', 'LD', 'Tổng hợp', 'Kiểm tra']);
      const names = childrenNamed(find(workbook, 'definedNames')!, 'definedName').map((d) => [d.attrs.name, d.attrs.localSheetId, d.text]);
      // Tổng hợp is the third sheet: localSheetId 2; rows 1 to 3 repeat
      expect(names, out).toEqual([
        ['my_name', undefined, 'DN!$A$1'],
        ['_xlnm.Print_Titles', '2', "'Tổng hợp'!$1:$3"],
      ]);
    }
    // another reader sees the same settings
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(second);
    const ws = back.getWorksheet('Tổng hợp')!;
    expect(ws.pageSetup.printTitlesRow).toBe('1:3');
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N&RQuý IV/2017');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
  });
});
