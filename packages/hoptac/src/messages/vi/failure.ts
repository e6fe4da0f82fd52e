/**
 * Vietnamese words of the add-in's failures (a run stopped), each telling the analyst what to do.
 */

export const FAILURE_VI = {
  'edit-mode': 'Excel chưa làm được việc này lúc này, thường vì một ô đang được sửa. Nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.',
  protected: 'Trang tính hoặc sổ làm việc đang được bảo vệ, nên Hợp tác không ghi được trang “{sheet}”. Bỏ bảo vệ (Review › Unprotect) rồi thử lại.',
  'api-not-supported': 'Phiên bản Excel này không hỗ trợ API cần thiết (ExcelApi {version}). Hãy dùng Microsoft 365, Excel 2019 trở lên hoặc Excel trên web.',
  'item-not-found': 'Không tìm thấy trang hoặc ô cần dùng (có thể vừa bị đổi tên hoặc xóa). Hãy chạy lại.',
  'too-large': 'Sổ làm việc quá lớn cho nút trên thanh Ribbon ({cells} ô). Hãy mở bảng Hợp tác (Open panel) và chạy Tổng hợp ở đó.',
  'source-changed': 'Dữ liệu ở trang “{sheet}” đã thay đổi trong lúc Hợp tác đọc sổ. Không ghi gì cả. Hãy chạy lại.',
  'not-own-sheet': 'Hợp tác chỉ ghi vào trang của mình (Tổng hợp, Kiểm tra), không ghi vào “{sheet}”.',
  'no-period': 'Chưa có tháng nào mà mọi đơn vị đều đã báo cáo, nên chưa tổng hợp được. Hãy chọn kỳ trong bảng Hợp tác.',
  'not-in-excel': 'Trang này là bảng của phần bổ trợ Hợp tác: hãy mở nó trong Excel (Trang đầu › Hợp tác › Mở bảng).',
  unexpected: 'Lỗi không mong đợi từ Excel ({detail}). Hãy thử lại; nếu vẫn lỗi, gửi thông báo này cho người hỗ trợ.',
} as const;
