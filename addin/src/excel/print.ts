/**
 * A sheet's print settings ({@link OutputPrint}) through Office.js `Worksheet.pageLayout`
 * (ExcelApi 1.9): orientation, paper, a fit to pages wide, the print title rows and the footer.
 * The same settings the command's .xlsx writer puts into the file.
 */
import type { OutputPrint } from 'hoptac/workbook';
import type { HostWorksheet } from './host.js';

/** The requirement set of `Worksheet.pageLayout`. */
export const PAGE_LAYOUT_API = '1.9';

/** `Excel.PaperType` of each paper. */
const PAPER: Readonly<Record<OutputPrint['paper'], string>> = { A4: 'A4' };

/** The rows `first..last` (0-based) as a whole-row address: `$1:$6`. */
export function titleRowsAddress(rows: { readonly first: number; readonly last: number }): string {
  return `$${rows.first + 1}:$${rows.last + 1}`;
}

/**
 * Queues the print settings of `ws` (nothing is sent before the next `context.sync()`). Pages tall
 * are left automatic: only the width is fitted.
 *
 * @example
 * ```ts
 * applyPrint(ws, { paper: 'A4', orientation: 'landscape', fitToPagesWide: 1, titleRows: { first: 0, last: 5 } });
 * await context.sync();
 * ```
 */
export function applyPrint(ws: HostWorksheet, print: OutputPrint): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = PAPER[print.paper];
  layout.zoom = { horizontalFitToPages: print.fitToPagesWide };
  if (print.titleRows !== undefined) layout.setPrintTitleRows(titleRowsAddress(print.titleRows));
  const f = print.footer;
  if (f !== undefined) {
    const page = layout.headersFooters.defaultForAllPages;
    page.leftFooter = f.left ?? '';
    page.centerFooter = f.center ?? '';
    page.rightFooter = f.right ?? '';
  }
}
