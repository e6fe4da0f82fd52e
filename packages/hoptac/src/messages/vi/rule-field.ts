/**
 * Vietnamese words of the fields of a rule of the `Rules` sheet.
 */

export const RULE_FIELD_VI = {
  code: 'mã quy tắc',
  left: 'vế trái',
  operator: 'toán tử',
  right: 'vế phải',
  severity: 'mức độ',
} as const;
