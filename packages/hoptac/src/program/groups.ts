import type { IndicatorGroup, Obligation } from './types.js';

/**
 * The indicator groups an obligation may name, over the built-in catalogue: investment attraction
 * (thu hút đầu tư), production and business (sản xuất - kinh doanh), labour (lao động), land and
 * environment.
 */
export const INDICATOR_GROUPS: ReadonlyMap<IndicatorGroup, readonly string[]> = new Map<IndicatorGroup, readonly string[]>([
  [
    'investment',
    Object.freeze([
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
    ]),
  ],
  ['production', Object.freeze(['revenue_fdi', 'revenue_ddi', 'export_value', 'import_value', 'budget_contribution', 'enterprises_operating'])],
  ['labour', Object.freeze(['workers_total', 'workers_foreign', 'workers_out_of_province', 'foreign_worker_share'])],
  ['land', Object.freeze(['industrial_land_area', 'leased_land_area', 'occupancy_rate'])],
  ['environment', Object.freeze(['wastewater_plants'])],
]);

/**
 * The indicator codes an obligation covers: its groups expanded, then its own codes, without repeats.
 *
 * @example
 * ```ts
 * import { obligationIndicators } from 'hoptac/program';
 * obligationIndicators({ parties: ['DN'], indicators: ['export_value'], groups: ['labour'], cadence: 'monthly', dueDays: 10, estimateFirst: false, estimateDueDays: 0 });
 * // ['workers_total', 'workers_foreign', 'workers_out_of_province', 'foreign_worker_share', 'export_value']
 * ```
 */
export function obligationIndicators(obligation: Obligation): readonly string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (c: string) => {
    if (!seen.has(c)) {
      seen.add(c);
      out.push(c);
    }
  };
  for (const g of obligation.groups) for (const c of INDICATOR_GROUPS.get(g) ?? []) push(c);
  for (const c of obligation.indicators) push(c);
  return out;
}
