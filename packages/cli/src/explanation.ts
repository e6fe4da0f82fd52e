/**
 * The work behind `hoptac explain` and the scripts' `explainFile`: check the options, then read,
 * check, consolidate and explain one figure in the bounded worker (the same reader and worker as
 * `check` and `consolidate`). A figure that cannot be found is a {@link CliError}; a workbook with
 * errors is not (no figure, its findings say why).
 */
import { MEASURES, Period } from 'hoptac';
import type { Analysis, AnalysisBounds } from './analyze.js';
import { cliError } from './cli-error.js';
import type { Io } from './io.js';
import { boundsFromEnv, loadAnalysis } from './load.js';
import type { Lang } from './messages.js';

/** The figure to explain. */
export interface ExplanationOptions {
  /** any accepted period text (`2017-Q4`, `Quý IV/2017`, ...) */
  readonly period: string;
  /** an indicator code or its name */
  readonly indicator: string;
  /** a board code or name, or `ALL` (default) */
  readonly board?: string | undefined;
  /** a measure (default `value`) */
  readonly measure?: string | undefined;
}

/**
 * Explains one figure of `pathText`; throws a {@link CliError}: `invalid-period`,
 * `invalid-measure`, `unknown-indicator`, `unknown-board`, or a file that cannot be read.
 */
export async function runExplanation(pathText: string, options: ExplanationOptions, io: Io, lang: Lang, bounds: Partial<AnalysisBounds> = boundsFromEnv(io.env)): Promise<Analysis> {
  const r = Period.safeParse(options.period);
  if (!r.success) throw cliError('invalid-period', 'bad-period', (l) => ({ message: r.error.messageIn(l) }), r.error);
  const measure = options.measure ?? 'value';
  if (!(MEASURES as readonly string[]).includes(measure)) throw cliError('invalid-measure', 'invalid-measure', () => ({ measure, known: MEASURES.join(', ') }));
  const explain = { indicator: options.indicator, measure, ...(options.board === undefined ? {} : { board: options.board }) };
  const { analysis } = await loadAnalysis(pathText, io, lang, { period: Period.toString(r.data), explain }, bounds);
  const refused = analysis.explainRefused;
  if (refused !== undefined) {
    if (refused.code === 'unknown-indicator') throw cliError('unknown-indicator', 'unknown-indicator-asked', () => refused.params);
    if (refused.code === 'unknown-board') throw cliError('unknown-board', 'unknown-board-asked', () => refused.params);
    throw cliError('invalid-measure', 'invalid-measure', () => refused.params);
  }
  return analysis;
}
