/**
 * All message text of the library in one place, Vietnamese and English.
 * Templates use `{name}` placeholders filled from a params record.
 */
export type Lang = 'vi' | 'en';

export interface Message {
  readonly vi: string;
  readonly en: string;
}

const errors: Readonly<Record<string, Message>> = {
  'invalid-decimal': {
    vi: 'Giá trị "{text}" không phải là số thập phân hợp lệ.',
    en: 'The value "{text}" is not a valid decimal number.',
  },
  'invalid-period': {
    vi: 'Không hiểu kỳ báo cáo "{text}". Dùng dạng 2017-12, 2017-Q4, 2017-H1, 2017, Tháng 12/2017, Quý IV/2017, 6 tháng đầu năm 2017 hoặc Năm 2017.',
    en: 'Cannot read the period "{text}". Use 2017-12, 2017-Q4, 2017-H1, 2017, Tháng 12/2017, Quý IV/2017, 6 tháng đầu năm 2017 or Năm 2017.',
  },
  'unknown-unit': {
    vi: 'Đơn vị tính "{unit}" không có trong định dạng 1.',
    en: 'The unit "{unit}" is not a unit of format 1.',
  },
  'unit-mismatch': {
    vi: 'Không thể đổi "{from}" sang "{to}": khác loại đơn vị ({fromBase} và {toBase}).',
    en: 'Cannot convert "{from}" to "{to}": they measure different things ({fromBase} and {toBase}).',
  },
  'invalid-exchange-rate': {
    vi: 'Tỷ giá không hợp lệ: {reason}.',
    en: 'Invalid exchange rate: {reason}.',
  },
  'invalid-catalogue': {
    vi: 'Danh mục chỉ tiêu không hợp lệ ({count} lỗi): {first}',
    en: 'The indicator catalogue is invalid ({count} problems): {first}',
  },
  'unknown-indicator': {
    vi: 'Chỉ tiêu "{indicator}" không có trong danh mục.',
    en: 'The indicator "{indicator}" is not in the catalogue.',
  },
  'duplicate-observation': {
    vi: 'Số liệu của đơn vị {board}, chỉ tiêu {indicator}, tháng {month} được nhập hai lần.',
    en: 'The value of board {board}, indicator {indicator}, month {month} was given twice.',
  },
  'invalid-observation': {
    vi: 'Số liệu không hợp lệ: {reason}.',
    en: 'Invalid observation: {reason}.',
  },
  'invalid-input': {
    vi: 'Dữ liệu đầu vào không hợp lệ ({count} lỗi): {first}',
    en: 'Invalid input ({count} problems): {first}',
  },
  'invalid-program': {
    vi: 'Chương trình hợp tác không hợp lệ ({count} lỗi): {first}',
    en: 'Invalid cooperation program ({count} problems): {first}',
  },
  'invalid-rule': {
    vi: 'Quy tắc "{rule}" không dùng được ({count} lỗi): {firstVi}.',
    en: 'The rule "{rule}" cannot be used ({count} problems): {first}.',
  },
  'invalid-snapshot': {
    vi: 'Bản chụp số liệu không hợp lệ: {reason}.',
    en: 'Invalid snapshot: {reason}.',
  },
  'invalid-argument': {
    vi: 'Tham số `{field}` của `{fn}` phải là {expected}, nhưng nhận được {got}.',
    en: 'The `{field}` argument of `{fn}` must be {expected}, but got {got}.',
  },
};

/** Every error template, for tests that read all of them. */
export const ERROR_MESSAGES: Readonly<Record<string, Message>> = errors;

/** A value filled into a template: plain, or words of its own in each language. */
export type Param = string | number | Message;

/** Fills `{name}` placeholders of a template. Unknown names stay as they are. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** The params of one language: a {@link Message} param becomes its text in `lang`. */
export function paramsIn(params: Readonly<Record<string, Param>>, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'object' ? v[lang] : v;
  return out;
}

/** Both languages of a template filled with params (which may be {@link Message}s themselves). */
export function fillBoth(m: Message, params: Readonly<Record<string, Param>> = {}): Message {
  return { vi: fill(m.vi, paramsIn(params, 'vi')), en: fill(m.en, paramsIn(params, 'en')) };
}

/** The message for an error code in a language. */
export function errorMessage(code: string, params: Readonly<Record<string, Param>>, lang: Lang): string {
  const m = errors[code];
  if (m === undefined) return code;
  return fill(m[lang], paramsIn(params, lang));
}
