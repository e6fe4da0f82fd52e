/**
 * Builds the empty shared workbook of format 1 that the boards fill in: `Boards`, `Settings`,
 * `Targets`, one sheet per board (title rows, the header, section headings, the built-in catalogue's
 * rows) with data validation on the value cells only, and a short `Hướng dẫn` sheet.
 */
import ExcelJS from 'exceljs';
import { Period, builtInCatalogue } from 'hoptac';
import type { Catalogue, MonthPeriod } from 'hoptac';
import { BOARD_HEADER, BOARDS_HEADER, boardInfo, sectioned } from './layout.js';

export interface TemplateOptions {
  readonly boards: readonly string[];
  readonly from: MonthPeriod;
  readonly to: MonthPeriod;
  readonly catalogue?: Catalogue;
  /** fixed creation date (reproducible files); default now */
  readonly created?: Date;
}

/** The first value column (0-based): A code, B indicator, C unit, D opening, E the first month. */
export const FIRST_MONTH_COL = 4;
/** Rows above the header on a board sheet (title, subtitle, blank). */
export const TITLE_ROWS = 3;

/** Month header text as the boards write it: `Tháng 1/2017`. */
export function monthHeader(m: MonthPeriod): string {
  return `Tháng ${m.month}/${m.year}`;
}

const BIG = 999_999_999_999_999;
const PROMPT = 'Nhập số (ví dụ 1234,5). Để trống nếu chưa có số liệu; nhập - nếu trong tháng không phát sinh.';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const GREY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };

/** exceljs keeps range validations in `dataValidations`, which its typings leave out. */
type WithValidations = ExcelJS.Worksheet & { readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** Column letters of a 1-based column (exceljs addresses). */
function col(n: number): string {
  let s = '';
  let c = n;
  while (c > 0) {
    const r = (c - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}

/** The template as an exceljs workbook (not yet written). */
export function buildTemplate(options: TemplateOptions): ExcelJS.Workbook {
  const catalogue = options.catalogue ?? builtInCatalogue;
  const months = Period.months(Period.span(options.from, options.to)) as MonthPeriod[];
  const wb = new ExcelJS.Workbook();
  const when = options.created ?? new Date();
  wb.creator = 'hoptac';
  wb.lastModifiedBy = 'hoptac';
  wb.created = when;
  wb.modified = when;
  addBoardsSheet(wb, options.boards);
  addSettingsSheet(wb);
  addTargetsSheet(wb);
  // Board sheets. Ratios are not rows: they are always recomputed from their parts.
  const sections = sectioned(catalogue.indicators.filter((i) => i.kind !== 'ratio'));
  for (const code of options.boards) addBoardSheet(wb, code, months, sections);
  addHelpSheet(wb);
  return wb;
}

/** Boards: one row per board. */
function addBoardsSheet(wb: ExcelJS.Workbook, codes: TemplateOptions['boards']): void {
  const boards = wb.addWorksheet('Boards');
  boards.addRow([...BOARDS_HEADER]).font = { bold: true };
  for (const code of codes) {
    const b = boardInfo(code);
    boards.addRow([b.code, b.name, b.province, b.zoneKind, b.focalUnit]);
  }
  boards.columns = [{ width: 8 }, { width: 48 }, { width: 16 }, { width: 8 }, { width: 28 }];
  boards.views = [{ state: 'frozen', ySplit: 1 }];

}

/** Settings: the number format of numbers typed as text. */
function addSettingsSheet(wb: ExcelJS.Workbook): void {
  const settings = wb.addWorksheet('Settings');
  settings.addRow(['key', 'value']).font = { bold: true };
  settings.addRow(['number_format', 'vi']);
  settings.columns = [{ width: 18 }, { width: 10 }];
  settings.getCell('B2').dataValidation = { type: 'list', allowBlank: false, formulae: ['"vi,en"'] };

}

/** Targets: header only; the boards add one row per board, indicator and year. */
function addTargetsSheet(wb: ExcelJS.Workbook): void {
  const targets = wb.addWorksheet('Targets');
  targets.addRow(['board', 'indicator', 'year', 'target']).font = { bold: true };
  targets.columns = [{ width: 10 }, { width: 26 }, { width: 8 }, { width: 16 }];
  targets.views = [{ state: 'frozen', ySplit: 1 }];

}

/** A section of the board sheets: its title and its indicators (ratios left out). */
type TemplateSection = ReturnType<typeof sectioned>[number];

/** One board's sheet: title, header, the sections' rows with their number formats and validations. */
function addBoardSheet(wb: ExcelJS.Workbook, code: string, months: readonly MonthPeriod[], sections: readonly TemplateSection[]): void {
  const lastCol = FIRST_MONTH_COL + months.length; // 1-based number of the last month column
  const b = boardInfo(code);
  const ws = wb.addWorksheet(code) as WithValidations;
  ws.addRow([b.name.toUpperCase()]).font = { bold: true, size: 13 };
  ws.addRow([`Số liệu hợp tác hằng tháng, từ ${monthHeader(months[0]!)} đến ${monthHeader(months[months.length - 1]!)}`]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow([BOARD_HEADER.code, BOARD_HEADER.indicator, BOARD_HEADER.unit, BOARD_HEADER.opening, ...months.map(monthHeader)]);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  for (const section of sections) {
    ws.addRow([null, section.title]).font = { bold: true };
    const first = ws.rowCount + 1;
    for (const ind of section.indicators) {
      const row = ws.addRow([ind.code, ind.nameVi, ind.unit]);
      if (ind.kind !== 'flow') row.getCell(FIRST_MONTH_COL).fill = GREY_FILL; // opening is for flows only
      for (let c = FIRST_MONTH_COL; c <= lastCol; c++) row.getCell(c).numFmt = '#,##0.##';
    }
    const last = ws.rowCount;
    addRunValidations(ws, section, first, last, lastCol);
  }
  ws.columns = [{ width: 26 }, { width: 44 }, { width: 14 }, { width: 14 }, ...months.map(() => ({ width: 13 }))];
  ws.views = [{ state: 'frozen', xSplit: FIRST_MONTH_COL, ySplit: TITLE_ROWS + 1 }];
}

/** One rectangle per run of same-kind rows, restricted to the value cells (never whole columns). */
function addRunValidations(ws: WithValidations, section: TemplateSection, first: number, last: number, lastCol: number): void {
  let runStart = first;
  for (let r = first; r <= last; r++) {
    const kind = section.indicators[r - first]!.kind;
    const nextKind = r < last ? section.indicators[r + 1 - first]!.kind : undefined;
    if (nextKind === kind) continue;
    const stock = kind === 'stock';
    ws.dataValidations.add(`${col(FIRST_MONTH_COL + 1)}${runStart}:${col(lastCol)}${r}`, {
      type: 'decimal',
      operator: stock ? 'greaterThanOrEqual' : 'between',
      allowBlank: true,
      formulae: stock ? [0] : [-BIG, BIG],
      showInputMessage: true,
      promptTitle: 'Số liệu',
      prompt: PROMPT,
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Không phải số',
      error: stock ? 'Chỉ tiêu thời điểm phải là số không âm (hoặc - nếu bằng 0).' : 'Giá trị phải là số (hoặc - nếu không phát sinh).',
    });
    const flow = kind === 'flow';
    if (flow) {
      ws.dataValidations.add(`${col(FIRST_MONTH_COL)}${runStart}:${col(FIRST_MONTH_COL)}${r}`, {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [-BIG, BIG],
        showInputMessage: true,
        promptTitle: 'Lũy kế đầu kỳ',
        prompt: 'Tổng cộng dồn trước tháng đầu tiên của sổ. Để trống nếu không có số liệu trước đó.',
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Không phải số',
        error: 'Giá trị phải là số.',
      });
    }
    runStart = r + 1;
  }
}

/** Instructions (ignored by the reader: column A has no `code` header). */
function addHelpSheet(wb: ExcelJS.Workbook): void {
  const help = wb.addWorksheet('Hướng dẫn');
  for (const line of [
    'Hướng dẫn nhập số liệu (định dạng 1)',
    '',
    '• Mỗi đơn vị nhập số liệu của mình vào trang mang mã đơn vị (DN, LD, ...), mỗi tháng một cột.',
    '• Ô trống: chưa báo cáo (thiếu). Dấu -: đã báo cáo, trong tháng không phát sinh (bằng 0).',
    '• Chỉ tiêu phát sinh (vốn, xuất khẩu...) nhập số của riêng tháng đó; chỉ tiêu thời điểm (lao động, diện tích...) nhập số cuối tháng.',
    '• Cột "lũy kế đầu kỳ": tổng cộng dồn của chỉ tiêu phát sinh trước tháng đầu tiên; để trống nếu không có.',
    '• Tỷ lệ lấp đầy và tỷ lệ lao động nước ngoài không nhập: được tính từ các chỉ tiêu thành phần.',
    '• Trang Targets: kế hoạch năm, mỗi dòng một đơn vị, một chỉ tiêu, một năm, theo đơn vị tính của danh mục.',
    '• Trang Settings: number_format = vi (1.234,5) hoặc en (1,234.5) cho số nhập dưới dạng chữ.',
    '• Kiểm tra sổ: hoptac check <tệp>.xlsx',
  ]) {
    help.addRow([line]);
  }
  help.getRow(1).font = { bold: true, size: 13 };
  help.columns = [{ width: 120 }];
}
