import type { Catalogue, Indicator } from './types.js';

type Row = readonly [code: string, vi: string, en: string, unit: Indicator['unit'], kind: Indicator['kind'], num?: string, den?: string];

// The common indicators of KCN/KKT boards (DOMAIN.md), in report order.
const ROWS: readonly Row[] = [
  ['fdi_projects_new', 'Số dự án FDI cấp mới', 'new FDI projects', 'dự án', 'flow'],
  ['fdi_capital_new', 'Vốn FDI đăng ký cấp mới', 'new registered FDI capital', 'triệu USD', 'flow'],
  ['fdi_capital_added', 'Vốn FDI điều chỉnh tăng', 'additional FDI capital', 'triệu USD', 'flow'],
  ['ddi_projects_new', 'Số dự án trong nước cấp mới', 'new domestic projects', 'dự án', 'flow'],
  ['ddi_capital_new', 'Vốn đầu tư trong nước đăng ký cấp mới', 'new registered domestic capital', 'tỷ đồng', 'flow'],
  ['ddi_capital_added', 'Vốn trong nước điều chỉnh tăng', 'additional domestic capital', 'tỷ đồng', 'flow'],
  ['fdi_projects_valid', 'Số dự án FDI còn hiệu lực', 'valid FDI projects', 'dự án', 'stock'],
  ['ddi_projects_valid', 'Số dự án trong nước còn hiệu lực', 'valid domestic projects', 'dự án', 'stock'],
  ['fdi_capital_realized', 'Vốn FDI thực hiện', 'implemented FDI capital', 'triệu USD', 'flow'],
  ['ddi_capital_realized', 'Vốn trong nước thực hiện', 'implemented domestic capital', 'tỷ đồng', 'flow'],
  ['industrial_land_area', 'Diện tích đất công nghiệp cho thuê được', 'leasable industrial land', 'ha', 'stock'],
  ['leased_land_area', 'Diện tích đất công nghiệp đã cho thuê', 'leased industrial land', 'ha', 'stock'],
  ['occupancy_rate', 'Tỷ lệ lấp đầy', 'occupancy rate', '%', 'ratio', 'leased_land_area', 'industrial_land_area'],
  ['revenue_fdi', 'Doanh thu doanh nghiệp FDI', 'revenue of FDI firms', 'triệu USD', 'flow'],
  ['revenue_ddi', 'Doanh thu doanh nghiệp trong nước', 'revenue of domestic firms', 'tỷ đồng', 'flow'],
  ['export_value', 'Kim ngạch xuất khẩu', 'exports', 'triệu USD', 'flow'],
  ['import_value', 'Kim ngạch nhập khẩu', 'imports', 'triệu USD', 'flow'],
  ['budget_contribution', 'Nộp ngân sách', 'budget contributions', 'tỷ đồng', 'flow'],
  ['enterprises_operating', 'Số doanh nghiệp đang hoạt động', 'operating enterprises', 'doanh nghiệp', 'stock'],
  ['workers_total', 'Tổng số lao động', 'workers', 'người', 'stock'],
  ['workers_foreign', 'Lao động nước ngoài', 'foreign workers', 'người', 'stock'],
  ['workers_out_of_province', 'Lao động ngoại tỉnh', 'workers from other provinces', 'người', 'stock'],
  ['foreign_worker_share', 'Tỷ lệ lao động nước ngoài', 'share of foreign workers', '%', 'ratio', 'workers_foreign', 'workers_total'],
  ['wastewater_plants', 'Số KCN có nhà máy xử lý nước thải tập trung', 'zones with central wastewater treatment', 'KCN', 'stock'],
];

/**
 * The built-in catalogue of common KCN/KKT board indicators (24 indicators: flows, stocks and two
 * ratios, occupancy and the share of foreign workers).
 *
 * @example
 * ```ts
 * import { builtInCatalogue } from 'hoptac';
 * builtInCatalogue.indicators.find((i) => i.code === 'occupancy_rate')?.kind; // 'ratio'
 * ```
 */
// Pure: bundles that do not use the catalogue leave it out.
export const builtInCatalogue: Catalogue = /* @__PURE__ */ Object.freeze({
  indicators: Object.freeze(
    ROWS.map(([code, nameVi, nameEn, unit, kind, numerator, denominator]): Indicator =>
      Object.freeze({ code, nameVi, nameEn, unit, kind, decimals: 2, ...(numerator === undefined ? {} : { numerator, denominator: denominator! }) }),
    ),
  ),
});
