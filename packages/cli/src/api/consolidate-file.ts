import { runConsolidation } from '../consolidation.js';
import { consolidationJson } from '../report.js';
import type { ConsolidationJson } from '../report.js';
import { scriptBounds, scriptIo } from './script-io.js';
import type { FileOptions } from './script-io.js';

/** Options of {@link consolidateFile}. */
export interface ConsolidateFileOptions extends FileOptions {
  /** any period form (`2017-Q4`, `Quý IV/2017`, `Năm 2018`...); absent: the latest month every board reported */
  readonly period?: string;
}

/**
 * Consolidates an .xlsx workbook, as `hoptac consolidate FILE --json` does. Resolves to exactly the
 * object the command prints: `{ period, rows, findings }`, each row `{ indicator, board, measure,
 * value, unit, status, missing }`, where `missing` says which board and which month or target a
 * missing figure lacks; status `no-plan` marks the target and % of target of an indicator no
 * board has a target for in the year (no plan, not a gap). A workbook with errors resolves with no rows. Rejects with a
 * {@link CliError}: a file that cannot be read, `invalid-period`, or `no-complete-month`.
 *
 * @example
 * ```ts
 * import { consolidateFile } from '@hoptac/cli';
 * const r = await consolidateFile('examples/shared-workbook.xlsx', { period: 'Quý IV/2017' });
 * const exports = r.rows.find((x) => x.indicator === 'export_value' && x.board === 'ALL' && x.measure === 'value');
 * console.log(r.period, exports?.value); // prints 2017-Q4 4704.5
 * ```
 */
export async function consolidateFile(path: string, options: ConsolidateFileOptions = {}): Promise<ConsolidationJson> {
  const lang = options.lang ?? 'vi';
  const { analysis } = await runConsolidation(path, { period: options.period }, scriptIo(), lang, scriptBounds(options));
  return consolidationJson(analysis, lang);
}
