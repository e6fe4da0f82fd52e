/**
 * The styles part as the writer extends it: cell formats (bold, a number format) appended on
 * demand, existing indexes never renumbered; a minimal styles part for a package that has none.
 */
import { XlsxError } from './errors.js';
import { BUILTIN_NUMFMTS } from './numfmt.js';
import { applyEdits, setCount } from './xml-edit.js';
import type { Edit } from './xml-edit.js';
import { NS_MAIN, XML_HEAD } from './xml-names.js';
import { XmlScanner, CLOSE, OPEN, SELF, escapeAttr } from './xml.js';

const BUILTIN_BY_CODE = new Map<string, number>([...BUILTIN_NUMFMTS].map(([id, code]) => [code, id]));

/** The styles part with cell formats appended on demand (existing indexes never change). */
export class StyleBook {
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

  /** The cellXfs index for bold, a number format and/or wrapped text (top-aligned); 0 for none. */
  index(bold: boolean, format: string | undefined, wrap = false): number {
    const key = `${bold ? 1 : 0}|${wrap ? 1 : 0}|${format ?? ''}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const numFmtId = this.numFmtId(format);
    if (!bold && !wrap && numFmtId === 0) {
      this.cache.set(key, 0);
      return 0;
    }
    const fontId = bold ? this.boldFont() : 0;
    const attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId !== 0 ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}`;
    const xf = wrap ? `<${this.ns}xf ${attrs} applyAlignment="1"><${this.ns}alignment vertical="top" wrapText="1"/></${this.ns}xf>` : `<${this.ns}xf ${attrs}/>`;
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

export const MINIMAL_STYLES =
  `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
