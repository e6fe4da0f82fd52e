/**
 * The report sheets hoptac writes: the consolidated summary (`Tổng hợp`) and the findings
 * (`Kiểm tra`), as plain {@link OutputSheet}s.
 */
import { ALL, type ConsolidatedRow, type Consolidation, type Measure, MEASURES } from '../consolidate/types.js';
import type { Indicator } from '../indicator/types.js';
import type { Lang } from '../messages/index.js';
import { label as periodLabel } from '../period/format.js';
import { monthTextIndex } from '../period/month-text.js';
import { parse as parsePeriod } from '../period/parse.js';
import { matchKey } from '../text/match-key.js';
import { BY_KEY } from '../unit/units.js';
import type { WorkbookConsolidation } from './consolidate.js';
import { findingMessage } from './findings.js';
import { a1 } from './grid.js';
import { findingTotals } from './totals.js';
import { FINDINGS_SHEET, fitCellText, type OutputCell, type OutputSheet, SUMMARY_SHEET } from './output.js';
import { alignedFormat, isPercentMeasure, markedFormat, PERCENT_FORMAT, rowDecimals } from './summary-numbers.js';
import { fitColumnWidths, summaryPrint, wrappedRowHeights } from './summary-print.js';

/** 0-based row of the summary's first header row (measure group titles). */
export const SUMMARY_HEADER_ROW = 4;
/** 0-based row of the summary's first indicator row. */
export const SUMMARY_FIRST_DATA_ROW = 6;
/** 0-based column of the summary's first figure (after STT, name, unit). */
export const SUMMARY_FIRST_FIGURE_COL = 3;

const MEASURE_TITLES: Readonly<Record<Lang, Readonly<Record<Measure, string>>>> = {
  vi: {
    value: 'Thực hiện kỳ báo cáo',
    ytd: 'Lũy kế từ đầu năm',
    same_period_last_year: 'Cùng kỳ năm trước',
    vs_last_year_pct: 'So với cùng kỳ (%)',
    target: 'Kế hoạch năm',
    ytd_target_pct: '% kế hoạch năm',
    cumulative: 'Lũy kế từ khi thành lập',
  },
  en: {
    value: 'This period',
    ytd: 'Year to date',
    same_period_last_year: 'Same period last year',
    vs_last_year_pct: 'vs same period last year (%)',
    target: 'Annual target',
    ytd_target_pct: '% of annual target',
    cumulative: 'Cumulative since start',
  },
};

const TEXT = {
  vi: {
    title: 'BÁO CÁO TỔNG HỢP KẾT QUẢ HỢP TÁC',
    boards: 'Các đơn vị',
    info: 'Kỳ báo cáo: {period}. Ô trống là số liệu còn thiếu hoặc không tính được; lý do ở cột Ghi chú. "—": chỉ tiêu không có kế hoạch năm. Số liệu tính chính xác, không làm tròn (trừ tỷ lệ, %).',
    errors: 'KHÔNG TỔNG HỢP ĐƯỢC: bảng tính còn {n} lỗi. Xem trang "{sheet}", sửa các lỗi rồi tổng hợp lại.',
    no: 'STT',
    indicator: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    total: 'Tổng cộng',
    notes: 'Ghi chú',
    months: 'thiếu số liệu tháng',
    target: 'thiếu kế hoạch năm',
    history: 'chưa có số liệu tháng nào',
    divzero: 'không tính được (chia cho 0)',
    estimated: 'có dùng số liệu ước tính (ước)',
    mark: ' (ước)',
    more: 'và {n} mục khác',
    severity: 'Mức độ',
    code: 'Mã',
    sheet: 'Trang tính',
    cell: 'Ô',
    message: 'Nội dung',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    none: 'Không có lỗi hay cảnh báo nào.',
    totals: 'Tổng số: {errors} lỗi, {warnings} cảnh báo.',
  },
  en: {
    title: 'CONSOLIDATED COOPERATION RESULTS',
    boards: 'Boards',
    info: 'Period: {period}. A blank figure is missing or undefined; the Notes column says why. "—": the indicator has no annual target. Figures are exact, never rounded (except ratios and percentages).',
    errors: 'NOT CONSOLIDATED: the workbook has {n} errors. See the "{sheet}" sheet, fix them and consolidate again.',
    no: 'No.',
    indicator: 'Indicator',
    unit: 'Unit',
    total: 'Total',
    notes: 'Notes',
    months: 'missing months',
    target: 'no annual target',
    history: 'no month reported yet',
    divzero: 'undefined (division by zero)',
    estimated: 'built from estimates (est.)',
    mark: ' (est.)',
    more: 'and {n} more',
    severity: 'Severity',
    code: 'Code',
    sheet: 'Sheet',
    cell: 'Cell',
    message: 'Message',
    error: 'error',
    warning: 'warning',
    none: 'No errors or warnings.',
    totals: 'In all: {errors} errors, {warnings} warnings.',
  },
} as const;

/** A text cell; text longer than a cell can hold is cut, with a mark (`fitCellText`). */
const t = (text: string, bold = false): OutputCell => {
  const value = fitCellText(text);
  return bold ? { kind: 'text', value, bold: true } : { kind: 'text', value };
};
const sub = (s: string, params: Readonly<Record<string, string | number>>) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/**
 * Where a figure of a consolidation sits on the summary sheet (0-based row and column), or
 * `undefined` when the consolidation has no such indicator, board or measure.
 *
 * @example
 * ```ts
 * import { consolidateWorkbook, summaryPosition } from 'hoptac/workbook';
 * const r = consolidateWorkbook(grid, { period: '2017-Q4' });
 * summaryPosition(r.consolidation!, 'export_value', 'ALL', 'value'); // { row: 6, col: 6 } with 3 boards
 * ```
 */
export function summaryPosition(consolidation: Consolidation, indicator: string, board: string, measure: Measure): { row: number; col: number } | undefined {
  const i = consolidation.indicators.indexOf(indicator);
  const k = MEASURES.indexOf(measure);
  const b = board === ALL ? consolidation.boards.length : consolidation.boards.indexOf(board);
  if (i < 0 || k < 0 || b < 0) return undefined;
  return { row: SUMMARY_FIRST_DATA_ROW + i, col: SUMMARY_FIRST_FIGURE_COL + k * (consolidation.boards.length + 1) + b };
}

/**
 * The two sheets to write after a consolidation: `summary` (named `Tổng hợp`) and `findings`
 * (named `Kiểm tra`), in Vietnamese (default) or English.
 *
 * `summary` layout (0-based rows and columns; B = number of boards):
 * - rows 0-2: title (`BÁO CÁO TỔNG HỢP KẾT QUẢ HỢP TÁC — Quý IV/2017`), the boards (`DN — name, ...`),
 *   and a line on how to read it; when the workbook has errors (no consolidation), row 2 says so
 *   and the sheet ends there, holding no figure; row 3 is blank;
 * - row 4 ({@link SUMMARY_HEADER_ROW}): `STT | Chỉ tiêu | Đơn vị tính |` then, for each measure of
 *   `MEASURES` in order (value, ytd, same_period_last_year, vs_last_year_pct, target,
 *   ytd_target_pct, cumulative), its title over B + 1 columns (merged), then `Ghi chú`;
 * - row 5: under each measure title, the board codes in the consolidation's order, then
 *   `Tổng cộng` (ALL);
 * - rows 6 on ({@link SUMMARY_FIRST_DATA_ROW}): one row per indicator in the consolidation's
 *   order: STT (1, 2, ...), the indicator's name, its unit, then the figure of measure k
 *   (0-based in `MEASURES`) and board j (0-based; j = B for ALL) in column 3 + k × (B + 1) + j
 *   (see {@link summaryPosition}), then the notes in column 3 + 7 × (B + 1).
 *
 * Every row of `consolidation.rows` is in exactly one cell: a number cell
 * (`{kind: 'number', value, format}`; the value exact, the format showing every decimal of the
 * row's figures, or the ratio's decimals, or 2 for percentages) when its status is `ok`, an empty
 * cell (never 0) otherwise, with the reason in the notes (which board lacks which months or
 * target, or a division by zero). The target and % of target of an indicator no board has a target
 * for (status `no-plan`) show `—` and add no note: it has no plan, which is
 * not a gap. Measures a ratio does not have stay empty.
 *
 * `findings`: header `Mức độ | Mã | Trang tính | Ô | Nội dung` (`Severity | Code | Sheet | Cell |
 * Message`), one row per finding in order, the cell column linking to the finding's place, then a
 * totals line; when details were capped, the `findings-capped` finding with exact counts is last.
 *
 * @example
 * ```ts
 * import { consolidateWorkbook, reportSheets } from 'hoptac/workbook';
 * const { summary, findings } = reportSheets(consolidateWorkbook(grid, { period: '2017-Q4' }));
 * summary.name;  // 'Tổng hợp'
 * findings.name; // 'Kiểm tra'
 * ```
 */
export function reportSheets(result: WorkbookConsolidation, options: { readonly lang?: Lang } = {}): { readonly summary: OutputSheet; readonly findings: OutputSheet } {
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  return { summary: summarySheet(result, lang), findings: findingsSheet(result, lang) };
}

function summarySheet(result: WorkbookConsolidation, lang: Lang): OutputSheet {
  const L = TEXT[lang];
  let periodText = result.period;
  try {
    periodText = periodLabel(parsePeriod(result.period), lang);
  } catch {
    // keep the canonical text
  }
  const boardLine = `${L.boards}: ${result.model.boards.map((b) => (b.name !== '' && b.name !== b.code ? `${b.code} — ${b.name}` : b.code)).join('; ')}`;
  const rows: OutputCell[][] = [[t(`${L.title} — ${periodText}`, true)], [t(boardLine)]];
  const c = result.consolidation;
  if (c === undefined) {
    rows.push([t(sub(L.errors, { n: totals(result).errors, sheet: FINDINGS_SHEET }), true)]);
    return { name: SUMMARY_SHEET, rows, columnWidths: [100], print: summaryPrint(periodText, lang, undefined) };
  }
  rows.push([t(sub(L.info, { period: periodText }))]);
  rows.push([]);
  const B = c.boards.length;
  const width = B + 1;
  const notesCol = SUMMARY_FIRST_FIGURE_COL + MEASURES.length * width;
  const { h1, h2, merges } = summaryHeader(c.boards, lang, notesCol);
  rows.push(h1, h2);

  // group the rows by indicator
  const byIndicator = new Map<string, ConsolidatedRow[]>();
  for (const r of c.rows) {
    let list = byIndicator.get(r.indicator);
    if (list === undefined) {
      list = [];
      byIndicator.set(r.indicator, list);
    }
    list.push(r);
  }
  const inds = new Map<string, Indicator>(result.model.catalogue.indicators.map((i) => [i.code, i] as const));
  const boardPos = new Map<string, number>(c.boards.map((b, j) => [b, j] as const));
  boardPos.set(ALL, B);
  const measurePos = new Map<Measure, number>(MEASURES.map((m, k) => [m, k] as const));
  // one format per indicator row, padded so the decimal points of a column line up
  const decimalsOf = new Map(c.indicators.map((code) => [code, rowDecimals(byIndicator.get(code) ?? [], inds.get(code)?.kind === 'ratio' ? inds.get(code)?.decimals : 0)] as const));
  const alignTo = Math.max(0, ...decimalsOf.values());
  c.indicators.forEach((code, i) => {
    const ind = inds.get(code);
    const list = byIndicator.get(code) ?? [];
    const unit = ind?.unit ?? list[0]?.unit ?? '';
    const unitText = lang === 'en' ? (BY_KEY.get(matchKey(unit))?.en ?? unit) : unit;
    const row: OutputCell[] = new Array<OutputCell>(notesCol + 1).fill(undefined);
    row[0] = { kind: 'number', value: String(i + 1), format: '0' };
    row[1] = t(ind === undefined ? code : lang === 'en' ? ind.nameEn : ind.nameVi);
    row[2] = t(unitText);
    const rowFormat = alignedFormat(decimalsOf.get(code) ?? 0, alignTo);
    for (const r of list) {
      const j = boardPos.get(r.board);
      const k = measurePos.get(r.measure);
      if (j === undefined || k === undefined) continue;
      // no board has a target for the year: no plan, not a gap ("—", no note)
      if (r.status === 'no-plan') row[SUMMARY_FIRST_FIGURE_COL + k * width + j] = t(NO_PLAN_MARK);
      if (r.value === null || r.status !== 'ok') continue;
      // a figure built from an estimated month shows the mark after its number (still a number)
      const format = markedFormat(isPercentMeasure(r.measure) ? PERCENT_FORMAT : rowFormat, r.estimated === true ? TEXT[lang].mark : undefined);
      row[SUMMARY_FIRST_FIGURE_COL + k * width + j] = { kind: 'number', value: r.value, format };
    }
    const note = notesFor(list, lang);
    // notes wrap within their column: on paper, a long note never widens the page
    if (note !== '') row[notesCol] = { kind: 'text', value: fitCellText(note), wrap: true };
    rows.push(row);
  });
  const columnWidths = fitColumnWidths(rows, merges, SUMMARY_HEADER_ROW, (col) => (col === notesCol ? NOTES_FIT : (SUMMARY_COLUMN_FIT[col] ?? FIGURE_FIT)));
  const print = summaryPrint(periodText, lang, SUMMARY_FIRST_DATA_ROW - 1);
  const rowHeights = wrappedRowHeights(rows, columnWidths);
  return { name: SUMMARY_SHEET, rows, columnWidths, rowHeights, merges, freeze: { rows: SUMMARY_FIRST_DATA_ROW, cols: SUMMARY_FIRST_FIGURE_COL }, print };
}

/** The summary's two header rows (STT, indicator, unit; each measure over its boards and total; notes) and their merges. */
function summaryHeader(boards: readonly string[], lang: Lang, notesCol: number): { h1: OutputCell[]; h2: OutputCell[]; merges: string[] } {
  const L = TEXT[lang];
  const B = boards.length;
  const width = B + 1;
  const h1: OutputCell[] = [t(L.no, true), t(L.indicator, true), t(L.unit, true)];
  const h2: OutputCell[] = [undefined, undefined, undefined];
  const merges: string[] = [
    `${a1(SUMMARY_HEADER_ROW, 0)}:${a1(SUMMARY_HEADER_ROW + 1, 0)}`,
    `${a1(SUMMARY_HEADER_ROW, 1)}:${a1(SUMMARY_HEADER_ROW + 1, 1)}`,
    `${a1(SUMMARY_HEADER_ROW, 2)}:${a1(SUMMARY_HEADER_ROW + 1, 2)}`,
  ];
  MEASURES.forEach((m, k) => {
    const col = SUMMARY_FIRST_FIGURE_COL + k * width;
    h1[col] = t(MEASURE_TITLES[lang][m], true);
    for (let j = 1; j < width; j++) h1[col + j] = undefined;
    boards.forEach((b, j) => (h2[col + j] = t(b, true)));
    h2[col + B] = t(L.total, true);
    if (width > 1) merges.push(`${a1(SUMMARY_HEADER_ROW, col)}:${a1(SUMMARY_HEADER_ROW, col + B)}`);
  });
  h1[notesCol] = t(L.notes, true);
  h2[notesCol] = undefined;
  merges.push(`${a1(SUMMARY_HEADER_ROW, notesCol)}:${a1(SUMMARY_HEADER_ROW + 1, notesCol)}`);
  return { h1, h2, merges };
}

/** Bounds of the summary's column widths: STT, the indicator's name, its unit; the figures; the notes. */
const SUMMARY_COLUMN_FIT = [{ min: 4, max: 6 }, { min: 20, max: 48 }, { min: 6, max: 14 }] as const;
const FIGURE_FIT = { min: 6, max: 18 } as const;
const NOTES_FIT = { min: 10, max: 40 } as const;

/** What a target or % of target cell shows when the indicator has no plan (status `no-plan`). */
const NO_PLAN_MARK = '—';

const MAX_NOTE_BOARDS = 5;
const MAX_NOTE_MONTHS = 4; // runs of months

/** Why the row's blank figures are blank: which board lacks which months or targets; divisions by zero. */
function notesFor(list: readonly ConsolidatedRow[], lang: Lang): string {
  const L = TEXT[lang];
  interface Need {
    months: Set<string>;
    years: Set<number>;
    history: boolean;
  }
  const needs = new Map<string, Need>();
  const undef = new Map<Measure, Set<string>>();
  for (const r of list) {
    if (r.status === 'undefined') {
      let s = undef.get(r.measure);
      if (s === undefined) {
        s = new Set();
        undef.set(r.measure, s);
      }
      s.add(r.board === ALL ? L.total : r.board);
      continue;
    }
    if (r.status !== 'missing' || r.missing === undefined) continue;
    for (const it of r.missing.items) {
      let n = needs.get(it.board);
      if (n === undefined) {
        n = { months: new Set(), years: new Set(), history: false };
        needs.set(it.board, n);
      }
      if (it.what === 'month' && it.month !== undefined) n.months.add(it.month);
      else if (it.what === 'target' && it.year !== undefined) n.years.add(it.year);
      else if (it.what === 'history') n.history = true;
    }
  }
  const parts: string[] = [];
  const estimated = [...new Set(list.filter((r) => r.status === 'ok' && r.estimated === true).map((r) => (r.board === ALL ? L.total : r.board)))];
  if (estimated.length > 0) parts.push(`${L.estimated}: ${estimated.join(', ')}`);
  let shownBoards = 0;
  for (const [board, n] of needs) {
    if (shownBoards === MAX_NOTE_BOARDS) {
      parts.push(sub(L.more, { n: needs.size - MAX_NOTE_BOARDS }));
      break;
    }
    shownBoards++;
    const bits: string[] = [];
    if (n.months.size > 0) {
      const runs = monthRuns([...n.months].sort());
      const head = runs.slice(0, MAX_NOTE_MONTHS).join(', ');
      bits.push(`${L.months} ${head}${runs.length > MAX_NOTE_MONTHS ? ', …' : ''}`);
    }
    if (n.years.size > 0) bits.push(`${L.target} ${[...n.years].sort().join(', ')}`);
    if (n.history) bits.push(L.history);
    parts.push(`${board}: ${bits.join(', ')}`);
  }
  for (const [m, boards] of undef) parts.push(`${MEASURE_TITLES[lang][m]} (${[...boards].join(', ')}): ${L.divzero}`);
  return parts.join('; ');
}

/** Sorted canonical months as runs: `2016-03–2016-12, 2017-02`. */
function monthRuns(ms: readonly string[]): string[] {
  const idx = (m: string) => monthTextIndex(m) ?? Number.NaN;
  const runs: string[] = [];
  let i = 0;
  while (i < ms.length) {
    let j = i;
    while (j + 1 < ms.length && idx(ms[j + 1]!) === idx(ms[j]!) + 1) j++;
    runs.push(j === i ? ms[i]! : `${ms[i]!}–${ms[j]!}`);
    i = j + 1;
  }
  return runs;
}

function findingsSheet(result: WorkbookConsolidation, lang: Lang): OutputSheet {
  const L = TEXT[lang];
  const rows: OutputCell[][] = [[t(L.severity, true), t(L.code, true), t(L.sheet, true), t(L.cell, true), t(L.message, true)]];
  const list = [...result.findings.filter((f) => f.code !== 'findings-capped'), ...result.findings.filter((f) => f.code === 'findings-capped')];
  const { errors, warnings } = totals(result);
  for (const f of list) {
    const where: OutputCell =
      f.sheet === undefined ? undefined : f.cell === undefined ? { kind: 'text', value: '', link: { sheet: f.sheet } } : { kind: 'text', value: f.cell, link: { sheet: f.sheet, cell: f.cell } };
    rows.push([t(f.severity === 'error' ? L.error : L.warning, f.severity === 'error'), t(f.code), t(f.sheet ?? ''), where, t(findingMessage(f, lang))]);
  }
  if (list.length === 0) rows.push([t(L.none)]);
  else rows.push([t(sub(L.totals, { errors, warnings }), true)]);
  return { name: FINDINGS_SHEET, rows, columnWidths: [10, 20, 16, 8, 100], freeze: { rows: 1, cols: 0 } };
}

/** Exact numbers of errors and warnings: the model's counts, plus findings added after reading. */
function totals(result: WorkbookConsolidation): { errors: number; warnings: number } {
  return findingTotals(result.findings, result.model.counts, result.model.rules);
}
