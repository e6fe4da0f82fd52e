/** Editing a part's XML text in place: insertions and replacements at scanned positions. */

/** Replace `del` characters at `at` with `ins`. */
export interface Edit {
  readonly at: number;
  readonly del: number;
  readonly ins: string;
}

/** Applies edits at distinct positions (from the end, so earlier positions stay valid). */
export function applyEdits(s: string, edits: Edit[]): string {
  edits.sort((a, b) => b.at - a.at);
  let out = s;
  for (const e of edits) out = out.slice(0, e.at) + e.ins + out.slice(e.at + e.del);
  return out;
}

/** A start tag with its `count` attribute set (added when absent). */
export function setCount(tag: string, count: number): string {
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
