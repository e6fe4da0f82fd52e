/**
 * The package edit: an opened package's entries with output sheets added (or an earlier run's
 * sheets of the same names replaced). Every other part is copied by its compressed bytes; only the
 * parts a new sheet must be registered in change: `[Content_Types].xml`, the workbook part, its
 * relationships and the styles (cell formats appended, never renumbered). A replaced sheet that had
 * formulas takes the calculation chain with it (Excel rebuilds it).
 */
import type { OutputSheet } from 'hoptac/workbook';
import { XlsxError } from './errors.js';
import { resolveLimits } from './limits.js';
import { hasPart, openPackage, partRels, readPart } from './package.js';
import type { Relationship, XlsxPackage } from './package.js';
import { printTitleEdits } from './print-titles.js';
import { printTitlesRef, sheetXml } from './sheet-xml.js';
import { MINIMAL_STYLES, StyleBook } from './style-book.js';
import { invalid, sheetKey } from './write-checks.js';
import { applyEdits, utf8Part } from './xml-edit.js';
import type { Edit } from './xml-edit.js';
import { CT_STYLES, CT_WORKSHEET, NS_MAIN, NS_PKG_REL, NS_REL, TYPE_WORKSHEET, XML_HEAD } from './xml-names.js';
import { XmlScanner, CLOSE, SELF, escapeAttr } from './xml.js';
import { buildZip, openZip } from './zip.js';
import type { ZipOut } from './zip.js';

/** The package's entries with `sheets` added or replaced, ready for the zip writer. */
export function addSheets(pkg: XlsxPackage, sheets: readonly OutputSheet[]): ZipOut[] {
  const edit = new PackageEdit(pkg);
  for (const sheet of sheets) edit.putSheet(sheet);
  return edit.entries();
}

/** A `<sheet>` of workbook.xml: its relationship id, where its tag is, and its name. */
interface ListedSheet {
  /** 0-based place in `<sheets>` */
  readonly index: number;
  readonly rid: string;
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** What workbook.xml's `<sheets>` holds and where new `<sheet>` elements go. */
interface SheetList {
  readonly existing: Map<string, ListedSheet>;
  maxSheetId: number;
  /** where `</sheets>` starts; -1 when the list is an empty tag */
  readonly close: number;
  readonly selfClosed: { readonly start: number; readonly end: number; readonly qname: string } | undefined;
  /** the qualified name new `<sheet>` elements take, and the attribute naming their relationship */
  readonly sheetQname: string;
  readonly relAttr: string;
}

/** Reads workbook.xml's sheet list. */
function readSheetList(wbXml: string, wbPath: string): SheetList {
  const wb = new XmlScanner(wbXml, wbPath);
  const existing = new Map<string, ListedSheet>();
  let maxSheetId = 0;
  let close = -1;
  let selfClosed: SheetList['selfClosed'];
  let sheetQname = 'sheet';
  while (wb.next()) {
    if (wb.name === 'sheet' && wb.kind !== CLOSE) {
      const name = wb.attr('name') ?? '';
      existing.set(sheetKey(name), { index: existing.size, rid: wb.attr('id') ?? '', start: wb.start, end: wb.pos, name });
      maxSheetId = Math.max(maxSheetId, Number(wb.attr('sheetId') ?? 0) || 0);
      sheetQname = wb.qname();
    } else if (wb.name === 'sheets') {
      if (wb.kind === CLOSE) close = wb.start;
      else if (wb.kind === SELF) selfClosed = { start: wb.start, end: wb.pos, qname: wb.qname() };
      else if (existing.size === 0) sheetQname = wb.qname().replace(/sheets$/, 'sheet');
    }
  }
  if (close < 0 && selfClosed === undefined) throw new XlsxError('corrupt', { detail: `no <sheets> in ${wbPath}`, detailVi: `không có <sheets> trong ${wbPath}` });
  const relPrefixMatch = /xmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(wbXml);
  const relAttr = relPrefixMatch !== null ? `${relPrefixMatch[1]}:id` : `xmlns:r="${NS_REL}" r:id`;
  return { existing, maxSheetId, close, selfClosed, sheetQname, relAttr };
}

/** One edit of a package: the parts read once, the sheets put one by one, then the entries. */
class PackageEdit {
  private readonly wbPath: string;
  private readonly wbDir: string;
  private readonly wbXml: string;
  private readonly rels: Relationship[];
  private readonly relById: Map<string, Relationship>;
  private readonly relsPartPath: string;
  private readonly relsXml: string;
  private readonly ctXml: string;
  private readonly list: SheetList;
  private readonly stylesRel: Relationship | undefined;
  private readonly styles: StyleBook;
  private readonly usedRids: Set<string>;
  private readonly usedParts: Set<string>;
  private maxRid = 0;
  private partN = 0;
  private dropCalcChain = false;
  private readonly replaced = new Map<string, Uint8Array>();
  private readonly added: { path: string; data: Uint8Array }[] = [];
  private readonly wbEdits: Edit[] = [];
  private readonly newSheetEls: string[] = [];
  private readonly newRels: string[] = [];
  private readonly newOverrides: string[] = [];
  /** each written sheet's place in `<sheets>` and its print titles */
  private readonly titles = new Map<number, string | undefined>();

  constructor(private readonly pkg: XlsxPackage) {
    this.wbPath = pkg.workbookPath;
    this.wbDir = this.wbPath.slice(0, this.wbPath.lastIndexOf('/') + 1);
    const wbXml = readPart(pkg, this.wbPath);
    if (wbXml === undefined) throw new XlsxError('missing-part', { part: this.wbPath });
    this.wbXml = wbXml;
    this.rels = partRels(pkg, this.wbPath);
    this.relById = new Map(this.rels.map((r) => [r.id, r]));
    this.relsPartPath = `${this.wbDir}_rels/${this.wbPath.slice(this.wbDir.length)}.rels`;
    this.relsXml = readPart(pkg, this.relsPartPath) ?? `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
    const ctXml = readPart(pkg, '[Content_Types].xml');
    if (ctXml === undefined) throw new XlsxError('missing-part', { part: '[Content_Types].xml' });
    this.ctXml = ctXml;
    this.list = readSheetList(wbXml, this.wbPath);
    for (const r of this.rels) {
      const m = /^rId(\d+)$/.exec(r.id);
      if (m !== null) this.maxRid = Math.max(this.maxRid, Number(m[1]));
    }
    this.usedRids = new Set(this.rels.map((r) => r.id));
    this.usedParts = new Set(pkg.zip.entries.map((e) => e.name.toLowerCase()));
    this.stylesRel = this.rels.find((r) => r.type.endsWith('/styles') && !r.external);
    this.styles = new StyleBook(this.stylesRel === undefined ? undefined : readPart(pkg, this.stylesRel.target), this.stylesRel?.target ?? `${this.wbDir}styles.xml`);
  }

  private newRid(): string {
    let id: string;
    do id = `rId${++this.maxRid}`;
    while (this.usedRids.has(id));
    this.usedRids.add(id);
    return id;
  }

  private newPartPath(): string {
    let p: string;
    do p = `${this.wbDir}worksheets/sheet${++this.partN}.xml`;
    while (this.usedParts.has(p.toLowerCase()));
    this.usedParts.add(p.toLowerCase());
    return p;
  }

  /** Adds `sheet`, or replaces the content of the sheet of that name (renamed to its spelling). */
  putSheet(sheet: OutputSheet): void {
    const xml = utf8Part(sheetXml(sheet, this.styles));
    const old = this.list.existing.get(sheetKey(sheet.name));
    const rows = sheet.print?.titleRows;
    this.titles.set(old?.index ?? this.list.existing.size + this.newSheetEls.length, rows === undefined ? undefined : printTitlesRef(sheet.name, rows));
    if (old !== undefined) {
      this.replaceSheet(old, sheet.name, xml);
      return;
    }
    const rid = this.newRid();
    const path = this.newPartPath();
    this.added.push({ path, data: xml });
    this.newSheetEls.push(`<${this.list.sheetQname} name="${escapeAttr(sheet.name)}" sheetId="${++this.list.maxSheetId}" ${this.list.relAttr}="${rid}"/>`);
    this.newRels.push(`<Relationship Id="${rid}" Type="${TYPE_WORKSHEET}" Target="${escapeAttr(path.slice(this.wbDir.length))}"/>`);
    this.newOverrides.push(`<Override PartName="/${escapeAttr(path)}" ContentType="${CT_WORKSHEET}"/>`);
  }

  private replaceSheet(old: ListedSheet, name: string, xml: Uint8Array): void {
    const rel = this.relById.get(old.rid);
    if (rel === undefined || rel.external || !hasPart(this.pkg, rel.target)) throw new XlsxError('missing-part', { part: `sheet "${old.name}"` });
    if (!rel.type.endsWith('/worksheet')) throw invalid(`"${old.name}" exists and is not a worksheet`, `"${old.name}" đã có và không phải trang tính`);
    const before = readPart(this.pkg, rel.target) ?? '';
    if (/<(\w+:)?f[\s>/]/.test(before)) this.dropCalcChain = true;
    this.replaced.set(rel.target.toLowerCase(), xml);
    if (old.name !== name) {
      const tag = this.wbXml.slice(old.start, old.end);
      this.wbEdits.push({ at: old.start, del: old.end - old.start, ins: tag.replace(/\bname="[^"]*"/, `name="${escapeAttr(name)}"`) });
    }
  }

  /** The entries of the edited package: every input entry (copied or changed), then the new ones. */
  entries(): ZipOut[] {
    this.listNewSheets();
    const q = this.list.sheetQname;
    this.wbEdits.push(...printTitleEdits(this.wbXml, this.wbPath, q.includes(':') ? q.slice(0, q.indexOf(':') + 1) : '', this.titles));
    const modified = new Map<string, Uint8Array>(this.replaced);
    this.putStyles(modified);
    const { removed, relEdits, ctEdits } = this.calcChainEdits();
    if (this.wbEdits.length > 0) modified.set(this.wbPath.toLowerCase(), utf8Part(applyEdits(this.wbXml, this.wbEdits)));
    if (this.newRels.length > 0 || relEdits.length > 0) {
      const close = this.relsXml.lastIndexOf('</');
      relEdits.push({ at: close < 0 ? this.relsXml.length : close, del: 0, ins: this.newRels.join('') });
      const out = applyEdits(this.relsXml, relEdits);
      if (!hasPart(this.pkg, this.relsPartPath)) this.added.push({ path: this.relsPartPath, data: utf8Part(out) });
      else modified.set(this.relsPartPath.toLowerCase(), utf8Part(out));
    }
    if (this.newOverrides.length > 0 || ctEdits.length > 0) {
      ctEdits.push({ at: this.ctXml.lastIndexOf('</'), del: 0, ins: this.newOverrides.join('') });
      modified.set('[content_types].xml', utf8Part(applyEdits(this.ctXml, ctEdits)));
    }
    const items: ZipOut[] = [];
    for (const e of this.pkg.zip.entries) {
      const key = e.name.toLowerCase();
      if (removed.has(key)) continue;
      const data = modified.get(key);
      items.push(data !== undefined ? { name: e.name, data } : { name: e.name, copyFrom: this.pkg.zip, entry: e });
    }
    for (const a of this.added) items.push({ name: a.path, data: a.data });
    return items;
  }

  /** The new `<sheet>` elements, into `<sheets>` (an empty `<sheets/>` opened up). */
  private listNewSheets(): void {
    if (this.newSheetEls.length === 0) return;
    const self = this.list.selfClosed;
    if (self !== undefined) this.wbEdits.push({ at: self.start, del: self.end - self.start, ins: `<${self.qname}>${this.newSheetEls.join('')}</${self.qname}>` });
    else this.wbEdits.push({ at: this.list.close, del: 0, ins: this.newSheetEls.join('') });
  }

  /** The styles part, when cell formats were added; a missing styles part is created and registered. */
  private putStyles(modified: Map<string, Uint8Array>): void {
    const stylesOut = this.styles.result();
    if (stylesOut === undefined) return;
    const stylesPath = this.stylesRel?.target ?? `${this.wbDir}styles.xml`;
    if (this.stylesRel !== undefined) {
      modified.set(stylesPath.toLowerCase(), utf8Part(stylesOut));
      return;
    }
    this.usedParts.add(stylesPath.toLowerCase());
    this.added.push({ path: stylesPath, data: utf8Part(stylesOut) });
    this.newRels.push(`<Relationship Id="${this.newRid()}" Type="${NS_REL}/styles" Target="styles.xml"/>`);
    this.newOverrides.push(`<Override PartName="/${escapeAttr(stylesPath)}" ContentType="${CT_STYLES}"/>`);
  }

  /**
   * A replaced sheet that had formulas may be named by the calculation chain: the chain is dropped
   * (Excel rebuilds it) rather than left pointing at cells that no longer hold formulas.
   */
  private calcChainEdits(): { removed: Set<string>; relEdits: Edit[]; ctEdits: Edit[] } {
    const removed = new Set<string>();
    const relEdits: Edit[] = [];
    const ctEdits: Edit[] = [];
    const calcRel = this.dropCalcChain ? this.rels.find((r) => r.type.endsWith('/calcChain') && !r.external) : undefined;
    if (calcRel === undefined) return { removed, relEdits, ctEdits };
    removed.add(calcRel.target.toLowerCase());
    const rs = new XmlScanner(this.relsXml, this.relsPartPath);
    while (rs.next()) if (rs.name === 'Relationship' && rs.kind !== CLOSE && rs.attr('Id') === calcRel.id) relEdits.push({ at: rs.start, del: rs.pos - rs.start, ins: '' });
    const cs = new XmlScanner(this.ctXml, '[Content_Types].xml');
    while (cs.next()) {
      if (cs.name === 'Override' && cs.kind !== CLOSE && (cs.attr('PartName') ?? '').replace(/^\//, '').toLowerCase() === calcRel.target.toLowerCase()) {
        ctEdits.push({ at: cs.start, del: cs.pos - cs.start, ins: '' });
      }
    }
    return { removed, relEdits, ctEdits };
  }
}

/** An opened package with no sheets: what {@link addSheets} extends into a new workbook. */
export function emptyPackage(): XlsxPackage {
  return openPackage(emptyPackageBytes(), resolveLimits(undefined));
}

const enc = new TextEncoder();

function emptyPackageBytes(): Uint8Array {
  const files: ZipOut[] = [
    {
      name: '[Content_Types].xml',
      data: enc.encode(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT_STYLES}"/></Types>`,
      ),
    },
    { name: '_rels/.rels', data: enc.encode(`${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: enc.encode(`${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets/></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: enc.encode(`${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`) },
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
