/**
 * Plants a bad cell in a copy of a real .xlsx: the cell becomes an inline string (text typed into
 * a value cell). Used by the end-to-end test so the command line and the add-in read the same file.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The .xlsx bytes with `sheet`!`cell` replaced by the text `text`. */
export function plantText(xlsx: Uint8Array, sheet: string, cell: string, text: string): Uint8Array {
  const files = unzipSync(xlsx);
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => new RegExp(`name="${escapeXml(sheet)}"`).test(tag));
  if (sheetTag === undefined) throw new Error(`no sheet ${sheet}`);
  const rid = /r:id="([^"]+)"/.exec(sheetTag)?.[1];
  const relTag = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${rid}"`));
  const target = relTag === undefined ? undefined : /Target="([^"]+)"/.exec(relTag)?.[1];
  if (target === undefined) throw new Error(`no part for sheet ${sheet}`);
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const xml = strFromU8(files[path]!);
  const replacement = `<c r="${cell}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
  const cellRe = new RegExp(`<c r="${cell}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`);
  if (!cellRe.test(xml)) throw new Error(`no cell ${sheet}!${cell} to plant into`);
  files[path] = strToU8(xml.replace(cellRe, replacement));
  return zipSync(files);
}
