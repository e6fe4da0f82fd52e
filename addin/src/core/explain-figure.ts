/** Where a figure of the last consolidation comes from: the library's `explain`, over the same model and options. */
import { explain, isHoptacError } from 'hoptac';
import type { Explanation, FigureRef } from 'hoptac';
import type { WorkbookModel } from 'hoptac/workbook';

/**
 * The explanation of one figure of a consolidation of `model` for `period`, or undefined when the
 * figure does not exist (a ratio has no target, no change against last year).
 *
 * @example
 * ```ts
 * explainFigure(outcome.model, outcome.period, { indicator: 'export_value', board: 'ALL', measure: 'value' })?.inputs;
 * ```
 */
export function explainFigure(model: WorkbookModel, period: string, figure: FigureRef): Explanation | undefined {
  try {
    return explain(model.observations, { period, catalogue: model.catalogue, boards: model.boards.map((b) => b.code) }, figure);
  } catch (e) {
    if (isHoptacError(e) && e.code === 'invalid-input') return undefined;
    throw e;
  }
}
