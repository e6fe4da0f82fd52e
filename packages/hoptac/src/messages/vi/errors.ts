/**
 * Vietnamese words of the `HoptacError` errors, by error code.
 */

export const ERRORS_VI = {
  'invalid-decimal': 'Giá trị "{text}" không phải là số thập phân hợp lệ.',
  'invalid-period': 'Không hiểu kỳ báo cáo "{text}". Dùng dạng 2017-12, 2017-Q4, 2017-H1, 2017, Tháng 12/2017, Quý IV/2017, 6 tháng đầu năm 2017 hoặc Năm 2017.',
  'unknown-unit': 'Đơn vị tính "{unit}" không có trong định dạng 1.',
  'unit-mismatch': 'Không thể đổi "{from}" sang "{to}": khác loại đơn vị ({fromBase} và {toBase}).',
  'invalid-exchange-rate': 'Tỷ giá không hợp lệ: {reason}.',
  'invalid-catalogue': 'Danh mục chỉ tiêu không hợp lệ ({count} lỗi): {first}',
  'unknown-indicator': 'Chỉ tiêu "{indicator}" không có trong danh mục.',
  'duplicate-observation': 'Số liệu của đơn vị {board}, chỉ tiêu {indicator}, tháng {month} được nhập hai lần.',
  'invalid-observation': 'Số liệu không hợp lệ: {reason}.',
  'invalid-input': 'Dữ liệu đầu vào không hợp lệ ({count} lỗi): {first}',
  'invalid-program': 'Chương trình hợp tác không hợp lệ ({count} lỗi): {first}',
  'invalid-rule': 'Quy tắc "{rule}" không dùng được ({count} lỗi): {firstVi}.',
  'invalid-snapshot': 'Bản chụp số liệu không hợp lệ: {reason}.',
  'invalid-argument': 'Tham số `{field}` của `{fn}` phải là {expected}, nhưng nhận được {got}.',
} as const;
