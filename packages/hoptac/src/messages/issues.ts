/**
 * Words of one issue inside a validated input (a catalogue, a program file, a snapshot),
 * Vietnamese and English. The path is shown beside them, so they speak of "this field".
 * Every schema boundary (zod's issues mapped by `internal/zod-issues.ts`, the catalogue's own
 * checks) says its problems with these words, never with zod's.
 */
import type { Message } from './index.js';

export const ISSUE_TEXT = {
  required: { vi: 'thiếu trường bắt buộc này ({expected})', en: 'this field is required ({expected})' },
  type: { vi: 'phải là {expected}, nhưng nhận được {got}', en: 'must be {expected}, but got {got}' },
  'unknown-keys': { vi: 'trường không dùng được ở đây: {keys}', en: 'field not allowed here: {keys}' },
  empty: { vi: 'không được để trống', en: 'must not be empty' },
  'string-min': { vi: 'phải có ít nhất {min} ký tự', en: 'must have at least {min} characters' },
  'string-max': { vi: 'dài quá {max} ký tự', en: 'must have at most {max} characters' },
  'array-min': { vi: 'cần ít nhất {min} phần tử', en: 'needs at least {min} items' },
  'array-max': { vi: 'có quá {max} phần tử', en: 'must have at most {max} items' },
  'number-min': { vi: 'phải lớn hơn hoặc bằng {min}', en: 'must be at least {min}' },
  'number-max': { vi: 'phải nhỏ hơn hoặc bằng {max}', en: 'must be at most {max}' },
  'number-above': { vi: 'phải lớn hơn {min}', en: 'must be greater than {min}' },
  'number-below': { vi: 'phải nhỏ hơn {max}', en: 'must be less than {max}' },
  integer: { vi: 'phải là số nguyên, nhưng nhận được {got}', en: 'must be an integer, but got {got}' },
  'one-of': { vi: 'phải là một trong các giá trị {values}, nhưng nhận được {got}', en: 'must be one of {values}, but got {got}' },
  format: { vi: 'sai định dạng: {got}', en: 'has the wrong format: {got}' },
  'no-match': { vi: 'không khớp với dạng nào được chấp nhận', en: 'matches none of the accepted shapes' },
  invalid: { vi: 'giá trị không hợp lệ', en: 'is not valid' },
} as const satisfies Readonly<Record<string, Message>>;

/** How a type zod expects is named (zod's `expected` of an `invalid_type` issue). */
export const TYPE_NAMES: Readonly<Record<string, Message>> = {
  string: { vi: 'một chuỗi ký tự', en: 'a string' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'an integer' },
  boolean: { vi: 'giá trị logic `true` hoặc `false`', en: 'a boolean `true` or `false`' },
  array: { vi: 'một mảng', en: 'an array' },
  object: { vi: 'một đối tượng', en: 'an object' },
  null: { vi: '`null`', en: '`null`' },
  bigint: { vi: 'một số nguyên lớn', en: 'a bigint' },
  date: { vi: 'một ngày', en: 'a date' },
};

/** The words of the catalogue's own checks (indicator definitions). */
export const CATALOGUE_TEXT = {
  code: { vi: 'mã chỉ tiêu gồm 1-64 ký tự a-z, 0-9 và _', en: 'an indicator code is 1-64 characters of a-z, 0-9 and _' },
  unit: { vi: 'đơn vị tính "{unit}" không có trong định dạng 1', en: 'the unit "{unit}" is not a unit of format 1' },
  kind: { vi: '"flow", "stock" hoặc "ratio"', en: '"flow", "stock" or "ratio"' },
  'duplicate-code': { vi: 'mã "{code}" bị trùng', en: 'duplicate code "{code}"' },
  'parts-of-non-ratio': { vi: 'chỉ chỉ tiêu tỷ lệ mới có tử số và mẫu số', en: 'only a ratio has numerator and denominator' },
  'ratio-needs-part': { vi: 'chỉ tiêu tỷ lệ cần có {part}', en: 'a ratio needs a {part}' },
  'ratio-own-part': { vi: 'chỉ tiêu tỷ lệ không thể là {part} của chính nó', en: 'a ratio cannot be its own {part}' },
  'part-missing': { vi: '{part} "{code}" không có trong danh mục', en: '{part} "{code}" is not in the catalogue' },
  'part-is-ratio': { vi: '{part} "{code}" là chỉ tiêu tỷ lệ: tử số và mẫu số phải là chỉ tiêu lưu lượng hoặc thời điểm', en: '{part} "{code}" is a ratio: parts must be flows or stocks' },
  numerator: { vi: 'tử số', en: 'numerator' },
  denominator: { vi: 'mẫu số', en: 'denominator' },
} as const satisfies Readonly<Record<string, Message>>;
