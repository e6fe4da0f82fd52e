/**
 * Opening an .xlsx package safely: the checks that come before any sheet is parsed (file kind,
 * zip caps, macros, content types, DTDs), the package relationships every reader and writer needs
 * (where the workbook, its sheets, styles and shared strings are), and reading a part. This file
 * alone reads parts out of the zip and keeps the book of which parts were checked for a DTD: the
 * reader and the writer ask it for a part ({@link readPart}, {@link readPartBytes},
 * {@link partRels}) and never inflate an entry themselves.
 */
import { cfbKind, isCfb } from './cfb.js';
import { XlsxError } from './errors.js';
import type { XlsxLimits } from './limits.js';
import { XmlScanner, assertNoDtd, decodeXml, OPEN, SELF } from './xml.js';
import { findEntry, inflateEntry, openZip } from './zip.js';
import type { InflateBudget, ZipArchive, ZipEntry } from './zip.js';

/** A relationship of a part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** the target resolved to a package path without a leading `/` (or the raw target when external) */
  readonly target: string;
  readonly external: boolean;
}

/** An opened, checked package. */
export interface XlsxPackage {
  readonly zip: ZipArchive;
  readonly limits: XlsxLimits;
  readonly budget: InflateBudget;
  /** the content type of each part (lower-cased path without `/`) */
  readonly contentTypes: ReadonlyMap<string, string>;
  /** the workbook part's path (`xl/workbook.xml`) */
  readonly workbookPath: string;
  /** parts already checked for a DTD (lower-cased); kept by this file alone */
  readonly checked: ReadonlySet<string>;
}

/** What reading a part needs: the zip, its caps, the inflate budget and the book of checked parts. */
interface PartSource {
  readonly zip: ZipArchive;
  readonly limits: XlsxLimits;
  readonly budget: InflateBudget;
  readonly checked: Set<string>;
}

/** The package as this file sees it: with the book of checked parts open for writing. */
function source(pkg: XlsxPackage): PartSource {
  return pkg as XlsxPackage & PartSource;
}

/**
 * Content types that mean macros: a VBA project, Excel 4 macro sheets, a macro-enabled main part.
 * ActiveX and form controls (`ms-office.activex`, control properties) are not macros: without a VBA
 * project they run nothing, and Excel saves them in plain .xlsx files.
 */
const MACRO_TYPES = ['macroenabled', 'vbaproject', 'macrosheet', 'vnd.ms-office.vba'];

/**
 * Opens the package: refuses non-zip, CFB (legacy or encrypted), zips over the caps, binary and
 * macro-enabled workbooks, and DTDs in any XML part.
 */
export function openPackage(bytes: Uint8Array, limits: XlsxLimits): XlsxPackage {
  if (isCfb(bytes)) throw new XlsxError(cfbKind(bytes));
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError('not-zip');
  const zip = openZip(bytes, limits);
  const budget: InflateBudget = { used: 0 };
  const checked = new Set<string>();
  const src: PartSource = { zip, limits, budget, checked };
  for (const e of zip.entries) {
    const lower = e.name.toLowerCase();
    if (lower.endsWith('vbaproject.bin') || lower.endsWith('vbaprojectsignature.bin')) throw new XlsxError('macro-enabled');
  }
  const ctEntry = findEntry(zip, '[Content_Types].xml');
  if (ctEntry === undefined) throw new XlsxError('missing-part', { part: '[Content_Types].xml' });
  const contentTypes = readContentTypes(zip, readXmlEntry(src, ctEntry), ctEntry.name);
  for (const type of contentTypes.values()) {
    const t = type.toLowerCase();
    if (t.includes('sheet.binary')) throw new XlsxError('unreadable', { detail: 'a binary workbook (.xlsb)', detailVi: 'sổ tính nhị phân (.xlsb)' });
    if (MACRO_TYPES.some((m) => t.includes(m))) throw new XlsxError('macro-enabled');
  }
  const rootRels = readRels(src, '');
  const office = rootRels.find((r) => r.type.endsWith('/officeDocument') && !r.external);
  const workbookPath = office?.target ?? 'xl/workbook.xml';
  if (findEntry(zip, workbookPath) === undefined) throw new XlsxError('missing-part', { part: workbookPath });
  return { zip, limits, budget, contentTypes, workbookPath, checked };
}

/** The content type of each entry: its `Override`, else the `Default` of its extension. */
function readContentTypes(zip: ZipArchive, ctXml: string, part: string): Map<string, string> {
  const contentTypes = new Map<string, string>();
  const defaults = new Map<string, string>();
  const sc = new XmlScanner(ctXml, part);
  while (sc.next()) {
    if (sc.kind !== OPEN && sc.kind !== SELF) continue;
    if (sc.name === 'Default') {
      const ext = sc.attr('Extension');
      const type = sc.attr('ContentType');
      if (ext !== undefined && type !== undefined) defaults.set(ext.toLowerCase(), type);
    } else if (sc.name === 'Override') {
      const part = sc.attr('PartName');
      const type = sc.attr('ContentType');
      if (part !== undefined && type !== undefined) contentTypes.set(stripSlash(safeDecodeUri(part)).toLowerCase(), type);
    }
  }
  for (const e of zip.entries) {
    const key = e.name.toLowerCase();
    if (!contentTypes.has(key)) {
      const dot = key.lastIndexOf('.');
      const t = dot >= 0 ? defaults.get(key.slice(dot + 1)) : undefined;
      if (t !== undefined) contentTypes.set(key, t);
    }
  }
  return contentTypes;
}

/**
 * Checks every XML part not read yet for a DTD (a DTD anywhere in the package is refused, also in
 * parts hoptac does not otherwise read). Binary parts (images) are not inflated.
 */
export function sweepUncheckedParts(pkg: XlsxPackage): void {
  const src = source(pkg);
  for (const e of src.zip.entries) {
    const lower = e.name.toLowerCase();
    if (src.checked.has(lower) || !(lower.endsWith('.xml') || lower.endsWith('.rels') || lower.endsWith('.vml'))) continue;
    assertNoDtdBytes(inflateEntry(src.zip, e, src.limits, src.budget), e.name);
    src.checked.add(lower);
  }
}

/** Checks bytes for `<!` constructs other than comments and CDATA, without decoding (UTF-8). */
function assertNoDtdBytes(b: Uint8Array, part: string): void {
  // UTF-16 parts are rare: decode and check as text.
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    assertNoDtd(decodeXml(b), part);
    return;
  }
  const at = (i: number, text: string): boolean => {
    for (let k = 0; k < text.length; k++) if (b[i + k] !== text.charCodeAt(k)) return false;
    return true;
  };
  const find = (text: string, from: number): number => {
    let i = b.indexOf(text.charCodeAt(0), from);
    while (i >= 0 && !at(i, text)) i = b.indexOf(text.charCodeAt(0), i + 1);
    return i;
  };
  let i = find('<!', 0);
  while (i >= 0) {
    let end: number;
    if (at(i, '<!--')) end = find('-->', i + 4);
    else if (at(i, '<![CDATA[')) end = find(']]>', i + 9);
    else throw new XlsxError('dtd', { part });
    if (end < 0) throw new XlsxError('corrupt', { detail: `unterminated comment in ${part}`, detailVi: `chú thích không đóng trong ${part}` });
    i = find('<!', end + 3);
  }
}

function stripSlash(p: string): string {
  return p.startsWith('/') ? p.slice(1) : p;
}
function safeDecodeUri(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** Inflates, decodes and DTD-checks one XML entry. */
function readXmlEntry(src: PartSource, entry: ZipEntry, checkDtd = true): string {
  const s = decodeXml(inflateEntry(src.zip, entry, src.limits, src.budget));
  if (checkDtd) assertNoDtd(s, entry.name);
  src.checked.add(entry.name.toLowerCase());
  return s;
}

/**
 * Reads the XML part at `path`; `undefined` when absent. `checkDtd: false` only for callers whose
 * scanner refuses `<!DOCTYPE` itself.
 */
export function readPart(pkg: XlsxPackage, path: string, checkDtd = true): string | undefined {
  const e = findEntry(pkg.zip, path);
  return e === undefined ? undefined : readXmlEntry(source(pkg), e, checkDtd);
}

/**
 * The inflated bytes of the part at `path` (and its name as the zip spells it), for a caller that scans them in pieces and refuses a
 * DTD itself (the sheet and shared-string scanners); `undefined` when absent. The part counts as
 * checked.
 */
export function readPartBytes(pkg: XlsxPackage, path: string): { readonly name: string; readonly bytes: Uint8Array } | undefined {
  const src = source(pkg);
  const e = findEntry(src.zip, path);
  if (e === undefined) return undefined;
  src.checked.add(e.name.toLowerCase());
  return { name: e.name, bytes: inflateEntry(src.zip, e, src.limits, src.budget) };
}

/** True when the package holds a part at `path` (zip names compare without case). */
export function hasPart(pkg: XlsxPackage, path: string): boolean {
  return findEntry(pkg.zip, path) !== undefined;
}

/** The `_rels` part path of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the directory of its source part. */
export function resolveTarget(sourcePath: string, target: string): string {
  const t = safeDecodeUri(target);
  if (t.startsWith('/')) return normalizePath(t.slice(1));
  const slash = sourcePath.lastIndexOf('/');
  return normalizePath(sourcePath.slice(0, slash + 1) + t);
}

function normalizePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** Parses the relationships of the part at `sourcePath` (`''` for the package root). */
function readRels(src: PartSource, sourcePath: string): Relationship[] {
  const path = sourcePath === '' ? '_rels/.rels' : relsPath(sourcePath);
  const entry = findEntry(src.zip, path);
  if (entry === undefined) return [];
  return parseRels(readXmlEntry(src, entry), sourcePath, path);
}

/** The relationships of a part of an opened package. */
export function partRels(pkg: XlsxPackage, sourcePath: string): Relationship[] {
  return readRels(source(pkg), sourcePath);
}

/** Parses relationships XML. */
export function parseRels(xml: string, sourcePath: string, partName: string): Relationship[] {
  const rels: Relationship[] = [];
  const sc = new XmlScanner(xml, partName);
  while (sc.next()) {
    if ((sc.kind === OPEN || sc.kind === SELF) && sc.name === 'Relationship') {
      const id = sc.attr('Id');
      const type = sc.attr('Type');
      const target = sc.attr('Target');
      if (id === undefined || type === undefined || target === undefined) continue;
      const external = sc.attr('TargetMode') === 'External';
      rels.push({ id, type, target: external ? target : resolveTarget(sourcePath === '' ? '' : sourcePath, target), external });
    }
  }
  return rels;
}
