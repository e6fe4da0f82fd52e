/**
 * Writing output sheets into a copy of the input workbook. Every part of the input package is
 * copied byte for byte (its compressed bytes, so its content cannot change), except the few parts
 * a new sheet must be registered in: `[Content_Types].xml`, the workbook part, its relationships
 * and the styles (cell formats are appended, never renumbered). The file is written to a temporary
 * file beside the output, synced, then renamed.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isDecimal } from 'hoptac';
import { columnName, fitCellText, fitsExcelNumber, parseA1 } from 'hoptac/workbook';
import type { OutputCell, OutputSheet } from 'hoptac/workbook';
import { writeFileAtomically } from './atomic.js';
import type { AtomicHooks } from './atomic.js';
import { XlsxError } from './errors.js';
import { resolveLimits } from './limits.js';
import type { XlsxLimits } from './limits.js';
import { BUILTIN_NUMFMTS } from './numfmt.js';
import { openPackage, partRels, readInputBytes, readPart } from './package.js';
import type { XlsxPackage } from './package.js';
import { XmlScanner, CLOSE, OPEN, SELF, escapeAttr, escapeText } from './xml.js';
import { buildZip, findEntry, openZip } from './zip.js';
import type { ZipOut } from './zip.js';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE_WORKSHEET = `${NS_REL}/worksheet`;
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Writes `outputPath`: the workbook at `inputPath` with `sheets` added (or, where the input already
 * has sheets of those names, e.g. from an earlier run, with those sheets' content replaced). Every
 * other part is copied byte for byte. Text is written as text (never as a formula), numbers as
 * numbers when Excel can hold them (`fitsExcelNumber`), otherwise as text. The input is never
 * opened for writing; the output is written to a temporary file in its folder, synced and renamed.
 *
 * Throws an {@link XlsxError}: the reader's refusals for the input, `same-file` when the output is
 * the input, `invalid-output` for an unusable sheet description, `write-failed` when the output
 * cannot be written.
 *
 * @example
 * ```ts
 * import { writeXlsxWithSheets } from './xlsx/index.js';
 * await writeXlsxWithSheets('shared.xlsx', 'shared-2017-12.xlsx', [summarySheet, findingsSheet]);
 * ```
 */
export async function writeXlsxWithSheets(inputPath: string, outputPath: string, sheets: readonly OutputSheet[], options: WriteOptions = {}): Promise<void> {
  checkSheets(sheets);
  await refuseSameFile(inputPath, outputPath);
  const lim = resolveLimits(options.limits);
  const bytes = options.inputBytes ?? (await readInputBytes(inputPath, lim));
  const pkg = openPackage(bytes, lim);
  const items = addSheets(pkg, sheets);
  await writeAtomically(outputPath, buildZip(items), items.length, options.hooks);
}

/** Options of {@link writeXlsxWithSheets}. */
export interface WriteOptions {
  readonly limits?: Partial<XlsxLimits>;
  /**
   * the input's bytes, as read once for the analysis: the output is copied from exactly the bytes
   * that were analysed, never from a second read of a file that may have changed meanwhile
   */
  readonly inputBytes?: Uint8Array;
  /** test hooks of the atomic write */
  readonly hooks?: AtomicHooks;
}

/**
 * Writes a new workbook made only of `sheets` (at least one), atomically like
 * {@link writeXlsxWithSheets}.
 *
 * @example
 * ```ts
 * await writeNewXlsx('report.xlsx', [summarySheet]);
 * ```
 */
export async function writeNewXlsx(outputPath: string, sheets: readonly OutputSheet[]): Promise<void> {
  if (sheets.length === 0) throw new XlsxError('invalid-output', { detail: 'no sheets to write', detailVi: 'không có trang nào để ghi' });
  checkSheets(sheets);
  const pkg = openPackage(emptyPackage(), resolveLimits(undefined));
  const items = addSheets(pkg, sheets);
  await writeAtomically(outputPath, buildZip(items), items.length);
}

// ---------------------------------------------------------------------------------------------
// Validation and files

const invalid = (detail: string, detailVi: string): XlsxError => new XlsxError('invalid-output', { detail, detailVi });

/** Excel's rules for a sheet name. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31) throw invalid(`sheet name "${name}" must have 1 to 31 characters`, `tên trang "${name}" phải có 1 đến 31 ký tự`);
  // eslint-disable-next-line no-control-regex
  if (/[[\]:*?/\\\u0000-\u001f]/.test(name)) throw invalid(`sheet name "${name}" has a character Excel forbids`, `tên trang "${name}" có ký tự Excel không cho phép`);
  if (name.startsWith("'") || name.endsWith("'")) throw invalid(`sheet name "${name}" starts or ends with an apostrophe`, `tên trang "${name}" bắt đầu hoặc kết thúc bằng dấu nháy`);
  if (name.toLowerCase() === 'history') throw invalid('"History" is reserved by Excel', '"History" là tên Excel dành riêng');
}

function sheetKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

function checkSheets(sheets: readonly OutputSheet[]): void {
  const seen = new Set<string>();
  for (const s of sheets) {
    checkSheetName(s.name);
    const k = sheetKey(s.name);
    if (seen.has(k)) throw invalid(`sheet "${s.name}" given twice`, `trang "${s.name}" được đưa hai lần`);
    seen.add(k);
    for (const m of s.merges ?? []) if (parseRange(m) === undefined) throw invalid(`bad merged range "${m}"`, `vùng gộp sai "${m}"`);
  }
}

function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const [a, b, extra] = ref.split(':');
  if (a === undefined || extra !== undefined) return undefined;
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  if (p === undefined || q === undefined) return undefined;
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}

async function refuseSameFile(inputPath: string, outputPath: string): Promise<void> {
  const inAbs = resolve(inputPath);
  const outAbs = resolve(outputPath);
  const same = (): XlsxError => new XlsxError('same-file', { path: outputPath });
  if (inAbs === outAbs) throw same();
  let inReal = inAbs;
  try {
    inReal = await realpath(inAbs);
  } catch {
    /* the reader reports a missing input */
  }
  try {
    const outReal = join(await realpath(dirname(outAbs)), basename(outAbs));
    if (outReal === inReal) throw same();
    const [a, b] = await Promise.all([stat(inReal), stat(outReal)]);
    if (a.dev === b.dev && a.ino === b.ino) throw same();
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    /* the output does not exist yet, or its folder is missing (reported when writing) */
  }
}

/**
 * Writes the zip whole or not at all (atomic.ts): before the rename, the temporary file's central
 * directory must read back with every entry.
 */
async function writeAtomically(outputPath: string, chunks: readonly Uint8Array[], entries: number, hooks?: AtomicHooks): Promise<void> {
  await writeFileAtomically(
    outputPath,
    chunks,
    (back) => {
      let zip;
      try {
        zip = openZip(back, { ...resolveLimits(undefined), maxFileBytes: Number.MAX_SAFE_INTEGER, maxEntries: Number.MAX_SAFE_INTEGER });
      } catch (e) {
        throw new XlsxError('write-failed', { path: outputPath, detail: `the written file does not read back as a zip (${e instanceof Error ? e.message : String(e)})`, detailVi: 'tệp đã ghi không đọc lại được dưới dạng zip' });
      }
      if (zip.entries.length !== entries) throw new XlsxError('write-failed', { path: outputPath, detail: `the written zip holds ${zip.entries.length} of ${entries} parts`, detailVi: `zip đã ghi chỉ có ${zip.entries.length} trên ${entries} thành phần` });
    },
    hooks,
    outputPath,
  );
}

// ---------------------------------------------------------------------------------------------
// The package edit

interface Edit {
  readonly at: number;
  readonly del: number;
  readonly ins: string;
}

function applyEdits(s: string, edits: Edit[]): string {
  edits.sort((a, b) => b.at - a.at);
  let out = s;
  for (const e of edits) out = out.slice(0, e.at) + e.ins + out.slice(e.at + e.del);
  return out;
}

function setCount(tag: string, count: number): string {
  if (/\bcount=(["'])\d*\1/.test(tag)) return tag.replace(/\bcount=(["'])\d*\1/, `count="${count}"`);
  return tag.replace(/(\/?>)$/, ` count="${count}"$1`);
}

const enc = new TextEncoder();

/**
 * A part's XML as UTF-8 bytes with a declaration that says so: a part read from a UTF-16 input is
 * written back as UTF-8, and its `encoding="UTF-16"` would no longer be true.
 */
export function utf8Part(xml: string): Uint8Array {
  let s = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const m = /^<\?xml\s[^?]*\?>/.exec(s);
  if (m !== null) s = m[0].replace(/\sencoding\s*=\s*(["'])[^"']*\1/, ' encoding="UTF-8"') + s.slice(m[0].length);
  return enc.encode(s);
}

/** The package's entries with `sheets` added or replaced, ready for the zip writer. */
export function addSheets(pkg: XlsxPackage, sheets: readonly OutputSheet[]): ZipOut[] {
  const wbPath = pkg.workbookPath;
  const wbDir = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const wbXml = readPart(pkg, wbPath);
  if (wbXml === undefined) throw new XlsxError('missing-part', { part: wbPath });
  const rels = partRels(pkg, wbPath);
  const relsPartPath = `${wbDir}_rels/${wbPath.slice(wbDir.length)}.rels`;
  const relsXml = readPart(pkg, relsPartPath) ?? `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ctXml = readPart(pkg, '[Content_Types].xml');
  if (ctXml === undefined) throw new XlsxError('missing-part', { part: '[Content_Types].xml' });

  // Existing sheets, their ids and where their list ends.
  const wb = new XmlScanner(wbXml, wbPath);
  const existing = new Map<string, { rid: string; start: number; end: number; name: string }>();
  let maxSheetId = 0;
  let sheetsClose = -1;
  let sheetsSelf: { start: number; end: number; qname: string } | undefined;
  let sheetQname = 'sheet';
  while (wb.next()) {
    if (wb.name === 'sheet' && wb.kind !== CLOSE) {
      const name = wb.attr('name') ?? '';
      existing.set(sheetKey(name), { rid: wb.attr('id') ?? '', start: wb.start, end: wb.pos, name });
      maxSheetId = Math.max(maxSheetId, Number(wb.attr('sheetId') ?? 0) || 0);
      sheetQname = wb.qname();
    } else if (wb.name === 'sheets') {
      if (wb.kind === CLOSE) sheetsClose = wb.start;
      else if (wb.kind === SELF) sheetsSelf = { start: wb.start, end: wb.pos, qname: wb.qname() };
      else if (existing.size === 0) sheetQname = wb.qname().replace(/sheets$/, 'sheet');
    }
  }
  if (sheetsClose < 0 && sheetsSelf === undefined) throw new XlsxError('corrupt', { detail: `no <sheets> in ${wbPath}`, detailVi: `không có <sheets> trong ${wbPath}` });
  const relPrefixMatch = /xmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(wbXml);
  const relAttr = relPrefixMatch !== null ? `${relPrefixMatch[1]}:id` : `xmlns:r="${NS_REL}" r:id`;

  const relById = new Map(rels.map((r) => [r.id, r]));
  let maxRid = 0;
  for (const r of rels) {
    const m = /^rId(\d+)$/.exec(r.id);
    if (m !== null) maxRid = Math.max(maxRid, Number(m[1]));
  }
  const usedRids = new Set(rels.map((r) => r.id));
  const newRid = (): string => {
    let id: string;
    do id = `rId${++maxRid}`;
    while (usedRids.has(id));
    usedRids.add(id);
    return id;
  };
  let partN = 0;
  const usedParts = new Set(pkg.zip.entries.map((e) => e.name.toLowerCase()));
  const newPartPath = (): string => {
    let p: string;
    do p = `${wbDir}worksheets/sheet${++partN}.xml`;
    while (usedParts.has(p.toLowerCase()));
    usedParts.add(p.toLowerCase());
    return p;
  };

  // Styles: append the formats the sheets need.
  const stylesRel = rels.find((r) => r.type.endsWith('/styles') && !r.external);
  const styles = new StyleBook(stylesRel === undefined ? undefined : readPart(pkg, stylesRel.target), stylesRel?.target ?? `${wbDir}styles.xml`);

  const replaced = new Map<string, Uint8Array>();
  const added: { path: string; data: Uint8Array }[] = [];
  const wbEdits: Edit[] = [];
  const newSheetEls: string[] = [];
  const newRels: string[] = [];
  const newOverrides: string[] = [];
  let dropCalcChain = false;
  for (const sheet of sheets) {
    const xml = utf8Part(sheetXml(sheet, styles));
    const old = existing.get(sheetKey(sheet.name));
    if (old !== undefined) {
      const rel = relById.get(old.rid);
      if (rel === undefined || rel.external || findEntry(pkg.zip, rel.target) === undefined) throw new XlsxError('missing-part', { part: `sheet "${old.name}"` });
      if (!rel.type.endsWith('/worksheet')) throw invalid(`"${old.name}" exists and is not a worksheet`, `"${old.name}" đã có và không phải trang tính`);
      const before = readPart(pkg, rel.target) ?? '';
      if (/<(\w+:)?f[\s>/]/.test(before)) dropCalcChain = true;
      replaced.set(rel.target.toLowerCase(), xml);
      if (old.name !== sheet.name) {
        const tag = wbXml.slice(old.start, old.end);
        wbEdits.push({ at: old.start, del: old.end - old.start, ins: tag.replace(/\bname="[^"]*"/, `name="${escapeAttr(sheet.name)}"`) });
      }
      continue;
    }
    const rid = newRid();
    const path = newPartPath();
    added.push({ path, data: xml });
    newSheetEls.push(`<${sheetQname} name="${escapeAttr(sheet.name)}" sheetId="${++maxSheetId}" ${relAttr}="${rid}"/>`);
    newRels.push(`<Relationship Id="${rid}" Type="${TYPE_WORKSHEET}" Target="${escapeAttr(path.slice(wbDir.length))}"/>`);
    newOverrides.push(`<Override PartName="/${escapeAttr(path)}" ContentType="${CT_WORKSHEET}"/>`);
  }
  if (newSheetEls.length > 0) {
    if (sheetsSelf !== undefined) {
      const q = sheetsSelf.qname;
      wbEdits.push({ at: sheetsSelf.start, del: sheetsSelf.end - sheetsSelf.start, ins: `<${q}>${newSheetEls.join('')}</${q}>` });
    } else wbEdits.push({ at: sheetsClose, del: 0, ins: newSheetEls.join('') });
  }

  const modified = new Map<string, Uint8Array>(replaced);
  // Styles: a missing styles part is created and registered.
  const stylesOut = styles.result();
  const stylesPath = stylesRel?.target ?? `${wbDir}styles.xml`;
  if (stylesOut !== undefined) {
    modified.set(stylesPath.toLowerCase(), utf8Part(stylesOut));
    if (stylesRel === undefined) {
      usedParts.add(stylesPath.toLowerCase());
      added.push({ path: stylesPath, data: utf8Part(stylesOut) });
      modified.delete(stylesPath.toLowerCase());
      newRels.push(`<Relationship Id="${newRid()}" Type="${NS_REL}/styles" Target="styles.xml"/>`);
      newOverrides.push(`<Override PartName="/${escapeAttr(stylesPath)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`);
    }
  }
  // A replaced sheet that had formulas may be named by the calculation chain: drop the chain
  // (Excel rebuilds it) rather than leave it pointing at cells that no longer hold formulas.
  const calcRel = dropCalcChain ? rels.find((r) => r.type.endsWith('/calcChain') && !r.external) : undefined;
  const removed = new Set<string>();
  const relEdits: Edit[] = [];
  const ctEdits: Edit[] = [];
  if (calcRel !== undefined) {
    removed.add(calcRel.target.toLowerCase());
    const rs = new XmlScanner(relsXml, relsPartPath);
    while (rs.next()) if (rs.name === 'Relationship' && rs.kind !== CLOSE && rs.attr('Id') === calcRel.id) relEdits.push({ at: rs.start, del: rs.pos - rs.start, ins: '' });
    const cs = new XmlScanner(ctXml, '[Content_Types].xml');
    while (cs.next()) {
      if (cs.name === 'Override' && cs.kind !== CLOSE && (cs.attr('PartName') ?? '').replace(/^\//, '').toLowerCase() === calcRel.target.toLowerCase()) {
        ctEdits.push({ at: cs.start, del: cs.pos - cs.start, ins: '' });
      }
    }
  }
  if (wbEdits.length > 0) modified.set(wbPath.toLowerCase(), utf8Part(applyEdits(wbXml, wbEdits)));
  if (newRels.length > 0 || relEdits.length > 0) {
    const close = relsXml.lastIndexOf('</');
    relEdits.push({ at: close < 0 ? relsXml.length : close, del: 0, ins: newRels.join('') });
    const out = applyEdits(relsXml, relEdits);
    if (findEntry(pkg.zip, relsPartPath) === undefined) added.push({ path: relsPartPath, data: utf8Part(out) });
    else modified.set(relsPartPath.toLowerCase(), utf8Part(out));
  }
  if (newOverrides.length > 0 || ctEdits.length > 0) {
    const close = ctXml.lastIndexOf('</');
    ctEdits.push({ at: close, del: 0, ins: newOverrides.join('') });
    modified.set('[content_types].xml', utf8Part(applyEdits(ctXml, ctEdits)));
  }

  const items: ZipOut[] = [];
  for (const e of pkg.zip.entries) {
    const key = e.name.toLowerCase();
    if (removed.has(key)) continue;
    const data = modified.get(key);
    items.push(data !== undefined ? { name: e.name, data } : { name: e.name, copyFrom: pkg.zip, entry: e });
  }
  for (const a of added) items.push({ name: a.path, data: a.data });
  return items;
}

// ---------------------------------------------------------------------------------------------
// Styles

const BUILTIN_BY_CODE = new Map<string, number>([...BUILTIN_NUMFMTS].map(([id, code]) => [code, id]));

/** The styles part with cell formats appended on demand (existing indexes never change). */
class StyleBook {
  private readonly xml: string;
  private readonly part: string;
  private readonly created: boolean;
  private readonly numFmts = new Map<string, number>();
  private maxNumFmtId = 163;
  private readonly fonts: string[] = [];
  private readonly xfs: string[] = [];
  private readonly newNumFmts: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly cache = new Map<string, number>();
  private boldFontId: number | undefined;
  private numFmtsOpen: { start: number; end: number; self: boolean } | undefined;
  private numFmtsClose = -1;
  private fontsOpen: { start: number; end: number } | undefined;
  private fontsClose = -1;
  private xfsOpen: { start: number; end: number } | undefined;
  private xfsClose = -1;
  private styleSheetOpenEnd = -1;
  /** the prefix the styles part uses for its elements (`x:`), usually none */
  private ns = '';

  constructor(xml: string | undefined, part: string) {
    this.part = part;
    this.created = xml === undefined;
    this.xml = xml ?? MINIMAL_STYLES;
    const sc = new XmlScanner(this.xml, part);
    let where: 'fonts' | 'cellXfs' | '' = '';
    let fontStart = -1;
    let depth = 0;
    while (sc.next()) {
      const n = sc.name;
      if (n === 'styleSheet' && sc.kind === OPEN) {
        this.styleSheetOpenEnd = sc.pos;
        const q = sc.qname();
        this.ns = q.includes(':') ? q.slice(0, q.indexOf(':') + 1) : '';
      }
      else if (n === 'numFmts') {
        if (sc.kind === CLOSE) this.numFmtsClose = sc.start;
        else this.numFmtsOpen = { start: sc.start, end: sc.pos, self: sc.kind === SELF };
      } else if (n === 'numFmt' && sc.kind !== CLOSE) {
        const id = Number(sc.attr('numFmtId'));
        const code = sc.attr('formatCode');
        if (Number.isInteger(id)) {
          this.maxNumFmtId = Math.max(this.maxNumFmtId, id);
          if (code !== undefined && !this.numFmts.has(code)) this.numFmts.set(code, id);
        }
      } else if (n === 'fonts') {
        if (sc.kind === CLOSE) {
          this.fontsClose = sc.start;
          where = '';
        } else if (sc.kind === OPEN) {
          this.fontsOpen = { start: sc.start, end: sc.pos };
          where = 'fonts';
        }
      } else if (n === 'cellXfs') {
        if (sc.kind === CLOSE) {
          this.xfsClose = sc.start;
          where = '';
        } else if (sc.kind === OPEN) {
          this.xfsOpen = { start: sc.start, end: sc.pos };
          where = 'cellXfs';
        }
      } else if (where === 'fonts' && n === 'font') {
        if (sc.kind === SELF) this.fonts.push(this.xml.slice(sc.start, sc.pos));
        else if (sc.kind === OPEN) {
          if (depth === 0) fontStart = sc.start;
          depth++;
        } else if (--depth === 0) this.fonts.push(this.xml.slice(fontStart, sc.pos));
      } else if (where === 'cellXfs' && n === 'xf') {
        if (sc.kind === SELF) this.xfs.push(this.xml.slice(sc.start, sc.pos));
        else if (sc.kind === OPEN) {
          const s0 = sc.start;
          sc.skip();
          this.xfs.push(this.xml.slice(s0, sc.pos));
        }
      }
    }
    if (this.fontsOpen === undefined || this.xfsOpen === undefined || this.fontsClose < 0 || this.xfsClose < 0 || this.fonts.length === 0 || this.styleSheetOpenEnd < 0) {
      throw new XlsxError('corrupt', { detail: `${part} lacks fonts or cell formats`, detailVi: `${part} thiếu phông chữ hoặc định dạng ô` });
    }
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined || code === 'General') return 0;
    const b = BUILTIN_BY_CODE.get(code);
    if (b !== undefined) return b;
    const have = this.numFmts.get(code);
    if (have !== undefined) return have;
    const id = ++this.maxNumFmtId;
    this.numFmts.set(code, id);
    this.newNumFmts.push(`<${this.ns}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private boldFont(): number {
    if (this.boldFontId !== undefined) return this.boldFontId;
    const base = this.fonts[0]!;
    let bold: string;
    const b = `<${this.ns}b/>`;
    if (/<(\w+:)?b(\s[^>]*)?\/>/.test(base)) bold = base;
    else if (base.endsWith('/>')) bold = `${base.slice(0, -2)}>${b}</${/^<([\w:]+)/.exec(base)?.[1] ?? 'font'}>`;
    else bold = base.replace(/^(<[^>]*>)/, `$1${b}`);
    let id = [...this.fonts, ...this.newFonts].indexOf(bold);
    if (id < 0) {
      id = this.fonts.length + this.newFonts.length;
      this.newFonts.push(bold);
    }
    this.boldFontId = id;
    return id;
  }

  /** The cellXfs index for bold and/or a number format; 0 for neither. */
  index(bold: boolean, format: string | undefined): number {
    const key = `${bold ? 1 : 0}|${format ?? ''}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const numFmtId = this.numFmtId(format);
    if (!bold && numFmtId === 0) {
      this.cache.set(key, 0);
      return 0;
    }
    const fontId = bold ? this.boldFont() : 0;
    const xf = `<${this.ns}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId !== 0 ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}/>`;
    let id = [...this.xfs, ...this.newXfs].indexOf(xf);
    if (id < 0) {
      id = this.xfs.length + this.newXfs.length;
      this.newXfs.push(xf);
    }
    this.cache.set(key, id);
    return id;
  }

  /** The new styles XML, or `undefined` when nothing was added (and the part existed). */
  result(): string | undefined {
    if (this.newNumFmts.length === 0 && this.newFonts.length === 0 && this.newXfs.length === 0 && !this.created) return undefined;
    const x = this.xml;
    const edits: Edit[] = [];
    if (this.newXfs.length > 0) {
      edits.push({ at: this.xfsClose, del: 0, ins: this.newXfs.join('') });
      const o = this.xfsOpen!;
      edits.push({ at: o.start, del: o.end - o.start, ins: setCount(x.slice(o.start, o.end), this.xfs.length + this.newXfs.length) });
    }
    if (this.newFonts.length > 0) {
      edits.push({ at: this.fontsClose, del: 0, ins: this.newFonts.join('') });
      const o = this.fontsOpen!;
      edits.push({ at: o.start, del: o.end - o.start, ins: setCount(x.slice(o.start, o.end), this.fonts.length + this.newFonts.length) });
    }
    if (this.newNumFmts.length > 0) {
      const o = this.numFmtsOpen;
      const total = this.numFmts.size;
      if (o === undefined) {
        edits.push({ at: this.styleSheetOpenEnd, del: 0, ins: `<${this.ns}numFmts count="${this.newNumFmts.length}">${this.newNumFmts.join('')}</${this.ns}numFmts>` });
      } else if (o.self) {
        edits.push({ at: o.start, del: o.end - o.start, ins: `<${this.ns}numFmts count="${this.newNumFmts.length}">${this.newNumFmts.join('')}</${this.ns}numFmts>` });
      } else {
        edits.push({ at: this.numFmtsClose, del: 0, ins: this.newNumFmts.join('') });
        edits.push({ at: o.start, del: o.end - o.start, ins: setCount(x.slice(o.start, o.end), total) });
      }
    }
    return applyEdits(x, edits);
  }
}

const MINIMAL_STYLES =
  `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

// ---------------------------------------------------------------------------------------------
// Sheet XML


/**
 * Cell text for XML: Excel's `_xHHHH_` escapes for characters XML 1.0 cannot hold (and for a
 * literal `_xHHHH_`, whose underscore becomes `_x005F_`), then the XML escapes.
 */
export function cellText(t: string): string {
  // eslint-disable-next-line no-control-regex
  const x = t.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g, (c) => (c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
  return escapeText(x);
}

/** Quotes a sheet name for a reference: `'It''s'!A1`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function numberFits(value: string): boolean {
  if (!isDecimal(value) || !fitsExcelNumber(value)) return false;
  // Doubles stop near 1.8e308: more integer digits than that cannot be a number.
  const int = value.replace(/^-/, '').split('.')[0] ?? '';
  return int.length <= 300;
}

function sheetXml(sheet: OutputSheet, styles: StyleBook): string {
  const parts: string[] = [`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`];
  const fr = sheet.freeze;
  if (fr !== undefined && (fr.rows > 0 || fr.cols > 0)) {
    const rows = Math.max(0, Math.floor(fr.rows));
    const cols = Math.max(0, Math.floor(fr.cols));
    const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    const tl = `${columnName(cols)}${rows + 1}`;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${tl}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`,
    );
  } else parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = sheet.columnWidths ?? [];
  const cols: string[] = [];
  widths.forEach((w, i) => {
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) cols.push(`<col min="${i + 1}" max="${i + 1}" width="${Math.min(255, w)}" customWidth="1"/>`);
  });
  if (cols.length > 0) parts.push(`<cols>${cols.join('')}</cols>`);
  parts.push('<sheetData>');
  const links: string[] = [];
  sheet.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((cell: OutputCell, c) => {
      if (cell === undefined) return;
      const ref = `${columnName(c)}${r + 1}`;
      if (cell.kind === 'number' && numberFits(cell.value)) {
        const s = styles.index(cell.bold === true, cell.format);
        cells.push(`<c r="${ref}"${s !== 0 ? ` s="${s}"` : ''}><v>${cell.value}</v></c>`);
        return;
      }
      // No cell may hold more than Excel's 32,767 characters: a longer text is cut, with a mark.
      const text = fitCellText(cell.value);
      const s = styles.index(cell.bold === true, undefined);
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      cells.push(`<c r="${ref}"${s !== 0 ? ` s="${s}"` : ''} t="inlineStr"><is><t${space}>${cellText(text)}</t></is></c>`);
      if (cell.kind === 'text' && cell.link !== undefined) {
        const target = cell.link.cell !== undefined && parseA1(cell.link.cell) !== undefined ? cell.link.cell.replace(/\$/g, '').toUpperCase() : 'A1';
        links.push(`<hyperlink ref="${ref}" location="${escapeAttr(`${quoteSheet(cell.link.sheet)}!${target}`)}" display="${escapeAttr(text.slice(0, 255))}"/>`);
      }
    });
    if (cells.length > 0) parts.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  parts.push('</sheetData>');
  const merges = sheet.merges ?? [];
  if (merges.length > 0) parts.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m.replace(/\$/g, '').toUpperCase()}"/>`).join('')}</mergeCells>`);
  if (links.length > 0) parts.push(`<hyperlinks>${links.join('')}</hyperlinks>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// A new, empty package

function emptyPackage(): Uint8Array {
  const files: ZipOut[] = [
    {
      name: '[Content_Types].xml',
      data: enc.encode(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: enc.encode(`${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    { name: 'xl/workbook.xml', data: enc.encode(`${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets/></workbook>`) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: enc.encode(`${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`),
    },
    { name: 'xl/styles.xml', data: enc.encode(MINIMAL_STYLES) },
  ];
  const chunks = buildZip(files);
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  // Round-trip through the zip reader so the same edit path serves both writers.
  openZip(out, resolveLimits(undefined));
  return out;
}
