/**
 * The workbook read one sheet at a time: {@link readXlsxLazy} opens the package and the workbook's
 * own parts at once, but reads a sheet's cells only when they are first asked for, and drops them
 * again when the reader of the Grid calls the sheet's `release()` (`readWorkbook` does, once it has
 * read a sheet). A national workbook is then never held whole: at most one board sheet's cells are
 * alive at a time, besides what the model keeps.
 */
import { readWorkbook } from 'hoptac/workbook';
import type { Grid, GridSheet, ReadWorkbookOptions, WorkbookModel } from 'hoptac/workbook';
import { GridBuilder } from './grid-builder.js';
import { resolveLimits } from './limits.js';
import type { XlsxLimits } from './limits.js';
import { readInputBytes } from './input-bytes.js';
import { sweepUncheckedParts } from './package.js';
import { type OpenedWorkbook, openWorkbook, readSheetInto, sheetPart } from './read.js';
import type { SheetEntry } from './workbook-part.js';

/** A Grid whose sheets are read on demand; {@link LazyGrid.finish} reads what was never asked for. */
export interface LazyGrid extends Grid {
  /**
   * Reads every sheet that was never asked for (and drops it again), then checks the package's
   * remaining parts: a file is refused for a bad sheet whether or not the model needed it.
   */
  finish(): void;
}

/**
 * Opens the .xlsx workbook in `bytes` as a {@link LazyGrid}. What a whole read refuses up front
 * (not a zip, encrypted, a bad workbook part, a sheet whose part is not in the package, ...) is
 * refused here; a sheet's own XML is refused (an {@link XlsxError}) when the sheet is first read,
 * or by `finish()`. The cell cap counts each sheet once, however often it is read.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { readWorkbook } from 'hoptac/workbook';
 * import { readXlsxLazy } from './lazy-read.js';
 * const grid = readXlsxLazy(readFileSync('shared.xlsx'));
 * const model = readWorkbook(grid); // releases each board sheet once read
 * grid.finish();
 * ```
 */
export function readXlsxLazy(bytes: Uint8Array, limits?: Partial<XlsxLimits>): LazyGrid {
  const book = openWorkbook(bytes, resolveLimits(limits));
  const sheets = book.sheets.map((sh) => new LazySheet(book, sh));
  return {
    sheets,
    finish() {
      for (const s of sheets) s.readOnce();
      sweepUncheckedParts(book.pkg);
    },
  };
}

/**
 * Reads the workbook file (a path, or its bytes) into the library's model one sheet at a time:
 * {@link readXlsxLazy}, `readWorkbook`, then `finish()`. Refuses what `readXlsx` refuses.
 *
 * @example
 * ```ts
 * import { readModel } from './lazy-read.js';
 * const model = await readModel('shared.xlsx');
 * model.ok; // true when the workbook has no errors
 * ```
 */
export async function readModel(input: string | Uint8Array, limits?: Partial<XlsxLimits>, options?: ReadWorkbookOptions): Promise<WorkbookModel> {
  const lim = resolveLimits(limits);
  const grid = readXlsxLazy(await readInputBytes(input, lim), lim);
  const model = readWorkbook(grid, options);
  grid.finish();
  return model;
}

interface SheetData {
  readonly rows: GridSheet['rows'];
  readonly hiddenRows: readonly number[];
  readonly merges: readonly string[];
  readonly duplicateCells: NonNullable<GridSheet['duplicateCells']>;
}

/** One sheet: its name and state at once, its cells when first asked for (and again after `release`). */
class LazySheet implements GridSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly withoutPart?: boolean;
  private data: SheetData | undefined;
  private read = false;

  constructor(
    private readonly book: OpenedWorkbook,
    private readonly entry: SheetEntry,
  ) {
    this.name = entry.name;
    this.state = entry.state;
    // a sheet whose part is missing is refused now, as by a whole read
    if (sheetPart(book, entry) === 'without-part') this.withoutPart = true;
  }

  get rows(): GridSheet['rows'] {
    return this.load().rows;
  }
  get hiddenRows(): readonly number[] {
    return this.load().hiddenRows;
  }
  get merges(): readonly string[] {
    return this.load().merges;
  }
  get duplicateCells(): SheetData['duplicateCells'] {
    return this.load().duplicateCells;
  }

  /** Drops the sheet's cells; they are read again if asked for. */
  release(): void {
    this.data = undefined;
  }

  /** Reads the sheet if it was never read (for `finish`), keeping nothing. */
  readOnce(): void {
    if (!this.read) this.load();
    this.data = undefined;
  }

  private load(): SheetData {
    if (this.data !== undefined) return this.data;
    const b = new GridBuilder();
    // a second read counts no cells against the cap: they were counted the first time
    const ctx = this.read ? { ...this.book.ctx, cells: 0, maxCells: Number.POSITIVE_INFINITY } : this.book.ctx;
    readSheetInto(this.book, this.entry, b, undefined, ctx);
    this.read = true;
    const s = b.grid().sheets[0]!;
    this.data = { rows: s.rows, hiddenRows: s.hiddenRows ?? [], merges: s.merges ?? [], duplicateCells: s.duplicateCells ?? [] };
    return this.data;
  }
}
