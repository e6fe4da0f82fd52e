/** Every text of the task pane and the ribbon command, in Vietnamese and English. */
import { formatDecimal } from 'hoptac';
import type { Lang } from 'hoptac';

const STRINGS = {
  title: { vi: 'Hợp tác', en: 'Hoptac' },
  subtitle: { vi: 'Kiểm tra và tổng hợp sổ báo cáo chung của các Ban quản lý', en: 'Validate and consolidate the boards’ shared workbook' },
  langToggle: { vi: 'English', en: 'Tiếng Việt' },
  langToggleLabel: { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  periodHeading: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  kind: { vi: 'Loại kỳ', en: 'Period type' },
  'kind.latest': { vi: 'Tháng gần nhất đủ số liệu', en: 'Latest complete month' },
  'kind.month': { vi: 'Tháng', en: 'Month' },
  'kind.quarter': { vi: 'Quý', en: 'Quarter' },
  'kind.half': { vi: '6 tháng', en: 'Half year' },
  'kind.year': { vi: 'Năm', en: 'Year' },
  year: { vi: 'Năm', en: 'Year' },
  'part.month': { vi: 'Tháng', en: 'Month' },
  'part.quarter': { vi: 'Quý', en: 'Quarter' },
  'part.half': { vi: 'Nửa năm', en: 'Half' },
  'half.1': { vi: '6 tháng đầu năm', en: 'First half (Jan–Jun)' },
  'half.2': { vi: '6 tháng cuối năm', en: 'Second half (Jul–Dec)' },
  chosen: { vi: 'Kỳ đã chọn: {period}', en: 'Selected period: {period}' },
  chosenLatest: { vi: 'Kỳ đã chọn: tháng gần nhất mà mọi đơn vị đã báo cáo', en: 'Selected period: the latest month every board has reported' },
  chosenLatestKnown: { vi: 'Kỳ đã chọn: {period}, tháng gần nhất mà mọi đơn vị đã báo cáo', en: 'Selected period: {period}, the latest month every board has reported' },
  validate: { vi: 'Kiểm tra', en: 'Validate' },
  validateHint: { vi: 'Đọc sổ và liệt kê các vấn đề; không ghi gì.', en: 'Reads the workbook and lists the problems; writes nothing.' },
  consolidate: { vi: 'Tổng hợp', en: 'Consolidate' },
  consolidateHint: { vi: 'Ghi kết quả vào trang «Tổng hợp» và «Kiểm tra» (chỉ hai trang này).', en: 'Writes the result to the «Tổng hợp» and «Kiểm tra» sheets (only those two).' },
  report: { vi: 'Báo cáo', en: 'Report' },
  reportHint: { vi: 'Tạo dự thảo báo cáo kết quả (.docx) của kỳ để tải xuống; không ghi gì vào sổ.', en: 'Makes the draft review report (.docx) of the period to download; writes nothing to the workbook.' },
  'stage.report': { vi: 'Đang viết báo cáo…', en: 'Writing the report…' },
  reportReady: {
    vi: 'Đã tạo báo cáo {period} ({file}, {size} byte). Nếu tệp không tự tải xuống, bấm vào liên kết dưới đây.',
    en: 'The report for {period} is ready ({file}, {size} bytes). If it does not download by itself, click the link below.',
  },
  reportDownload: { vi: 'Tải xuống {file}', en: 'Download {file}' },
  reportBlocked: {
    vi: 'Excel trên máy này không cho phần bổ trợ tải tệp xuống. Hãy tạo báo cáo bằng lệnh: hoptac report SỔ.xlsx --period {period} --out {file}',
    en: 'Excel here does not let add-ins download files. Make the report with the command: hoptac report WORKBOOK.xlsx --period {period} --out {file}',
  },
  reportDesktopNote: {
    vi: ' Excel trên máy tính có thể chặn tải tệp; khi đó dùng lệnh: hoptac report SỔ.xlsx --period {period} --out {file}',
    en: ' Excel on the desktop may block downloads; then use the command: hoptac report WORKBOOK.xlsx --period {period} --out {file}',
  },
  reportNotMade: { vi: 'Sổ có {errors} lỗi nên chưa tổng hợp được {period} và chưa tạo báo cáo.', en: 'The workbook has {errors} errors, so {period} was not consolidated and no report was made.' },
  reading: { vi: 'Đang đọc trang {n}/{total}: {sheet} ({rows}/{rowCount} dòng)', en: 'Reading sheet {n}/{total}: {sheet} ({rows}/{rowCount} rows)' },
  'stage.checking': { vi: 'Đang kiểm tra và tính toán…', en: 'Checking and computing…' },
  'stage.verifying': { vi: 'Đang kiểm tra xem sổ có bị sửa trong lúc đọc không…', en: 'Checking that the workbook did not change while reading…' },
  'stage.writing': { vi: 'Đang ghi trang Tổng hợp và Kiểm tra…', en: 'Writing the Tổng hợp and Kiểm tra sheets…' },
  starting: { vi: 'Đang bắt đầu…', en: 'Starting…' },
  validated: { vi: 'Đã kiểm tra sổ: {errors} lỗi, {warnings} cảnh báo.', en: 'Workbook checked: {errors} errors, {warnings} warnings.' },
  consolidated: { vi: 'Đã tổng hợp {period} và ghi trang «Tổng hợp», «Kiểm tra».', en: 'Consolidated {period} and wrote the «Tổng hợp» and «Kiểm tra» sheets.' },
  notConsolidated: { vi: 'Sổ có {errors} lỗi nên chưa tổng hợp được {period}. Đã ghi danh sách vấn đề vào trang «Kiểm tra».', en: 'The workbook has {errors} errors, so {period} was not consolidated. The problems were written to the «Kiểm tra» sheet.' },
  summaryHeading: { vi: 'Tóm tắt', en: 'Summary' },
  'summary.boards': { vi: 'Đơn vị (Ban quản lý)', en: 'Boards' },
  'summary.months': { vi: 'Số tháng có dữ liệu', en: 'Months with data' },
  'summary.monthsRange': { vi: '{count} ({first} – {last})', en: '{count} ({first} – {last})' },
  'summary.latest': { vi: 'Tháng gần nhất đủ số liệu', en: 'Latest complete month' },
  'summary.errors': { vi: 'Lỗi', en: 'Errors' },
  'summary.warnings': { vi: 'Cảnh báo', en: 'Warnings' },
  'summary.missing': { vi: 'Ô bỏ trống (thiếu số liệu)', en: 'Missing values' },
  none: { vi: 'không có', en: 'none' },
  findingsHeading: { vi: 'Các vấn đề', en: 'Findings' },
  findingsHint: { vi: 'Bấm vào một vấn đề để chuyển đến ô đó.', en: 'Click a finding to go to its cell.' },
  noFindings: { vi: 'Không có vấn đề nào.', en: 'No problems found.' },
  'group.error': { vi: 'Lỗi ({n})', en: 'Errors ({n})' },
  'group.warning': { vi: 'Cảnh báo ({n})', en: 'Warnings ({n})' },
  more: { vi: 'và {n} vấn đề nữa: xem trang «Kiểm tra».', en: 'and {n} more: see the «Kiểm tra» sheet.' },
  goTo: { vi: 'Đến ô {where}', en: 'Go to {where}' },
  changesHeading: { vi: 'Thay đổi kể từ lần tổng hợp trước', en: 'Changes since the last consolidation' },
  changesHint: { vi: 'Bấm vào một thay đổi để chuyển đến ô đó.', en: 'Click a change to go to its cell.' },
  changesFirst: { vi: 'Đây là lần tổng hợp đầu tiên của sổ này: lần sau sẽ thấy số liệu nào đã thay đổi.', en: 'This is the first consolidation of this workbook: next time you will see which figures changed.' },
  changesNone: { vi: 'Không có số liệu nào thay đổi kể từ lần tổng hợp trước ({since}).', en: 'No figure changed since the last consolidation ({since}).' },
  changesCount: { vi: '{n} thay đổi kể từ lần tổng hợp trước ({since}).', en: '{n} changes since the last consolidation ({since}).' },
  'change.revised': { vi: 'sửa', en: 'revised' },
  'change.added': { vi: 'bổ sung', en: 'added' },
  'change.removed': { vi: 'bị bỏ', en: 'removed' },
  'change.finalized': { vi: 'ước → chính thức', en: 'finalized' },
  'change.target': { vi: 'kế hoạch', en: 'target' },
  'change.opening': { vi: 'lũy kế đầu kỳ', en: 'opening' },
  'change.unit': { vi: 'đổi đơn vị tính', en: 'unit' },
  changeNone: { vi: '(trống)', en: '(none)' },
  changesMore: { vi: 'và {n} thay đổi nữa (thay đổi lớn nhất ở trên).', en: 'and {n} more (the largest are above).' },
  notReady: { vi: 'Đang chờ Excel…', en: 'Waiting for Excel…' },
  neverWrites: { vi: 'Hợp tác không bao giờ sửa các trang của đơn vị.', en: 'hoptac never changes the boards’ sheets.' },
} as const;

export type StringKey = keyof typeof STRINGS;

/** A text in a language, with `{placeholders}` filled. */
export function t(key: StringKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** Digits grouped the Vietnamese (`1.234`) or English (`1,234`) way; integers only. */
export function groupDigits(n: number, lang: Lang): string {
  return formatDecimal(String(Math.trunc(n)), lang);
}
