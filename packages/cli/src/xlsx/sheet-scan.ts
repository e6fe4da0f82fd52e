/**
 * The sheet scanner: one worksheet part, given as decoded pieces, into cells, hidden rows and
 * merged ranges. Specialised for sheet data: one pass of `indexOf` and character codes,
 * attributes read in the same pass, no intermediate strings for tag names. A DTD is refused here
 * (the part is never decoded whole, so the package's DTD check does not see it).
 */
import { XlsxError } from './errors.js';
import { emitCell, T_N } from './cell-value.js';
import type { CellValueContext } from './cell-value.js';
import { sharedFormula } from './formula.js';
import type { SharedFormulas } from './formula.js';
import type { CellSink } from './grid-sink.js';
import { attrValue, badRef, isSpace, parseRefAt, readCellAttrs, readQuickCell, readValueToCellEnd } from './sheet-markup.js';
import type { CellAttrs, QuickCell } from './sheet-markup.js';
import { decodeEntities, tagEnd, unescapeX } from './xml.js';

/** What every sheet of a workbook shares: cell formats, shared strings, the date system, the cell count. */
export interface SheetContext {
  readonly formats: readonly (string | undefined)[];
  readonly sst: readonly string[];
  readonly date1904: boolean;
  /** cells emitted so far, over all sheets */
  cells: number;
  readonly maxCells: number;
}

/** Markup (a tag, comment or CDATA section) may not be longer than this: Excel's are tiny. */
const MAX_CARRY = 8 * 1024 * 1024;

/** {@link SheetScan.findTag}: a tag was found (its fields are set). */
const TAG = -1;
/** {@link SheetScan.findTag}: a comment, processing instruction or CDATA section was passed. */
const PASSED = -2;

/** Text being captured: none, inside `<v>`, `<f>`, `<t>`. */
const NO_TEXT = 0;
const V_TEXT = 1;
const F_TEXT = 2;
const T_TEXT = 3;

/**
 * Parses one worksheet part: `next` gives its decoded pieces (they may end anywhere, also inside
 * a tag), `emit` receives every cell that has a value or a formula.
 */
export function parseSheet(next: () => string | undefined, part: string, ctx: SheetContext, emit: CellSink): { hiddenRows: number[]; merges: string[] } {
  return new SheetScan(next, part, ctx, emit).run();
}

/** The scanner's state: the input window, the tag at hand, the cell being read and the captured text. */
class SheetScan implements CellValueContext {
  readonly sst: readonly string[];
  readonly date1904: boolean;
  private readonly formats: readonly (string | undefined)[];
  private readonly defaultFormat: string;
  private readonly hiddenRows: number[] = [];
  private readonly merges: string[] = [];
  private readonly shared: SharedFormulas = new Map();
  private readonly attrs: CellAttrs = { refStart: -1, refEnd: -1, style: -1, type: T_N };
  private readonly quick: QuickCell = { refStart: -1, refEnd: -1, style: -1, type: T_N, valueStart: 0, valueEnd: 0, plain: true };
  // The input window and the position in it
  private s = '';
  private n = 0;
  private p = 0;
  // The tag at hand: `<` at `lt`, local name `s[ns, nameEnd)`, `>` at `gt`
  private lt = 0;
  private ns = 0;
  private nameEnd = 0;
  private gt = 0;
  private close = false;
  // The position and the cell being read
  private rowIdx = -1;
  private colIdx = -1;
  private inCell = false;
  private cT = T_N;
  private cS = -1;
  private cV: string | undefined = undefined;
  private cF: string | undefined = undefined;
  private cInline: string | undefined = undefined;
  private fShared = false;
  private fSi: string | undefined = undefined;
  private fRef = false;
  // Text being captured (inside <v>, <f>, <t>)
  private capture = NO_TEXT;
  private textStart = 0;
  private textAcc = '';
  private inIs = false;
  private inRph = 0;

  constructor(
    private readonly next: () => string | undefined,
    readonly part: string,
    private readonly ctx: SheetContext,
    private readonly emit: CellSink,
  ) {
    this.sst = ctx.sst;
    this.date1904 = ctx.date1904;
    this.formats = ctx.formats;
    this.defaultFormat = ctx.formats[0] ?? 'General';
  }

  run(): { hiddenRows: number[]; merges: string[] } {
    for (;;) {
      const found = this.findTag();
      if (found === TAG) {
        this.onTag();
        if (!this.inCell && this.capture === NO_TEXT) this.cellRun();
      } else if (found !== PASSED && !this.readMore(found)) break;
    }
    if (this.inCell || this.capture !== NO_TEXT) this.fail('unterminated element');
    return { hiddenRows: this.hiddenRows, merges: this.merges };
  }

  private fail(what: string): never {
    throw new XlsxError('corrupt', { detail: `malformed XML in ${this.part}: ${what}`, detailVi: `XML hỏng trong ${this.part}: ${what}` });
  }

  /**
   * Finds the next markup from `p`: {@link TAG} (the tag fields are set), {@link PASSED}, or, when
   * the input ends inside markup starting there (or, at `n`, between tags), the index to read on from.
   */
  private findTag(): number {
    const s = this.s;
    const n = this.n;
    const lt = s.indexOf('<', this.p);
    if (lt < 0) return n;
    const c = lt + 1 < n ? s.charCodeAt(lt + 1) : -1;
    if (c === -1) return lt;
    if (c === 63 || c === 33) return this.passMarkup(lt, c);
    const close = c === 47;
    let i = close ? lt + 2 : lt + 1;
    let ns = i;
    let d = c;
    while (i < n) {
      d = s.charCodeAt(i);
      if (d === 62 || d === 47 || isSpace(d)) break;
      if (d === 58) ns = i + 1;
      i++;
    }
    // End of the tag, skipping quoted values.
    const gt = i < n && d !== 62 ? tagEnd(s, i, n) : i;
    if (gt >= n) return lt;
    this.lt = lt;
    this.close = close;
    this.ns = ns;
    this.nameEnd = i;
    this.gt = gt;
    return TAG;
  }

  /** `<?pi?>`, `<!-- comment -->`, `<![CDATA[...]]>` (its text captured); a DTD is refused. */
  private passMarkup(lt: number, c: number): number {
    const s = this.s;
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
    } else if (this.n - lt < 9 && ('<![CDATA['.startsWith(s.slice(lt)) || '<!--'.startsWith(s.slice(lt)))) end = -1;
    else throw new XlsxError('dtd', { part: this.part });
    if (end < 0) return lt;
    if (this.capture !== NO_TEXT) {
      this.textAcc += decodeEntities(s.slice(this.textStart, lt)) + cdata;
      this.textStart = end;
    }
    this.p = end;
    return PASSED;
  }

  /** Appends the next piece, keeping the input from `need` on; false at the end of the part. */
  private readMore(need: number): boolean {
    const chunk = this.next();
    const s = this.s;
    const n = this.n;
    if (chunk === undefined) {
      if (need < n) this.fail('unterminated tag');
      return false;
    }
    let keep = need;
    if (this.capture !== NO_TEXT) {
      // Text being read: keep what is decoded so far aside (a partial `&...;` or a `\r` that
      // may be half of `\r\n` stays in the carried input), so a long text costs linear time.
      let cut = need;
      if (need === n) {
        const amp = s.lastIndexOf('&');
        if (amp >= this.textStart && s.indexOf(';', amp) < 0) cut = amp;
        if (cut > this.textStart && s.charCodeAt(cut - 1) === 13) cut--;
      }
      if (cut > this.textStart) this.textAcc += decodeEntities(s.slice(this.textStart, cut));
      keep = Math.min(cut, need);
      this.textStart = keep;
    }
    if (n - keep > MAX_CARRY) this.fail('markup longer than 8 MB');
    this.s = s.slice(keep) + chunk;
    this.n = this.s.length;
    this.p = need - keep;
    if (this.capture !== NO_TEXT) this.textStart -= keep;
    return true;
  }

  /** Acts on the tag found by {@link findTag}. */
  private onTag(): void {
    const s = this.s;
    const ns = this.ns;
    const nameLen = this.nameEnd - ns;
    const c0 = s.charCodeAt(ns);
    const gt = this.gt;
    const self = !this.close && s.charCodeAt(gt - 1) === 47;
    const attrStart = this.nameEnd;
    const attrEnd = self ? gt - 1 : gt;
    this.p = gt + 1;
    if (this.close) this.onClose(nameLen, c0);
    else if (nameLen === 1) {
      if (c0 === 99 /* c */) this.openCell(attrStart, attrEnd, self);
      else if (c0 === 118 /* v */ && this.inCell) {
        if (self) this.cV = '';
        else this.startText(V_TEXT);
      } else if (c0 === 102 /* f */ && this.inCell) this.openFormula(attrStart, attrEnd, self);
      else if (c0 === 116 /* t */ && this.inIs) {
        if (!self) this.startText(T_TEXT);
        else if (this.inRph === 0) this.cInline = this.cInline ?? '';
      }
    } else if (nameLen === 3 && c0 === 114 /* r */) {
      const c1 = s.charCodeAt(ns + 1);
      if (c1 === 111 && s.charCodeAt(ns + 2) === 119 /* row */) this.openRow(attrStart, attrEnd);
      else if (c1 === 80 && s.charCodeAt(ns + 2) === 104 /* rPh */ && !self) this.inRph++;
    } else if (nameLen === 2 && c0 === 105 && s.charCodeAt(ns + 1) === 115 /* is */) {
      if (!this.inCell) return;
      if (self) this.cInline = '';
      else {
        this.inIs = true;
        this.cInline = undefined;
      }
    } else if (nameLen === 9 && s.startsWith('mergeCell', ns)) {
      const ref = attrValue(s, attrStart, attrEnd, 'ref');
      if (ref !== undefined) this.merges.push(ref.replace(/\$/g, '').toUpperCase());
    }
  }

  private onClose(nameLen: number, c0: number): void {
    const s = this.s;
    if (nameLen === 1) {
      if (c0 === 99 /* c */ && this.inCell) {
        this.inCell = false;
        this.endCell();
      } else if (c0 === 118 /* v */ && this.capture === V_TEXT) this.cV = this.endText();
      else if (c0 === 102 /* f */ && this.capture === F_TEXT) this.cF = sharedFormula(this.shared, this.fShared, this.fSi, this.fRef, this.endText(), this.rowIdx, this.colIdx);
      else if (c0 === 116 /* t */ && this.capture === T_TEXT) {
        const text = this.endText();
        if (this.inRph === 0) this.cInline = (this.cInline ?? '') + text;
      }
    } else if (nameLen === 2 && c0 === 105 && s.charCodeAt(this.ns + 1) === 115 /* is */) {
      this.inIs = false;
      if (this.cInline !== undefined) this.cInline = unescapeX(this.cInline);
    } else if (nameLen === 3 && c0 === 114 && s.charCodeAt(this.ns + 1) === 80 /* rPh */) {
      if (this.inRph > 0) this.inRph--;
    }
  }

  private startText(kind: number): void {
    this.capture = kind;
    this.textStart = this.p;
    this.textAcc = '';
  }

  /** The text captured up to the end tag at hand. */
  private endText(): string {
    this.capture = NO_TEXT;
    return this.textAcc + decodeEntities(this.s.slice(this.textStart, this.lt));
  }

  /** Emits the cell read so far (if it has a value or a formula), counting it against the cap. */
  private endCell(): void {
    const cS = this.cS;
    const format = cS < 0 ? this.defaultFormat : this.formats[cS] ?? (cS === 0 ? 'General' : undefined);
    if (emitCell(this.cT, format, this.cV, this.cF, this.cInline, this, this.rowIdx, this.colIdx, this.emit) && ++this.ctx.cells > this.ctx.maxCells) {
      throw new XlsxError('too-large', { what: 'cells', whatVi: 'số ô', actual: `> ${this.ctx.maxCells}`, limit: this.ctx.maxCells });
    }
  }

  /** `<c r s t>`: a new cell; the common shape `<c ...><v>text</v></c>` is read in one step. */
  private openCell(attrStart: number, attrEnd: number, self: boolean): void {
    if (this.inCell) this.endCell();
    const s = this.s;
    const at = this.attrs;
    if (!readCellAttrs(s, attrStart, attrEnd, at)) this.fail('unterminated attribute');
    this.cT = at.type;
    this.cS = at.style;
    this.placeCell(at.refStart, at.refEnd);
    this.cV = undefined;
    this.cF = undefined;
    this.cInline = undefined;
    this.inCell = true;
    const p = this.p;
    if (self) {
      this.inCell = false;
      this.endCell();
    } else if (s.charCodeAt(p) === 60 && s.charCodeAt(p + 1) === 118 && s.charCodeAt(p + 2) === 62) {
      const q = this.quick;
      const end = readValueToCellEnd(s, p + 3, this.n, q);
      if (end >= 0) {
        this.cV = this.quickText(q);
        this.inCell = false;
        this.p = end;
        this.endCell();
      }
    }
  }

  /**
   * Reads on through the cells that follow, as long as each has the common shape of
   * {@link readQuickCell}; the first markup of any other shape, or one cut by the end of the
   * input, is left to the general path.
   */
  private cellRun(): void {
    const s = this.s;
    const q = this.quick;
    for (let end = readQuickCell(s, this.p, this.n, q); end >= 0; end = readQuickCell(s, this.p, this.n, q)) {
      this.cT = q.type;
      this.cS = q.style;
      this.placeCell(q.refStart, q.refEnd);
      this.cV = this.quickText(q);
      this.cF = undefined;
      this.cInline = undefined;
      this.p = end;
      this.endCell();
    }
  }

  /** The `<v>` text found by {@link readQuickCell} or {@link readValueToCellEnd}, decoded when it needs it. */
  private quickText(q: QuickCell): string {
    const raw = this.s.slice(q.valueStart, q.valueEnd);
    return q.plain ? raw : decodeEntities(raw);
  }

  /** The cell's row and column: its `r`, or the next column of the row. */
  private placeCell(refStart: number, refEnd: number): void {
    if (refStart >= 0) {
      const ref = parseRefAt(this.s, refStart, refEnd);
      if (ref < 0) throw badRef(this.part, this.s.slice(refStart, Math.min(refEnd, refStart + 20)));
      this.rowIdx = Math.floor(ref / 16384);
      this.colIdx = ref % 16384;
    } else {
      if (this.rowIdx < 0) this.rowIdx = 0;
      this.colIdx++;
      if (this.colIdx >= 16384) throw badRef(this.part, `column ${this.colIdx + 1}`);
    }
  }

  /** `<f>`: a formula, perhaps shared (`t="shared"`, `si`, and `ref` on the master). */
  private openFormula(attrStart: number, attrEnd: number, self: boolean): void {
    const s = this.s;
    this.fShared = false;
    this.fSi = undefined;
    this.fRef = false;
    if (attrValue(s, attrStart, attrEnd, 't') === 'shared') {
      this.fShared = true;
      this.fSi = attrValue(s, attrStart, attrEnd, 'si');
      this.fRef = attrValue(s, attrStart, attrEnd, 'ref') !== undefined;
    }
    if (self) this.cF = sharedFormula(this.shared, this.fShared, this.fSi, this.fRef, '', this.rowIdx, this.colIdx);
    else this.startText(F_TEXT);
  }

  /** `<row r hidden>`: ends a cell left open, moves to the row, notes it when hidden. */
  private openRow(attrStart: number, attrEnd: number): void {
    if (this.inCell) {
      this.inCell = false;
      this.endCell();
    }
    const s = this.s;
    const r = attrValue(s, attrStart, attrEnd, 'r');
    if (r !== undefined) {
      const num = Number(r);
      if (!Number.isInteger(num) || num < 1 || num > 1048576) throw badRef(this.part, `row ${r.slice(0, 12)}`);
      this.rowIdx = num - 1;
    } else this.rowIdx++;
    this.colIdx = -1;
    const hidden = attrValue(s, attrStart, attrEnd, 'hidden');
    if (hidden === '1' || hidden === 'true') this.hiddenRows.push(this.rowIdx);
  }
}
