/**
 * The workbook's own parts: workbook.xml (sheets, their order and state, the date system), the
 * styles (each cell format's number format) and the shared strings.
 */
import { XlsxError } from './errors.js';
import { BUILTIN_NUMFMTS } from './numfmt.js';
import { XmlScanner, CLOSE, OPEN, SELF, assertNoDtd, unescapeX } from './xml.js';

/** A sheet as workbook.xml lists it. */
export interface SheetEntry {
  readonly name: string;
  /** absent when the `<sheet>` has no `r:id` (read as an empty sheet) */
  readonly rid: string | undefined;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

/** Sheet names, order, state and the date system of workbook.xml. */
export function parseWorkbook(xml: string, part: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sc = new XmlScanner(xml, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  while (sc.next()) {
    if (sc.kind !== OPEN && sc.kind !== SELF) continue;
    if (sc.name === 'workbookPr') {
      const v = sc.attr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (sc.name === 'sheet') {
      const name = sc.attr('name');
      const rid = sc.attr('id');
      if (name === undefined) throw new XlsxError('corrupt', { detail: `a sheet without a name in ${part}`, detailVi: `trang thiếu tên trong ${part}` });
      const st = sc.attr('state');
      sheets.push({ name, rid, state: st === 'hidden' ? 'hidden' : st === 'veryHidden' ? 'veryHidden' : 'visible' });
    }
  }
  if (sheets.length === 0) throw new XlsxError('corrupt', { detail: 'the workbook has no sheets', detailVi: 'sổ tính không có trang nào' });
  return { sheets, date1904 };
}

/** The number format code of each cell format (cellXfs index), `undefined` when unknown. */
export function parseStyles(xml: string, part: string): (string | undefined)[] {
  const sc = new XmlScanner(xml, part);
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  while (sc.next()) {
    if (sc.kind === CLOSE) {
      if (sc.name === 'cellXfs') inCellXfs = false;
      continue;
    }
    if (sc.name === 'numFmt') {
      const id = Number(sc.attr('numFmtId'));
      const code = sc.attr('formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (sc.name === 'cellXfs') {
      inCellXfs = sc.kind === OPEN;
    } else if (sc.name === 'xf' && inCellXfs) {
      const id = Number(sc.attr('numFmtId') ?? '0');
      xfIds.push(Number.isInteger(id) ? id : 0);
    }
  }
  return xfIds.map((id) => custom.get(id) ?? BUILTIN_NUMFMTS.get(id));
}

/**
 * The shared strings, in order; rich-text runs joined, phonetic runs left out. Read from pieces
 * that each hold whole `<si>` items, so the part is never one huge string.
 */
export function parseSharedStrings(next: () => string | undefined, part: string): string[] {
  const out: string[] = [];
  for (let xml = next(); xml !== undefined; xml = next()) {
    assertNoDtd(xml, part);
    const sc = new XmlScanner(xml, part);
    while (sc.next()) {
      if (sc.kind === OPEN && sc.name === 'si') out.push(readRichText(sc, 'si'));
      else if (sc.kind === SELF && sc.name === 'si') out.push('');
    }
  }
  return out;
}

/** Joins the `<t>` texts of a string item up to its end tag `end`, skipping phonetic runs. */
function readRichText(sc: XmlScanner, end: string): string {
  let text = '';
  while (sc.next()) {
    if (sc.kind === OPEN) {
      if (sc.name === 't') text += sc.text();
      else if (sc.name === 'rPh' || sc.name === 'phoneticPr') sc.skip();
    } else if (sc.kind === CLOSE && sc.name === end) break;
  }
  return unescapeX(text);
}
