/**
 * Reading the open workbook into the Grid the library parses, in chunks that stay within Excel's
 * limits: the used range first, then blocks of rows small enough for one request (5 MB a request on
 * the web, 5 million cells a read). The add-in's own sheets are not read.
 */
import { excelNumberToDecimal } from 'hoptac';
import type { Grid, GridCell, GridSheet } from 'hoptac/workbook';
import { FINDINGS_SHEET, SUMMARY_SHEET } from 'hoptac/workbook';
import type { ExcelHost, HostContext, HostRange, HostWorksheet } from './host.js';
import { AddinFailure, isPayloadLimit } from './failure.js';
import { createHasher, rowText } from './fingerprint.js';
import type { WorkbookFingerprint } from './fingerprint.js';

/** The sheets the add-in writes, and so never reads as source. */
export const OWN_SHEETS: readonly string[] = [SUMMARY_SHEET, FINDINGS_SHEET];

/** Default cells in one read request: 4 properties a cell stays far below 5 MB. */
export const DEFAULT_BLOCK_CELLS = 20_000;

/** Progress of a read, reported after every block. */
export interface ReadProgress {
  /** 0-based index of the sheet being read, among the sheets read */
  readonly sheetIndex: number;
  readonly sheetCount: number;
  readonly sheet: string;
  readonly rowsRead: number;
  readonly rowCount: number;
}

export interface ReadOptions {
  /** cells in one request (halved on a payload-limit error); default {@link DEFAULT_BLOCK_CELLS} */
  readonly blockCells?: number;
  /** stop with `too-large` when the used ranges hold more cells than this (bounded ribbon runs) */
  readonly maxCells?: number;
  readonly onProgress?: (p: ReadProgress) => void;
}

export interface ReadResult {
  readonly grid: Grid;
  readonly fingerprint: WorkbookFingerprint;
}

interface SheetInfo {
  readonly sheet: HostWorksheet;
  readonly name: string;
  readonly visibility: string;
  readonly used: HostRange;
}

/** True for the add-in's own sheets, matched as Excel matches sheet names (case-insensitively). */
export function isOwnSheet(name: string): boolean {
  const k = name.normalize('NFC').toLowerCase();
  return OWN_SHEETS.some((own) => own.normalize('NFC').toLowerCase() === k);
}

/** Strips `Sheet1!` / `'My sheet'!` from an address. */
export function localAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return i < 0 ? address : address.slice(i + 1);
}

async function listSheets(context: HostContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const infos: SheetInfo[] = [];
  for (const sheet of sheets.items) {
    if (isOwnSheet(sheet.name)) continue;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    infos.push({ sheet, name: sheet.name, visibility: sheet.visibility, used });
  }
  await context.sync();
  return infos;
}

function toCell(value: unknown, type: string | undefined, format: unknown, formula: unknown): GridCell | undefined {
  const fmt = typeof format === 'string' ? format : undefined;
  const f = typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula.slice(1) : undefined;
  const extra = { ...(fmt !== undefined ? { format: fmt } : {}), ...(f !== undefined ? { formula: f } : {}) };
  switch (type) {
    case 'Empty':
      return f === undefined ? undefined : { kind: 'empty', value: '', ...extra };
    case 'Double':
    case 'Integer':
      if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value: excelNumberToDecimal(value), ...extra };
      return { kind: 'text', value: String(value), ...extra };
    case 'Boolean':
      return { kind: 'boolean', value: value === true ? 'TRUE' : 'FALSE', ...extra };
    case 'Error':
      return { kind: 'error', value: String(value), ...extra };
    case 'String':
      return { kind: 'text', value: String(value), ...extra };
    default:
      // RichValue / Unknown: what Excel shows, as text
      if (value === '' || value === null || value === undefined) return undefined;
      return { kind: 'text', value: String(value), ...extra };
  }
}

/**
 * Reads rows [start, start+count) of a used range, halving the block on payload-limit errors.
 * Calls `take` once per block with the loaded range; `withFirst` queues loads that ride along
 * with the first block, so a sheet costs one request per block and nothing more.
 */
async function readBlocks(
  context: HostContext,
  info: SheetInfo,
  props: readonly string[],
  blockCells: number,
  take: (range: HostRange, rows: number) => void,
  progress?: (rowsRead: number) => void,
  withFirst?: () => void,
): Promise<void> {
  const { used } = info;
  const cols = used.columnCount;
  let rowsPerBlock = Math.max(1, Math.floor(blockCells / Math.max(1, cols)));
  let r = 0;
  while (r < used.rowCount) {
    const n = Math.min(rowsPerBlock, used.rowCount - r);
    const range = info.sheet.getRangeByIndexes(used.rowIndex + r, used.columnIndex, n, cols);
    range.load([...props]);
    // what else the sheet needs goes in the first block's request (again if it is refused and retried)
    if (r === 0) withFirst?.();
    try {
      await context.sync();
    } catch (e) {
      if (isPayloadLimit(e) && n > 1) {
        rowsPerBlock = Math.max(1, Math.floor(n / 2));
        continue;
      }
      throw e;
    }
    take(range, n);
    r += n;
    progress?.(r);
  }
}

/**
 * The 0-based sheet rows among `segments` ([first row, count]) that are hidden, by halving each
 * segment whose `rowHidden` is mixed (null): one request per halving round, none when nothing is hidden.
 */
async function hiddenRowsIn(context: HostContext, sheet: HostWorksheet, column: number, segments: readonly (readonly [number, number])[]): Promise<number[]> {
  const hidden: number[] = [];
  let pending = [...segments];
  while (pending.length > 0) {
    const probes: { start: number; count: number; range: HostRange }[] = [];
    for (const [start, count] of pending) {
      const halves: [number, number][] = count === 1 ? [[start, 1]] : [[start, Math.floor(count / 2)], [start + Math.floor(count / 2), count - Math.floor(count / 2)]];
      for (const [s0, n] of halves) {
        const range = sheet.getRangeByIndexes(s0, column, n, 1);
        range.load('rowHidden');
        probes.push({ start: s0, count: n, range });
      }
    }
    await context.sync();
    pending = [];
    for (const p of probes) {
      const h = p.range.rowHidden;
      if (h === true) for (let r = p.start; r < p.start + p.count; r++) hidden.push(r);
      else if (h === null && p.count > 1) pending.push([p.start, p.count]);
      else if (h === null) hidden.push(p.start);
    }
  }
  return hidden.sort((a, b) => a - b);
}

/**
 * Reads every sheet but the add-in's own into a Grid, with a fingerprint for change detection.
 *
 * @example
 * ```ts
 * const { grid, fingerprint } = await readGrid(officeHost(), { onProgress: (p) => show(p) });
 * ```
 */
export async function readGrid(host: ExcelHost, options: ReadOptions = {}): Promise<ReadResult> {
  const blockCells = options.blockCells ?? DEFAULT_BLOCK_CELLS;
  const withMerges = host.supports('1.13');
  return host.run(async (context) => {
    const infos = await listSheets(context);
    if (options.maxCells !== undefined) {
      let total = 0;
      for (const i of infos) if (!i.used.isNullObject) total += i.used.rowCount * i.used.columnCount;
      if (total > options.maxCells) throw new AddinFailure('too-large', { cells: String(total) });
    }
    const sheets: GridSheet[] = [];
    const prints: { name: string; address: string; hash: string }[] = [];
    for (const [index, info] of infos.entries()) {
      const hasher = createHasher();
      const rows: (GridCell | undefined)[][] = [];
      const state = info.visibility === 'Hidden' ? 'hidden' : info.visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
      if (info.used.isNullObject) {
        sheets.push({ name: info.name, rows, state });
        prints.push({ name: info.name, address: '', hash: hasher.digest() });
        continue;
      }
      const { rowIndex, columnIndex, rowCount } = info.used;
      for (let i = 0; i < rowIndex; i++) rows.push([]);
      options.onProgress?.({ sheetIndex: index, sheetCount: infos.length, sheet: info.name, rowsRead: 0, rowCount });
      const hiddenRows: number[] = [];
      const mixed: [number, number][] = [];
      let blockStart = rowIndex;
      let areas: ReturnType<HostRange['getMergedAreasOrNullObject']> | undefined;
      await readBlocks(
        context,
        info,
        ['values', 'valueTypes', 'numberFormat', 'formulas', 'rowHidden'],
        blockCells,
        (range, n) => {
          if (range.rowHidden === true) for (let r = 0; r < n; r++) hiddenRows.push(blockStart + r);
          else if (range.rowHidden === null) mixed.push([blockStart, n]);
          blockStart += n;
          const cols = info.used.columnCount;
          for (let r = 0; r < n; r++) {
            const values = range.values[r] ?? [];
            hasher.update(rowText(values));
            const row: (GridCell | undefined)[] = new Array<GridCell | undefined>(columnIndex).fill(undefined);
            for (let c = 0; c < cols; c++) {
              row.push(toCell(values[c], range.valueTypes[r]?.[c], range.numberFormat[r]?.[c], range.formulas[r]?.[c]));
            }
            while (row.length > 0 && row[row.length - 1] === undefined) row.pop();
            rows.push(row);
          }
        },
        (rowsRead) => options.onProgress?.({ sheetIndex: index, sheetCount: infos.length, sheet: info.name, rowsRead, rowCount }),
        () => {
          if (!withMerges) return;
          areas = info.used.getMergedAreasOrNullObject();
          areas.load('areas/items/address');
        },
      );
      if (mixed.length > 0) hiddenRows.push(...(await hiddenRowsIn(context, info.sheet, columnIndex, mixed)));
      hiddenRows.sort((a, b) => a - b);
      const merges = areas === undefined || areas.isNullObject ? undefined : areas.areas.items.map((a) => localAddress(a.address));
      sheets.push({
        name: info.name,
        rows,
        state,
        ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
        ...(merges !== undefined && merges.length > 0 ? { merges } : {}),
      });
      prints.push({ name: info.name, address: localAddress(info.used.address), hash: hasher.digest() });
    }
    return { grid: { sheets }, fingerprint: { sheets: prints } };
  });
}

/**
 * Re-reads the values of every source sheet (values only, same chunks) and returns their
 * fingerprint, to compare with the one {@link readGrid} returned.
 *
 * @example
 * ```ts
 * const { grid, fingerprint } = await readGrid(host);
 * // ... work ...
 * if (changedSheet(fingerprint, await readFingerprint(host)) !== undefined) throw new AddinFailure('source-changed');
 * ```
 */
export async function readFingerprint(host: ExcelHost, options: Pick<ReadOptions, 'blockCells'> = {}): Promise<WorkbookFingerprint> {
  const blockCells = options.blockCells ?? DEFAULT_BLOCK_CELLS * 2;
  return host.run(async (context) => {
    const infos = await listSheets(context);
    const prints: { name: string; address: string; hash: string }[] = [];
    for (const info of infos) {
      const hasher = createHasher();
      if (info.used.isNullObject) {
        prints.push({ name: info.name, address: '', hash: hasher.digest() });
        continue;
      }
      await readBlocks(context, info, ['values'], blockCells, (range, n) => {
        for (let r = 0; r < n; r++) hasher.update(rowText(range.values[r] ?? []));
      });
      prints.push({ name: info.name, address: localAddress(info.used.address), hash: hasher.digest() });
    }
    return { sheets: prints };
  });
}
