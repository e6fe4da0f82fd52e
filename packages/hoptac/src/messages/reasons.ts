/**
 * The `{reason}` and `{first}` words of errors whose template takes a reason, Vietnamese and
 * English. Placeholders are filled by `fillBoth`.
 */
import type { Message } from './index.js';

export const REASONS = {
  // invalid-exchange-rate
  'rate-not-positive': { vi: 'tỷ giá "{rate}" phải là một số thập phân dương', en: 'the rate "{rate}" must be a positive decimal' },
  'rate-wrong-currencies': {
    vi: 'tỷ giá {rateFrom}→{rateTo} không dùng để đổi {from} sang {to} được',
    en: 'a {rateFrom}→{rateTo} rate cannot convert {from} to {to}',
  },
  // invalid-observation
  'not-a-month': { vi: '"{text}" không phải là một tháng', en: '"{text}" is not a month' },
  'too-many-places': { vi: '{where}: quá nhiều chữ số thập phân', en: '{where}: too many decimal places' },
  'not-a-decimal': { vi: '{where}: "{text}" không phải là số thập phân hợp lệ', en: '{where}: "{text}" is not a valid decimal' },
  'already-built': { vi: 'tập số liệu đã được tạo bằng `build()`, không thêm được nữa', en: 'the builder was already built' },
  // invalid-input
  'ratio-has-no-measure': { vi: 'chỉ tiêu tỷ lệ không có số đo {measure}', en: 'a ratio has no {measure}' },
  'period-before-program': {
    vi: 'kỳ {period} kết thúc trước khi chương trình {program} bắt đầu ({start})',
    en: '{period} ends before program {program} starts ({start})',
  },
  'no-program': { vi: 'không có chương trình "{code}"', en: 'no program "{code}"' },
  // invalid-snapshot
  'taken-at': { vi: 'thời điểm chụp "{takenAt}" không phải ngày hoặc ngày giờ dạng ISO', en: 'takenAt "{takenAt}" is not an ISO date or date-time' },
  'not-json': { vi: 'không phải JSON hợp lệ', en: 'not JSON' },
  'hash-mismatch': { vi: 'mã băm {hash} không khớp với số liệu ({actual})', en: 'its hash {hash} does not match its figures ({actual})' },
  'unsafe-number': {
    vi: 'số {value} không phải số nguyên an toàn: ghi số thập phân dưới dạng chuỗi',
    en: 'the number {value} is not a safe integer: write decimals as strings',
  },
  'not-json-value': { vi: 'giá trị kiểu {type} không ghi được thành JSON', en: 'a {type} cannot be written as JSON' },
  // a first issue with its path
  'at-path': { vi: '`{path}`: {message}', en: '{path}: {message}' },
} as const satisfies Readonly<Record<string, Message>>;
