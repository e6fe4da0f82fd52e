/**
 * Packing a docx `Document` into the same bytes everywhere: the `docx` package names some
 * relationships with random ids and numbers drawings with a counter that lives as long as the
 * page or process, and the zip records the clock. Here the random ids become sequential, the
 * drawings are numbered from 1 in each document, the creation time is the one given, and the
 * archive is written again by fflate with a fixed entry time. The same model then gives the
 * same bytes in Node and in a browser, run after run.
 */
import { Packer } from 'docx';
import type { Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

const RANDOM_ID = /rId[a-z0-9_-]{21}(?![A-Za-z0-9_-])/g;
const XML_PART = /\.(xml|rels)$/;
// DOS time has no zone: fflate writes the local time of this date, which is 1980-01-01 00:00 everywhere.
const ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Packs `doc` deterministically; `created` goes into docProps/core.xml (created and modified). */
export async function packDocx(doc: Document, created: Date): Promise<Uint8Array> {
  const raw = new Uint8Array(await Packer.toArrayBuffer(doc));
  const parts = unzipSync(raw);
  const names = Object.keys(parts);
  const ids = new Map<string, string>();
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const out: Zippable = {};
  // [Content_Types].xml first, as Office writes it; the rest in the order docx wrote them.
  const order = [...names.filter((n) => n === '[Content_Types].xml'), ...names.filter((n) => n !== '[Content_Types].xml')];
  for (const name of [...names].sort()) {
    if (!XML_PART.test(name)) continue;
    for (const m of strFromU8(parts[name]!).matchAll(RANDOM_ID)) if (!ids.has(m[0])) ids.set(m[0], `rIdh${ids.size + 1}`);
  }
  for (const name of order) {
    const bytes = parts[name]!;
    if (name.endsWith('.xlsx')) {
      // a chart's data workbook: a zip of its own, written with the clock too
      out[name] = [repackWorkbook(bytes, stamp), { level: 0, mtime: ENTRY_TIME }];
      continue;
    }
    if (!XML_PART.test(name)) {
      out[name] = [bytes, { level: 0, mtime: ENTRY_TIME }];
      continue;
    }
    let text = strFromU8(bytes).replace(RANDOM_ID, (id) => ids.get(id) ?? id);
    if (name === 'word/document.xml') {
      let n = 0;
      text = text.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`);
    }
    if (name === 'docProps/core.xml') text = stampCore(text, stamp);
    out[name] = [strToU8(text), { level: 6, mtime: ENTRY_TIME }];
  }
  return zipSync(out);
}

function stampCore(xml: string, stamp: string): string {
  return xml.replace(/(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

function repackWorkbook(bytes: Uint8Array, stamp: string): Uint8Array {
  const inner = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, b] of Object.entries(inner)) out[name] = [name === 'docProps/core.xml' ? strToU8(stampCore(strFromU8(b), stamp)) : b, { level: 6, mtime: ENTRY_TIME }];
  return zipSync(out);
}
