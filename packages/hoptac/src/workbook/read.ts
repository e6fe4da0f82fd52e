/**
 * readWorkbook: a Grid in, the model of format 1 and every finding out, in one linear pass.
 */
import { normalizeDecimal, significantDigits } from '../decimal/public.js';
import { format as formatScaled, parseScaled, shift } from '../decimal/scaled.js';
import { builtInCatalogue } from '../indicator/builtin.js';
import { safeDefineCatalogue } from '../indicator/define.js';
import type { Catalogue, Indicator } from '../indicator/types.js';
import { createObservations, type ObservationBuilder } from '../observation/set.js';
import { monthIndex, monthIndexText } from '../period/core.js';
import { parse as parsePeriod } from '../period/parse.js';
import { matchKey } from '../text/match-key.js';
import { BY_KEY, type UnitInfo } from '../unit/units.js';
import { isDateFormat, serialToMonth } from './excel-date.js';
import type { FindingCode } from './findings.js';
import { a1, columnName, type GridCell, type GridSheet, type Grid, parseA1 } from './grid.js';
import { Collector, DEFAULT_CAP, type Place, shown } from './internal/collector.js';
import type { BoardInfo, ReadWorkbookOptions, WorkbookModel } from './model.js';
import { type NumberFormat, parseTextNumber } from './number-text.js';
import { EXCEL_MAX_CELL_TEXT, FINDINGS_SHEET, SUMMARY_SHEET } from './output.js';
import { storedDoubleLost } from './stored-double.js';

const keys = (...labels: string[]): ReadonlySet<string> => new Set(labels.map(matchKey));

const BOARDS_NAMES = keys('Boards', 'Đơn vị');
const INDICATORS_NAMES = keys('Indicators', 'Chỉ tiêu');
const TARGETS_NAMES = keys('Targets', 'Kế hoạch');
const SETTINGS_NAMES = keys('Settings', 'Cài đặt');
const OWN_OUTPUT = keys(SUMMARY_SHEET, FINDINGS_SHEET);
const RESERVED = keys(
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toString', 'toLocaleString', 'valueOf', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
);

const CODE_LABELS = keys('code', 'mã');

type Fields<K extends string> = ReadonlyArray<readonly [K, ReadonlySet<string>]>;

const BOARD_FIELDS: Fields<'code' | 'name' | 'province' | 'zone_kind' | 'focal_unit'> = [
  ['code', keys('code', 'mã', 'mã đơn vị')],
  ['name', keys('name', 'tên', 'tên đơn vị')],
  ['province', keys('province', 'tỉnh', 'tỉnh/thành phố')],
  ['zone_kind', keys('zone_kind', 'loại', 'loại khu')],
  ['focal_unit', keys('focal_unit', 'đầu mối', 'đơn vị đầu mối')],
];
const INDICATOR_FIELDS: Fields<'code' | 'name_vi' | 'name_en' | 'unit' | 'kind' | 'numerator' | 'denominator' | 'decimals'> = [
  ['code', keys('code', 'mã', 'mã chỉ tiêu')],
  ['name_vi', keys('name_vi', 'tên', 'tên chỉ tiêu', 'tên tiếng việt')],
  ['name_en', keys('name_en', 'tên tiếng anh')],
  ['unit', keys('unit', 'đơn vị tính', 'đvt')],
  ['kind', keys('kind', 'loại')],
  ['numerator', keys('numerator', 'tử số')],
  ['denominator', keys('denominator', 'mẫu số')],
  ['decimals', keys('decimals', 'số chữ số thập phân', 'số thập phân')],
];
const TARGET_FIELDS: Fields<'board' | 'indicator' | 'year' | 'target'> = [
  ['board', keys('board', 'đơn vị', 'mã đơn vị')],
  ['indicator', keys('indicator', 'chỉ tiêu', 'mã chỉ tiêu')],
  ['year', keys('year', 'năm')],
  ['target', keys('target', 'kế hoạch', 'chỉ tiêu kế hoạch', 'giá trị')],
];
const SETTING_FIELDS: Fields<'key' | 'value'> = [
  ['key', keys('key', 'khóa', 'tham số')],
  ['value', keys('value', 'giá trị')],
];
const SHEET_INDICATOR_LABELS = keys('indicator', 'chỉ tiêu', 'tên chỉ tiêu', 'name', 'tên');
const SHEET_UNIT_LABELS = keys('unit', 'đơn vị tính', 'đvt', 'đơn vị');
const SHEET_OPENING_LABELS = keys('opening', 'lũy kế đầu kỳ', 'lũy kế trước kỳ');
const NUMBER_FORMAT_KEYS = keys('number_format', 'number format', 'định dạng số');
const KIND_WORDS = new Map<string, string>([
  ['flow', 'flow'], [matchKey('thời kỳ'), 'flow'], [matchKey('lưu lượng'), 'flow'],
  ['stock', 'stock'], [matchKey('thời điểm'), 'stock'],
  ['ratio', 'ratio'], [matchKey('tỷ lệ'), 'ratio'],
]);
const ZONE_KINDS = new Map<string, BoardInfo['zoneKind']>([
  ['kcn', 'KCN'], ['kkt', 'KKT'], ['kcx', 'KCX'],
  [matchKey('khu công nghiệp'), 'KCN'], [matchKey('khu kinh tế'), 'KKT'], [matchKey('khu chế xuất'), 'KCX'],
]);
const BOARD_CODE = /^[A-Z0-9_]{1,16}$/;
const INDICATOR_CODE = /^[a-z0-9_]{1,64}$/;
/** Excel's error values: as text (pasted or typed) they are still errors, not words. */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);

/** Value cell states. */
const BLANK = 0;
const VALUE = 1;
const BAD = 2;

const NUMBER_FORMAT_TEXT: Readonly<Record<NumberFormat, string>> = { vi: 'vi (1.234.567,5)', en: 'en (1,234,567.5)' };

/** `-`? digits (`.` digits)?: the plain decimal form of Grid number cells. */
function isPlainDecimal(v: string): boolean {
  const n = typeof v === 'string' ? v.length : 0;
  if (n === 0) return false;
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot && digits > 0) dot = true;
    else return false;
  }
  return digits > 0 && v.charCodeAt(n - 1) !== 46;
}

/** The text of a cell as a label (numbers as their decimal, other kinds blank). */
function labelOf(cell: GridCell | undefined): string {
  if (cell === undefined || cell === null) return '';
  return cell.kind === 'text' || cell.kind === 'number' ? cell.value : '';
}

function isBlankCell(cell: GridCell | undefined): boolean {
  if (cell === undefined || cell === null || cell.kind === 'empty') return cell?.noCachedValue !== true;
  return cell.kind === 'text' && cell.value.trim() === '';
}

/** Column positions of named header fields in one header row. */
function headerColumns<K extends string>(row: ReadonlyArray<GridCell | undefined> | undefined, fields: Fields<K>): Map<K, number> {
  const out = new Map<K, number>();
  if (!row) return out;
  for (let c = 0; c < row.length; c++) {
    const key = matchKey(labelOf(row[c]));
    if (key === '') continue;
    for (const [field, labels] of fields) {
      if (!out.has(field) && labels.has(key)) {
        out.set(field, c);
        break;
      }
    }
  }
  return out;
}

/** Title rows allowed above the header of Boards, Indicators, Targets and Settings. */
const KEY_SHEET_TITLE_ROWS = 10;

/**
 * The header row of a key sheet (Boards, Indicators, Targets, Settings): the first of its first
 * rows whose column A holds the first field's label, else row 0; and where each field's column is.
 */
function keySheetHeader<K extends string>(sheet: GridSheet, fields: Fields<K>): { hr: number; cols: Map<K, number> } {
  const found = findHeaderRow(sheet, fields[0]![1], KEY_SHEET_TITLE_ROWS);
  const hr = Math.max(found, 0);
  return { hr, cols: headerColumns(sheet.rows[hr], fields) };
}

/** The first row (of the first `limit`) whose column A is one of `labels`; -1 when none. */
function findHeaderRow(sheet: GridSheet, labels: ReadonlySet<string>, limit: number): number {
  const n = Math.min(sheet.rows.length, limit);
  for (let r = 0; r < n; r++) {
    const cell = sheet.rows[r]?.[0];
    if (cell && cell.kind === 'text' && labels.has(matchKey(cell.value))) return r;
  }
  return -1;
}

function isCodeShaped(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

const ROMAN = /^[IVXLC]+$/;

/** The month of a header cell, or undefined. */
function headerMonth(cell: GridCell | undefined): number | undefined {
  if (!cell) return undefined;
  if (cell.kind === 'number') {
    const dated = cell.format === undefined ? plausibleSerial(cell.value) : isDateFormat(cell.format);
    if (!dated) return undefined;
    const m = serialToMonth(cell.value);
    return m === undefined ? undefined : monthIndex({ kind: 'month', year: Number(m.slice(0, 4)), month: Number(m.slice(5)) });
  }
  if (cell.kind !== 'text') return undefined;
  const t = cell.value.trim();
  if (t.length < 6 || t.length > 40) return undefined;
  const fast = fastMonth(t);
  if (fast !== undefined) return fast;
  // cheap precheck: a month header has a 4-digit year
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 5) return undefined;
  try {
    const p = parsePeriod(t);
    return p.kind === 'month' ? monthIndex(p) : undefined;
  } catch {
    return undefined;
  }
}

const digitAt = (t: string, i: number): number => {
  const c = t.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** `2017-01`, `01/2017`, `1/2017`, `T1/2017` and `Tháng 1/2017` without the general period parser (the common header forms). */
function fastMonth(t0: string): number | undefined {
  let t = t0;
  // `Tháng ` (NFC, any case) or `T` before M/YYYY
  if (t.length > 8 && (t.charCodeAt(0) | 32) === 116 && (t.charCodeAt(1) | 32) === 104 && t.charCodeAt(5) === 32 && t.slice(0, 5).toLowerCase() === 'tháng') t = t.slice(6);
  else if ((t.charCodeAt(0) | 32) === 116 && digitAt(t, 1) >= 0) t = t.slice(1);
  let y: number;
  let m: number;
  if (t.length === 7 && t.charCodeAt(4) === 45) {
    y = digitAt(t, 0) * 1000 + digitAt(t, 1) * 100 + digitAt(t, 2) * 10 + digitAt(t, 3);
    m = digitAt(t, 5) * 10 + digitAt(t, 6);
    if (digitAt(t, 0) < 0 || digitAt(t, 1) < 0 || digitAt(t, 2) < 0 || digitAt(t, 3) < 0 || digitAt(t, 5) < 0 || digitAt(t, 6) < 0) return undefined;
  } else if ((t.length === 7 || t.length === 6) && t.charCodeAt(t.length - 5) === 47) {
    const o = t.length - 4;
    if (digitAt(t, o) < 0 || digitAt(t, o + 1) < 0 || digitAt(t, o + 2) < 0 || digitAt(t, o + 3) < 0) return undefined;
    y = digitAt(t, o) * 1000 + digitAt(t, o + 1) * 100 + digitAt(t, o + 2) * 10 + digitAt(t, o + 3);
    if (t.length === 7) {
      if (digitAt(t, 0) < 0 || digitAt(t, 1) < 0) return undefined;
      m = digitAt(t, 0) * 10 + digitAt(t, 1);
    } else {
      if (digitAt(t, 0) < 0) return undefined;
      m = digitAt(t, 0);
    }
  } else return undefined;
  if (m < 1 || m > 12 || y < 1900 || y > 2999) return undefined;
  return y * 12 + m - 1;
}

/** Without a number format (some readers give none), an integer serial of 1950-2100 is taken as a date. */
function plausibleSerial(v: string): boolean {
  if (v.length !== 5) return false;
  for (let i = 0; i < 5; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return v >= '18264' && v <= '73415';
}

interface SheetRole {
  readonly idx: number;
  readonly sheet: GridSheet;
}

/** A board row kept for the cross-board checks. */
interface RowRec {
  readonly ind: Indicator;
  readonly row: number;
  /** state per month position of the sheet (BLANK/VALUE/BAD); unused positions stay BAD */
  readonly states: Uint8Array;
  /** converted values, kept only for ratio parts */
  readonly values: (string | undefined)[] | undefined;
}

interface BoardSheetRec {
  readonly board: string;
  readonly idx: number;
  readonly sheet: GridSheet;
  readonly headerRow: number;
  /** month index per month position (-1: not a usable month column) */
  readonly months: Int32Array;
  /** grid column per month position */
  readonly cols: Int32Array;
  readonly rows: RowRec[];
}

/**
 * Reads a shared workbook in format 1 from a Grid: settings, boards, the catalogue (the
 * `Indicators` sheet or the built-in one), targets and every board sheet's values, converted to
 * catalogue units, exactly. Never throws on bad content: every problem becomes a {@link Finding}
 * (all of them, in one pass, in sheet/row/column order, at most `maxDetailsPerCode` listed per code
 * with exact `counts`).
 *
 * Choices where the format is silent:
 * - the header row of `Boards`, `Indicators`, `Targets` and `Settings` is row 1, or the first of
 *   the first 10 rows whose column A holds the first header label (title rows may stand above);
 * - a blank unit cell on a board sheet means the catalogue unit, with a `blank-unit` warning;
 * - an `opening` on a stock or ratio row is not used (`opening-not-flow` warning): a stock's
 *   cumulative is its end-of-period value; a blank opening means no earlier history;
 * - a ratio row on a board sheet is checked but not used (`ratio-reported`);
 * - a row whose column A is not a catalogue code is `unknown-indicator`, except a heading or note
 *   without any value (text with spaces or punctuation, a number, a Roman numeral), skipped;
 * - a number header cell without a number format is taken as a date when it is an integer serial of
 *   years 1950-2100 (readers that give no format);
 * - a blank cell is also added to the observations as a reported blank (`value: null`), with its
 *   source, so explanations can point at it; it is missing, never zero.
 *
 * @example
 * ```ts
 * import { readWorkbook } from 'hoptac/workbook';
 * const t = (value: string) => ({ kind: 'text' as const, value });
 * const n = (value: string) => ({ kind: 'number' as const, value });
 * const model = readWorkbook({ sheets: [
 *   { name: 'Boards', rows: [[t('code'), t('name'), t('province'), t('zone_kind'), t('focal_unit')],
 *                            [t('DN'), t('BQL các KCN Đồng Nai'), t('Đồng Nai'), t('KCN'), t('Phòng KHTH')]] },
 *   { name: 'DN', rows: [[t('code'), t('indicator'), t('unit'), t('2017-01')],
 *                        [t('export_value'), t('Kim ngạch xuất khẩu'), t('nghìn USD'), n('1520500')]] },
 * ] });
 * model.ok;                 // true (one unit-converted warning)
 * model.findings[0]?.code;  // 'unit-converted'
 * ```
 */
export function readWorkbook(grid: Grid, options: ReadWorkbookOptions = {}): WorkbookModel {
  const cap = options.maxDetailsPerCode ?? DEFAULT_CAP;
  const out = new Collector(Number.isInteger(cap) && cap >= 0 ? cap : DEFAULT_CAP);
  const sheets = Array.isArray(grid?.sheets) ? grid.sheets : [];
  const at = (idx: number, sheet: GridSheet | undefined, row?: number, col?: number): Place => {
    const p: { sheetIdx: number; sheet: string | undefined; row?: number; col?: number } = { sheetIdx: idx, sheet: sheet?.name };
    if (row !== undefined) p.row = row;
    if (col !== undefined) p.col = col;
    return p;
  };
  const flag = (code: FindingCode, msg: string, place: Place, params?: Readonly<Record<string, string | number>>) => out.add(code, msg, place, params);

  /** What the file reader noticed about a sheet, and text longer than an Excel cell holds. */
  const checkSheetShape = (sheet: GridSheet, idx: number): void => {
    if (sheet.withoutPart === true) flag('sheet-without-part', 'sheet-without-part', at(idx, sheet), { sheet: shown(sheet.name) });
    for (const d of sheet.duplicateCells ?? []) {
      const p = parseA1(d.cell);
      flag('duplicate-cell', 'duplicate-cell', p === undefined ? at(idx, sheet) : at(idx, sheet, p.row, p.col), { cell: d.cell, values: d.values.map((v) => `"${shown(v)}"`).join(', ') });
    }
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined || row === null) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell !== undefined && cell !== null && typeof cell.value === 'string' && cell.value.length > EXCEL_MAX_CELL_TEXT) flag('text-too-long', 'text-too-long', at(idx, sheet, r, c), { length: cell.value.length });
      }
    }
  };

  // ---- 1. sheets by role ----
  let boardsSheet: SheetRole | undefined;
  let indicatorsSheet: SheetRole | undefined;
  let targetsSheet: SheetRole | undefined;
  let settingsSheet: SheetRole | undefined;
  const others = new Map<string, SheetRole>(); // by matchKey of the name: candidates for board sheets
  const otherOrder: SheetRole[] = [];
  const claim = (current: SheetRole | undefined, role: SheetRole): SheetRole => {
    if (current !== undefined) {
      flag('duplicate-sheet', 'duplicate-sheet', at(role.idx, role.sheet), { first: current.sheet.name });
      return current;
    }
    return role;
  };
  sheets.forEach((sheet, idx) => {
    if (sheet === undefined || sheet === null || typeof sheet.name !== 'string' || !Array.isArray(sheet.rows)) return;
    const key = matchKey(sheet.name);
    if (RESERVED.has(key)) flag('reserved-sheet-name', 'reserved-sheet-name', at(idx, sheet));
    if (OWN_OUTPUT.has(key)) return;
    checkSheetShape(sheet, idx);
    const role: SheetRole = { idx, sheet };
    if (BOARDS_NAMES.has(key)) boardsSheet = claim(boardsSheet, role);
    else if (INDICATORS_NAMES.has(key)) indicatorsSheet = claim(indicatorsSheet, role);
    else if (TARGETS_NAMES.has(key)) targetsSheet = claim(targetsSheet, role);
    else if (SETTINGS_NAMES.has(key)) settingsSheet = claim(settingsSheet, role);
    else {
      otherOrder.push(role);
      if (!others.has(key)) others.set(key, role);
    }
  });

  // ---- 2. settings ----
  let numberFormat: NumberFormat = 'vi';
  if (settingsSheet !== undefined) numberFormat = readSettings(settingsSheet);

  // ---- value cells: one reader for every sheet ----
  let cellValue = '';
  let lastFormat: string | undefined;
  let lastIsDate = false;
  /**
   * Reads a value cell: BLANK, VALUE (then `cellValue` holds its exact decimal) or BAD, reporting
   * what is wrong with it.
   */
  const readValue = (cell: GridCell | undefined, idx: number, sheet: GridSheet, r: number, c: number): number => {
    if (cell === undefined || cell === null) return BLANK;
    if (cell.noCachedValue === true) {
      flag('no-cached-value', 'no-cached-value', at(idx, sheet, r, c), { formula: shown(cell.formula ?? '') });
      return BAD;
    }
    switch (cell.kind) {
      case 'number': {
        const fmt = cell.format;
        if (fmt !== undefined && fmt !== lastFormat) {
          lastFormat = fmt;
          lastIsDate = isDateFormat(fmt);
        }
        if (fmt !== undefined && lastIsDate) {
          flag('date-value', 'date-value', at(idx, sheet, r, c), { format: fmt });
          return BAD;
        }
        if (cell.raw !== undefined && cell.formula === undefined) checkRaw(cell, idx, sheet, r, c);
        cellValue = cell.value;
        if (!isPlainDecimal(cellValue)) {
          // not the Grid's plain form: accept any exact decimal text, refuse the rest
          try {
            cellValue = normalizeDecimal(String(cellValue));
          } catch {
            flag('not-a-number', 'not-a-number', at(idx, sheet, r, c), { value: shown(String(cell.value)), format: NUMBER_FORMAT_TEXT[numberFormat] });
            return BAD;
          }
        }
        return VALUE;
      }
      case 'empty':
        return BLANK;
      case 'text': {
        const t = parseTextNumber(cell.value, numberFormat);
        if (t.kind === 'blank') return BLANK;
        if (t.kind === 'zero') {
          cellValue = '0';
          return VALUE;
        }
        if (t.kind === 'invalid') {
          if (EXCEL_ERRORS.has(cell.value.trim().toUpperCase())) flag('formula-error', 'formula-error', at(idx, sheet, r, c), { value: shown(cell.value) });
          else flag('not-a-number', 'not-a-number', at(idx, sheet, r, c), { value: shown(cell.value), format: NUMBER_FORMAT_TEXT[numberFormat] });
          return BAD;
        }
        flag('text-number', 'text-number', at(idx, sheet, r, c), { value: shown(cell.value), read: t.value });
        if (t.value.length > 16) {
          const digits = significantDigits(t.value);
          if (digits > 15) flag('precision-loss', 'precision-loss.text', at(idx, sheet, r, c), { value: shown(cell.value), digits });
        }
        cellValue = t.value;
        return VALUE;
      }
      case 'error':
        flag('formula-error', 'formula-error', at(idx, sheet, r, c), { value: shown(cell.value) });
        return BAD;
      case 'boolean':
        flag('boolean-value', 'boolean-value', at(idx, sheet, r, c), { value: cell.value });
        return BAD;
      default:
        flag('not-a-number', 'not-a-number', at(idx, sheet, r, c), { value: shown(String((cell as { value?: unknown }).value ?? '')), format: NUMBER_FORMAT_TEXT[numberFormat] });
        return BAD;
    }
  };
  const checkRaw = (cell: GridCell, idx: number, sheet: GridSheet, r: number, c: number): void => {
    let raw: string;
    try {
      raw = normalizeDecimal(cell.raw!);
    } catch {
      return;
    }
    if (raw === cell.value) return;
    if (!storedDoubleLost(raw)) return;
    const digits = significantDigits(raw);
    if (digits > 15) flag('precision-loss', 'precision-loss.number', at(idx, sheet, r, c), { raw, value: cell.value, digits });
  };

  // ---- 3. catalogue ----
  let catalogue: Catalogue = options.catalogue ?? builtInCatalogue;
  if (options.catalogue === undefined && indicatorsSheet !== undefined) catalogue = readIndicators(indicatorsSheet);
  const byCode = new Map<string, Indicator>();
  for (const ind of catalogue.indicators) byCode.set(ind.code, ind);
  const suggestion = catalogue.indicators[0]?.code ?? 'export_value';
  // names, to catch a code pasted on another indicator's row
  const byName = new Map<string, string>();
  for (const ind of catalogue.indicators) {
    byName.set(matchKey(ind.nameVi), ind.code);
    byName.set(matchKey(ind.nameEn), ind.code);
  }
  const ratioParts = new Set<string>();
  for (const ind of catalogue.indicators) {
    if (ind.kind === 'ratio' && ind.unit === '%') {
      if (ind.numerator !== undefined) ratioParts.add(ind.numerator);
      if (ind.denominator !== undefined) ratioParts.add(ind.denominator);
    }
  }

  // ---- 4. boards ----
  const boards: BoardInfo[] = [];
  const boardCell = new Map<string, { row: number; col: number }>();
  if (boardsSheet === undefined) flag('missing-sheet', 'missing-sheet.boards', { sheetIdx: -1, sheet: undefined });
  else readBoards(boardsSheet);

  const builder: ObservationBuilder = createObservations();
  for (const b of boards) builder.board(b.code);

  // ---- 5. targets ----
  if (targetsSheet !== undefined) readTargets(targetsSheet);

  // ---- 6. board sheets ----
  const boardSheets: BoardSheetRec[] = [];
  const usedSheets = new Set<SheetRole>();
  for (const b of boards) {
    const key = matchKey(b.code);
    const role = others.get(key);
    if (role === undefined) {
      const bc = boardCell.get(b.code);
      flag('missing-sheet', 'missing-sheet.board', at(boardsSheet!.idx, boardsSheet!.sheet, bc?.row, bc?.col), { board: b.code });
      continue;
    }
    usedSheets.add(role);
    const rec = readBoardSheet(b.code, role);
    if (rec !== undefined) boardSheets.push(rec);
  }
  for (const role of otherOrder) {
    if (usedSheets.has(role)) continue;
    const key = matchKey(role.sheet.name);
    const first = others.get(key);
    if (first !== role && first !== undefined && usedSheets.has(first)) {
      flag('duplicate-sheet', 'duplicate-sheet', at(role.idx, role.sheet), { first: first.sheet.name });
      continue;
    }
    const r = findHeaderRow(role.sheet, CODE_LABELS, 30);
    if (r >= 0) flag('unknown-sheet', 'unknown-sheet', at(role.idx, role.sheet, r, 0), { label: shown(labelOf(role.sheet.rows[r]?.[0])) });
  }

  // ---- 7. across boards ----
  const monthSet = new Set<number>();
  for (const s of boardSheets) for (const m of s.months) if (m >= 0) monthSet.add(m);
  const monthList = [...monthSet].sort((a, b) => a - b);
  crossChecks(boardSheets, monthList);

  let observations;
  try {
    observations = builder.build();
  } catch {
    // cannot happen: months and indicators are deduplicated per sheet, sheets per board
    observations = createObservations().build();
  }
  const { findings, counts } = out.finish();
  const ok = !out.hasErrors();
  return Object.freeze({
    settings: Object.freeze({ numberFormat }),
    boards: Object.freeze(boards.map((b) => Object.freeze(b))),
    catalogue,
    observations,
    months: Object.freeze(monthList.map(monthIndexText)),
    findings: Object.freeze(findings),
    counts: Object.freeze(counts),
    ok,
  });

  // ======================================================================================
  function requireFields<K extends string>(role: SheetRole, headerRow: number, found: Map<K, number>, fields: Fields<K>, required: readonly K[]): boolean {
    let ok = true;
    for (const f of required) {
      if (found.has(f)) continue;
      ok = false;
      const aliases = [...(fields.find(([k]) => k === f)?.[1] ?? [])].filter((a) => a !== f).map((a) => `"${a}"`).join(', ');
      flag('bad-header', 'bad-header.missing', at(role.idx, role.sheet, Math.max(headerRow, 0), headerRow < 0 ? 0 : (role.sheet.rows[headerRow]?.length ?? 0)), { column: f, aliases });
    }
    return ok;
  }

  function readSettings(role: SheetRole): NumberFormat {
    const { sheet, idx } = role;
    const { hr, cols } = keySheetHeader(sheet, SETTING_FIELDS);
    if (!requireFields(role, hr, cols, SETTING_FIELDS, ['key', 'value'])) return 'vi';
    const kc = cols.get('key')!;
    const vc = cols.get('value')!;
    let result: NumberFormat = 'vi';
    const seen = new Map<string, number>();
    for (let r = hr + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      const key = matchKey(labelOf(row?.[kc]));
      if (key === '') continue;
      if (!NUMBER_FORMAT_KEYS.has(key)) {
        flag('unknown-setting', 'unknown-setting', at(idx, sheet, r, kc), { value: shown(labelOf(row?.[kc])) });
        continue;
      }
      const first = seen.get('number_format');
      if (first !== undefined) {
        flag('bad-setting', 'bad-setting.duplicate', at(idx, sheet, r, kc), { value: 'number_format', first: first + 1 });
        continue;
      }
      seen.set('number_format', r);
      const v = matchKey(labelOf(row?.[vc]));
      if (v === 'vi' || v === 'en') result = v;
      else flag('bad-setting', 'bad-setting.number-format', at(idx, sheet, r, vc), { value: shown(labelOf(row?.[vc])) });
    }
    return result;
  }

  function readIndicators(role: SheetRole): Catalogue {
    const { sheet, idx } = role;
    const { hr, cols } = keySheetHeader(sheet, INDICATOR_FIELDS);
    if (!requireFields(role, hr, cols, INDICATOR_FIELDS, ['code', 'name_vi', 'unit', 'kind'])) return builtInCatalogue;
    const cc = cols.get('code')!;
    interface Entry {
      readonly row: number;
      readonly input: Record<string, unknown>;
    }
    const entries: Entry[] = [];
    const firstRow = new Map<string, number>();
    const text = (row: ReadonlyArray<GridCell | undefined> | undefined, f: (typeof INDICATOR_FIELDS)[number][0]): string => {
      const c = cols.get(f);
      return c === undefined ? '' : labelOf(row?.[c]).trim();
    };
    for (let r = hr + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      const code = text(row, 'code');
      if (code === '') continue;
      const first = firstRow.get(code);
      if (first !== undefined) {
        flag('duplicate-indicator', 'duplicate-indicator.catalogue', at(idx, sheet, r, cc), { indicator: shown(code), first: a1(first, cc) });
        continue;
      }
      firstRow.set(code, r);
      const nameVi = text(row, 'name_vi');
      const nameEn = text(row, 'name_en') || nameVi;
      const kindText = text(row, 'kind');
      const input: Record<string, unknown> = {
        code,
        nameVi,
        nameEn,
        unit: text(row, 'unit'),
        kind: KIND_WORDS.get(matchKey(kindText)) ?? kindText,
      };
      const num = text(row, 'numerator');
      const den = text(row, 'denominator');
      if (num !== '') input.numerator = num;
      if (den !== '') input.denominator = den;
      const dec = text(row, 'decimals');
      if (dec !== '') input.decimals = /^\d{1,2}$/.test(dec) ? Number(dec) : dec;
      // field checks with messages that say what to write (defineCatalogue below is the safety net)
      const bad = (msg: string, f: (typeof INDICATOR_FIELDS)[number][0], value: string) => {
        flag('bad-indicator', `bad-indicator.${msg}`, at(idx, sheet, r, cols.get(f) ?? cc), { indicator: shown(code), value: shown(value) });
      };
      if (!INDICATOR_CODE.test(code)) bad('code', 'code', code);
      else if (nameVi === '') bad('name', 'name_vi', '');
      else if (!BY_KEY.has(matchKey(String(input.unit)))) bad('unit', 'unit', String(input.unit));
      else if (!KIND_WORDS.has(matchKey(kindText))) bad('kind', 'kind', kindText);
      else if (dec !== '' && !(typeof input.decimals === 'number' && input.decimals <= 12)) bad('decimals', 'decimals', dec);
      else if (input.kind !== 'ratio' && (num !== '' || den !== '')) bad('not-ratio', num !== '' ? 'numerator' : 'denominator', num || den);
      else entries.push({ row: r, input });
    }
    // ratio parts: present, known, not ratios, not the ratio itself
    const kindOf = new Map(entries.map((e) => [String(e.input.code), String(e.input.kind)] as const));
    const partNames = { numerator: 'tử số', denominator: 'mẫu số' } as const;
    const checked = entries.filter((e) => {
      if (e.input.kind !== 'ratio') return true;
      for (const part of ['numerator', 'denominator'] as const) {
        const v = typeof e.input[part] === 'string' ? (e.input[part] as string) : '';
        const kind = kindOf.get(v);
        const msg = v === '' ? 'part-missing' : v === e.input.code ? 'part-self' : kind === undefined ? 'part-unknown' : kind === 'ratio' ? 'part-ratio' : undefined;
        if (msg !== undefined) {
          flag('bad-indicator', `bad-indicator.${msg}`, at(idx, sheet, e.row, cols.get(part) ?? cc), { indicator: String(e.input.code), value: shown(v), part, partVi: partNames[part] });
          return false;
        }
      }
      return true;
    });
    // Validate; drop rejected rows and try again so the rest still serves as the catalogue.
    let live = checked;
    for (let round = 0; round < 4; round++) {
      const res = safeDefineCatalogue({ indicators: live.map((e) => e.input) });
      if (res.success) return res.data;
      const bad = new Set<number>();
      for (const issue of res.error.issues) {
        const i = issue.path[1];
        if (typeof i !== 'number') continue;
        if (bad.has(i)) continue; // one finding per row
        bad.add(i);
        const field = String(issue.path[2] ?? 'code');
        const f = FIELD_OF.get(field) ?? 'code';
        const col = cols.get(f) ?? cc;
        const e = live[i]!;
        flag('bad-indicator', 'bad-indicator', at(idx, sheet, e.row, col), { row: e.row + 1, column: f, detail: issue.message });
      }
      if (bad.size === 0) break;
      live = live.filter((_, i) => !bad.has(i));
    }
    return Object.freeze({ indicators: Object.freeze([]) });
  }

  function readBoards(role: SheetRole): void {
    const { sheet, idx } = role;
    const { hr, cols } = keySheetHeader(sheet, BOARD_FIELDS);
    requireFields(role, hr, cols, BOARD_FIELDS, ['code', 'name', 'zone_kind']);
    const cc = cols.get('code');
    if (cc === undefined) return;
    const text = (row: ReadonlyArray<GridCell | undefined> | undefined, f: (typeof BOARD_FIELDS)[number][0]): string => {
      const c = cols.get(f);
      return c === undefined ? '' : labelOf(row?.[c]).trim();
    };
    for (let r = hr + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      const code = text(row, 'code');
      if (code === '') continue;
      if (!BOARD_CODE.test(code)) {
        flag('bad-board', 'bad-board.code', at(idx, sheet, r, cc), { value: shown(code) });
        continue;
      }
      const first = boardCell.get(code);
      if (first !== undefined) {
        flag('duplicate-board', 'duplicate-board', at(idx, sheet, r, cc), { board: code, first: a1(first.row, first.col) });
        continue;
      }
      boardCell.set(code, { row: r, col: cc });
      const zkText = text(row, 'zone_kind');
      let zoneKind = ZONE_KINDS.get(matchKey(zkText));
      if (zoneKind === undefined) {
        if (cols.has('zone_kind')) flag('bad-board', 'bad-board.zone-kind', at(idx, sheet, r, cols.get('zone_kind')!), { value: shown(zkText), board: code });
        zoneKind = 'KCN';
      }
      boards.push({ code, name: text(row, 'name') || code, province: text(row, 'province'), zoneKind, focalUnit: text(row, 'focal_unit') });
    }
    if (boards.length === 0 && cols.has('code')) flag('no-boards', 'no-boards', at(idx, sheet, hr, cc));
  }

  function readTargets(role: SheetRole): void {
    const { sheet, idx } = role;
    const { hr, cols } = keySheetHeader(sheet, TARGET_FIELDS);
    if (!requireFields(role, hr, cols, TARGET_FIELDS, ['board', 'indicator', 'year', 'target'])) return;
    const bc = cols.get('board')!;
    const ic = cols.get('indicator')!;
    const yc = cols.get('year')!;
    const tc = cols.get('target')!;
    const boardByKey = new Map(boards.map((b) => [matchKey(b.code), b.code] as const));
    const seen = new Map<string, number>();
    for (let r = hr + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      const bText = labelOf(row?.[bc]).trim();
      const iText = labelOf(row?.[ic]).trim();
      const yCell = row?.[yc];
      const tCell = row?.[tc];
      if (bText === '' && iText === '' && isBlankCell(yCell) && isBlankCell(tCell)) continue;
      if (bText === '' || iText === '' || isBlankCell(yCell)) {
        flag('bad-target', 'bad-target.blank', at(idx, sheet, r, bText === '' ? bc : iText === '' ? ic : yc));
        continue;
      }
      const board = boardByKey.get(matchKey(bText));
      if (board === undefined) {
        flag('bad-target', 'bad-target.board', at(idx, sheet, r, bc), { value: shown(bText) });
        continue;
      }
      const ind = byCode.get(iText.toLowerCase());
      if (ind === undefined) {
        flag('bad-target', 'bad-target.indicator', at(idx, sheet, r, ic), { value: shown(iText) });
        continue;
      }
      if (ind.kind === 'ratio') {
        flag('bad-target', 'bad-target.ratio', at(idx, sheet, r, ic), { value: ind.code });
        continue;
      }
      const year = yearOf(yCell);
      if (year === undefined) {
        flag('bad-target', 'bad-target.year', at(idx, sheet, r, yc), { value: shown(labelOf(yCell)) });
        continue;
      }
      const key = `${board}\u0000${ind.code}\u0000${year}`;
      const first = seen.get(key);
      if (first !== undefined) {
        flag('bad-target', 'bad-target.duplicate', at(idx, sheet, r, bc), { board, indicator: ind.code, year, first: first + 1 });
        continue;
      }
      seen.set(key, r);
      const st = readValue(tCell, idx, sheet, r, tc);
      if (st !== VALUE) continue;
      builder.target({ board, indicator: ind.code, year, value: cellValue, source: { sheet: sheet.name, cell: a1(r, tc) } });
    }
  }

  function readBoardSheet(board: string, role: SheetRole): BoardSheetRec | undefined {
    const { sheet, idx } = role;
    const hr = findHeaderRow(sheet, CODE_LABELS, sheet.rows.length);
    if (hr < 0) {
      flag('bad-header', 'bad-header.no-header', at(idx, sheet, 0, 0), { label: 'code' });
      return undefined;
    }
    const header = sheet.rows[hr] ?? [];
    let indicatorCol = -1;
    let unitCol = -1;
    let openingCol = -1;
    let lastFixed = 0;
    let firstMonthCol = -1;
    let lastMonthCol = -1;
    const colMonth: (number | undefined)[] = [];
    for (let c = 1; c < header.length; c++) {
      const cell = header[c];
      const m = headerMonth(cell);
      colMonth[c] = m;
      if (m !== undefined) {
        if (firstMonthCol < 0) firstMonthCol = c;
        lastMonthCol = c;
        continue;
      }
      if (firstMonthCol >= 0) continue;
      const key = matchKey(labelOf(cell));
      if (key === '') continue;
      if (indicatorCol < 0 && SHEET_INDICATOR_LABELS.has(key)) {
        indicatorCol = c;
        lastFixed = c;
      } else if (unitCol < 0 && SHEET_UNIT_LABELS.has(key)) {
        unitCol = c;
        lastFixed = c;
      } else if (openingCol < 0 && SHEET_OPENING_LABELS.has(key)) {
        openingCol = c;
        lastFixed = c;
      }
    }
    const end = header.length;
    if (indicatorCol < 0) flag('bad-header', 'bad-header.missing', at(idx, sheet, hr, end), { column: 'indicator', aliases: '"chỉ tiêu"' });
    if (unitCol < 0) flag('bad-header', 'bad-header.missing', at(idx, sheet, hr, end), { column: 'unit', aliases: '"đơn vị tính", "đvt"' });
    if (lastMonthCol < 0) {
      flag('bad-header', 'bad-header.no-months', at(idx, sheet, hr, Math.max(lastFixed + 1, 1)));
      return undefined;
    }
    // month columns: after the fixed columns, up to the last month header
    const months: number[] = [];
    const cols: number[] = [];
    const firstCol = new Map<number, number>();
    for (let c = lastFixed + 1; c <= lastMonthCol; c++) {
      const m = colMonth[c];
      if (m === undefined) {
        const label = shown(labelOf(header[c]));
        // a blank spacer column with nothing in it is harmless; a blank header over values is not
        if (label !== '' || columnHasValues(sheet, hr, c)) flag('bad-period-header', 'bad-period-header', at(idx, sheet, hr, c), { value: label || '(trống / blank)' });
        continue;
      }
      const f = firstCol.get(m);
      if (f !== undefined) {
        flag('duplicate-period', 'duplicate-period', at(idx, sheet, hr, c), { month: monthIndexText(m), first: columnName(f) });
        continue;
      }
      firstCol.set(m, c);
      months.push(m);
      cols.push(c);
    }
    const nM = months.length;
    let minM = Infinity;
    let maxM = -Infinity;
    for (const m of months) {
      if (m < minM) minM = m;
      if (m > maxM) maxM = m;
    }
    const spanM = nM === 0 ? 0 : maxM - minM + 1;
    const startText = nM === 0 ? '' : monthIndexText(minM);
    const offsets = months.map((m) => m - minM);
    const monthTexts = months.map(monthIndexText);
    const letters = cols.map((c) => columnName(c));
    const hidden = sheet.hiddenRows !== undefined && sheet.hiddenRows.length > 0 ? new Set(sheet.hiddenRows) : undefined;
    const rec: BoardSheetRec = { board, idx, sheet, headerRow: hr, months: Int32Array.from(months), cols: Int32Array.from(cols), rows: [] };
    const seen = new Map<string, number>();
    const indicatorRows: number[] = [];
    const sheetName = sheet.name;

    for (let r = hr + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      const codeCell = row[0];
      const codeText = !codeCell ? '' : codeCell.kind === 'text' || codeCell.kind === 'number' ? codeCell.value.trim() : '';
      if (codeText === '') {
        // section heading: skipped; but say so when it holds numbers
        for (let p = 0; p < nM; p++) {
          const cell = row[cols[p]!];
          if (cell && (cell.kind === 'number' || (cell.kind === 'text' && parseTextNumber(cell.value, numberFormat).kind === 'number'))) {
            flag('row-without-code', 'row-without-code', at(idx, sheet, r, 0), { row: r + 1 });
            break;
          }
        }
        continue;
      }
      const ind = byCode.get(codeText.toLowerCase());
      if (ind === undefined) {
        const looksLikeCode = isCodeShaped(codeText) && !ROMAN.test(codeText) && !/^\d+$/.test(codeText);
        if (looksLikeCode || rowHasValues(row, cols, openingCol)) {
          flag('unknown-indicator', 'unknown-indicator', at(idx, sheet, r, 0), { indicator: shown(codeText), suggestion: nearestCode(codeText.toLowerCase(), catalogue) ?? suggestion });
        }
        continue;
      }
      const dup = seen.get(ind.code);
      if (dup !== undefined) {
        flag('duplicate-indicator', 'duplicate-indicator.sheet', at(idx, sheet, r, 0), { indicator: ind.code, first: a1(dup, 0) });
        continue;
      }
      seen.set(ind.code, r);
      indicatorRows.push(r);
      if (indicatorCol >= 0) {
        const name = labelOf(row[indicatorCol]);
        const other = name === '' ? undefined : byName.get(matchKey(name));
        if (other !== undefined && other !== ind.code) flag('name-mismatch', 'name-mismatch', at(idx, sheet, r, indicatorCol), { indicator: ind.code, value: shown(name), other });
      }

      // unit
      let exp = 0;
      let usable = true;
      if (unitCol >= 0) {
        const uText = labelOf(row[unitCol]).trim();
        if (uText === '') flag('blank-unit', 'blank-unit', at(idx, sheet, r, unitCol), { expected: ind.unit });
        else {
          const u: UnitInfo | undefined = BY_KEY.get(matchKey(uText));
          const target = BY_KEY.get(matchKey(ind.unit));
          if (u === undefined || target === undefined) {
            flag('unit-mismatch', 'unit-mismatch.unknown', at(idx, sheet, r, unitCol), { unit: shown(uText), expected: ind.unit });
            usable = false;
          } else if (u.base !== target.base) {
            flag('unit-mismatch', 'unit-mismatch.base', at(idx, sheet, r, unitCol), { unit: shown(uText), expected: ind.unit });
            usable = false;
          } else if (u.exponent !== target.exponent) {
            exp = u.exponent - target.exponent;
            flag('unit-converted', 'unit-converted', at(idx, sheet, r, unitCol), { unit: shown(uText), expected: ind.unit, exponent: exp });
          }
        }
      }
      const isRatio = ind.kind === 'ratio';
      if (isRatio) flag('ratio-reported', 'ratio-reported', at(idx, sheet, r, 0), { indicator: ind.code, numerator: ind.numerator ?? '', denominator: ind.denominator ?? '' });
      const store = usable && !isRatio;
      const isStock = ind.kind === 'stock';
      let hasData = false;

      // opening
      if (openingCol >= 0) {
        const st = readValue(row[openingCol], idx, sheet, r, openingCol);
        if (st !== BLANK) hasData = true;
        if (st === VALUE) {
          if (ind.kind !== 'flow') flag('opening-not-flow', 'opening-not-flow', at(idx, sheet, r, openingCol), { indicator: ind.code, kind: ind.kind, value: cellValue });
          else if (store) builder.opening({ board, indicator: ind.code, value: exp === 0 ? cellValue : convert(cellValue, exp), source: { sheet: sheetName, cell: a1(r, openingCol) } });
        }
      }

      // months
      const states = new Uint8Array(nM);
      const series = store ? new Array<string | null | undefined>(spanM) : undefined;
      const sources = store ? new Array<{ sheet: string; cell: string } | undefined>(spanM) : undefined;
      const values = store && ratioParts.has(ind.code) ? new Array<string | undefined>(nM) : undefined;
      const rowText = String(r + 1);
      for (let p = 0; p < nM; p++) {
        const c = cols[p]!;
        const st = readValue(row[c], idx, sheet, r, c);
        states[p] = st;
        if (st === BLANK) {
          if (series !== undefined) {
            series[offsets[p]!] = null;
            sources![offsets[p]!] = { sheet: sheetName, cell: letters[p]! + rowText };
          }
          continue;
        }
        hasData = true;
        if (st !== VALUE || !store) continue;
        let v = cellValue;
        if (exp !== 0) v = convert(v, exp);
        if (isStock && v.charCodeAt(0) === 45) flag('negative-stock', 'negative-stock', at(idx, sheet, r, c), { indicator: ind.code, value: v, month: monthTexts[p]! });
        if (values !== undefined) values[p] = v;
        series![offsets[p]!] = v;
        sources![offsets[p]!] = { sheet: sheetName, cell: letters[p]! + rowText };
      }
      if (series !== undefined) builder.addSeries({ board, indicator: ind.code, start: startText, values: series, sources: sources! });
      if (hidden !== undefined && hasData && hidden.has(r)) flag('hidden-row', 'hidden-row', at(idx, sheet, r, 0), { row: r + 1 });
      if (store) rec.rows.push({ ind, row: r, states, values });
    }

    // merged cells over the data of indicator rows
    if (sheet.merges !== undefined && sheet.merges.length > 0 && indicatorRows.length > 0) {
      const c0 = openingCol >= 0 ? Math.min(openingCol, lastFixed + 1) : lastFixed + 1;
      const rowSet = new Set(indicatorRows);
      for (const range of sheet.merges) {
        const [from, to] = range.split(':');
        const a = from === undefined ? undefined : parseA1(from);
        const b = to === undefined ? a : parseA1(to);
        if (a === undefined || b === undefined) continue;
        const rLo = Math.min(a.row, b.row);
        const rHi = Math.max(a.row, b.row);
        const cLo = Math.min(a.col, b.col);
        const cHi = Math.max(a.col, b.col);
        if (cHi < c0 || cLo > lastMonthCol || rHi <= hr) continue;
        let hit = false;
        for (let r = Math.max(rLo, hr + 1); r <= rHi && !hit; r++) hit = rowSet.has(r);
        if (hit) flag('merged-cell', 'merged-cell', at(idx, sheet, rLo, cLo), { range });
      }
    }
    return rec;
  }

  function crossChecks(list: readonly BoardSheetRec[], monthList: readonly number[]): void {
    if (list.length === 0 || monthList.length === 0) return;
    const m0 = monthList[0]!;
    const span = monthList[monthList.length - 1]! - m0 + 1;
    // which board reported which indicator in which month
    const reported = new Map<string, Uint8Array>();
    const anyMonth = new Uint8Array(span);
    for (const s of list) {
      for (const rr of s.rows) {
        let arr = reported.get(rr.ind.code);
        if (arr === undefined) {
          arr = new Uint8Array(span);
          reported.set(rr.ind.code, arr);
        }
        for (let p = 0; p < rr.states.length; p++) {
          const m = s.months[p]!;
          if (rr.states[p] === VALUE) {
            arr[m - m0] = 1;
            anyMonth[m - m0] = 1;
          }
        }
      }
    }
    for (const s of list) {
      const has = new Uint8Array(span);
      for (const m of s.months) has[m - m0] = 1;
      for (let k = 0; k < span; k++) {
        if (anyMonth[k] === 1 && has[k] === 0) flag('missing-value', 'missing-value.column', at(s.idx, s.sheet, s.headerRow), { month: monthIndexText(k + m0) });
      }
      const rowsOf = new Set<string>();
      for (const rr of s.rows) {
        rowsOf.add(rr.ind.code);
        const arr = reported.get(rr.ind.code)!;
        for (let p = 0; p < rr.states.length; p++) {
          if (rr.states[p] !== BLANK) continue;
          const m = s.months[p]!;
          if (arr[m - m0] === 1) flag('missing-value', 'missing-value.cell', at(s.idx, s.sheet, rr.row, s.cols[p]!), { board: s.board, indicator: rr.ind.code, month: monthIndexText(m) });
        }
      }
      for (const code of reported.keys()) {
        if (!rowsOf.has(code) && !s.sheet.rows.some((_, r) => r > s.headerRow && matchRow(s.sheet, r, code))) {
          flag('missing-value', 'missing-value.row', at(s.idx, s.sheet), { indicator: code });
        }
      }
      // ratio parts: numerator above denominator for a % ratio
      for (const ind of catalogue.indicators) {
        if (ind.kind !== 'ratio' || ind.unit !== '%') continue;
        const num = s.rows.find((x) => x.ind.code === ind.numerator);
        const den = s.rows.find((x) => x.ind.code === ind.denominator);
        if (num?.values === undefined || den?.values === undefined) continue;
        for (let p = 0; p < num.values.length; p++) {
          const a = num.values[p];
          const b = den.values[p];
          if (a === undefined || b === undefined) continue;
          if (greater(a, b)) {
            flag('ratio-parts', 'ratio-parts', at(s.idx, s.sheet, num.row, s.cols[p]!), {
              month: monthIndexText(s.months[p]!), numerator: ind.numerator!, denominator: ind.denominator!, ratio: ind.code, value: a, other: b,
            });
          }
        }
      }
    }
  }
}

// Catalogue field name (defineCatalogue's issue path) to the Indicators sheet's header field.
const FIELD_OF = new Map<string, (typeof INDICATOR_FIELDS)[number][0]>([
  ['code', 'code'], ['nameVi', 'name_vi'], ['nameEn', 'name_en'], ['unit', 'unit'], ['kind', 'kind'],
  ['numerator', 'numerator'], ['denominator', 'denominator'], ['decimals', 'decimals'],
]);

function columnHasValues(sheet: GridSheet, headerRow: number, col: number): boolean {
  for (let r = headerRow + 1; r < sheet.rows.length; r++) if (!isBlankCell(sheet.rows[r]?.[col])) return true;
  return false;
}

function rowHasValues(row: ReadonlyArray<GridCell | undefined>, cols: readonly number[], openingCol: number): boolean {
  if (openingCol >= 0 && !isBlankCell(row[openingCol])) return true;
  for (const c of cols) if (!isBlankCell(row[c])) return true;
  return false;
}

/** True when row r's code cell names `code` (a row kept out of the store: bad unit, ratio). */
function matchRow(sheet: GridSheet, r: number, code: string): boolean {
  const cell = sheet.rows[r]?.[0];
  return !!cell && cell.kind === 'text' && cell.value.trim().toLowerCase() === code;
}

function convert(value: string, exp: number): string {
  const d = parseScaled(value);
  return d === undefined ? value : formatScaled(shift(d, exp));
}

/** a > b for canonical decimal strings (as the reader makes them), without allocating. */
function greater(a: string, b: string): boolean {
  const na = a.charCodeAt(0) === 45;
  const nb = b.charCodeAt(0) === 45;
  if (na !== nb) return nb;
  if (na) return greaterAbs(b, 1, a, 1);
  return greaterAbs(a, 0, b, 0);
}

function greaterAbs(a: string, ia: number, b: string, ib: number): boolean {
  let da = a.indexOf('.', ia);
  let db = b.indexOf('.', ib);
  if (da < 0) da = a.length;
  if (db < 0) db = b.length;
  const la = da - ia;
  const lb = db - ib;
  if (la !== lb) return la > lb;
  for (let k = 0; k < la; k++) {
    const x = a.charCodeAt(ia + k);
    const y = b.charCodeAt(ib + k);
    if (x !== y) return x > y;
  }
  const fa = a.length - da - 1;
  const fb = b.length - db - 1;
  const n = Math.max(fa, fb);
  for (let k = 0; k < n; k++) {
    const x = k < fa ? a.charCodeAt(da + 1 + k) : 48;
    const y = k < fb ? b.charCodeAt(db + 1 + k) : 48;
    if (x !== y) return x > y;
  }
  return false;
}

/** The year of a target row's year cell: a number, or text such as `2017` or `Năm 2017`. */
function yearOf(cell: GridCell | undefined): number | undefined {
  if (!cell) return undefined;
  const t = cell.kind === 'number' || cell.kind === 'text' ? cell.value.trim() : '';
  if (/^\d{4}$/.test(t)) {
    const y = Number(t);
    return y >= 1900 && y <= 2999 ? y : undefined;
  }
  try {
    const p = parsePeriod(t);
    return p.kind === 'year' ? p.year : undefined;
  } catch {
    return undefined;
  }
}

/** The catalogue code closest to a mistyped one (edit distance at most a third of its length). */
function nearestCode(text: string, catalogue: Catalogue): string | undefined {
  if (text.length > 64) return undefined;
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(text.length / 3)) + 1;
  for (const ind of catalogue.indicators) {
    const d = editDistance(text, ind.code, bestD);
    if (d < bestD) {
      bestD = d;
      best = ind.code;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return Math.min(prev[b.length]!, limit);
}
