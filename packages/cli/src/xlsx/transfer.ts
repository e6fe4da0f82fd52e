/**
 * A compact form of a Grid for the trip from the reader worker to the main thread. Cloning
 * 400,000 small cell objects costs about a second (structured clone, v8 serialize and JSON all
 * do); this form is two transferable integer arrays and one string, filled by the reader directly
 * and rebuilt into objects once, on the main thread.
 */
import type { CellKind, Grid, GridCell, GridSheet } from 'hoptac/workbook';
import { CellPlacer, makeGridCell } from './grid-builder.js';
import type { CellSink, GridSink } from './grid-sink.js';

const KINDS: readonly CellKind[] = ['number', 'text', 'boolean', 'error', 'empty'];
const KIND_CODE: Readonly<Record<CellKind, number>> = { number: 0, text: 1, boolean: 2, error: 3, empty: 4 };
const F_FORMULA = 8;
const F_NOCACHE = 16;
const F_RAW = 32;
const F_FORMAT = 64;
/** Strings at least this long are sent once, then referred to. */
const LONG = 64;
/** Characters (at least) per piece of {@link PackedGrid.text}: no one big allocation. */
const PIECE_CHARS = 1 << 20;

/** A Grid packed for transfer. */
export interface PackedGrid {
  readonly sheets: ReadonlyArray<{
    readonly name: string;
    readonly state?: GridSheet['state'];
    readonly hiddenRows?: readonly number[];
    readonly merges?: readonly string[];
    readonly withoutPart?: boolean;
    readonly cells: number;
  }>;
  readonly formats: readonly string[];
  /** per cell: row, column, flags, format index */
  readonly cells: Int32Array;
  /** lengths of the strings in `text`, in order; `-1 - i` for "the same as string `i`" */
  readonly lens: Int32Array;
  /** the strings, joined in pieces of about a million characters (no one huge string) */
  readonly text: readonly string[];
  /** how many strings each piece of `text` holds */
  readonly pieceCounts: readonly number[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Builds a {@link PackedGrid} straight from the reader (no cell objects in the worker): cells go
 * into growable integer arrays, strings into one list joined at the end.
 */
export class PackBuilder implements GridSink {
  private readonly sheets: Mutable<PackedGrid['sheets'][number]>[] = [];
  private cells: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  private lens: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  private k = 0;
  private l = 0;
  private parts: string[] = [];
  private partsChars = 0;
  private readonly pieces: string[] = [];
  private readonly pieceCounts: number[] = [];
  private readonly longIds = new Map<string, number>();
  private readonly formats: string[] = [];
  private readonly formatIdx = new Map<string, number>();
  private current: Mutable<PackedGrid['sheets'][number]> = { name: '', cells: 0 };

  sheet(name: string, state: 'visible' | 'hidden' | 'veryHidden'): CellSink {
    const meta: Mutable<PackedGrid['sheets'][number]> = { name, state, cells: 0 };
    this.current = meta;
    this.sheets.push(meta);
    let lastFormat: string | undefined;
    let lastIdx = 0;
    return (row, col, kind, value, format, formula, noCachedValue, raw) => {
      let flags = KIND_CODE[kind];
      let f = 0;
      if (format !== undefined) {
        flags |= F_FORMAT;
        if (format !== lastFormat) {
          let idx = this.formatIdx.get(format);
          if (idx === undefined) {
            idx = this.formats.length;
            this.formats.push(format);
            this.formatIdx.set(format, idx);
          }
          lastFormat = format;
          lastIdx = idx;
        }
        f = lastIdx;
      }
      if (this.l + 3 > this.lens.length) this.lens = grow(this.lens);
      this.push(value);
      if (formula !== undefined) {
        flags |= F_FORMULA;
        this.push(formula);
      }
      if (noCachedValue) flags |= F_NOCACHE;
      if (raw !== undefined) {
        flags |= F_RAW;
        this.push(raw);
      }
      if (this.k + 4 > this.cells.length) this.cells = grow(this.cells);
      const c = this.cells;
      c[this.k++] = row;
      c[this.k++] = col;
      c[this.k++] = flags;
      c[this.k++] = f;
      meta.cells++;
    };
  }

  endSheet(hiddenRows: readonly number[], merges: readonly string[], withoutPart = false): void {
    if (hiddenRows.length > 0) this.current.hiddenRows = hiddenRows;
    if (merges.length > 0) this.current.merges = merges;
    if (withoutPart) this.current.withoutPart = true;
  }

  private push(str: string): void {
    if (str.length >= LONG) {
      // A long string met before (one shared string named by many cells) is sent once.
      const id = this.longIds.get(str);
      if (id !== undefined) {
        this.lens[this.l++] = -1 - id;
        return;
      }
      this.longIds.set(str, this.l);
    }
    this.parts.push(str);
    this.lens[this.l++] = str.length;
    this.partsChars += str.length;
    if (this.partsChars >= PIECE_CHARS) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.pieces.push(this.parts.join(''));
    this.pieceCounts.push(this.parts.length);
    this.parts = [];
    this.partsChars = 0;
  }

  /** The packed grid; its arrays are exactly sized, so their buffers can be transferred. */
  result(): PackedGrid {
    this.flush();
    return { sheets: this.sheets, formats: this.formats, cells: this.cells.slice(0, this.k), lens: this.lens.slice(0, this.l), text: this.pieces, pieceCounts: this.pieceCounts };
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Rebuilds the Grid of a {@link PackBuilder}. */
export function unpackGrid(p: PackedGrid): Grid {
  const { cells, lens, text, formats } = p;
  let k = 0;
  let l = 0;
  let at = 0;
  let piece = 0;
  let inPiece = 0;
  let cur = text[0] ?? '';
  const counts = p.pieceCounts;
  const long = new Map<number, string>();
  const next = (): string => {
    const ord = l;
    const n = lens[l++]!;
    if (n < 0) return long.get(-1 - n) ?? '';
    if (inPiece === counts[piece]) {
      cur = text[++piece] ?? '';
      at = 0;
      inPiece = 0;
    }
    inPiece++;
    const s = cur.slice(at, at + n);
    at += n;
    if (n >= LONG) long.set(ord, s);
    return s;
  };
  const sheets: GridSheet[] = p.sheets.map((m) => {
    const rows: (GridCell | undefined)[][] = [];
    const placer = new CellPlacer(rows);
    for (let i = 0; i < m.cells; i++) {
      const r = cells[k++]!;
      const col = cells[k++]!;
      const flags = cells[k++]!;
      const fi = cells[k++]!;
      const kind = KINDS[flags & 7]!;
      const value = next();
      const format = (flags & F_FORMAT) !== 0 ? formats[fi] : undefined;
      const formula = (flags & F_FORMULA) !== 0 ? next() : undefined;
      const raw = (flags & F_RAW) !== 0 ? next() : undefined;
      placer.place(r, col, makeGridCell(kind, value, format, formula, (flags & F_NOCACHE) !== 0, raw));
    }
    const sheet: Mutable<GridSheet> = { name: m.name, rows };
    if (m.hiddenRows !== undefined) sheet.hiddenRows = m.hiddenRows;
    if (m.merges !== undefined) sheet.merges = m.merges;
    if (m.state !== undefined) sheet.state = m.state;
    const dups = placer.duplicates();
    if (dups.length > 0) sheet.duplicateCells = dups;
    if (m.withoutPart === true) sheet.withoutPart = true;
    return sheet;
  });
  return { sheets };
}
