/**
 * The headline figures of a consolidation, one per indicator group (foreign and domestic
 * investment, production and business, budget, land, labour): the total of the period, against
 * the same period last year, against the annual plan, and each board's figure beside last year's.
 * Values are the consolidation's own rows, never recomputed.
 */
import { ALL } from 'hoptac';
import type { Catalogue, ConsolidatedRow, Consolidation, Indicator, Measure } from 'hoptac';

export type GlanceGroup = 'investment-fdi' | 'investment-ddi' | 'production' | 'budget' | 'land' | 'labour' | 'other';

/** Each group's headline indicator, the first of its list the catalogue has. */
export const GLANCE_GROUPS: readonly (readonly [GlanceGroup, readonly string[]])[] = [
  ['investment-fdi', ['fdi_capital_new', 'fdi_projects_new']],
  ['investment-ddi', ['ddi_capital_new', 'ddi_projects_new']],
  ['production', ['export_value', 'revenue_fdi', 'revenue_ddi']],
  ['budget', ['budget_contribution']],
  ['land', ['occupancy_rate', 'leased_land_area']],
  ['labour', ['workers_total']],
];

/** Where a figure stands against the annual plan: a share, no plan at all, or a plan some boards lack. */
export type PlanState = { readonly kind: 'share'; readonly pct: string } | { readonly kind: 'no-plan' } | { readonly kind: 'missing'; readonly boards: readonly string[] } | { readonly kind: 'undefined' };

/**
 * The plan state of a `ytd_target_pct` row: `no-plan` (no board has a target: not a gap) told
 * apart from `missing` (some boards lack one: named).
 *
 * @example
 * ```ts
 * planState(row); // { kind: 'missing', boards: ['BP'] }
 * ```
 */
export function planState(row: ConsolidatedRow | undefined): PlanState | undefined {
  if (row === undefined) return undefined;
  if (row.status === 'ok' && row.value !== null) return { kind: 'share', pct: row.value };
  if (row.status === 'no-plan') return { kind: 'no-plan' };
  if (row.status === 'undefined') return { kind: 'undefined' };
  return { kind: 'missing', boards: [...new Set((row.missing?.items ?? []).filter((m) => m.what === 'target').map((m) => m.board))] };
}

/** How many indicators a workbook whose catalogue has none of the groups' shows instead. */
const OTHER_COUNT = 4;

export interface GlanceBoard {
  readonly board: string;
  readonly value: ConsolidatedRow | undefined;
  readonly lastYear: ConsolidatedRow | undefined;
}

export interface GlanceFigure {
  readonly group: GlanceGroup;
  readonly indicator: Indicator;
  /** ALL, this period */
  readonly total: ConsolidatedRow | undefined;
  /** ALL, same period last year, and this period against it (%) */
  readonly lastYear: ConsolidatedRow | undefined;
  readonly vsLastYear: ConsolidatedRow | undefined;
  /** ALL, year to date against the annual plan (%) */
  readonly plan: ConsolidatedRow | undefined;
  readonly boards: readonly GlanceBoard[];
}

/**
 * The headline figure of each indicator group the consolidation has.
 *
 * @example
 * ```ts
 * glanceFigures(consolidation, model.catalogue).map((f) => f.indicator.code); // ['fdi_capital_new', 'ddi_capital_new', 'export_value', ...]
 * ```
 */
export function glanceFigures(c: Consolidation, catalogue: Catalogue): GlanceFigure[] {
  const rows = new Map(c.rows.map((r) => [`${r.indicator}|${r.board}|${r.measure}`, r] as const));
  const row = (i: string, b: string, m: Measure): ConsolidatedRow | undefined => rows.get(`${i}|${b}|${m}`);
  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i] as const));
  const has = (code: string): boolean => c.indicators.includes(code) && byCode.has(code);
  let picks: [GlanceGroup, string][] = GLANCE_GROUPS.flatMap(([group, codes]) => {
    const code = codes.find(has);
    return code === undefined ? [] : [[group, code] as [GlanceGroup, string]];
  });
  if (picks.length === 0) picks = c.indicators.filter(has).slice(0, OTHER_COUNT).map((code) => ['other', code]);
  return picks.map(([group, code]) => ({
    group,
    indicator: byCode.get(code)!,
    total: row(code, ALL, 'value'),
    lastYear: row(code, ALL, 'same_period_last_year'),
    vsLastYear: row(code, ALL, 'vs_last_year_pct'),
    plan: row(code, ALL, 'ytd_target_pct'),
    boards: c.boards.map((board) => ({ board, value: row(code, board, 'value'), lastYear: row(code, board, 'same_period_last_year') })),
  }));
}
