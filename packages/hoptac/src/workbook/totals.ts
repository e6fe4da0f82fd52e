/**
 * Exact totals of findings, when details are capped: the one computation behind every summary
 * (the command's text and `--json`, the `Kiểm tra` sheet, the add-in's pane), so they cannot
 * disagree.
 */
import { type Finding, type FindingCode, FINDING_SEVERITY } from './findings.js';

/** How many problems a workbook has: errors, warnings, and each code's exact count. */
export interface FindingTotals {
  readonly errors: number;
  readonly warnings: number;
  /** every code found, with its exact count (`findings-capped`, a note about the list, is not a problem and not counted) */
  readonly byCode: Readonly<Record<string, number>>;
}

/**
 * The exact totals of `findings` (a model's findings, plus any added after reading, such as
 * `period-outside-data`), given the model's exact `counts` (`WorkbookModel.counts`): a code the
 * counts know is taken from them (its listed details may have been capped), any other code is
 * counted in the list.
 *
 * @example
 * ```ts
 * import { findingTotals, readWorkbook } from 'hoptac/workbook';
 * const model = readWorkbook({ sheets: [] });
 * findingTotals(model.findings, model.counts); // { errors: 1, warnings: 0, byCode: { 'missing-sheet': 1 } }
 * ```
 */
export function findingTotals(findings: readonly Finding[], counts: Readonly<Record<string, number>> = {}): FindingTotals {
  const byCode: Record<string, number> = {};
  for (const [code, n] of Object.entries(counts)) if (code !== 'findings-capped' && n > 0) byCode[code] = n;
  const severity = new Map<string, string>();
  for (const f of findings) {
    severity.set(f.code, f.severity);
    if (f.code === 'findings-capped' || Object.hasOwn(counts, f.code)) continue;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  let errors = 0;
  let warnings = 0;
  for (const [code, n] of Object.entries(byCode)) {
    if ((FINDING_SEVERITY.get(code as FindingCode) ?? severity.get(code)) === 'error') errors += n;
    else warnings += n;
  }
  return { errors, warnings, byCode };
}
