/**
 * `readXlsx`: an .xlsx file into the library's Grid, with a small hand-written reader: the zip
 * directory parsed by hand, parts inflated by Node's zlib under a size cap, XML scanned by hand
 * (no DOM, no regular expressions over the document). Hostile files are refused with an
 * {@link XlsxError}.
 */
import { excelNumberToDecimal } from 'hoptac';
import { a1 } from 'hoptac/workbook';
import type { DuplicateCell, Grid, GridCell, GridSheet } from 'hoptac/workbook';
import { XlsxError } from './errors.js';
import { shiftFormula } from './formula.js';
import { resolveLimits } from './limits.js';
import type { XlsxLimits } from './limits.js';
import { BUILTIN_NUMFMTS, isDateFormat } from './numfmt.js';
import { openPackage, partRels, readInputBytes, readPart, sweepUncheckedParts } from './package.js';
import type { XlsxPackage } from './package.js';
import { XmlScanner, CLOSE, OPEN, SELF, assertNoDtd, decodeEntities, tagEnd, unescapeX, xmlChunks, xmlChunksAfter } from './xml.js';
import { findEntry, inflateEntry } from './zip.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
 * Receives a workbook as it is read: one `sheet` call per sheet in tab order (returning where its
 * cells go), then `endSheet` with what the sheet holds besides cells.
 */
export interface GridSink {
  sheet(name: string, state: 'visible' | 'hidden' | 'veryHidden'): CellSink;
  /** `withoutPart`: the workbook lists the sheet without a part (no `r:id`); it had no cells */
  endSheet(hiddenRows: readonly number[], merges: readonly string[], withoutPart?: boolean): void;
}

/** One cell: 0-based row and column, and the GridCell fields (`kind` as in {@link GridCell}). */
export type CellSink = (row: number, col: number, kind: GridCell['kind'], value: string, format: string | undefined, formula: string | undefined, noCachedValue: boolean, raw: string | undefined) => void;

/**
 * Reads the workbook in `bytes` into `sink`. `guard`, when given, is called before every
 * megabyte of sheet or shared-string XML and may throw to stop the read (the isolated reader's
 * heap check).
 */
export function readWorkbookInto(bytes: Uint8Array, limits: XlsxLimits, sink: GridSink, guard?: () => void): void {
  const guarded = (next: () => string | undefined): (() => string | undefined) =>
    guard === undefined
      ? next
      : () => {
          guard();
          return next();
        };
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
  const sstEntry = sstRel === undefined ? undefined : findEntry(pkg.zip, sstRel.target);
  let sst: string[] = [];
  if (sstEntry !== undefined) {
    pkg.checked.add(sstEntry.name.toLowerCase());
    sst = parseSharedStrings(guarded(xmlChunksAfter(inflateEntry(pkg.zip, sstEntry, pkg.limits, pkg.budget), 'si')), sstEntry.name);
  }
  const ctx: SheetContext = { formats, sst, date1904: book.date1904, cells: 0, maxCells: limits.maxCells };
  for (const sh of book.sheets) {
    if (sh.rid === undefined) {
      // Excel opens a sheet listed without `r:id` as an empty sheet: so does hoptac, with a warning.
      sink.sheet(sh.name, sh.state);
      sink.endSheet([], [], true);
      continue;
    }
    const rel = relById.get(sh.rid);
    if (rel === undefined || rel.external) throw new XlsxError('missing-part', { part: `sheet "${sh.name}"` });
    const sinkEmit = sink.sheet(sh.name, sh.state);
    // With a guard, it is also asked every 1,024 cells or million characters of cell text (a
    // megabyte of XML can name one long shared string many times).
    let k = 0;
    let chars = 0;
    const emit: CellSink =
      guard === undefined
        ? sinkEmit
        : (row, col, kind, value, format, formula, noCachedValue, raw) => {
            chars += value.length + (formula?.length ?? 0);
            if ((++k & 1023) === 0 || chars > 1_000_000) {
              chars = 0;
              guard();
            }
            sinkEmit(row, col, kind, value, format, formula, noCachedValue, raw);
          };
    if (!rel.type.endsWith('/worksheet')) {
      // Chart sheets and dialog sheets hold no cells: they keep their place in tab order.
      sink.endSheet([], []);
      continue;
    }
    // Sheets are decoded and scanned a megabyte at a time, so no sheet is ever one huge string
    // (in the isolated reader, heap use grows in small steps its limit can stop cleanly). The
    // sheet scanner refuses a DTD itself.
    const entry = findEntry(pkg.zip, rel.target);
    if (entry === undefined) throw new XlsxError('missing-part', { part: rel.target });
    pkg.checked.add(entry.name.toLowerCase());
    const { hiddenRows, merges } = parseSheet(guarded(xmlChunks(inflateEntry(pkg.zip, entry, pkg.limits, pkg.budget))), rel.target, ctx, emit);
    sink.endSheet(hiddenRows, merges);
  }
  sweepUncheckedParts(pkg as XlsxPackage);
}

/** Builds the Grid's objects. */
class GridBuilder implements GridSink {
  private readonly sheets: GridSheet[] = [];
  private rows: (GridCell | undefined)[][] = [];
  private name = '';
  private state: 'visible' | 'hidden' | 'veryHidden' = 'visible';
  private dups = new CellPlacer([]);

  sheet(name: string, state: 'visible' | 'hidden' | 'veryHidden'): CellSink {
    const rows: (GridCell | undefined)[][] = [];
    this.rows = rows;
    this.name = name;
    this.state = state;
    const placer = new CellPlacer(rows);
    this.dups = placer;
    return (row, col, kind, value, format, formula, noCachedValue, raw) => placer.place(row, col, makeGridCell(kind, value, format, formula, noCachedValue, raw));
  }

  endSheet(hiddenRows: readonly number[], merges: readonly string[], withoutPart = false): void {
    const sheet: Mutable<GridSheet> = { name: this.name, rows: this.rows, state: this.state };
    if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
    if (merges.length > 0) sheet.merges = merges;
    const dups = this.dups.duplicates();
    if (dups.length > 0) sheet.duplicateCells = dups;
    if (withoutPart) sheet.withoutPart = true;
    this.sheets.push(sheet);
  }

  grid(): Grid {
    return { sheets: this.sheets };
  }
}

/**
 * Puts cells into a sheet's rows. A cell the file gives twice (two `<c r="F3">`, which Excel never
 * writes) is taken out: neither value can be trusted, so the figure is missing, and the place is
 * reported (`duplicateCells`, with every value given).
 */
export class CellPlacer {
  private curRow = -1;
  private cur: (GridCell | undefined)[] = [];
  private dups: Map<number, { cell: string; values: string[] }> | undefined;
  constructor(private readonly rows: (GridCell | undefined)[][]) {}

  place(row: number, col: number, cell: GridCell): void {
    if (row !== this.curRow) {
      this.curRow = row;
      this.cur = this.rows[row] ?? (this.rows[row] = []);
    }
    const before = this.cur[col];
    if (before === undefined) {
      const seen = this.dups?.get(row * 16384 + col);
      if (seen === undefined) this.cur[col] = cell;
      else seen.values.push(cell.value);
      return;
    }
    this.dups ??= new Map();
    this.dups.set(row * 16384 + col, { cell: a1(row, col), values: [before.value, cell.value] });
    this.cur[col] = undefined;
  }

  /** The cells given more than once, in file order of their second copy. */
  duplicates(): DuplicateCell[] {
    return this.dups === undefined ? [] : [...this.dups.values()];
  }
}

/** One GridCell, with only the fields that are set (a few fixed shapes, so V8 keeps them fast). */
export function makeGridCell(kind: GridCell['kind'], value: string, format: string | undefined, formula: string | undefined, noCachedValue: boolean, raw: string | undefined): GridCell {
  if (format !== undefined && formula === undefined && raw === undefined) return { kind, value, format };
  const cell: Mutable<GridCell> = { kind, value };
  if (format !== undefined) cell.format = format;
  if (formula !== undefined) cell.formula = formula;
  if (noCachedValue) cell.noCachedValue = true;
  if (raw !== undefined) cell.raw = raw;
  return cell;
}

interface SheetEntry {
  readonly name: string;
  /** absent when the `<sheet>` has no `r:id` (read as an empty sheet) */
  readonly rid: string | undefined;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

/** Sheet names, order, state and the date system of workbook.xml. */
export function parseWorkbook(xml: string, part: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sc = new XmlScanner(xml, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  while (sc.next()) {
    if (sc.kind !== OPEN && sc.kind !== SELF) continue;
    if (sc.name === 'workbookPr') {
      const v = sc.attr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (sc.name === 'sheet') {
      const name = sc.attr('name');
      const rid = sc.attr('id');
      if (name === undefined) throw new XlsxError('corrupt', { detail: `a sheet without a name in ${part}`, detailVi: `trang thiếu tên trong ${part}` });
      const st = sc.attr('state');
      sheets.push({ name, rid, state: st === 'hidden' ? 'hidden' : st === 'veryHidden' ? 'veryHidden' : 'visible' });
    }
  }
  if (sheets.length === 0) throw new XlsxError('corrupt', { detail: 'the workbook has no sheets', detailVi: 'sổ tính không có trang nào' });
  return { sheets, date1904 };
}

/** The number format code of each cell format (cellXfs index), `undefined` when unknown. */
export function parseStyles(xml: string, part: string): (string | undefined)[] {
  const sc = new XmlScanner(xml, part);
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  while (sc.next()) {
    if (sc.kind === CLOSE) {
      if (sc.name === 'cellXfs') inCellXfs = false;
      continue;
    }
    if (sc.name === 'numFmt') {
      const id = Number(sc.attr('numFmtId'));
      const code = sc.attr('formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (sc.name === 'cellXfs') {
      inCellXfs = sc.kind === OPEN;
    } else if (sc.name === 'xf' && inCellXfs) {
      const id = Number(sc.attr('numFmtId') ?? '0');
      xfIds.push(Number.isInteger(id) ? id : 0);
    }
  }
  return xfIds.map((id) => custom.get(id) ?? BUILTIN_NUMFMTS.get(id));
}

/**
 * The shared strings, in order; rich-text runs joined, phonetic runs left out. Read from pieces
 * that each hold whole `<si>` items, so the part is never one huge string.
 */
export function parseSharedStrings(next: () => string | undefined, part: string): string[] {
  const out: string[] = [];
  for (let xml = next(); xml !== undefined; xml = next()) {
    assertNoDtd(xml, part);
    const sc = new XmlScanner(xml, part);
    while (sc.next()) {
      if (sc.kind === OPEN && sc.name === 'si') out.push(readRichText(sc, 'si'));
      else if (sc.kind === SELF && sc.name === 'si') out.push('');
    }
  }
  return out;
}

/** Joins the `<t>` texts of a string item up to its end tag `end`, skipping phonetic runs. */
function readRichText(sc: XmlScanner, end: string): string {
  let text = '';
  while (sc.next()) {
    if (sc.kind === OPEN) {
      if (sc.name === 't') text += sc.text();
      else if (sc.name === 'rPh' || sc.name === 'phoneticPr') sc.skip();
    } else if (sc.kind === CLOSE && sc.name === end) break;
  }
  return unescapeX(text);
}

interface SheetContext {
  readonly formats: readonly (string | undefined)[];
  readonly sst: readonly string[];
  readonly date1904: boolean;
  cells: number;
  readonly maxCells: number;
}

const badRef = (part: string, ref: string): XlsxError =>
  new XlsxError('corrupt', { detail: `bad cell reference "${ref.slice(0, 20)}" in ${part}`, detailVi: `địa chỉ ô sai "${ref.slice(0, 20)}" trong ${part}` });

const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

/** The `t` attribute of a cell as a small code (unknown types read as numbers, as Excel does). */
function cellType(s: string, a: number, b: number): number {
  const len = b - a;
  const c = s.charCodeAt(a);
  if (len === 1) return c === 115 ? T_S : c === 98 ? T_B : c === 101 ? T_E : c === 100 ? T_D : T_N;
  if (len === 3 && s.startsWith('str', a)) return T_STR;
  if (len === 9 && s.startsWith('inlineStr', a)) return T_INLINE;
  return T_N;
}

/** Excel's own limit on the length of a formula. */
const MAX_FORMULA = 8192;

/** Markup (a tag, comment or CDATA section) may not be longer than this: Excel's are tiny. */
const MAX_CARRY = 8 * 1024 * 1024;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Parses one worksheet part with a scanner specialised for sheet data: one pass of `indexOf` and
 * character codes, attributes read in the same pass, no intermediate strings for tag names.
 */
export function parseSheet(next: () => string | undefined, part: string, ctx: SheetContext, emit: CellSink): { hiddenRows: number[]; merges: string[] } {
  let s = '';
  let n = 0;
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const shared = new Map<string, { text: string; row: number; col: number }>();
  const { formats, sst, date1904, maxCells } = ctx;
  const defaultFormat = formats[0] ?? 'General';
  const fail = (what: string): never => {
    throw new XlsxError('corrupt', { detail: `malformed XML in ${part}: ${what}`, detailVi: `XML hỏng trong ${part}: ${what}` });
  };
  let rowIdx = -1;
  let colIdx = -1;
  // The cell being read
  let inCell = false;
  let cT = T_N;
  let cS = -1;
  let cV: string | undefined;
  let cF: string | undefined;
  let cInline: string | undefined;
  let fShared = false;
  let fSi: string | undefined;
  let fRef = false;
  // Text being captured (inside <v>, <f>, <t>)
  let capture = 0; // 0 none, 1 v, 2 f, 3 t
  let textStart = 0;
  let textAcc = '';
  let inIs = false;
  let inRph = 0;
  let p = 0;
  for (;;) {
    // `need` >= 0: the input ends inside markup starting there (or, at `n`, between tags): read on.
    let need = -1;
    const lt = s.indexOf('<', p);
    let c = 0;
    let close = false;
    let ns = 0;
    let i = 0;
    let j = 0;
    if (lt < 0) need = n;
    else {
      c = lt + 1 < n ? s.charCodeAt(lt + 1) : -1;
      if (c === -1) need = lt;
      else if (c === 63 || c === 33) {
        // <?pi?>, <!-- comment -->, <![CDATA[...]]>; a DTD is refused
        let end: number;
        let cdata = '';
        if (c === 63) {
          const e = s.indexOf('?>', lt + 2);
          end = e < 0 ? -1 : e + 2;
        } else if (s.startsWith('<!--', lt)) {
          const e = s.indexOf('-->', lt + 4);
          end = e < 0 ? -1 : e + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          cdata = e < 0 ? '' : s.slice(lt + 9, e);
          end = e < 0 ? -1 : e + 3;
        } else if (n - lt < 9 && ('<![CDATA['.startsWith(s.slice(lt)) || '<!--'.startsWith(s.slice(lt)))) end = -1;
        else throw new XlsxError('dtd', { part });
        if (end < 0) need = lt;
        else {
          if (capture !== 0) {
            textAcc += decodeEntities(s.slice(textStart, lt)) + cdata;
            textStart = end;
          }
          p = end;
          continue;
        }
      } else {
        close = c === 47;
        i = close ? lt + 2 : lt + 1;
        ns = i;
        while (i < n) {
          c = s.charCodeAt(i);
          if (c === 62 || c === 47 || isSpace(c)) break;
          if (c === 58) ns = i + 1;
          i++;
        }
        // End of the tag, skipping quoted values.
        j = i < n && c !== 62 ? tagEnd(s, i, n) : i;
        if (j >= n) need = lt;
      }
    }
    if (need >= 0) {
      const chunk = next();
      if (chunk === undefined) {
        if (need < n) fail('unterminated tag');
        break;
      }
      let keep = need;
      if (capture !== 0) {
        // Text being read: keep what is decoded so far aside (a partial `&...;` or a `\r` that
        // may be half of `\r\n` stays in the carried input), so a long text costs linear time.
        let cut = need;
        if (need === n) {
          const amp = s.lastIndexOf('&');
          if (amp >= textStart && s.indexOf(';', amp) < 0) cut = amp;
          if (cut > textStart && s.charCodeAt(cut - 1) === 13) cut--;
        }
        if (cut > textStart) textAcc += decodeEntities(s.slice(textStart, cut));
        keep = Math.min(cut, need);
        textStart = keep;
      }
      if (n - keep > MAX_CARRY) fail('markup longer than 8 MB');
      s = s.slice(keep) + chunk;
      n = s.length;
      p = need - keep;
      if (capture !== 0) textStart -= keep;
      continue;
    }
    const nameLen = i - ns;
    const c0 = s.charCodeAt(ns);
    const attrStart = i;
    const self = !close && s.charCodeAt(j - 1) === 47;
    const attrEnd = self ? j - 1 : j;
    p = j + 1;

    if (close) {
      if (nameLen === 1) {
        if (c0 === 99 /* c */ && inCell) {
          inCell = false;
          if (emitCell(cT, cS < 0 ? defaultFormat : formats[cS] ?? (cS === 0 ? 'General' : undefined), cV, cF, cInline, sst, date1904, part, rowIdx, colIdx, emit) && ++ctx.cells > maxCells) tooManyCells(maxCells);
        } else if (c0 === 118 /* v */ && capture === 1) {
          cV = textAcc + decodeEntities(s.slice(textStart, lt));
          capture = 0;
        } else if (c0 === 102 /* f */ && capture === 2) {
          cF = sharedFormula(shared, fShared, fSi, fRef, textAcc + decodeEntities(s.slice(textStart, lt)), rowIdx, colIdx);
          capture = 0;
        } else if (c0 === 116 /* t */ && capture === 3) {
          if (inRph === 0) cInline = (cInline ?? '') + textAcc + decodeEntities(s.slice(textStart, lt));
          capture = 0;
        }
      } else if (nameLen === 2 && c0 === 105 && s.charCodeAt(ns + 1) === 115 /* is */) {
        inIs = false;
        if (cInline !== undefined) cInline = unescapeX(cInline);
      } else if (nameLen === 3 && c0 === 114 && s.charCodeAt(ns + 1) === 80 /* rPh */) {
        if (inRph > 0) inRph--;
      }
      continue;
    }

    if (nameLen === 1) {
      if (c0 === 99 /* c */) {
        if (inCell) {
          if (emitCell(cT, cS < 0 ? defaultFormat : formats[cS] ?? (cS === 0 ? 'General' : undefined), cV, cF, cInline, sst, date1904, part, rowIdx, colIdx, emit) && ++ctx.cells > maxCells) tooManyCells(maxCells);
        }
        // attributes r, s, t
        let refStart = -1;
        let refEnd = -1;
        cT = T_N;
        cS = -1;
        let a = attrStart;
        while (a < attrEnd) {
          while (a < attrEnd && isSpace(s.charCodeAt(a))) a++;
          if (a >= attrEnd) break;
          let ls = a;
          while (a < attrEnd) {
            const d = s.charCodeAt(a);
            if (d === 61 || isSpace(d)) break;
            if (d === 58) ls = a + 1;
            a++;
          }
          const an = a - ls;
          const ac = s.charCodeAt(ls);
          while (a < attrEnd && s.charCodeAt(a) !== 34 && s.charCodeAt(a) !== 39) a++;
          if (a >= attrEnd) break;
          const q = s.charCodeAt(a);
          const vs = a + 1;
          let ve = vs;
          while (ve < attrEnd && s.charCodeAt(ve) !== q) ve++;
          if (ve >= attrEnd) fail('unterminated attribute');
          if (an === 1) {
            if (ac === 114 /* r */) {
              refStart = vs;
              refEnd = ve;
            } else if (ac === 115 /* s */) {
              let v = 0;
              for (let k = vs; k < ve; k++) {
                const d = s.charCodeAt(k) - 48;
                if (d < 0 || d > 9) {
                  v = -1;
                  break;
                }
                v = v * 10 + d;
              }
              cS = v;
            } else if (ac === 116 /* t */) cT = cellType(s, vs, ve);
          }
          a = ve + 1;
        }
        if (refStart >= 0) {
          const ref = parseRefAt(s, refStart, refEnd);
          if (ref < 0) throw badRef(part, s.slice(refStart, Math.min(refEnd, refStart + 20)));
          const r = Math.floor(ref / 16384);
          rowIdx = r;
          colIdx = ref % 16384;
        } else {
          if (rowIdx < 0) rowIdx = 0;
          colIdx++;
          if (colIdx >= 16384) throw badRef(part, `column ${colIdx + 1}`);
        }
        cV = undefined;
        cF = undefined;
        cInline = undefined;
        inCell = true;
        if (self) {
          inCell = false;
          if (emitCell(cT, cS < 0 ? defaultFormat : formats[cS] ?? (cS === 0 ? 'General' : undefined), cV, cF, cInline, sst, date1904, part, rowIdx, colIdx, emit) && ++ctx.cells > maxCells) tooManyCells(maxCells);
        } else if (s.charCodeAt(p) === 60 && s.charCodeAt(p + 1) === 118 && s.charCodeAt(p + 2) === 62) {
          // The common shape `<c ...><v>text</v></c>`, read in one step.
          const e = s.indexOf('<', p + 3);
          if (e >= 0 && e + 8 <= n && s.startsWith('</v></c>', e)) {
            cV = decodeEntities(s.slice(p + 3, e));
            inCell = false;
            p = e + 8;
            if (emitCell(cT, cS < 0 ? defaultFormat : formats[cS] ?? (cS === 0 ? 'General' : undefined), cV, undefined, undefined, sst, date1904, part, rowIdx, colIdx, emit) && ++ctx.cells > maxCells) tooManyCells(maxCells);
          }
        }
      } else if (c0 === 118 /* v */ && inCell) {
        if (self) cV = '';
        else {
          capture = 1;
          textStart = p;
          textAcc = '';
        }
      } else if (c0 === 102 /* f */ && inCell) {
        fShared = false;
        fSi = undefined;
        fRef = false;
        const tAttr = attrValue(s, attrStart, attrEnd, 't');
        if (tAttr === 'shared') {
          fShared = true;
          fSi = attrValue(s, attrStart, attrEnd, 'si');
          fRef = attrValue(s, attrStart, attrEnd, 'ref') !== undefined;
        }
        if (self) cF = sharedFormula(shared, fShared, fSi, fRef, '', rowIdx, colIdx);
        else {
          capture = 2;
          textStart = p;
          textAcc = '';
        }
      } else if (c0 === 116 /* t */ && inIs) {
        if (!self) {
          capture = 3;
          textStart = p;
          textAcc = '';
        } else if (inRph === 0) cInline = cInline ?? '';
      }
      continue;
    }
    if (nameLen === 3 && c0 === 114 /* r */) {
      const c1 = s.charCodeAt(ns + 1);
      if (c1 === 111 && s.charCodeAt(ns + 2) === 119 /* row */) {
        if (inCell) {
          inCell = false;
          if (emitCell(cT, cS < 0 ? defaultFormat : formats[cS] ?? (cS === 0 ? 'General' : undefined), cV, cF, cInline, sst, date1904, part, rowIdx, colIdx, emit) && ++ctx.cells > maxCells) tooManyCells(maxCells);
        }
        const r = attrValue(s, attrStart, attrEnd, 'r');
        if (r !== undefined) {
          const num = Number(r);
          if (!Number.isInteger(num) || num < 1 || num > 1048576) throw badRef(part, `row ${r.slice(0, 12)}`);
          rowIdx = num - 1;
        } else rowIdx++;
        colIdx = -1;
        const hidden = attrValue(s, attrStart, attrEnd, 'hidden');
        if (hidden === '1' || hidden === 'true') hiddenRows.push(rowIdx);
      } else if (c1 === 80 && s.charCodeAt(ns + 2) === 104 /* rPh */ && !self) inRph++;
      continue;
    }
    if (nameLen === 2 && c0 === 105 && s.charCodeAt(ns + 1) === 115 /* is */ && inCell) {
      if (self) cInline = '';
      else {
        inIs = true;
        cInline = undefined;
      }
      continue;
    }
    if (nameLen === 9 && s.startsWith('mergeCell', ns)) {
      const ref = attrValue(s, attrStart, attrEnd, 'ref');
      if (ref !== undefined) merges.push(ref.replace(/\$/g, '').toUpperCase());
    }
  }
  if (inCell || capture !== 0) fail('unterminated element');

  return { hiddenRows, merges };
}

function tooManyCells(maxCells: number): never {
  throw new XlsxError('too-large', { what: 'cells', whatVi: 'số ô', actual: `> ${maxCells}`, limit: maxCells });
}

/** A cell's formula: its own text, or (a shared formula's other cells) the master's, moved. */
function sharedFormula(shared: Map<string, { text: string; row: number; col: number }>, isShared: boolean, si: string | undefined, hasRef: boolean, text: string, row: number, col: number): string {
  if (!isShared || si === undefined) return text;
  if (text !== '' || hasRef) {
    // Each cell of the range gets its own copy: a master longer than Excel allows would multiply.
    if (text.length > MAX_FORMULA) {
      throw new XlsxError('corrupt', { detail: `a shared formula longer than Excel allows (${MAX_FORMULA} characters)`, detailVi: `công thức dùng chung dài hơn mức Excel cho phép (${MAX_FORMULA} ký tự)` });
    }
    shared.set(si, { text, row, col });
    return text;
  }
  const m = shared.get(si);
  return m === undefined ? '' : shiftFormula(m.text, row - m.row, col - m.col);
}

/** The decoded value of the attribute with local name `local` in `s[a, b)`. */
function attrValue(s: string, a: number, b: number, local: string): string | undefined {
  while (a < b) {
    while (a < b && isSpace(s.charCodeAt(a))) a++;
    if (a >= b) return undefined;
    let ls = a;
    while (a < b) {
      const d = s.charCodeAt(a);
      if (d === 61 || isSpace(d)) break;
      if (d === 58) ls = a + 1;
      a++;
    }
    const match = a - ls === local.length && s.startsWith(local, ls);
    while (a < b && s.charCodeAt(a) !== 34 && s.charCodeAt(a) !== 39) a++;
    if (a >= b) return undefined;
    const q = s.charCodeAt(a);
    const vs = a + 1;
    let ve = vs;
    while (ve < b && s.charCodeAt(ve) !== q) ve++;
    if (match) return decodeEntities(s.slice(vs, ve));
    a = ve + 1;
  }
  return undefined;
}

/** `row * 16384 + col` (0-based) of a reference like `AB12` in `s[a, b)`; -1 when malformed. */
function parseRefAt(s: string, a: number, b: number): number {
  let i = a;
  let col = 0;
  while (i < b) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
    i++;
    if (col > 16384) return -1;
  }
  let row = 0;
  let digits = 0;
  while (i < b) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      row = row * 10 + (c - 48);
      if (++digits > 7) return -1;
    } else if (c !== 36) return -1;
    i++;
  }
  if (col < 1 || digits === 0 || row < 1 || row > 1048576) return -1;
  return (row - 1) * 16384 + (col - 1);
}

/** Emits one cell; false for an empty cell without a formula (nothing emitted). */
function emitCell(
  t: number,
  format: string | undefined,
  v: string | undefined,
  f: string | undefined,
  inline: string | undefined,
  sst: readonly string[],
  date1904: boolean,
  part: string,
  row: number,
  col: number,
  emit: CellSink,
): boolean {
  let kind: GridCell['kind'];
  let value: string;
  let raw: string | undefined;
  if (t === T_N) {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    const num = numberValue(v);
    if (num === undefined) {
      // Not a number Excel could have written: keep the text so validation can point at it.
      kind = 'text';
      value = v;
    } else {
      kind = 'number';
      value = num;
      if (num !== v) raw = v;
      if (date1904 && format !== undefined && isDateFormat(format)) value = addDays(num, 1462);
    }
  } else if (t === T_S) {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    const idx = Number(v);
    const text = Number.isInteger(idx) ? sst[idx] : undefined;
    if (text === undefined) {
      throw new XlsxError('corrupt', { detail: `missing shared string ${v.slice(0, 12)} at ${part} row ${row + 1} col ${col + 1}`, detailVi: `thiếu chuỗi dùng chung ${v.slice(0, 12)} trong ${part}` });
    }
    kind = 'text';
    value = text;
  } else if (t === T_INLINE) {
    if (inline === undefined && v === undefined) return noValue(f, format, row, col, emit);
    kind = 'text';
    value = inline ?? unescapeX(v ?? '');
  } else if (t === T_STR) {
    if (v === undefined) return noValue(f, format, row, col, emit);
    kind = 'text';
    value = unescapeX(v);
  } else if (t === T_B) {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    kind = 'boolean';
    const b = v.trim().toLowerCase();
    value = b === '1' || b === 'true' ? 'TRUE' : 'FALSE';
  } else if (t === T_E) {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    kind = 'error';
    value = v.trim();
  } else {
    if (v === undefined || v === '') return noValue(f, format, row, col, emit);
    const serial = isoToSerial(v.trim());
    kind = serial === undefined ? 'text' : 'number';
    value = serial ?? v;
  }
  emit(row, col, kind, value, format, f, false, raw);
  return true;
}

function noValue(f: string | undefined, format: string | undefined, row: number, col: number, emit: CellSink): boolean {
  if (f === undefined) return false;
  emit(row, col, 'empty', '', format, f, true, undefined);
  return true;
}

/**
 * The exact decimal of a `<v>` number by the one rule. A canonical decimal of at most 15
 * significant digits is its own 15-digit form (a double round-trips 15 digits), so it is taken as
 * is; anything else goes through `excelNumberToDecimal(Number(text))`. `undefined` when the text
 * is not a decimal number.
 */
export function numberValue(text: string): string | undefined {
  const n = text.length;
  if (n === 0 || n > 400) return undefined;
  // Fast path: -?(0|[1-9]\d*)(\.\d*[1-9])? with at most 15 significant digits.
  let i = 0;
  if (text.charCodeAt(0) === 45) i = 1;
  const intStart = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  const intLen = i - intStart;
  let fast = intLen > 0 && (intLen === 1 || text.charCodeAt(intStart) !== 48);
  let fracLen = 0;
  if (fast && i < n) {
    if (text.charCodeAt(i) !== 46) fast = false;
    else {
      i++;
      const fs = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        i++;
      }
      fracLen = i - fs;
      if (i < n || fracLen === 0 || text.charCodeAt(n - 1) === 48) fast = false;
    }
  }
  if (fast) {
    let sig = intLen + fracLen;
    if (text.charCodeAt(intStart) === 48) {
      // 0.000123: leading zeros are not significant
      sig = 0;
      let k = intStart + 2;
      while (k < n && text.charCodeAt(k) === 48) k++;
      sig = n - k;
      if (intStart === 1 && fracLen === 0) fast = false; // "-0"
    }
    if (fast && sig <= 15) return text;
  }
  if (!isDecimalText(text)) return undefined;
  const num = Number(text);
  if (!Number.isFinite(num)) return undefined;
  return excelNumberToDecimal(num);
}

/** `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?`, checked without a regular expression. */
function isDecimalText(t: string): boolean {
  let i = 0;
  const n = t.length;
  if (t[i] === '-' || t[i] === '+') i++;
  let digits = 0;
  while (i < n && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) { i++; digits++; }
  if (t[i] === '.') {
    i++;
    while (i < n && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) { i++; digits++; }
  }
  if (digits === 0) return false;
  if (t[i] === 'e' || t[i] === 'E') {
    i++;
    if (t[i] === '-' || t[i] === '+') i++;
    let e = 0;
    while (i < n && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) { i++; e++; }
    if (e === 0) return false;
  }
  return i === n;
}

/** Adds whole days to a decimal string, exactly. */
export function addDays(value: string, days: number): string {
  const neg = value.startsWith('-');
  const body = neg ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const scaled = BigInt((dot < 0 ? body : body.slice(0, dot)) + frac) * (neg ? -1n : 1n) + BigInt(days) * 10n ** BigInt(frac.length);
  const sign = scaled < 0n ? '-' : '';
  let digits = (scaled < 0n ? -scaled : scaled).toString();
  if (frac.length === 0) return sign + digits;
  digits = digits.padStart(frac.length + 1, '0');
  const int = digits.slice(0, digits.length - frac.length);
  const f = digits.slice(digits.length - frac.length).replace(/0+$/, '');
  return f === '' ? sign + int : `${sign}${int}.${f}`;
}

/** An ISO 8601 date-time (`t="d"` cells) as a 1900-system serial, through the one rule. */
function isoToSerial(v: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?Z?$/.exec(v);
  if (m === null) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Number((m[7] ?? '0').padEnd(3, '0')));
  if (!Number.isFinite(ms)) return undefined;
  // 25569 is 1970-01-01 in the 1900 system (Excel's phantom 1900-02-29 included).
  return excelNumberToDecimal(ms / 86_400_000 + 25569);
}
