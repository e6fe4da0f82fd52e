/**
 * Vietnamese words of why a rule of the `Rules` sheet cannot be used.
 */

export const RULE_PROBLEM_VI = {
  blank: '{field} đang để trống',
  unexpected: '{field} có "{token}" không đúng chỗ ở ký tự {position}',
  end: '{field} kết thúc khi biểu thức chưa xong (sau ký tự {position})',
  number: '{field} có "{token}" ở ký tự {position} không phải là số: viết số thập phân với dấu chấm, ví dụ 0.5',
  'unknown-indicator': '{field} dùng mã chỉ tiêu "{token}" (ký tự {position}) không có trong danh mục',
  operator: 'toán tử "{token}" không hợp lệ: dùng <=, <, =, >=, > hoặc !=',
  severity: 'mức độ "{token}" không hợp lệ: ghi `error` (lỗi) hoặc `warning` (cảnh báo)',
  code: 'mã quy tắc "{token}" không hợp lệ: dùng 1-64 ký tự chữ, số, _ . -',
  'no-indicator': 'quy tắc không dùng chỉ tiêu nào: mỗi vế chỉ có hằng số',
  'too-long': '{field} dài hơn {token} ký tự',
} as const;
