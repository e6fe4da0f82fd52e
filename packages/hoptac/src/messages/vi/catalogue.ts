/**
 * Vietnamese words of the indicator catalogue's own checks.
 */

export const CATALOGUE_CHECK_VI = {
  code: 'mã chỉ tiêu gồm 1-64 ký tự a-z, 0-9 và _',
  unit: 'đơn vị tính "{unit}" không có trong định dạng 1',
  kind: '"flow", "stock" hoặc "ratio"',
  'duplicate-code': 'mã "{code}" bị trùng',
  'parts-of-non-ratio': 'chỉ chỉ tiêu tỷ lệ mới có tử số và mẫu số',
  'ratio-needs-part': 'chỉ tiêu tỷ lệ cần có {part}',
  'ratio-own-part': 'chỉ tiêu tỷ lệ không thể là {part} của chính nó',
  'part-missing': '{part} "{code}" không có trong danh mục',
  'part-is-ratio': '{part} "{code}" là chỉ tiêu tỷ lệ: tử số và mẫu số phải là chỉ tiêu lưu lượng hoặc thời điểm',
  numerator: 'tử số',
  denominator: 'mẫu số',
} as const;
