/**
 * How a board sheet of format 1 is laid out for people: the sections Vietnamese board reports use,
 * the Vietnamese header labels, and the known partner boards' details.
 */
import type { Indicator } from 'hoptac';

/** Report sections, in order, with the indicators each holds (built-in catalogue codes). */
export const SECTIONS: readonly { readonly title: string; readonly codes: readonly string[] }[] = [
  {
    title: 'I. Thu hút đầu tư',
    codes: [
      'fdi_projects_new',
      'fdi_capital_new',
      'fdi_capital_added',
      'ddi_projects_new',
      'ddi_capital_new',
      'ddi_capital_added',
      'fdi_projects_valid',
      'ddi_projects_valid',
      'fdi_capital_realized',
      'ddi_capital_realized',
    ],
  },
  { title: 'II. Đất công nghiệp', codes: ['industrial_land_area', 'leased_land_area', 'occupancy_rate'] },
  {
    title: 'III. Sản xuất kinh doanh',
    codes: ['revenue_fdi', 'revenue_ddi', 'export_value', 'import_value', 'budget_contribution', 'enterprises_operating'],
  },
  { title: 'IV. Lao động', codes: ['workers_total', 'workers_foreign', 'workers_out_of_province', 'foreign_worker_share'] },
  { title: 'V. Môi trường', codes: ['wastewater_plants'] },
];

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

export interface BoardInfo {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly zoneKind: 'KCN' | 'KKT' | 'KCX';
  readonly focalUnit: string;
}

/** The partner boards of the tripartite program; other codes get placeholders to fill in. */
const KNOWN: Readonly<Record<string, Omit<BoardInfo, 'code'>>> = {
  DN: { name: 'Ban Quản lý các Khu công nghiệp Đồng Nai', province: 'Đồng Nai', zoneKind: 'KCN', focalUnit: 'Phòng Kế hoạch Tổng hợp' },
  LD: { name: 'Ban Quản lý các Khu công nghiệp tỉnh Lâm Đồng', province: 'Lâm Đồng', zoneKind: 'KCN', focalUnit: 'Phòng Kế hoạch Tổng hợp' },
  BP: { name: 'Ban Quản lý Khu kinh tế tỉnh Bình Phước', province: 'Bình Phước', zoneKind: 'KKT', focalUnit: 'Phòng Kế hoạch Tổng hợp' },
};

/** What the template writes for a board code. */
export function boardInfo(code: string): BoardInfo {
  const k = KNOWN[code];
  if (k !== undefined) return { code, ...k };
  return { code, name: `Ban Quản lý ${code}`, province: code, zoneKind: 'KCN', focalUnit: '' };
}
