/**
 * Hand-written XML scanning for OOXML parts: no DOM, no regular expressions, one pass with
 * `indexOf` and character codes. Namespace prefixes are ignored (`<x:c>` is `<c>`). A DTD or an
 * entity declaration is refused before scanning (`dtd`), so there are no entity expansions.
 */
import { XlsxError } from './errors.js';

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/** Decodes an XML part's bytes (UTF-8, or UTF-16 with a byte order mark). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes.subarray(2));
  return utf8.decode(bytes); // strips a UTF-8 BOM
}

/**
 * Refuses a DTD (`<!DOCTYPE`), an entity declaration, or any other `<!` construct that is not a
 * comment or CDATA. Unterminated comments are `corrupt`.
 */
export function assertNoDtd(s: string, part: string): void {
  let i = s.indexOf('<!');
  while (i >= 0) {
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      if (end < 0) throw new XlsxError('corrupt', { detail: `unterminated comment in ${part}`, detailVi: `chú thích không đóng trong ${part}` });
      i = s.indexOf('<!', end + 3);
    } else if (s.startsWith('<![CDATA[', i)) {
      const end = s.indexOf(']]>', i + 9);
      if (end < 0) throw new XlsxError('corrupt', { detail: `unterminated CDATA in ${part}`, detailVi: `CDATA không đóng trong ${part}` });
      i = s.indexOf('<!', end + 3);
    } else {
      throw new XlsxError('dtd', { part });
    }
  }
}

/** Token kinds of {@link XmlScanner}. */
export const OPEN = 1;
export const CLOSE = 2;
export const SELF = 3;

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/**
 * A pull scanner over the tags of one XML string. `next()` moves to the next start, end or empty
 * tag (skipping text, comments, processing instructions and CDATA); `name` is the local name.
 * Text between tags is read with {@link XmlScanner.text}.
 */
/**
 * The index of the `>` that ends the tag whose attributes start at `from`, skipping quoted values
 * (they may hold `>`); `n` when the text ends first.
 */
export function tagEnd(s: string, from: number, n: number): number {
  let quote = 0;
  for (let j = from; j < n; j++) {
    const d = s.charCodeAt(j);
    if (quote !== 0) {
      if (d === quote) quote = 0;
    } else if (d === 34 || d === 39) quote = d;
    else if (d === 62) return j;
  }
  return n;
}

export class XmlScanner {
  readonly s: string;
  readonly part: string;
  /** index after the current tag's `>` */
  pos = 0;
  /** index of the current tag's `<` */
  start = 0;
  kind = 0;
  name = '';
  private attrStart = 0;
  private attrEnd = 0;
  private qnameStart = 0;

  constructor(s: string, part: string) {
    this.s = s;
    this.part = part;
  }

  private fail(what: string): never {
    throw new XlsxError('corrupt', { detail: `malformed XML in ${this.part}: ${what}`, detailVi: `XML hỏng trong ${this.part}: ${what}` });
  }

  /** Moves to the next tag; false at the end of the string. */
  next(): boolean {
    const s = this.s;
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) {
        this.kind = 0;
        return false;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) this.fail('unterminated processing instruction');
        this.pos = end + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) this.fail('unterminated comment');
          this.pos = end + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) this.fail('unterminated CDATA');
          this.pos = end + 3;
          continue;
        }
        throw new XlsxError('dtd', { part: this.part });
      }
      let i = lt + 1;
      let close = false;
      if (c === 47 /* / */) {
        close = true;
        i++;
      }
      const nameStart = i;
      let colon = -1;
      const n = s.length;
      while (i < n) {
        const d = s.charCodeAt(i);
        if (isNameEnd(d)) break;
        if (d === 58) colon = i;
        i++;
      }
      if (i >= n) this.fail('unterminated tag');
      this.name = s.slice(colon >= 0 ? colon + 1 : nameStart, i);
      if (this.name.length === 0) this.fail('empty tag name');
      // Find the tag's end, skipping quoted attribute values (they may hold `>`).
      const j = tagEnd(s, i, n);
      if (j >= n) this.fail('unterminated tag');
      this.attrStart = i;
      this.start = lt;
      this.qnameStart = nameStart;
      if (close) {
        this.kind = CLOSE;
        this.attrEnd = i;
      } else if (s.charCodeAt(j - 1) === 47) {
        this.kind = SELF;
        this.attrEnd = j - 1;
      } else {
        this.kind = OPEN;
        this.attrEnd = j;
      }
      this.pos = j + 1;
      return true;
    }
  }

  /** The current tag's name with its prefix (`x:sheets`). */
  qname(): string {
    return this.s.slice(this.qnameStart, this.attrStart);
  }

  /** The decoded value of the current tag's attribute whose local name is `local`. */
  attr(local: string): string | undefined {
    const s = this.s;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      let c = s.charCodeAt(i);
      while (i < end && (c === 32 || c === 9 || c === 10 || c === 13)) c = s.charCodeAt(++i);
      if (i >= end) break;
      const ns = i;
      let colon = -1;
      while (i < end) {
        c = s.charCodeAt(i);
        if (c === 61 || c === 32 || c === 9 || c === 10 || c === 13) break;
        if (c === 58) colon = i;
        i++;
      }
      const ls = colon >= 0 ? colon + 1 : ns;
      const matches = i - ls === local.length && s.startsWith(local, ls);
      while (i < end && s.charCodeAt(i) !== 34 && s.charCodeAt(i) !== 39) i++;
      if (i >= end) break;
      const q = s.charCodeAt(i);
      const vs = i + 1;
      const ve = s.indexOf(q === 34 ? '"' : "'", vs);
      if (ve < 0 || ve > end) this.fail('unterminated attribute');
      if (matches) return decodeEntities(s.slice(vs, ve), this.part);
      i = ve + 1;
    }
    return undefined;
  }

  /**
   * The text content of the current start tag up to its end tag (entities decoded), and moves past
   * the end tag. For an empty tag, `''`. Nested tags are skipped, their text kept.
   */
  text(): string {
    if (this.kind === SELF) return '';
    const s = this.s;
    const lt = s.indexOf('<', this.pos);
    if (lt < 0) this.fail('unterminated element');
    if (s.charCodeAt(lt + 1) === 47) {
      // The common case: plain text then the end tag.
      const raw = s.slice(this.pos, lt);
      const gt = s.indexOf('>', lt);
      if (gt < 0) this.fail('unterminated tag');
      this.pos = gt + 1;
      return decodeEntities(raw, this.part);
    }
    let depth = 1;
    let out = '';
    for (;;) {
      const at = s.indexOf('<', this.pos);
      if (at < 0) this.fail('unterminated element');
      out += decodeEntities(s.slice(this.pos, at), this.part);
      if (s.startsWith('<![CDATA[', at)) {
        const end = s.indexOf(']]>', at + 9);
        if (end < 0) this.fail('unterminated CDATA');
        out += s.slice(at + 9, end);
        this.pos = end + 3;
        continue;
      }
      this.pos = at;
      if (!this.next()) this.fail('unterminated element');
      if (this.kind === OPEN) depth++;
      else if (this.kind === CLOSE && --depth === 0) return out;
    }
  }

  /** Skips to the end of the current start tag's element. */
  skip(): void {
    if (this.kind !== OPEN) return;
    let depth = 1;
    while (this.next()) {
      if (this.kind === OPEN) depth++;
      else if (this.kind === CLOSE && --depth === 0) return;
    }
    this.fail('unterminated element');
  }
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five XML entities and numeric references, and normalizes line ends (`\r\n`, `\r`
 * become `\n`, as an XML parser does). An unknown entity is kept as written.
 */
export function decodeEntities(t: string, _part = ''): string {
  if (t.indexOf('\r') >= 0) t = t.replace(/\r\n?/g, '\n');
  let amp = t.indexOf('&');
  if (amp < 0) return t;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    const semi = t.indexOf(';', amp + 1);
    if (semi < 0) break;
    const ent = semi - amp > 12 ? '' : t.slice(amp + 1, semi);
    let rep: string | undefined;
    if (ent === '') rep = undefined;
    else if (ent.charCodeAt(0) === 35 /* # */) {
      const hex = ent.charCodeAt(1) === 120 || ent.charCodeAt(1) === 88;
      const digits = ent.slice(hex ? 2 : 1);
      if (digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
        const cp = Number.parseInt(digits, hex ? 16 : 10);
        if (cp > 0 && cp <= 0x10ffff) rep = String.fromCodePoint(cp);
      }
    } else rep = NAMED[ent];
    if (rep !== undefined) {
      out += t.slice(last, amp) + rep;
      last = semi + 1;
    }
    amp = t.indexOf('&', rep !== undefined ? semi + 1 : amp + 1);
  }
  return out + t.slice(last);
}

/**
 * Undoes Excel's `_xHHHH_` escapes in cell text (`_x000D_` is a carriage return; `_x005F_` an
 * underscore, so `_x005F_x000D_` is the literal text `_x000D_`).
 */
export function unescapeX(t: string): string {
  let i = t.indexOf('_x');
  if (i < 0) return t;
  let out = '';
  let last = 0;
  while (i >= 0) {
    if (i + 7 <= t.length && t.charCodeAt(i + 6) === 95 && isHex4(t, i + 2)) {
      out += t.slice(last, i) + String.fromCharCode(Number.parseInt(t.slice(i + 2, i + 6), 16));
      last = i + 7;
      i = t.indexOf('_x', last);
    } else i = t.indexOf('_x', i + 1);
  }
  return out + t.slice(last);
}

function isHex4(t: string, at: number): boolean {
  for (let k = at; k < at + 4; k++) {
    const c = t.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** Escapes text for element content. */
export function escapeText(t: string): string {
  return t.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttr(t: string): string {
  return t.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '"': return '&quot;';
      default: return `&#${c.charCodeAt(0)};`;
    }
  });
}
