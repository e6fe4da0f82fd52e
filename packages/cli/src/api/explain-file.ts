import type { ExplainJson } from '../explain-report.js';
import { explainJson } from '../explain-report.js';
import { runExplanation } from '../explanation.js';
import { scriptBounds, scriptIo } from './script-io.js';
import type { FileOptions } from './script-io.js';

/** Options of {@link explainFile}: which figure. */
export interface ExplainFileOptions extends FileOptions {
  /** any period form (`2017-Q4`, `Quý IV/2017`, `Năm 2018`...) */
  readonly period: string;
  /** an indicator code (`export_value`) or its name */
  readonly indicator: string;
  /** a board code or name; default `ALL` (all boards together) */
  readonly board?: string;
  /** `value` (default), `ytd`, `same_period_last_year`, `vs_last_year_pct`, `target`, `ytd_target_pct` or `cumulative` */
  readonly measure?: string;
}

/**
 * Explains one consolidated figure of an .xlsx workbook, as `hoptac explain FILE --json` does.
 * Resolves to exactly the object the command prints: `{ period, figure, findings, counts }`, where
 * `figure` gives the value, the rule (`rule` and its words in `text`), every input with its board,
 * month, value and source cell (`sheet`, `cell`), what is `missing`, the `rounding` of a ratio, and
 * a ratio's or percentage's `parts` explained the same way. `figure` is null when the workbook has
 * errors. Rejects with a {@link CliError}: a file that cannot be read, `invalid-period`,
 * `unknown-indicator`, `unknown-board` or `invalid-measure`.
 *
 * @example
 * ```js
 * import { explainFile } from '@hoptac/cli';
 * const { figure } = await explainFile('examples/shared-workbook.xlsx', { period: '2017-Q4', indicator: 'export_value', board: 'DN' });
 * console.log(figure.value, figure.inputs.map((i) => `${i.sheet}!${i.cell}`).join(' ')); // prints 4282.1 DN!AL23 DN!AM23 DN!AN23
 * ```
 */
export async function explainFile(path: string, options: ExplainFileOptions): Promise<ExplainJson> {
  const lang = options.lang ?? 'vi';
  const analysis = await runExplanation(path, { period: options.period, indicator: options.indicator, board: options.board, measure: options.measure }, scriptIo(), lang, scriptBounds(options));
  return explainJson(analysis, lang);
}
