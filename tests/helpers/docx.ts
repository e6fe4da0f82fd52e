/** Reading a .docx in tests: its parts, well-formedness, paragraphs' and tables' text. */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export type Parts = Record<string, Uint8Array>;

export function parts(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

/** Throws unless `xml` is well-formed XML (saxes, namespaces checked). */
export function assertWellFormed(xml: string, name: string): void {
  const p = new SaxesParser({ xmlns: true });
  let error: Error | undefined;
  p.on('error', (e) => {
    error ??= e;
  });
  p.write(xml).close();
  if (error !== undefined) throw new Error(`${name}: ${error.message}`);
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function runsText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) out += m[1] === undefined ? '\t' : decode(m[1]);
  return out;
}

/** The text of every paragraph outside tables, in order (a list item's leading dash and tab left out). */
export function paragraphs(documentXml: string): string[] {
  const body = documentXml.replace(/<w:tbl>[^]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p(?:\s[^>]*)?>([^]*?)<\/w:p>/g)].map((m) => runsText(m[1] ?? '').replace(/^-\t/, ''));
}

/** Every table as rows of cell texts. */
export function tables(documentXml: string): string[][][] {
  return [...documentXml.matchAll(/<w:tbl>([^]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr(?:\s[^>]*)?>([^]*?)<\/w:tr>/g)].map((r) => [...(r[1] ?? '').matchAll(/<w:tc>([^]*?)<\/w:tc>/g)].map((c) => runsText(c[1] ?? ''))),
  );
}

/** All the text of the document (paragraphs and tables), one string. */
export function allText(documentXml: string): string {
  return [...documentXml.matchAll(/<w:p(?:\s[^>]*)?>([^]*?)<\/w:p>/g)].map((m) => runsText(m[1] ?? '')).join('\n');
}

export function xmlOf(p: Parts, name: string): string {
  const b = p[name];
  if (b === undefined) throw new Error(`no part ${name}`);
  return strFromU8(b);
}
