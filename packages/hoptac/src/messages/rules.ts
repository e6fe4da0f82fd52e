/**
 * Text of rule problems (why a rule of the `Rules` sheet cannot be used), Vietnamese and English.
 */
import type { RuleProblem } from '../rules/types.js';
import { fillPlaceholders, type Lang, type Message } from './index.js';

const FIELD: Readonly<Record<RuleProblem['field'], Message>> = {
  code: { vi: 'mã quy tắc', en: 'the rule code' },
  left: { vi: 'vế trái', en: 'the left side' },
  operator: { vi: 'toán tử', en: 'the operator' },
  right: { vi: 'vế phải', en: 'the right side' },
  severity: { vi: 'mức độ', en: 'the severity' },
};

const REASON: Readonly<Record<RuleProblem['reason'], Message>> = {
  blank: { vi: '{field} đang để trống', en: '{field} is blank' },
  unexpected: { vi: '{field} có "{token}" không đúng chỗ ở ký tự {position}', en: '{field} has an unexpected "{token}" at character {position}' },
  end: { vi: '{field} kết thúc khi biểu thức chưa xong (sau ký tự {position})', en: '{field} ends before the expression is complete (after character {position})' },
  number: { vi: '{field} có "{token}" ở ký tự {position} không phải là số: viết số thập phân với dấu chấm, ví dụ 0.5', en: '{field} has "{token}" at character {position}, which is not a number: write decimals with a point, e.g. 0.5' },
  'unknown-indicator': { vi: '{field} dùng mã chỉ tiêu "{token}" (ký tự {position}) không có trong danh mục', en: '{field} names the indicator "{token}" (character {position}), which is not in the catalogue' },
  operator: { vi: 'toán tử "{token}" không hợp lệ: dùng <=, <, =, >=, > hoặc !=', en: 'the operator "{token}" is not one of <=, <, =, >=, >, !=' },
  severity: { vi: 'mức độ "{token}" không hợp lệ: ghi error (lỗi) hoặc warning (cảnh báo)', en: 'the severity "{token}" is not error or warning' },
  code: { vi: 'mã quy tắc "{token}" không hợp lệ: dùng 1-64 ký tự chữ, số, _ . -', en: 'the rule code "{token}" is not valid: use 1-64 letters, digits, _ . -' },
  'no-indicator': { vi: 'quy tắc không dùng chỉ tiêu nào: mỗi vế chỉ có hằng số', en: 'the rule names no indicator: both sides are constants' },
  'too-long': { vi: '{field} dài hơn {token} ký tự', en: '{field} is longer than {token} characters' },
};

/** One problem of a rule as a sentence in a language. */
export function ruleProblemText(p: RuleProblem, lang: Lang): string {
  return fillPlaceholders(REASON[p.reason][lang], { field: FIELD[p.field][lang], token: p.token ?? '', position: p.position ?? 0 });
}
