/** The words of each explanation rule, Vietnamese and English (placeholders filled by `fill`). */
import type { Message } from './index.js';

export const EXPLANATION_TEXT = {
  'flow-sum-of-months': { vi: 'Chỉ tiêu lưu lượng: cộng các tháng từ {from} đến {to}.', en: 'Flow: the sum of the months {from} to {to}.' },
  'flow-opening-plus-months': {
    vi: 'Lũy kế từ khi thành lập: lũy kế đầu kỳ cộng các tháng từ {from} đến {to}.',
    en: 'Cumulative: the opening total plus the months {from} to {to}.',
  },
  'stock-last-month': { vi: 'Chỉ tiêu thời điểm: lấy số liệu tháng {to}.', en: 'Stock: the value of the month {to}.' },
  'ratio-of-parts': {
    vi: 'Tỷ lệ tính lại từ tử số và mẫu số, làm tròn một lần đến {decimals} chữ số thập phân.',
    en: 'Ratio recomputed from its numerator and denominator, rounded once to {decimals} places.',
  },
  'percentage-of-figures': { vi: 'Tỷ lệ phần trăm giữa hai số liệu, làm tròn đến 2 chữ số.', en: 'A percentage of two figures, rounded to 2 places.' },
  'target-of-year': { vi: 'Kế hoạch năm {year} được giao.', en: 'The target assigned for {year}.' },
  'sum-of-boards': { vi: 'Cộng số liệu của tất cả các đơn vị.', en: 'The sum over all boards.' },
  'no-plan': {
    vi: 'Không đơn vị nào có kế hoạch năm {year} cho chỉ tiêu này: chỉ tiêu không có kế hoạch (không phải thiếu số liệu).',
    en: 'No board has a target for {year} for this indicator: it has no plan (not a gap).',
  },
} as const satisfies Readonly<Record<string, Message>>;
