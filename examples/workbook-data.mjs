// The example shared workbook's numbers, as plain data: what each board wrote in each cell.
//
// Deterministic (a seeded PRNG), with exact decimals as strings. make-workbook.mjs writes these into
// examples/shared-workbook.xlsx; the golden tests read the same data to compute the expected
// consolidation on their own, without the library's code path.

/** mulberry32: a tiny seeded PRNG, so the workbook is the same on every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer count of 10^-decimals units as a canonical decimal string: (12345, 2) -> '123.45'. */
export function scaledToDecimal(units, decimals) {
  const neg = units < 0n;
  const s = (neg ? -units : units).toString().padStart(decimals + 1, '0');
  const int = decimals === 0 ? s : s.slice(0, -decimals);
  const frac = decimals === 0 ? '' : s.slice(-decimals).replace(/0+$/, '');
  return `${neg ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`;
}

/** A canonical decimal as Vietnamese number text: '3456.7' -> '3.456,7'. */
export function viNumberText(decimal) {
  const [int, frac] = decimal.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

export const BOARDS = [
  { code: 'DN', name: 'Ban Quản lý các Khu công nghiệp Đồng Nai', province: 'Đồng Nai', zoneKind: 'KCN', focalUnit: 'Phòng Kế hoạch Tổng hợp' },
  { code: 'LD', name: 'Ban Quản lý các Khu công nghiệp tỉnh Lâm Đồng', province: 'Lâm Đồng', zoneKind: 'KCN', focalUnit: 'Phòng Kế hoạch Tổng hợp' },
  { code: 'BP', name: 'Ban Quản lý Khu kinh tế tỉnh Bình Phước', province: 'Bình Phước', zoneKind: 'KKT', focalUnit: 'Phòng Quản lý Doanh nghiệp' },
];

/** 2015-01 .. 2018-12 */
export const MONTHS = [];
for (let y = 2015; y <= 2018; y++) for (let m = 1; m <= 12; m++) MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);

/**
 * The built-in catalogue's indicators as this example uses them (its own copy, on purpose: the tests
 * must not take the rules from the code they test). `decimals` is how many places values carry.
 * Monthly magnitudes per board: [min, max] in the catalogue unit, for flows; [start, monthly drift]
 * for stocks.
 */
export const INDICATORS = [
  { code: 'fdi_projects_new', section: 'I. Thu hút đầu tư', unit: 'dự án', kind: 'flow', decimals: 0, range: { DN: [0, 6], LD: [0, 1], BP: [0, 3] }, opening: { DN: '1105', LD: '21', BP: '96' } },
  { code: 'fdi_capital_new', unit: 'triệu USD', kind: 'flow', decimals: 2, range: { DN: [15, 160], LD: [0, 12], BP: [4, 55] }, opening: { DN: '18530.25', LD: '164.9', BP: '1202.5' } },
  { code: 'fdi_capital_added', unit: 'triệu USD', kind: 'flow', decimals: 2, range: { DN: [10, 90], LD: [0, 4], BP: [1, 25] }, opening: { DN: '6120.4', BP: '310.75' } },
  { code: 'ddi_projects_new', unit: 'dự án', kind: 'flow', decimals: 0, range: { DN: [0, 3], LD: [0, 2], BP: [0, 2] }, opening: { DN: '392', LD: '77', BP: '180' } },
  { code: 'ddi_capital_new', unit: 'tỷ đồng', kind: 'flow', decimals: 1, range: { DN: [120, 900], LD: [15, 220], BP: [40, 420] }, opening: { DN: '42150.6', LD: '5320', BP: '9870.3' } },
  { code: 'ddi_capital_added', unit: 'tỷ đồng', kind: 'flow', decimals: 1, range: { DN: [30, 400], LD: [0, 60], BP: [5, 150] } },
  { code: 'fdi_projects_valid', unit: 'dự án', kind: 'stock', decimals: 0, stock: { DN: [1180, 4], LD: [22, 0.4], BP: [118, 1.5] } },
  { code: 'ddi_projects_valid', unit: 'dự án', kind: 'stock', decimals: 0, stock: { DN: [402, 1.5], LD: [79, 0.8], BP: [185, 1.2] } },
  { code: 'fdi_capital_realized', unit: 'triệu USD', kind: 'flow', decimals: 2, range: { DN: [55, 125], LD: [1, 9], BP: [8, 42] } },
  { code: 'ddi_capital_realized', unit: 'tỷ đồng', kind: 'flow', decimals: 1, range: { DN: [200, 650], LD: [20, 110], BP: [50, 260] } },
  { code: 'industrial_land_area', section: 'II. Đất công nghiệp', unit: 'ha', kind: 'stock', decimals: 2, stock: { DN: [6620.5, 9], LD: [1240, 2], BP: [2950, 6] } },
  { code: 'leased_land_area', unit: 'ha', kind: 'stock', decimals: 2, stock: { DN: [4534.25, 12], LD: [520.5, 3], BP: [1050, 9] } },
  { code: 'revenue_fdi', section: 'III. Sản xuất kinh doanh', unit: 'triệu USD', kind: 'flow', decimals: 1, range: { DN: [1450, 2100], LD: [18, 42], BP: [95, 210] } },
  { code: 'revenue_ddi', unit: 'tỷ đồng', kind: 'flow', decimals: 1, range: { DN: [2800, 4200], LD: [420, 650], BP: [900, 1500] } },
  { code: 'export_value', unit: 'triệu USD', kind: 'flow', decimals: 1, range: { DN: [1150, 1650], LD: [14, 32], BP: [75, 160] }, opening: { DN: '98450.6' } },
  { code: 'import_value', unit: 'triệu USD', kind: 'flow', decimals: 1, range: { DN: [980, 1420], LD: [9, 26], BP: [55, 125] } },
  { code: 'budget_contribution', unit: 'tỷ đồng', kind: 'flow', decimals: 1, range: { DN: [380, 720], LD: [18, 45], BP: [28, 75] } },
  { code: 'enterprises_operating', unit: 'doanh nghiệp', kind: 'stock', decimals: 0, stock: { DN: [1480, 3], LD: [88, 0.5], BP: [245, 1.5] } },
  { code: 'workers_total', section: 'IV. Lao động', unit: 'người', kind: 'stock', decimals: 0, stock: { DN: [521400, 900], LD: [11850, 30], BP: [58900, 260] } },
  { code: 'workers_foreign', unit: 'người', kind: 'stock', decimals: 0, stock: { DN: [3480, 6], LD: [78, 0.3], BP: [402, 2] } },
  { code: 'workers_out_of_province', unit: 'người', kind: 'stock', decimals: 0, stock: { DN: [268900, 450], LD: [2950, 10], BP: [24800, 120] } },
  { code: 'wastewater_plants', section: 'V. Môi trường', unit: 'KCN', kind: 'stock', decimals: 0, stock: { DN: [28, 0.05], LD: [2, 0.01], BP: [3, 0.02] } },
];

/** The ratios of the built-in catalogue (recomputed from their parts, never summed). */
export const RATIOS = [
  { code: 'occupancy_rate', numerator: 'leased_land_area', denominator: 'industrial_land_area', unit: '%', decimals: 2 },
  { code: 'foreign_worker_share', numerator: 'workers_foreign', denominator: 'workers_total', unit: '%', decimals: 2 },
];

/**
 * The one cell left blank: BP did not report its exports for November 2018, so every figure that
 * needs that month is missing (never a partial sum).
 */
export const MISSING = { board: 'BP', indicator: 'export_value', month: '2018-11' };

/** LD reports new FDI capital in thousands of USD (nghìn USD): values are 1000x the catalogue's. */
export const SCALED = { board: 'LD', indicator: 'fdi_capital_new', unit: 'nghìn USD', exponent: 3 };

/**
 * The variants of the data. `example` is the shared workbook of the examples. `corrections` is the
 * same data with what the example lacks and real files have, for the golden tests: corrections
 * written as negative numbers (capital adjusted down) and two more unit exponents, BP's land areas
 * in m2 (10^4 m2 = 1 ha, written ×10^4) and DN's exports in tỷ USD (written ÷1000).
 */
export const VARIANTS = {
  example: { scaled: [], negative: [] },
  corrections: {
    scaled: [
      { board: 'BP', indicator: 'industrial_land_area', unit: 'm2', exponent: 4 },
      { board: 'BP', indicator: 'leased_land_area', unit: 'm2', exponent: 4 },
      { board: 'DN', indicator: 'export_value', unit: 'tỷ USD', exponent: -3 },
    ],
    // every fifth month of these rows is a correction: a large figure written with a minus sign
    negative: [
      { board: 'DN', indicator: 'ddi_capital_added' },
      { board: 'LD', indicator: 'fdi_capital_added' },
      { board: 'BP', indicator: 'fdi_capital_realized' },
    ],
  },
};

/** Cells typed as Vietnamese text numbers (Settings number_format vi). */
export const TEXT_NUMBERS = [
  { board: 'DN', indicator: 'revenue_ddi', months: ['2016-01', '2016-02', '2016-03'] },
  { board: 'BP', indicator: 'workers_total', months: ['2017-06'] },
];

/** DN keeps leased land as a running formula: each month = the month before + new leases. */
export const FORMULA_ROW = { board: 'DN', indicator: 'leased_land_area' };

/**
 * Every board row: its unit as written, and per month the exact decimal in the catalogue unit
 * (`value`), what the cell holds (`cell`: number | text | dash | formula | blank) and, for the
 * written unit, `written` (the decimal as it stands in the cell's unit).
 */
export function workbookData(variant = 'example') {
  const { scaled: moreScaled, negative } = VARIANTS[variant];
  const rand = prng(20171226); // the 2017 interim review, Đà Lạt
  const rows = [];
  for (const board of BOARDS) {
    for (const ind of INDICATORS) {
      const here = (x) => x.board === board.code && x.indicator === ind.code;
      const unitOf = here(SCALED) ? SCALED : moreScaled.find(here);
      const scaled = unitOf !== undefined;
      const corrected = negative.some(here);
      // LD's row in nghìn USD carries more places in the catalogue unit (12345.6 nghìn USD = 12.3456 triệu USD)
      const decimals = here(SCALED) ? ind.decimals + 2 : ind.decimals;
      const factor = 10n ** BigInt(decimals);
      const cells = [];
      if (ind.kind === 'flow') {
        const [min, max] = ind.range[board.code];
        for (const month of MONTHS) {
          // a seasonal flow: Tet (Jan-Feb) is slower, the year end faster
          const m = Number(month.slice(5));
          const season = m <= 2 ? 0.75 : m >= 11 ? 1.15 : 1;
          const x = (min + (max - min) * rand()) * season;
          const units = BigInt(Math.max(0, Math.round(x * Number(factor))));
          const sign = corrected && cells.length % 5 === 2 ? -4n : 1n;
          cells.push({ month, value: scaledToDecimal(sign * units, decimals) });
        }
      } else {
        const [start, drift] = ind.stock[board.code];
        let units = BigInt(Math.round(start * Number(factor)));
        for (const month of MONTHS) {
          const step = Math.round(drift * (0.2 + 1.6 * rand()) * Number(factor));
          if (month !== MONTHS[0]) units += BigInt(step);
          cells.push({ month, value: scaledToDecimal(units, decimals) });
        }
      }
      const text = TEXT_NUMBERS.find((t) => t.board === board.code && t.indicator === ind.code);
      const formula = FORMULA_ROW.board === board.code && FORMULA_ROW.indicator === ind.code;
      for (const c of cells) {
        c.written = scaled ? shift(c.value, unitOf.exponent) : c.value;
        if (MISSING.board === board.code && MISSING.indicator === ind.code && MISSING.month === c.month) {
          c.cell = 'blank';
          c.value = null;
          c.written = null;
        } else if (text?.months.includes(c.month)) c.cell = 'text';
        else if (c.value === '0' && ind.decimals === 0) c.cell = 'dash'; // "nothing happened" written as -
        else if (formula && c.month !== MONTHS[0]) c.cell = 'formula';
        else c.cell = 'number';
      }
      const opening = ind.opening?.[board.code];
      rows.push({
        board: board.code,
        indicator: ind.code,
        kind: ind.kind,
        unit: scaled ? unitOf.unit : ind.unit,
        catalogueUnit: ind.unit,
        exponent: scaled ? unitOf.exponent : 0,
        opening: opening === undefined ? null : opening,
        openingWritten: opening === undefined ? null : scaled ? shift(opening, unitOf.exponent) : opening,
        cells,
      });
    }
  }
  return { boards: BOARDS, months: MONTHS, rows, targets: targets(rows) };
}

/** Moves the decimal point right by `exponent` places (left when negative): ('12.3456', 3) -> '12345.6'. */
function shift(decimal, exponent) {
  const [int, frac = ''] = decimal.split('.');
  const units = BigInt(int + frac);
  const places = frac.length - exponent;
  return places >= 0 ? scaledToDecimal(units, places) : scaledToDecimal(units * 10n ** BigInt(-places), 0);
}

/** Annual targets for 2017 and 2018, in catalogue units: a round figure near the year's actual. */
function targets(rows) {
  const codes = ['fdi_capital_new', 'ddi_capital_new', 'export_value', 'budget_contribution', 'fdi_projects_new'];
  const out = [];
  for (const year of [2017, 2018]) {
    for (const board of BOARDS) {
      for (const code of codes) {
        const row = rows.find((r) => r.board === board.code && r.indicator === code);
        let total = 0;
        for (const c of row.cells) if (c.month.startsWith(String(year)) && c.value !== null) total += Number(c.value);
        // a plan a little above or below what happened, rounded as plans are
        const planned = total * (year === 2017 ? 0.96 : 1.04);
        const step = planned >= 1000 ? 50 : planned >= 100 ? 5 : 1;
        out.push({ board: board.code, indicator: code, year, target: String(Math.max(step, Math.round(planned / step) * step)) });
      }
    }
  }
  return out;
}
