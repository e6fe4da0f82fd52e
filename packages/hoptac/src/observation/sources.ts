/**
 * Where each observation came from, kept as numbers: a table of sheet names, and per observation
 * a sheet number, a row and a column. The `Source` object `{ sheet, cell }` is made only when it
 * is asked for, so a workbook's hundreds of thousands of value cells cost twelve bytes each
 * instead of an object and an A1 string. The one owner of sources: the builder writes here, and
 * everything that reads a source (queries, explain, diff, transfer) reads through `get`.
 */
import { a1 } from '../workbook/grid.js';
import type { Source } from './types.js';

/** `col` codes other than a column: a source without a cell, and a cell that is not plain A1 text. */
const NO_CELL = -1;
const TEXT_CELL = -2;
/** `sheet` codes: 0 no source, -1 a source kept as given (not `{ sheet, cell? }` of strings); else sheet number + 1. */
const NONE = 0;
const AS_GIVEN = -1;
/** Largest row and column an A1 cell may name and still be packed (the rest is kept as text). */
const MAX_PACKED = 0x3fffffff;

/** The table as plain structured-cloneable data (exact lengths), for {@link SourceTable.fromData}. */
export interface SourceData {
  readonly sheets: readonly string[];
  readonly sheet: Int32Array;
  readonly row: Int32Array;
  readonly col: Int32Array;
  readonly texts: ReadonlyMap<number, string>;
  readonly asGiven: ReadonlyMap<number, unknown>;
}

export class SourceTable {
  readonly sheets: string[] = [];
  private readonly sheetOf = new Map<string, number>();
  private lastName: string | undefined = undefined;
  private lastSheet = -1;
  /** per observation (allocated with the first source): sheet number + 1, {@link NONE} or {@link AS_GIVEN} */
  sheet: Int32Array | undefined = undefined;
  row: Int32Array | undefined = undefined;
  col: Int32Array | undefined = undefined;
  /** observation number -> cell text that is not plain A1 */
  readonly texts = new Map<number, string>();
  /** observation number -> a source that is not `{ sheet, cell? }` of strings, as given */
  readonly asGiven = new Map<number, unknown>();
  private cap = 0;

  /** Makes room for observations `0 .. cap - 1` (called by the store as it grows). */
  reserve(cap: number): void {
    if (cap <= this.cap || this.sheet === undefined) {
      this.cap = Math.max(this.cap, cap);
      return;
    }
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.sheet = grow(this.sheet);
    this.row = grow(this.row!);
    this.col = grow(this.col!);
    this.cap = cap;
  }

  private arrays(): Int32Array {
    this.row = new Int32Array(this.cap);
    this.col = new Int32Array(this.cap);
    return (this.sheet = new Int32Array(this.cap));
  }

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

  /** Observation `n` came from cell (`row`, `col`) (0-based) of sheet number `sheet`. */
  setCell(n: number, sheet: number, row: number, col: number): void {
    (this.sheet ?? this.arrays())[n] = sheet + 1;
    this.row![n] = row;
    this.col![n] = col;
  }

  /** Observation `n` came from a caller's source (read back equal by {@link get}). */
  set(n: number, src: Source): void {
    const sheets = this.sheet ?? this.arrays();
    if (!isPlainSource(src)) {
      sheets[n] = AS_GIVEN;
      this.asGiven.set(n, src);
      return;
    }
    sheets[n] = this.sheetNumber(src.sheet) + 1;
    const cell = src.cell;
    if (cell === undefined) {
      this.col![n] = NO_CELL;
      return;
    }
    const packed = readA1(cell);
    if (packed < 0) {
      this.col![n] = TEXT_CELL;
      this.texts.set(n, cell);
      return;
    }
    this.row![n] = packedRow;
    this.col![n] = packed;
  }

  /** Where observation `n` came from, as a new `Source` (undefined when it was given none). */
  get(n: number): Source | undefined {
    const sheets = this.sheet;
    if (sheets === undefined || n < 0 || n >= sheets.length) return undefined;
    const s = sheets[n]!;
    if (s === NONE) return undefined;
    if (s === AS_GIVEN) return this.asGiven.get(n) as Source;
    const sheet = this.sheets[s - 1]!;
    const c = this.col![n]!;
    if (c === NO_CELL) return { sheet };
    return { sheet, cell: c === TEXT_CELL ? this.texts.get(n)! : a1(this.row![n]!, c) };
  }

  /** The first `length` observations' sources as plain data of exact lengths (copied). */
  data(length: number): SourceData {
    const n = this.sheet === undefined ? 0 : length;
    const cut = (a: Int32Array | undefined) => (a === undefined ? new Int32Array(0) : a.slice(0, n));
    return { sheets: [...this.sheets], sheet: cut(this.sheet), row: cut(this.row), col: cut(this.col), texts: new Map(this.texts), asGiven: new Map(this.asGiven) };
  }

  /** A table from {@link data}'s data. */
  static fromData(d: SourceData): SourceTable {
    const t = new SourceTable();
    for (const name of d.sheets) t.sheetNumber(name);
    t.cap = d.sheet.length;
    if (t.cap > 0) {
      t.sheet = d.sheet;
      t.row = d.row;
      t.col = d.col;
    }
    for (const [k, v] of d.texts) t.texts.set(k, v);
    for (const [k, v] of d.asGiven) t.asGiven.set(k, v);
    return t;
  }

  /** Is `d` the shape of {@link data}'s data? */
  static isData(d: unknown): d is SourceData {
    if (typeof d !== 'object' || d === null) return false;
    const x = d as Partial<SourceData>;
    const n = x.sheet instanceof Int32Array ? x.sheet.length : -1;
    return n >= 0 && Array.isArray(x.sheets) && x.row instanceof Int32Array && x.row.length === n && x.col instanceof Int32Array && x.col.length === n && x.texts instanceof Map && x.asGiven instanceof Map;
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
