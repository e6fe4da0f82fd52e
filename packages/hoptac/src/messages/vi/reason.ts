/**
 * Vietnamese words of the `{reason}` and `{first}` of errors whose template takes a reason.
 */

export const REASON_VI = {
  'rate-not-positive': 'tỷ giá "{rate}" phải là một số thập phân dương',
  'rate-wrong-currencies': 'tỷ giá {rateFrom}→{rateTo} không dùng để đổi {from} sang {to} được',
  'not-a-month': '"{text}" không phải là một tháng',
  'too-many-places': '{where}: quá nhiều chữ số thập phân',
  'not-a-decimal': '{where}: "{text}" không phải là số thập phân hợp lệ',
  'already-built': 'tập số liệu đã được tạo bằng `build()`, không thêm được nữa',
  'ratio-has-no-measure': 'chỉ tiêu tỷ lệ không có số đo {measure}',
  'period-before-program': 'kỳ {period} kết thúc trước khi chương trình {program} bắt đầu ({start})',
  'no-program': 'không có chương trình "{code}"',
  'taken-at': 'thời điểm chụp "{takenAt}" không phải ngày hoặc ngày giờ dạng ISO',
  'not-json': 'không phải JSON hợp lệ',
  'hash-mismatch': 'mã băm {hash} không khớp với số liệu ({actual})',
  'unsafe-number': 'số {value} không phải số nguyên an toàn: ghi số thập phân dưới dạng chuỗi',
  'not-json-value': 'giá trị kiểu {type} không ghi được thành JSON',
  'at-path': '`{path}`: {message}',
} as const;
