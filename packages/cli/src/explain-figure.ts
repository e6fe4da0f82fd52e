/**
 * The step of the analysis worker behind `hoptac explain`: find the figure asked for in the
 * workbook read (an indicator and a board by code or name, a measure), then let the library's
 * `explain` say how it was made. What cannot be found comes back as a refusal with a stable code;
 * the main thread turns it into a {@link CliError}.
 */
import { ALL, explain, matchKey, MEASURES } from 'hoptac';
import type { Explanation, Measure } from 'hoptac';
import type { WorkbookModel } from 'hoptac/workbook';

/** Which figure to explain, as the command line wrote it. */
export interface ExplainRequest {
  /** an indicator code or name (Vietnamese or English) */
  readonly indicator: string;
  /** a board code or name, or `ALL` (default) */
  readonly board?: string;
  /** a measure (default `value`) */
  readonly measure?: string;
}

/** Why a figure cannot be explained. */
export type ExplainRefusal =
  | { readonly code: 'unknown-indicator'; readonly params: { readonly indicator: string; readonly known: string } }
  | { readonly code: 'unknown-board'; readonly params: { readonly board: string; readonly known: string } }
  | { readonly code: 'invalid-measure'; readonly params: { readonly measure: string; readonly known: string } };

/** How many known codes a refusal lists before `…`. */
const KNOWN_SHOWN = 12;

const listed = (codes: readonly string[]) => (codes.length > KNOWN_SHOWN ? `${codes.slice(0, KNOWN_SHOWN).join(', ')}, …` : codes.join(', '));

/** Measures an indicator has: a ratio has no comparison with last year and no target. */
function measuresOf(kind: string): readonly Measure[] {
  return kind === 'ratio' ? MEASURES.filter((m) => m !== 'vs_last_year_pct' && m !== 'target' && m !== 'ytd_target_pct') : MEASURES;
}

/**
 * Explains the figure `request` names for `period` (canonical text) over the model's boards, or
 * says why it cannot: an indicator or board the workbook does not have, or a measure the indicator
 * does not have.
 */
export function explainFigure(model: WorkbookModel, period: string, request: ExplainRequest): { readonly explanation: Explanation } | { readonly refused: ExplainRefusal } {
  const key = matchKey(request.indicator);
  const ind = model.catalogue.indicators.find((i) => i.code === request.indicator) ?? model.catalogue.indicators.find((i) => matchKey(i.code) === key || matchKey(i.nameVi) === key || matchKey(i.nameEn) === key);
  if (ind === undefined) return { refused: { code: 'unknown-indicator', params: { indicator: request.indicator, known: listed(model.catalogue.indicators.map((i) => i.code)) } } };
  const boardText = request.board ?? ALL;
  const bkey = matchKey(boardText);
  const board = bkey === matchKey(ALL) || bkey === matchKey('Tổng') || bkey === matchKey('Total') ? ALL : model.boards.find((b) => matchKey(b.code) === bkey || (b.name !== '' && matchKey(b.name) === bkey))?.code;
  if (board === undefined) return { refused: { code: 'unknown-board', params: { board: boardText, known: [...model.boards.map((b) => b.code), ALL].join(', ') } } };
  const measure = (request.measure ?? 'value') as Measure;
  const allowed = measuresOf(ind.kind);
  if (!allowed.includes(measure)) return { refused: { code: 'invalid-measure', params: { measure: request.measure ?? '', known: allowed.join(', ') } } };
  const options = { period, catalogue: model.catalogue, boards: model.boards.map((b) => b.code) };
  return { explanation: explain(model.observations, options, { indicator: ind.code, board, measure }) };
}
