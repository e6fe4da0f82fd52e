/**
 * The writer's checks of the sheets it is asked to write, before anything is read or written:
 * Excel's rules for sheet names, no name given twice, merged ranges that are ranges.
 */
import { parseA1 } from 'hoptac/workbook';
import type { OutputSheet } from 'hoptac/workbook';
import { XlsxError } from './errors.js';

export const invalid = (detail: string, detailVi: string): XlsxError => new XlsxError('invalid-output', { detail, detailVi });

/** Excel's rules for a sheet name. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31) throw invalid(`sheet name "${name}" must have 1 to 31 characters`, `tên trang "${name}" phải có 1 đến 31 ký tự`);
  // eslint-disable-next-line no-control-regex
  if (/[[\]:*?/\\\u0000-\u001f]/.test(name)) throw invalid(`sheet name "${name}" has a character Excel forbids`, `tên trang "${name}" có ký tự Excel không cho phép`);
  if (name.startsWith("'") || name.endsWith("'")) throw invalid(`sheet name "${name}" starts or ends with an apostrophe`, `tên trang "${name}" bắt đầu hoặc kết thúc bằng dấu nháy`);
  if (name.toLowerCase() === 'history') throw invalid('"History" is reserved by Excel', '"History" là tên Excel dành riêng');
}

/** The key sheet names compare by: Excel compares them without case. */
export function sheetKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/** Refuses an unusable list of sheets with `invalid-output`. */
export function checkSheets(sheets: readonly OutputSheet[]): void {
  const seen = new Set<string>();
  for (const s of sheets) {
    checkSheetName(s.name);
    const k = sheetKey(s.name);
    if (seen.has(k)) throw invalid(`sheet "${s.name}" given twice`, `trang "${s.name}" được đưa hai lần`);
    seen.add(k);
    for (const m of s.merges ?? []) if (parseRange(m) === undefined) throw invalid(`bad merged range "${m}"`, `vùng gộp sai "${m}"`);
  }
}

function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const [a, b, extra] = ref.split(':');
  if (a === undefined || extra !== undefined) return undefined;
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  if (p === undefined || q === undefined) return undefined;
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}
