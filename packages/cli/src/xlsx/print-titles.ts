/**
 * Print titles: the rows Excel repeats at the top of every printed page of a sheet are the
 * workbook's defined name `_xlnm.Print_Titles`, local to the sheet (`localSheetId`, the sheet's
 * 0-based place in `<sheets>`). The writer puts one for each written sheet that has title rows,
 * and takes out the one an earlier run left for a sheet it rewrites.
 */
import type { Edit } from './xml-edit.js';
import { XmlScanner, CLOSE, OPEN, SELF, escapeText } from './xml.js';

/** The print titles of the written sheets: each one's place in `<sheets>`, and its formula or none. */
export type PrintTitles = ReadonlyMap<number, string | undefined>;

/**
 * Edits of workbook.xml that leave exactly `titles`' print titles for the written sheets: earlier
 * `_xlnm.Print_Titles` of those sheets removed, the new ones added to `<definedNames>` (created
 * where ECMA-376's CT_Workbook puts it: after `<sheets>`, `<functionGroups>` and
 * `<externalReferences>`). `prefix` is the workbook's element prefix (`x:`), usually none.
 */
export function printTitleEdits(wbXml: string, wbPath: string, prefix: string, titles: PrintTitles): Edit[] {
  const edits: Edit[] = [];
  if (titles.size === 0) return edits;
  const sc = new XmlScanner(wbXml, wbPath);
  let namesClose = -1;
  let namesSelf: { start: number; end: number } | undefined;
  let after = -1;
  while (sc.next()) {
    const n = sc.name;
    if (n === 'definedNames') {
      if (sc.kind === CLOSE) namesClose = sc.start;
      else if (sc.kind === SELF) namesSelf = { start: sc.start, end: sc.pos };
    } else if (n === 'definedName' && sc.kind !== CLOSE) {
      const start = sc.start;
      const mine = (sc.attr('name') ?? '').toLowerCase() === '_xlnm.print_titles' && titles.has(Number(sc.attr('localSheetId') ?? -1));
      if (sc.kind === OPEN) sc.skip();
      if (mine) edits.push({ at: start, del: sc.pos - start, ins: '' });
    } else if ((n === 'sheets' || n === 'functionGroups' || n === 'externalReferences') && sc.kind !== OPEN) after = sc.pos;
  }
  const names = [...titles]
    .filter((e): e is [number, string] => e[1] !== undefined)
    .map(([id, ref]) => `<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${id}">${escapeText(ref)}</${prefix}definedName>`)
    .join('');
  if (names === '') return edits;
  if (namesClose >= 0) edits.push({ at: namesClose, del: 0, ins: names });
  else if (namesSelf !== undefined) edits.push({ at: namesSelf.start, del: namesSelf.end - namesSelf.start, ins: `<${prefix}definedNames>${names}</${prefix}definedNames>` });
  else if (after >= 0) edits.push({ at: after, del: 0, ins: `<${prefix}definedNames>${names}</${prefix}definedNames>` });
  return edits;
}
