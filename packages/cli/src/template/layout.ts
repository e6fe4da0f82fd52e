/**
 * How a board sheet of format 1 is laid out for people: the sections Vietnamese board reports use,
 * the Vietnamese header labels, and the known partner boards' details.
 */
import type { Indicator } from 'hoptac';
import { INDICATOR_GROUPS, type IndicatorGroup } from 'hoptac/program';
import type { BoardInfo } from 'hoptac/workbook';

/**
 * Report sections, in the order boards lay out their reports, each holding one of the library's
 * indicator groups (the same groups program obligations name), so the two never drift apart.
 */
const SECTION_TITLES: readonly (readonly [string, IndicatorGroup])[] = [
  ['I. Thu hút đầu tư', 'investment'],
  ['II. Đất công nghiệp', 'land'],
  ['III. Sản xuất kinh doanh', 'production'],
  ['IV. Lao động', 'labour'],
  ['V. Môi trường', 'environment'],
];
export const SECTIONS: readonly { readonly title: string; readonly codes: readonly string[] }[] = SECTION_TITLES.map(([title, group]) => ({
  title,
  codes: INDICATOR_GROUPS.get(group) ?? [],
}));

/** Indicators grouped by section, catalogue order inside a section; indicators no section names go last. */
export function sectioned(indicators: readonly Indicator[]): { title: string; indicators: Indicator[] }[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const placed = new Set<string>();
  const out: { title: string; indicators: Indicator[] }[] = [];
  for (const s of SECTIONS) {
    const list = s.codes.flatMap((c) => {
      const i = byCode.get(c);
      return i === undefined ? [] : [i];
    });
    list.forEach((i) => placed.add(i.code));
    if (list.length > 0) out.push({ title: s.title, indicators: list });
  }
  const rest = indicators.filter((i) => !placed.has(i.code));
  if (rest.length > 0) out.push({ title: `${['I', 'II', 'III', 'IV', 'V', 'VI'][out.length] ?? 'VI'}. Chỉ tiêu khác`, indicators: rest });
  return out;
}

/** Board sheet header labels (the Vietnamese aliases of format 1). */
export const BOARD_HEADER = { code: 'mã', indicator: 'chỉ tiêu', unit: 'đơn vị tính', opening: 'lũy kế đầu kỳ' } as const;

/** `Boards` header (Vietnamese aliases of `code | name | province | zone_kind | focal_unit`). */
export const BOARDS_HEADER = ['mã', 'tên', 'tỉnh', 'loại', 'đầu mối'] as const;

/** The partner boards of the tripartite program; other codes get placeholders to fill in. */
const KNOWN: ReadonlyMap<string, Omit<BoardInfo, 'code'>> = new Map<string, Omit<BoardInfo, 'code'>>([
  ['DN', { name: 'Ban Quản lý các Khu công nghiệp Đồng Nai', province: 'Đồng Nai', zoneKind: 'KCN', focalUnit: 'Phòng Kế hoạch Tổng hợp' }],
  ['LD', { name: 'Ban Quản lý các Khu công nghiệp tỉnh Lâm Đồng', province: 'Lâm Đồng', zoneKind: 'KCN', focalUnit: 'Phòng Kế hoạch Tổng hợp' }],
  ['BP', { name: 'Ban Quản lý Khu kinh tế tỉnh Bình Phước', province: 'Bình Phước', zoneKind: 'KKT', focalUnit: 'Phòng Kế hoạch Tổng hợp' }],
]);

/** What the template writes for a board code. */
export function boardInfo(code: string): BoardInfo {
  const k = KNOWN.get(code);
  if (k !== undefined) return { code, ...k };
  return { code, name: `Ban Quản lý ${code}`, province: code, zoneKind: 'KCN', focalUnit: '' };
}
