/**
 * A worksheet part's XML from an {@link OutputSheet}: cells (numbers as numbers when Excel can
 * hold them, everything else as inline text, never as a formula), frozen panes, column widths,
 * merged ranges, links inside the workbook and the print settings (page setup, footer; the
 * print titles are a defined name of the workbook, see package-edit.ts). The elements follow the
 * order of ECMA-376's CT_Worksheet: sheetPr, sheetViews, sheetFormatPr, cols, sheetData,
 * mergeCells, hyperlinks, pageMargins, pageSetup, headerFooter.
 */
import { isDecimal } from 'hoptac';
import { columnName, fitCellText, fitsExcelNumber, parseA1 } from 'hoptac/workbook';
import type { OutputCell, OutputPrint, OutputSheet } from 'hoptac/workbook';
import type { StyleBook } from './style-book.js';
import { NS_MAIN, NS_REL, XML_HEAD } from './xml-names.js';
import { escapeAttr, escapeText } from './xml.js';

/**
 * Cell text for XML: Excel's `_xHHHH_` escapes for characters XML 1.0 cannot hold (and for a
 * literal `_xHHHH_`, whose underscore becomes `_x005F_`), then the XML escapes.
 */
export function cellText(t: string): string {
  // eslint-disable-next-line no-control-regex
  const x = t.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g, (c) => (c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
  return escapeText(x);
}

/** Quotes a sheet name for a reference: `'It''s'!A1`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function numberFits(value: string): boolean {
  if (!isDecimal(value) || !fitsExcelNumber(value)) return false;
  // Doubles stop near 1.8e308: more integer digits than that cannot be a number.
  const int = value.replace(/^-/, '').split('.')[0] ?? '';
  return int.length <= 300;
}

export function sheetXml(sheet: OutputSheet, styles: StyleBook): string {
  const parts: string[] = [`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`];
  // fit to pages wide: Excel scales only when the sheet's properties say so
  if (sheet.print !== undefined) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const fr = sheet.freeze;
  if (fr !== undefined && (fr.rows > 0 || fr.cols > 0)) {
    const rows = Math.max(0, Math.floor(fr.rows));
    const cols = Math.max(0, Math.floor(fr.cols));
    const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    const tl = `${columnName(cols)}${rows + 1}`;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${tl}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`,
    );
  } else parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = sheet.columnWidths ?? [];
  const cols: string[] = [];
  widths.forEach((w, i) => {
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) cols.push(`<col min="${i + 1}" max="${i + 1}" width="${Math.min(255, w)}" customWidth="1"/>`);
  });
  if (cols.length > 0) parts.push(`<cols>${cols.join('')}</cols>`);
  parts.push('<sheetData>');
  const links: string[] = [];
  sheet.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((cell: OutputCell, c) => {
      if (cell === undefined) return;
      const ref = `${columnName(c)}${r + 1}`;
      if (cell.kind === 'number' && numberFits(cell.value)) {
        const s = styles.index(cell.bold === true, cell.format);
        cells.push(`<c r="${ref}"${s !== 0 ? ` s="${s}"` : ''}><v>${cell.value}</v></c>`);
        return;
      }
      // No cell may hold more than Excel's 32,767 characters: a longer text is cut, with a mark.
      const text = fitCellText(cell.value);
      const s = styles.index(cell.bold === true, undefined, cell.kind === 'text' && cell.wrap === true);
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      cells.push(`<c r="${ref}"${s !== 0 ? ` s="${s}"` : ''} t="inlineStr"><is><t${space}>${cellText(text)}</t></is></c>`);
      if (cell.kind === 'text' && cell.link !== undefined) {
        const target = cell.link.cell !== undefined && parseA1(cell.link.cell) !== undefined ? cell.link.cell.replace(/\$/g, '').toUpperCase() : 'A1';
        links.push(`<hyperlink ref="${ref}" location="${escapeAttr(`${quoteSheet(cell.link.sheet)}!${target}`)}" display="${escapeAttr(text.slice(0, 255))}"/>`);
      }
    });
    const ht = sheet.rowHeights?.[r];
    const height = typeof ht === 'number' && Number.isFinite(ht) && ht > 0 ? ` ht="${Math.min(409, ht)}" customHeight="1"` : '';
    if (cells.length > 0) parts.push(`<row r="${r + 1}"${height}>${cells.join('')}</row>`);
  });
  parts.push('</sheetData>');
  const merges = sheet.merges ?? [];
  if (merges.length > 0) parts.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m.replace(/\$/g, '').toUpperCase()}"/>`).join('')}</mergeCells>`);
  if (links.length > 0) parts.push(`<hyperlinks>${links.join('')}</hyperlinks>`);
  parts.push(sheet.print === undefined ? PAGE_MARGINS : PRINT_MARGINS);
  if (sheet.print !== undefined) parts.push(pageSetupXml(sheet.print));
  parts.push('</worksheet>');
  return parts.join('');
}

/** Excel's default margins (inches). */
const PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** Narrower side margins for a printed report: more of the width for figures. */
const PRINT_MARGINS = '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';

/** Excel's paper size codes. */
const PAPER_SIZE: Readonly<Record<OutputPrint['paper'], number>> = { A4: 9 };

/** `<pageSetup>` and `<headerFooter>` of a sheet's print settings. */
export function pageSetupXml(print: OutputPrint): string {
  const wide = Math.max(0, Math.floor(print.fitToPagesWide));
  const setup = `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" orientation="${print.orientation}" fitToWidth="${wide}" fitToHeight="0"/>`;
  const f = print.footer;
  if (f === undefined) return setup;
  const code = `${f.left !== undefined ? `&L${f.left}` : ''}${f.center !== undefined ? `&C${f.center}` : ''}${f.right !== undefined ? `&R${f.right}` : ''}`;
  return code === '' ? setup : `${setup}<headerFooter><oddFooter>${escapeText(code)}</oddFooter></headerFooter>`;
}

/** The `_xlnm.Print_Titles` formula of rows `first..last` (0-based): `'Tổng hợp'!$1:$6`. */
export function printTitlesRef(sheetName: string, rows: { readonly first: number; readonly last: number }): string {
  return `${quoteSheet(sheetName)}!$${rows.first + 1}:$${rows.last + 1}`;
}
