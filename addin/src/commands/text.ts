/** Texts of the ribbon command's outcome, in Vietnamese and English. */
import type { Lang } from 'hoptac';

const TEXT = {
  done: {
    vi: 'Đã tổng hợp {period} vào trang «Tổng hợp» ({errors} lỗi, {warnings} cảnh báo: xem trang «Kiểm tra»).',
    en: 'Consolidated {period} into the «Tổng hợp» sheet ({errors} errors, {warnings} warnings: see the «Kiểm tra» sheet).',
  },
  errors: {
    vi: 'Chưa tổng hợp được {period}: sổ còn {errors} lỗi. Xem trang «Kiểm tra» hoặc mở bảng Hợp tác.',
    en: 'Could not consolidate {period}: the workbook has {errors} errors. See the «Kiểm tra» sheet or open the hoptac panel.',
  },
} as const;

export function commandText(key: keyof typeof TEXT, lang: Lang, params: Readonly<Record<string, string | number>>): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
