/**
 * Vietnamese words of each explanation rule of a figure.
 */

export const EXPLAIN_VI = {
  'flow-sum-of-months': 'Chỉ tiêu lưu lượng: cộng các tháng từ {from} đến {to}.',
  'flow-opening-plus-months': 'Lũy kế từ khi thành lập: lũy kế đầu kỳ cộng các tháng từ {from} đến {to}.',
  'stock-last-month': 'Chỉ tiêu thời điểm: lấy số liệu tháng {to}.',
  'ratio-of-parts': 'Tỷ lệ tính lại từ tử số và mẫu số, làm tròn một lần đến {decimals} chữ số thập phân.',
  'percentage-of-figures': 'Tỷ lệ phần trăm giữa hai số liệu, làm tròn đến 2 chữ số.',
  'target-of-year': 'Kế hoạch năm {year} được giao.',
  'sum-of-boards': 'Cộng số liệu của tất cả các đơn vị.',
  'no-plan': 'Không đơn vị nào có kế hoạch năm {year} cho chỉ tiêu này: chỉ tiêu không có kế hoạch (không phải thiếu số liệu).',
} as const;
