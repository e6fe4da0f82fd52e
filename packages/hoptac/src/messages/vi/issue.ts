/**
 * Vietnamese words of one issue inside a validated input (the path is shown beside them, so they speak of "this field").
 */

export const ISSUE_VI = {
  required: 'thiếu trường bắt buộc này ({expected})',
  type: 'phải là {expected}, nhưng nhận được {got}',
  'unknown-keys': 'trường không dùng được ở đây: {keys}',
  empty: 'không được để trống',
  'string-min': 'phải có ít nhất {min} ký tự',
  'string-max': 'dài quá {max} ký tự',
  'array-min': 'cần ít nhất {min} phần tử',
  'array-max': 'có quá {max} phần tử',
  'number-min': 'phải lớn hơn hoặc bằng {min}',
  'number-max': 'phải nhỏ hơn hoặc bằng {max}',
  'number-above': 'phải lớn hơn {min}',
  'number-below': 'phải nhỏ hơn {max}',
  integer: 'phải là số nguyên, nhưng nhận được {got}',
  'one-of': 'phải là một trong các giá trị {values}, nhưng nhận được {got}',
  format: 'sai định dạng: {got}',
  'no-match': 'không khớp với dạng nào được chấp nhận',
  invalid: 'giá trị không hợp lệ',
} as const;
