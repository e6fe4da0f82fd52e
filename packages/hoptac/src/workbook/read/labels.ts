/**
 * The words of format 1 the read looks for: sheet names, header labels (English and Vietnamese),
 * kind and zone words, code shapes. Compared through `matchKey` (case, accents and spacing folded).
 */
import { matchKey } from '../../text/match-key.js';
import type { BoardInfo } from '../model.js';
import { FINDINGS_SHEET, SUMMARY_SHEET } from '../output.js';

const keys = (...labels: string[]): ReadonlySet<string> => new Set(labels.map(matchKey));

export const BOARDS_SHEET_NAMES = keys('Boards', 'Đơn vị');
export const INDICATORS_SHEET_NAMES = keys('Indicators', 'Chỉ tiêu');
export const TARGETS_SHEET_NAMES = keys('Targets', 'Kế hoạch');
export const SETTINGS_SHEET_NAMES = keys('Settings', 'Cài đặt');
/** The tool's own output sheets: never read as input. */
export const OWN_OUTPUT_SHEET_NAMES = keys(SUMMARY_SHEET, FINDINGS_SHEET);
/** Names that would clash with JavaScript object internals in callers' maps. */
export const RESERVED_SHEET_NAMES = keys(
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toString', 'toLocaleString', 'valueOf', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
);

/** Column A label of a board sheet's header row. */
export const CODE_LABELS = keys('code', 'mã');

/** Header fields of a key sheet: field name and the labels that name it. */
export type Fields<K extends string> = ReadonlyArray<readonly [K, ReadonlySet<string>]>;

export type BoardField = 'code' | 'name' | 'province' | 'zone_kind' | 'focal_unit';
export const BOARD_FIELDS: Fields<BoardField> = [
  ['code', keys('code', 'mã', 'mã đơn vị')],
  ['name', keys('name', 'tên', 'tên đơn vị')],
  ['province', keys('province', 'tỉnh', 'tỉnh/thành phố')],
  ['zone_kind', keys('zone_kind', 'loại', 'loại khu')],
  ['focal_unit', keys('focal_unit', 'đầu mối', 'đơn vị đầu mối')],
];
export type IndicatorField = 'code' | 'name_vi' | 'name_en' | 'unit' | 'kind' | 'numerator' | 'denominator' | 'decimals';
export const INDICATOR_FIELDS: Fields<IndicatorField> = [
  ['code', keys('code', 'mã', 'mã chỉ tiêu')],
  ['name_vi', keys('name_vi', 'tên', 'tên chỉ tiêu', 'tên tiếng việt')],
  ['name_en', keys('name_en', 'tên tiếng anh')],
  ['unit', keys('unit', 'đơn vị tính', 'đvt')],
  ['kind', keys('kind', 'loại')],
  ['numerator', keys('numerator', 'tử số')],
  ['denominator', keys('denominator', 'mẫu số')],
  ['decimals', keys('decimals', 'số chữ số thập phân', 'số thập phân')],
];
export type TargetField = 'board' | 'indicator' | 'year' | 'target';
export const TARGET_FIELDS: Fields<TargetField> = [
  ['board', keys('board', 'đơn vị', 'mã đơn vị')],
  ['indicator', keys('indicator', 'chỉ tiêu', 'mã chỉ tiêu')],
  ['year', keys('year', 'năm')],
  ['target', keys('target', 'kế hoạch', 'chỉ tiêu kế hoạch', 'giá trị')],
];
export type SettingField = 'key' | 'value';
export const SETTING_FIELDS: Fields<SettingField> = [
  ['key', keys('key', 'khóa', 'tham số')],
  ['value', keys('value', 'giá trị')],
];

export const SHEET_INDICATOR_LABELS = keys('indicator', 'chỉ tiêu', 'tên chỉ tiêu', 'name', 'tên');
export const SHEET_UNIT_LABELS = keys('unit', 'đơn vị tính', 'đvt', 'đơn vị');
export const SHEET_OPENING_LABELS = keys('opening', 'lũy kế đầu kỳ', 'lũy kế trước kỳ');
export const NUMBER_FORMAT_KEYS = keys('number_format', 'number format', 'định dạng số');

export const KIND_WORDS = new Map<string, string>([
  ['flow', 'flow'], [matchKey('thời kỳ'), 'flow'], [matchKey('lưu lượng'), 'flow'],
  ['stock', 'stock'], [matchKey('thời điểm'), 'stock'],
  ['ratio', 'ratio'], [matchKey('tỷ lệ'), 'ratio'],
]);
export const ZONE_KINDS = new Map<string, BoardInfo['zoneKind']>([
  ['kcn', 'KCN'], ['kkt', 'KKT'], ['kcx', 'KCX'],
  [matchKey('khu công nghiệp'), 'KCN'], [matchKey('khu kinh tế'), 'KKT'], [matchKey('khu chế xuất'), 'KCX'],
]);
export const BOARD_CODE = /^[A-Z0-9_]{1,16}$/;
export const INDICATOR_CODE = /^[a-z0-9_]{1,64}$/;
/** Excel's error values: as text (pasted or typed) they are still errors, not words. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);
