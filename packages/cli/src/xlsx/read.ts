/**
 * `readXlsx`: an .xlsx file into the library's Grid, with a small hand-written reader (fflate for
 * inflation, XML scanned by hand). Hostile files are refused with an {@link XlsxError}.
 */
import { excelNumberToDecimal } from 'hoptac';
import type { Grid, GridCell, GridSheet } from 'hoptac/workbook';
import { XlsxError } from './errors.js';
import { shiftFormula } from './formula.js';
import { resolveLimits } from './limits.js';
import type { XlsxLimits } from './limits.js';
import { BUILTIN_NUMFMTS, isDateFormat } from './numfmt.js';
import { openPackage, partRels, readInputBytes, readPart, sweepUncheckedParts } from './package.js';
import type { XlsxPackage } from './package.js';
import { XmlScanner, CLOSE, OPEN, SELF, unescapeX } from './xml.js';

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
 * `inflated-too-large`, `inflate-ratio`, `dtd`, `corrupt`, `missing-part`, `unreadable`). For a
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
  const sstXml = sstRel === undefined ? undefined : readPart(pkg, sstRel.target);
  const sst = sstXml === undefined ? [] : parseSharedStrings(sstXml, sstRel?.target ?? 'sharedStrings.xml');
  const ctx: SheetContext = { formats, sst, date1904: book.date1904, cells: 0, maxCells: limits.maxCells };
  const sheets: GridSheet[] = [];
  for (const sh of book.sheets) {
    const rel = relById.get(sh.rid);
    if (rel === undefined || rel.external) throw new XlsxError('missing-part', { part: `sheet "${sh.name}"` });
    const isWorksheet = rel.type.endsWith('/worksheet');
    if (!isWorksheet) {
      // Chart sheets and dialog sheets hold no cells: they keep their place in tab order.
      sheets.push({ name: sh.name, rows: [], state: sh.state });
      continue;
    }
    const xml = readPart(pkg, rel.target);
    if (xml === undefined) throw new XlsxError('missing-part', { part: rel.target });
    sheets.push(parseSheet(xml, rel.target, sh.name, sh.state, ctx));
  }
  sweepUncheckedParts(pkg as XlsxPackage);
  return { sheets };
}

interface SheetEntry {
  readonly name: string;
  readonly rid: string;
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
      if (name === undefined || rid === undefined) throw new XlsxError('corrupt', { detail: `a sheet without name or id in ${part}`, detailVi: `trang thiếu tên hoặc mã trong ${part}` });
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

/** The shared strings, in order; rich-text runs joined, phonetic runs left out. */
export function parseSharedStrings(xml: string, part: string): string[] {
  const sc = new XmlScanner(xml, part);
  const out: string[] = [];
  while (sc.next()) {
    if (sc.kind === OPEN && sc.name === 'si') out.push(readRichText(sc, 'si'));
    else if (sc.kind === SELF && sc.name === 'si') out.push('');
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

/** 0-based row and column of a cell reference like `AB12`; `undefined` when malformed. */
function parseRef(r: string): { row: number; col: number } | undefined {
  let i = 0;
  let col = 0;
  const n = r.length;
  while (i < n) {
    const c = r.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
    i++;
  }
  let row = 0;
  let digits = 0;
  while (i < n) {
    const c = r.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      row = row * 10 + (c - 48);
      digits++;
    } else if (c !== 36) return undefined;
    i++;
  }
  if (col < 1 || col > 16384 || digits === 0 || digits > 7 || row < 1 || row > 1048576) return undefined;
  return { row: row - 1, col: col - 1 };
}

const badRef = (part: string, ref: string): XlsxError =>
  new XlsxError('corrupt', { detail: `bad cell reference "${ref.slice(0, 20)}" in ${part}`, detailVi: `địa chỉ ô sai "${ref.slice(0, 20)}" trong ${part}` });

/** Parses one worksheet part. */
export function parseSheet(xml: string, part: string, name: string, state: SheetEntry['state'], ctx: SheetContext): GridSheet {
  const sc = new XmlScanner(xml, part);
  const rows: (GridCell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const shared = new Map<string, { text: string; row: number; col: number }>();
  let rowIdx = -1;
  let colIdx = -1;
  let cells: (GridCell | undefined)[] | undefined;
  const { formats, sst } = ctx;
  while (sc.next()) {
    const kind = sc.kind;
    if (kind === CLOSE) continue;
    const tag = sc.name;
    if (tag === 'c') {
      const r = sc.attr('r');
      if (r !== undefined) {
        const ref = parseRef(r);
        if (ref === undefined) throw badRef(part, r);
        if (ref.row !== rowIdx) {
          // A cell outside its row element: trust the reference.
          rowIdx = ref.row;
          cells = rows[rowIdx] ?? (rows[rowIdx] = []);
        }
        colIdx = ref.col;
      } else {
        if (rowIdx < 0) rowIdx = 0;
        colIdx++;
        if (colIdx >= 16384) throw badRef(part, `column ${colIdx + 1}`);
      }
      if (cells === undefined) cells = rows[rowIdx] ?? (rows[rowIdx] = []);
      const t = sc.attr('t');
      const s = sc.attr('s');
      let v: string | undefined;
      let f: string | undefined;
      let inline: string | undefined;
      if (kind === OPEN) {
        while (sc.next()) {
          if (sc.kind === CLOSE) {
            if (sc.name === 'c') break;
            continue;
          }
          const child = sc.name;
          if (child === 'v') v = sc.text();
          else if (child === 'f') {
            const ft = sc.attr('t');
            const si = sc.attr('si');
            const fref = sc.attr('ref');
            const text = sc.text();
            if (ft === 'shared' && si !== undefined) {
              if (text !== '' || fref !== undefined) {
                shared.set(si, { text, row: rowIdx, col: colIdx });
                f = text;
              } else {
                const m = shared.get(si);
                f = m === undefined ? '' : shiftFormula(m.text, rowIdx - m.row, colIdx - m.col);
              }
            } else f = text;
          } else if (child === 'is') {
            inline = sc.kind === SELF ? '' : readRichText(sc, 'is');
          } else if (sc.kind === OPEN) sc.skip();
        }
      }
      const cell = makeCell(t, s, v, f, inline, formats, sst, ctx.date1904, part, rowIdx, colIdx);
      if (cell !== undefined) {
        cells[colIdx] = cell;
        if (++ctx.cells > ctx.maxCells) {
          throw new XlsxError('too-large', { what: 'cells', whatVi: 'số ô', actual: `> ${ctx.maxCells}`, limit: ctx.maxCells });
        }
      }
    } else if (tag === 'row') {
      const r = sc.attr('r');
      if (r !== undefined) {
        const n = Number(r);
        if (!Number.isInteger(n) || n < 1 || n > 1048576) throw badRef(part, `row ${r}`);
        rowIdx = n - 1;
      } else rowIdx++;
      colIdx = -1;
      cells = undefined;
      const hidden = sc.attr('hidden');
      if (hidden === '1' || hidden === 'true') hiddenRows.push(rowIdx);
      if (kind === OPEN) cells = rows[rowIdx] ?? (rows[rowIdx] = []);
    } else if (tag === 'mergeCell') {
      const ref = sc.attr('ref');
      if (ref !== undefined) merges.push(ref.replace(/\$/g, '').toUpperCase());
    }
  }
  // Rows with no cells are left as holes.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row !== undefined && row.length === 0) delete rows[i];
  }
  const sheet: Mutable<GridSheet> = { name, rows, state };
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  if (merges.length > 0) sheet.merges = merges;
  return sheet;
}

/** Builds one cell; `undefined` for an empty cell without a formula. */
function makeCell(
  t: string | undefined,
  s: string | undefined,
  v: string | undefined,
  f: string | undefined,
  inline: string | undefined,
  formats: readonly (string | undefined)[],
  sst: readonly string[],
  date1904: boolean,
  part: string,
  row: number,
  col: number,
): GridCell | undefined {
  const format = s === undefined ? formats[0] ?? 'General' : formats[Number(s)] ?? (s === '0' ? 'General' : undefined);
  const cell: Mutable<GridCell> = { kind: 'empty', value: '' };
  if (t === 's') {
    if (v === undefined || v === '') return withFormula(cell, f, format);
    const idx = Number(v);
    const text = Number.isInteger(idx) ? sst[idx] : undefined;
    if (text === undefined) {
      throw new XlsxError('corrupt', { detail: `missing shared string ${v.slice(0, 12)} at ${part} row ${row + 1} col ${col + 1}`, detailVi: `thiếu chuỗi dùng chung ${v.slice(0, 12)} trong ${part}` });
    }
    cell.kind = 'text';
    cell.value = text;
  } else if (t === 'inlineStr') {
    if (inline === undefined && v === undefined) return withFormula(cell, f, format);
    cell.kind = 'text';
    cell.value = inline ?? unescapeX(v ?? '');
  } else if (t === 'str') {
    if (v === undefined) return withFormula(cell, f, format);
    cell.kind = 'text';
    cell.value = unescapeX(v);
  } else if (t === 'b') {
    if (v === undefined || v === '') return withFormula(cell, f, format);
    cell.kind = 'boolean';
    cell.value = v.trim() === '1' || v.trim().toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
  } else if (t === 'e') {
    if (v === undefined || v === '') return withFormula(cell, f, format);
    cell.kind = 'error';
    cell.value = v.trim();
  } else if (t === 'd') {
    if (v === undefined || v === '') return withFormula(cell, f, format);
    const serial = isoToSerial(v.trim());
    if (serial === undefined) {
      cell.kind = 'text';
      cell.value = v;
    } else {
      cell.kind = 'number';
      cell.value = serial;
    }
  } else {
    if (v === undefined || v === '') return withFormula(cell, f, format);
    const num = numberValue(v);
    if (num === undefined) {
      // Not a number Excel could have written: keep the text so validation can point at it.
      cell.kind = 'text';
      cell.value = v;
    } else {
      cell.kind = 'number';
      cell.value = num;
      if (num !== v) cell.raw = v;
      if (date1904 && format !== undefined && isDateFormat(format)) cell.value = addDays(num, 1462);
    }
  }
  if (format !== undefined) cell.format = format;
  if (f !== undefined) cell.formula = f;
  return cell;
}

function withFormula(cell: Mutable<GridCell>, f: string | undefined, format: string | undefined): GridCell | undefined {
  if (f === undefined) return undefined;
  cell.formula = f;
  cell.noCachedValue = true;
  if (format !== undefined) cell.format = format;
  return cell;
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
