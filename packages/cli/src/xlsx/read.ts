/**
 * `readXlsx`: an .xlsx file into the library's Grid, with a small hand-written reader: the zip
 * directory parsed by hand, parts inflated by Node's zlib under a size cap, XML scanned by hand
 * (no DOM, no regular expressions over the document). Hostile files are refused with an
 * {@link XlsxError}. The steps: the package (package.ts), the workbook's own parts
 * (workbook-part.ts), each sheet (sheet-scan.ts) and each cell's value (cell-value.ts), into a
 * sink (grid-sink.ts; grid-builder.ts builds the Grid).
 */
import type { Grid } from 'hoptac/workbook';
import { XlsxError } from './errors.js';
import { GridBuilder } from './grid-builder.js';
import type { CellSink, GridSink } from './grid-sink.js';
import { resolveLimits } from './limits.js';
import type { XlsxLimits } from './limits.js';
import { readInputBytes } from './input-bytes.js';
import { openPackage, partRels, readPart, readPartBytes, sweepUncheckedParts } from './package.js';
import type { Relationship, XlsxPackage } from './package.js';
import { parseSheet } from './sheet-scan.js';
import type { SheetContext } from './sheet-scan.js';
import { parseSharedStrings, parseStyles, parseWorkbook } from './workbook-part.js';
import type { SheetEntry } from './workbook-part.js';
import { xmlChunks, xmlChunksAfter } from './xml-chunks.js';

export type { CellSink, GridSink } from './grid-sink.js';

/**
 * Reads an .xlsx workbook (a path, or the file's bytes) into a {@link Grid}: every sheet in tab
 * order with its name and state, cells (kind, exact value, number format, formula, whether the
 * formula was saved without a value, the raw number text when the 15-digit rule changed it),
 * hidden rows and merged ranges. Numbers follow the library's one rule, `excelNumberToDecimal`.
 *
 * A workbook in the 1904 date system has its date-formatted numbers moved to the 1900 system
 * (plus 1462 days, exactly), so every Grid speaks one date system.
 *
 * Refuses hostile, broken and unsupported files with an {@link XlsxError} (`not-zip`,
 * `legacy-xls`, `encrypted`, `macro-enabled`, `too-large`, `too-many-entries`,
 * `inflated-too-large`, `inflate-ratio`, `dtd`, `corrupt`, `missing-part`, `unreadable`,
 * `unsafe-package`). For a
 * time and memory bound as well, use `readXlsxIsolated`.
 *
 * @example
 * ```ts
 * import { readXlsx } from './xlsx/index.js';
 * const grid = await readXlsx('shared.xlsx');
 * grid.sheets.map((s) => s.name); // ['Boards', 'DN', ...]
 * ```
 */
export async function readXlsx(input: string | Uint8Array, limits?: Partial<XlsxLimits>): Promise<Grid> {
  const lim = resolveLimits(limits);
  const bytes = await readInputBytes(input, lim);
  return readXlsxBytes(bytes, lim);
}

/** The synchronous core of {@link readXlsx}, over the file's bytes. */
export function readXlsxBytes(bytes: Uint8Array, limits: XlsxLimits): Grid {
  const b = new GridBuilder();
  readWorkbookInto(bytes, limits, b);
  return b.grid();
}

/**
 * Reads the workbook in `bytes` into `sink`. `guard`, when given, is called before every
 * 64 KiB piece of sheet or shared-string XML and may throw to stop the read (the isolated reader's
 * heap check).
 */
export function readWorkbookInto(bytes: Uint8Array, limits: XlsxLimits, sink: GridSink, guard?: () => void): void {
  const book = openWorkbook(bytes, limits, guard);
  for (const sh of book.sheets) readSheetInto(book, sh, sink, guard);
  sweepUncheckedParts(book.pkg);
}

/** A workbook opened: its package, sheets in tab order, and what every sheet shares. */
export interface OpenedWorkbook {
  readonly pkg: XlsxPackage;
  readonly sheets: readonly SheetEntry[];
  readonly relById: ReadonlyMap<string, Relationship>;
  readonly ctx: SheetContext;
}

/** Opens the package and reads the workbook's own parts (workbook, relationships, styles, shared strings). */
export function openWorkbook(bytes: Uint8Array, limits: XlsxLimits, guard?: () => void): OpenedWorkbook {
  const pkg = openPackage(bytes, limits);
  const wbXml = readPart(pkg, pkg.workbookPath);
  if (wbXml === undefined) throw new XlsxError('missing-part', { part: pkg.workbookPath });
  const book = parseWorkbook(wbXml, pkg.workbookPath);
  const rels = partRels(pkg, pkg.workbookPath);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const stylesRel = rels.find((r) => r.type.endsWith('/styles') && !r.external);
  const sstRel = rels.find((r) => r.type.endsWith('/sharedStrings') && !r.external);
  const styles = stylesRel === undefined ? undefined : readPart(pkg, stylesRel.target);
  const formats = styles === undefined ? [] : parseStyles(styles, stylesRel?.target ?? 'styles.xml');
  const sstPart = sstRel === undefined ? undefined : readPartBytes(pkg, sstRel.target);
  const sst = sstPart === undefined ? [] : parseSharedStrings(guarded(xmlChunksAfter(sstPart.bytes, 'si'), guard), sstPart.name);
  return { pkg, sheets: book.sheets, relById, ctx: { formats, sst, date1904: book.date1904, cells: 0, maxCells: limits.maxCells } };
}

/** What kind of part a sheet entry names: none (no `r:id`), a worksheet (its part), or a sheet without cells. */
export function sheetPart(book: OpenedWorkbook, sh: SheetEntry): 'without-part' | 'no-cells' | Relationship {
  if (sh.rid === undefined) return 'without-part';
  const rel = book.relById.get(sh.rid);
  if (rel === undefined || rel.external) throw new XlsxError('missing-part', { part: `sheet "${sh.name}"` });
  return rel.type.endsWith('/worksheet') ? rel : 'no-cells';
}

/** Reads one sheet into `sink` (`ctx`: the shared context, or one of the sheet's own for a second read). */
export function readSheetInto(book: OpenedWorkbook, sh: SheetEntry, sink: GridSink, guard?: () => void, ctx: SheetContext = book.ctx): void {
  const part = sheetPart(book, sh);
  if (part === 'without-part') {
    // Excel opens a sheet listed without `r:id` as an empty sheet: so does hoptac, with a warning.
    sink.sheet(sh.name, sh.state);
    sink.endSheet([], [], true);
    return;
  }
  const emit = guardedCells(sink.sheet(sh.name, sh.state), guard);
  if (part === 'no-cells') {
    // Chart sheets and dialog sheets hold no cells: they keep their place in tab order.
    sink.endSheet([], []);
    return;
  }
  // Sheets are decoded and scanned 64 KiB at a time, so no sheet is ever one huge string
  // (in the isolated reader, heap use grows in small steps its limit can stop cleanly). The
  // sheet scanner refuses a DTD itself.
  const sheetBytes = readPartBytes(book.pkg, part.target);
  if (sheetBytes === undefined) throw new XlsxError('missing-part', { part: part.target });
  const { hiddenRows, merges } = parseSheet(guarded(xmlChunks(sheetBytes.bytes), guard), part.target, ctx, emit);
  sink.endSheet(hiddenRows, merges);
}

/** A supplier of pieces that asks `guard` before each. */
function guarded(next: () => string | undefined, guard: (() => void) | undefined): () => string | undefined {
  if (guard === undefined) return next;
  return () => {
    guard();
    return next();
  };
}

/**
 * A cell sink that also asks `guard` every 1,024 cells or million characters of cell text (a
 * piece of XML can name one long shared string many times).
 */
function guardedCells(sinkEmit: CellSink, guard: (() => void) | undefined): CellSink {
  if (guard === undefined) return sinkEmit;
  let k = 0;
  let chars = 0;
  return (row, col, kind, value, format, formula, noCachedValue, raw) => {
    chars += value.length + (formula?.length ?? 0);
    if ((++k & 1023) === 0 || chars > 1_000_000) {
      chars = 0;
      guard();
    }
    sinkEmit(row, col, kind, value, format, formula, noCachedValue, raw);
  };
}
