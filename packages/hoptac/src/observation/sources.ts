/**
 * Where each observation came from, kept as numbers: a table of sheet names, and per observation
 * a sheet number, a row and a column, in chunks. The `Source` object `{ sheet, cell }` is made only when it
 * is asked for, so a workbook's hundreds of thousands of value cells cost twelve bytes each
 * instead of an object and an A1 string. The one owner of sources: the builder writes here, and
 * everything that reads a source (queries, explain, diff, transfer) reads through `get`.
 */
import { a1 } from '../workbook/grid.js';
import type { Source } from './types.js';

/**
 * Observations (and their sources) are kept in chunks of this many: allocating and growing one
 * large array costs fresh memory pages on every build (and a copy at each doubling), while chunks
 * this small (64 KiB of mantissas) are served from memory the allocator already holds.
 */
export const CHUNK_BITS = 13;
export const CHUNK = 1 << CHUNK_BITS;
export const CHUNK_MASK = CHUNK - 1;

/** `col` codes other than a column: a source without a cell, and a cell that is not plain A1 text. */
const NO_CELL = -1;
const TEXT_CELL = -2;
/** `sheet` codes: 0 no source, -1 a source kept as given (not `{ sheet, cell? }` of strings); else sheet number + 1. */
const NONE = 0;
const AS_GIVEN = -1;
/** Largest row and column an A1 cell may name and still be packed (the rest is kept as text). */
const MAX_PACKED = 0x3fffffff;

/** The table as plain structured-cloneable data, for {@link SourceTable.fromData}. */
export interface SourceData {
  readonly sheets: readonly string[];
  /** per chunk of observations, `null` where no observation of the chunk has a source */
  readonly sheet: readonly (Int32Array | null)[];
  readonly row: readonly (Int32Array | null)[];
  readonly col: readonly (Int32Array | null)[];
  readonly texts: ReadonlyMap<number, string>;
  readonly asGiven: ReadonlyMap<number, unknown>;
}

/**
 * Sources by observation number, in chunks of the raw store's size (allocated with a chunk's
 * first source, so a set without sources holds none).
 */
export class SourceTable {
  readonly sheets: string[] = [];
  private readonly sheetOf = new Map<string, number>();
  private lastName: string | undefined = undefined;
  private lastSheet = -1;
  /** per chunk: sheet number + 1, {@link NONE} or {@link AS_GIVEN}, per observation */
  private readonly sheetChunks: (Int32Array | null)[] = [];
  /** per chunk: the 0-based row of an A1 cell */
  private readonly rowChunks: (Int32Array | null)[] = [];
  /** per chunk: the 0-based column of an A1 cell, or {@link NO_CELL} or {@link TEXT_CELL} */
  private readonly colChunks: (Int32Array | null)[] = [];
  /** observation number -> cell text that is not plain A1 */
  private readonly texts = new Map<number, string>();
  /** observation number -> a source that is not `{ sheet, cell? }` of strings, as given */
  private readonly asGiven = new Map<number, unknown>();

  /** The number of a sheet name in the table (added when new). */
  sheetNumber(name: string): number {
    if (name === this.lastName) return this.lastSheet;
    let i = this.sheetOf.get(name);
    if (i === undefined) {
      i = this.sheets.length;
      this.sheets.push(name);
      this.sheetOf.set(name, i);
    }
    this.lastName = name;
    this.lastSheet = i;
    return i;
  }

  /** The chunk of observation `n`'s sheet codes, made when it is the chunk's first source. */
  private chunkOf(n: number): Int32Array {
    const c = n >> CHUNK_BITS;
    const have = this.sheetChunks[c];
    if (have !== undefined && have !== null) return have;
    while (this.sheetChunks.length <= c) {
      this.sheetChunks.push(null);
      this.rowChunks.push(null);
      this.colChunks.push(null);
    }
    this.rowChunks[c] = new Int32Array(CHUNK);
    this.colChunks[c] = new Int32Array(CHUNK);
    return (this.sheetChunks[c] = new Int32Array(CHUNK));
  }

  /** Observation `n` came from cell (`row`, `col`) (0-based) of sheet number `sheet`. */
  setCell(n: number, sheet: number, row: number, col: number): void {
    const j = n & CHUNK_MASK;
    this.chunkOf(n)[j] = sheet + 1;
    this.rowChunks[n >> CHUNK_BITS]![j] = row;
    this.colChunks[n >> CHUNK_BITS]![j] = col;
  }

  /** Observation `n` came from a caller's source (read back equal by {@link get}). */
  set(n: number, src: Source): void {
    const sheets = this.chunkOf(n);
    const j = n & CHUNK_MASK;
    if (!isPlainSource(src)) {
      sheets[j] = AS_GIVEN;
      this.asGiven.set(n, src);
      return;
    }
    sheets[j] = this.sheetNumber(src.sheet) + 1;
    const cols = this.colChunks[n >> CHUNK_BITS]!;
    const cell = src.cell;
    if (cell === undefined) {
      cols[j] = NO_CELL;
      return;
    }
    const col = readA1(cell);
    if (col < 0) {
      cols[j] = TEXT_CELL;
      this.texts.set(n, cell);
      return;
    }
    this.rowChunks[n >> CHUNK_BITS]![j] = packedRow;
    cols[j] = col;
  }

  /** True while no observation has a source. */
  isEmpty(): boolean {
    return this.sheetChunks.length === 0;
  }

  /** Where observation `n` came from, as a new `Source` (undefined when it was given none). */
  get(n: number): Source | undefined {
    const c = n >> CHUNK_BITS;
    const sheets = n < 0 ? undefined : this.sheetChunks[c];
    if (sheets === undefined || sheets === null) return undefined;
    const j = n & CHUNK_MASK;
    const s = sheets[j]!;
    if (s === NONE) return undefined;
    if (s === AS_GIVEN) return this.asGiven.get(n) as Source;
    const sheet = this.sheets[s - 1]!;
    const col = this.colChunks[c]![j]!;
    if (col === NO_CELL) return { sheet };
    return { sheet, cell: col === TEXT_CELL ? this.texts.get(n)! : a1(this.rowChunks[c]![j]!, col) };
  }

  /** The table as plain data (its arrays, not copies: structured cloning copies them). */
  data(): SourceData {
    return { sheets: this.sheets, sheet: this.sheetChunks, row: this.rowChunks, col: this.colChunks, texts: this.texts, asGiven: this.asGiven };
  }

  /** A table from {@link data}'s data (after a structured clone). */
  static fromData(d: SourceData): SourceTable {
    const t = new SourceTable();
    for (const name of d.sheets) t.sheetNumber(name);
    for (let c = 0; c < d.sheet.length; c++) {
      t.sheetChunks.push(d.sheet[c]!);
      t.rowChunks.push(d.row[c]!);
      t.colChunks.push(d.col[c]!);
    }
    for (const [k, v] of d.texts) t.texts.set(k, v);
    for (const [k, v] of d.asGiven) t.asGiven.set(k, v);
    return t;
  }

  /** Is `d` the shape of {@link data}'s data? */
  static isData(d: unknown): d is SourceData {
    if (typeof d !== 'object' || d === null) return false;
    const x = d as Partial<SourceData>;
    const chunks = (a: unknown, n: number) => Array.isArray(a) && a.length === n && a.every((c) => c === null || (c instanceof Int32Array && c.length === CHUNK));
    const n = Array.isArray(x.sheet) ? x.sheet.length : -1;
    return n >= 0 && Array.isArray(x.sheets) && x.sheets.every((name) => typeof name === 'string') && chunks(x.sheet, n) && chunks(x.row, n) && chunks(x.col, n) && x.texts instanceof Map && x.asGiven instanceof Map;
  }
}

/** `{ sheet: string, cell?: string }` and nothing else. */
function isPlainSource(src: unknown): src is Source {
  if (typeof src !== 'object' || src === null || Object.getPrototypeOf(src) !== Object.prototype) return false;
  const s = src as { sheet?: unknown; cell?: unknown };
  if (typeof s.sheet !== 'string' || (s.cell !== undefined && typeof s.cell !== 'string')) return false;
  for (const k in src) if (k !== 'sheet' && k !== 'cell') return false;
  return true;
}

/** The row {@link readA1} read last. */
let packedRow = 0;

/**
 * The 0-based column of plain A1 text (capital letters, then a row number without leading zeros),
 * its 0-based row in {@link packedRow}; -1 for anything else. Plain A1 text is exactly what
 * `a1(row, col)` writes, so the cell reads back as given.
 */
function readA1(cell: string): number {
  const n = cell.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 6; i++) {
    const c = cell.charCodeAt(i) - 65;
    if (c >>> 0 > 25) break;
    col = col * 26 + c + 1;
  }
  if (i === 0 || i === n || n - i > 10) return -1;
  if (cell.charCodeAt(i) === 48) return -1;
  let row = 0;
  for (; i < n; i++) {
    const d = cell.charCodeAt(i) - 48;
    if (d >>> 0 > 9) return -1;
    row = row * 10 + d;
  }
  if (row < 1 || row - 1 > MAX_PACKED || col - 1 > MAX_PACKED) return -1;
  packedRow = row - 1;
  return col - 1;
}
