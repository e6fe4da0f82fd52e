/**
 * Vietnamese words of the add-in's ribbon command outcome.
 */

export const COMMAND_VI = {
  done: 'Đã tổng hợp {period} vào trang «Tổng hợp» ({errors} lỗi, {warnings} cảnh báo: xem trang «Kiểm tra»).',
  errors: 'Chưa tổng hợp được {period}: sổ còn {errors} lỗi. Xem trang «Kiểm tra» hoặc mở bảng Hợp tác.',
} as const;
