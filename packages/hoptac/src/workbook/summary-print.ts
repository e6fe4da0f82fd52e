/**
 * How the summary sheet (`Tổng hợp`) looks on screen and on paper: A4 landscape fitted to one page
 * wide, the title and header rows repeated on every page, a footer with the page number and the
 * period, and column widths that fit their contents.
 */
import type { Lang } from '../messages/index.js';
import type { OutputCell, OutputPrint } from './output.js';
import { parseA1 } from './grid.js';

const FOOTER: Readonly<Record<Lang, string>> = { vi: 'Trang &P/&N', en: 'Page &P of &N' };

/** Text as it stands in a header or footer: `&` doubled, so it is not read as a code. */
const footerText = (s: string): string => s.replace(/&/g, '&&');

/**
 * The summary's print settings: A4 landscape, one page wide, rows `0 .. lastTitleRow` repeated at
 * the top of every page (none when `lastTitleRow` is undefined), the page number in the middle of
 * the footer and the period on its right.
 *
 * @example
 * ```ts
 * summaryPrint('Quý IV/2017', 'vi', 5).footer; // { center: 'Trang &P/&N', right: 'Quý IV/2017' }
 * ```
 */
export function summaryPrint(periodText: string, lang: Lang, lastTitleRow: number | undefined): OutputPrint {
  const base = { paper: 'A4', orientation: 'landscape', fitToPagesWide: 1, footer: { center: FOOTER[lang], right: footerText(periodText) } } as const;
  return lastTitleRow === undefined ? base : { ...base, titleRows: { first: 0, last: lastTitleRow } };
}

/** The bounds of a column's width, in characters. */
export interface ColumnFit {
  readonly min: number;
  readonly max: number;
}

/** Characters a number shows in `format`: grouped integer digits, the format's decimals and padding, the sign, a quoted mark. */
export function shownNumberWidth(value: string, format: string | undefined): number {
  const neg = value.startsWith('-') ? 1 : 0;
  const int = (neg === 1 ? value.slice(1) : value).split('.')[0] ?? '';
  const grouped = format !== undefined && format.includes('#,##') ? int.length + Math.floor((int.length - 1) / 3) : int.length;
  const f = format ?? '';
  const dot = /0\.(0+)/.exec(f);
  const decimals = dot === null ? 0 : dot[1]!.length + 1;
  const pad = (f.match(/_./g) ?? []).length;
  const mark = /"([^"]*)"/.exec(f)?.[1]?.length ?? 0;
  return neg + grouped + decimals + pad + mark;
}

/** Points per line of text (Calibri 11). */
const LINE_POINTS = 15;

/**
 * Row heights (points) that show every line of the wrapped text cells: a row holding a wrapped
 * text of n characters in a column w characters wide needs ceil(n / (w - 2)) lines; rows without
 * wrapped text keep the default height (undefined).
 */
export function wrappedRowHeights(rows: readonly (readonly OutputCell[])[], widths: readonly number[]): (number | undefined)[] {
  return rows.map((row) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (cell?.kind !== 'text' || cell.wrap !== true) return;
      const per = Math.max(1, Math.floor((widths[c] ?? 10) - 2));
      lines = Math.max(lines, Math.ceil([...cell.value].length / per));
    });
    return lines > 1 ? lines * LINE_POINTS : undefined;
  });
}

/** Characters a cell shows (bold text counts a little wider). */
function shownWidth(cell: OutputCell): number {
  if (cell === undefined) return 0;
  if (cell.kind === 'number') return shownNumberWidth(cell.value, cell.format);
  const n = [...cell.value].length;
  return cell.bold === true ? Math.ceil(n * 1.1) : n;
}

/**
 * Column widths (in characters) that fit the contents of `rows` from `firstRow` on, each within
 * `fit(col)` and with a margin of 2. A cell merged across several columns is not counted in one
 * column: when the merged columns are too narrow for it, each of them is widened evenly.
 */
export function fitColumnWidths(rows: readonly (readonly OutputCell[])[], merges: readonly string[], firstRow: number, fit: (col: number) => ColumnFit): number[] {
  const spans = new Map<string, { c0: number; c1: number }>();
  for (const m of merges) {
    const [a, b] = m.split(':');
    const p = parseA1(a ?? '');
    const q = parseA1(b ?? a ?? '');
    if (p !== undefined && q !== undefined && q.col > p.col) spans.set(`${p.row}:${p.col}`, { c0: p.col, c1: q.col });
  }
  const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const need = new Array<number>(cols).fill(0);
  const wide: { c0: number; c1: number; w: number }[] = [];
  rows.forEach((row, r) => {
    if (r < firstRow) return;
    row.forEach((cell, c) => {
      const span = spans.get(`${r}:${c}`);
      if (span !== undefined) wide.push({ ...span, w: shownWidth(cell) + 2 });
      else need[c] = Math.max(need[c]!, shownWidth(cell) + 2);
    });
  });
  const widths = need.map((w, c) => Math.min(fit(c).max, Math.max(fit(c).min, w)));
  for (const { c0, c1, w } of wide) {
    const have = widths.slice(c0, c1 + 1).reduce((s, x) => s + x, 0);
    if (have >= w) continue;
    const add = Math.ceil((w - have) / (c1 - c0 + 1));
    for (let c = c0; c <= c1; c++) widths[c] = Math.min(fit(c).max, widths[c]! + add);
  }
  return widths;
}
