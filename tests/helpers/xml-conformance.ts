/**
 * Checking a written XML part the way a conforming XML processor would: the encoding is sniffed
 * from the bytes (byte order mark, else UTF-8), the declaration's `encoding` must name that same
 * encoding, the bytes must decode without error, and the text must be well-formed XML with
 * namespaces (saxes, a conforming XML 1.0 parser).
 */
import { SaxesParser } from 'saxes';

/** The problems of one part; empty when it is well-formed with a true declaration. */
export function xmlPartProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  let sniffed: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    sniffed = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    sniffed = 'utf-16be';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  let text: string;
  try {
    text = new TextDecoder(sniffed, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return [`the bytes are not valid ${sniffed}`];
  }
  const decl = /^<\?xml\s[^?]*?encoding\s*=\s*["']([^"']+)["']/.exec(text);
  if (decl !== null) {
    const declared = decl[1]!.toLowerCase();
    const family = sniffed === 'utf-8' ? 'utf-8' : 'utf-16';
    const fits = family === 'utf-8' ? declared === 'utf-8' || declared === 'utf8' : declared.startsWith('utf-16');
    if (!fits) problems.push(`declares encoding "${decl[1]!}" but the bytes are ${sniffed}`);
  } else if (sniffed !== 'utf-8' && !text.startsWith('<?xml')) {
    // UTF-16 with a BOM needs no declaration.
  }
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    problems.push(e.message);
  });
  try {
    parser.write(text).close();
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }
  return problems;
}
