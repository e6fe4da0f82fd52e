/**
 * Writing an OutputSheet into the add-in's own sheet. The sheet is created when absent, otherwise
 * cleared and rewritten (never deleted: a user's chart or link to it keeps working). Text is
 * written into cells formatted as text (`@`), so nothing typed like `=`, `+`, `-` or `@` becomes a
 * formula and nothing like `2017-12` becomes a date; numbers are numbers only when Excel keeps every
 * digit. No other sheet is ever touched.
 */
import { fitsExcelNumber } from 'hoptac/workbook';
import type { OutputCell, OutputSheet } from 'hoptac/workbook';
import type { ExcelHost, HostContext, HostWorksheet } from './host.js';
import { AddinFailure, toFailure } from './failure.js';
import { applyPrint, PAGE_LAYOUT_API } from './print.js';
import { OWN_SHEETS } from './read.js';

/** Cells in one write request. */
export const WRITE_BLOCK_CELLS = 10_000;

/** Excel column width in points for a width in characters (Calibri 11: about 7 px a character). */
export function columnPoints(chars: number): number {
  return Math.round(chars * 5.6 + 5);
}

/** The value and number format one output cell is written as. */
export function cellPayload(cell: OutputCell): { value: string | number; format: string } {
  if (cell === undefined) return { value: '', format: 'General' };
  if (cell.kind === 'text') return { value: cell.value, format: '@' };
  if (fitsExcelNumber(cell.value)) return { value: Number(cell.value), format: cell.format ?? 'General' };
  return { value: cell.value, format: '@' };
}

/** A sheet reference for a hyperlink: `'Tổng hợp'!A1`. */
export function sheetRef(sheet: string, cell = 'A1'): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Gets or creates one of the add-in's own sheets; refuses any other name. */
async function ownSheet(context: HostContext, name: string): Promise<HostWorksheet> {
  if (!OWN_SHEETS.includes(name)) throw new AddinFailure('not-own-sheet', { sheet: name });
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  existing.load('name');
  await context.sync();
  if (existing.isNullObject) {
    const created = context.workbook.worksheets.add(name);
    await context.sync();
    return created;
  }
  existing.load('visibility');
  existing.protection.load('protected');
  await context.sync();
  if (existing.protection.protected) throw new AddinFailure('protected', { sheet: name });
  // a report someone hid is shown again: it is the add-in's own sheet, and it must be seen
  if (existing.visibility !== 'Visible') existing.visibility = 'Visible';
  const all = existing.getRange();
  all.unmerge();
  all.clear('All');
  existing.freezePanes.unfreeze();
  await context.sync();
  return existing;
}

/** What the host can do beyond the add-in's minimum: links (ExcelApi 1.7), print settings (1.9). */
interface HostCan {
  readonly links: boolean;
  readonly print: boolean;
}

/** Writes the sheet's cells, bold runs, links, merges, widths, frozen panes and print settings. */
async function fill(context: HostContext, ws: HostWorksheet, out: OutputSheet, can: HostCan): Promise<void> {
  const links = can.links;
  const cols = out.rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (cols > 0 && out.rows.length > 0) {
    const rowsPerBlock = Math.max(1, Math.floor(WRITE_BLOCK_CELLS / cols));
    for (let r0 = 0; r0 < out.rows.length; r0 += rowsPerBlock) {
      const n = Math.min(rowsPerBlock, out.rows.length - r0);
      const values: (string | number)[][] = [];
      const formats: string[][] = [];
      for (let r = r0; r < r0 + n; r++) {
        const row = out.rows[r] ?? [];
        const v: (string | number)[] = [];
        const f: string[] = [];
        for (let c = 0; c < cols; c++) {
          const p = cellPayload(row[c]);
          v.push(p.value);
          f.push(p.format);
        }
        values.push(v);
        formats.push(f);
      }
      const range = ws.getRangeByIndexes(r0, 0, n, cols);
      // the format first: a value written into a text cell stays text
      range.numberFormat = formats;
      range.values = values;
      for (let r = r0; r < r0 + n; r++) {
        const row = out.rows[r] ?? [];
        let start = -1;
        for (let c = 0; c <= row.length; c++) {
          const bold = c < row.length && row[c]?.bold === true;
          if (bold && start < 0) start = c;
          if (!bold && start >= 0) {
            ws.getRangeByIndexes(r, start, 1, c - start).format.font.bold = true;
            start = -1;
          }
          const cell = row[c];
          if (cell !== undefined && cell.kind === 'text' && cell.wrap === true) {
            const f = ws.getRangeByIndexes(r, c, 1, 1).format;
            f.wrapText = true;
            f.verticalAlignment = 'Top';
          }
          if (links && cell !== undefined && cell.kind === 'text' && cell.link !== undefined) {
            ws.getRangeByIndexes(r, c, 1, 1).hyperlink = {
              documentReference: sheetRef(cell.link.sheet, cell.link.cell),
              textToDisplay: cell.value,
            };
          }
        }
      }
      await context.sync();
    }
  }
  for (const m of out.merges ?? []) ws.getRange(m).merge(false);
  for (const [c, w] of (out.columnWidths ?? []).entries()) {
    if (w > 0) ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(w);
  }
  for (const [r, h] of (out.rowHeights ?? []).entries()) {
    if (h !== undefined && h > 0) ws.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = Math.min(409, h);
  }
  const freeze = out.freeze;
  if (freeze !== undefined && (freeze.rows > 0 || freeze.cols > 0)) {
    if (freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
    else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
    else ws.freezePanes.freezeColumns(freeze.cols);
  }
  if (out.print !== undefined && can.print) applyPrint(ws, out.print);
  await context.sync();
}

export interface WriteOptions {
  /** activate the first sheet written when done (the ribbon command shows its result) */
  readonly activate?: boolean;
}

/**
 * Writes the add-in's own output sheets (`Tổng hợp`, `Kiểm tra`), in order. Throws
 * {@link AddinFailure} `not-own-sheet` before touching anything if a sheet is not the add-in's.
 *
 * @example
 * ```ts
 * const { summary, findings } = reportSheets(result, { lang: 'vi' });
 * await writeOutputSheets(officeHost(), [summary, findings]);
 * ```
 */
export async function writeOutputSheets(host: ExcelHost, sheets: readonly OutputSheet[], options: WriteOptions = {}): Promise<void> {
  for (const s of sheets) if (!OWN_SHEETS.includes(s.name)) throw new AddinFailure('not-own-sheet', { sheet: s.name });
  const can: HostCan = { links: host.supports('1.7'), print: host.supports(PAGE_LAYOUT_API) };
  let current = '';
  try {
    await host.run(async (context) => {
      for (const s of sheets) {
        current = s.name;
        const ws = await ownSheet(context, s.name);
        await fill(context, ws, s, can);
      }
      const first = sheets[0];
      if (options.activate === true && first !== undefined) {
        context.workbook.worksheets.getItemOrNullObject(first.name).activate();
        await context.sync();
      }
    });
  } catch (e) {
    throw toFailure(e, { sheet: current });
  }
}
