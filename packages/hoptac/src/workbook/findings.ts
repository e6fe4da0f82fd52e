/**
 * Findings: every problem the workbook reader reports, as plain data (a severity, a stable code,
 * where, and a message in Vietnamese and English).
 */
import type { Lang, MessageKey, Param } from '../messages/index.js';

/** How bad a finding is: an `error` stops consolidation, a `warning` does not. */
export type Severity = 'error' | 'warning';

/**
 * The stable code of a finding. Scripts may match on it.
 *
 * The codes of WORKBOOK-FORMAT.md (format 1):
 * - `missing-sheet` (error): `Boards`, or the sheet of a listed board, is absent. For a board's
 *   sheet the finding points at the board's code cell in `Boards`.
 * - `unknown-sheet` (warning): a sheet's column A has a `code`/`mã` header but no board has its name.
 * - `bad-header` (error): a required header column is missing (`Boards`: code, name, zone_kind;
 *   `Indicators`: code, name_vi, unit, kind; `Targets`: board, indicator, year, target;
 *   `Settings`: key, value; board sheets: code, indicator, unit, and at least one month column),
 *   or a board sheet has no header row.
 * - `duplicate-board` (error), `unknown-indicator` (error), `duplicate-indicator` (error),
 *   `bad-period-header` (error), `duplicate-period` (error), `not-a-number` (error),
 *   `formula-error` (error), `text-number` (warning), `unit-converted` (warning, at the unit cell),
 *   `unit-mismatch` (error, at the unit cell; also for a unit that is not a unit of format 1),
 *   `negative-stock` (error), `ratio-parts` (warning, at the numerator's cell),
 *   `precision-loss` (warning), `missing-value` (warning: at the blank cell; when the board's sheet
 *   has no column for the month, at the sheet; when it has no row for the indicator, at the sheet).
 *
 * Beyond the table (what an analyst wants caught):
 * - `merged-cell` (error): a merged range overlaps a board sheet's data area (below the header,
 *   the opening and month columns). Readers repeat a merged value into every cell it covers.
 * - `no-cached-value` (error): a formula was saved without its result (`GridCell.noCachedValue`);
 *   its value is unknown, so the file must be recalculated in Excel.
 * - `date-value` (error): a value cell holds a date-formatted number: Excel often turns a typed
 *   `1.5` or `1/5` into a date, so the number is not what was meant.
 * - `boolean-value` (error): a value cell holds TRUE/FALSE.
 * - `hidden-row` (warning): a hidden row of a board sheet holds data (it is still consolidated).
 * - `reserved-sheet-name` (warning): a sheet is named `__proto__`, `constructor`, `prototype` or
 *   another name JavaScript objects reserve (hoptac itself keys everything by Map).
 * - `duplicate-sheet` (error): two sheets' names match the same name (case, spaces and tone marks
 *   aside), e.g. `DN` and `dn `; the later one is ignored.
 * - `bad-board` (error): a `Boards` row with an invalid code (not 1-16 of `A-Z 0-9 _`; the row is
 *   ignored) or a blank or invalid `zone_kind` (not KCN, KKT, KCX).
 * - `no-boards` (error): `Boards` lists no board.
 * - `bad-target` (error): a `Targets` row whose board or indicator is unknown, whose indicator is a
 *   ratio, whose year is not a year, which repeats an earlier board/indicator/year, or which lacks
 *   board, indicator or year. (A target value that is not a number is `not-a-number`.)
 * - `bad-setting` (error): `number_format` is not `vi` or `en` (vi is used), or a key is repeated.
 * - `unknown-setting` (warning): a `Settings` key that format 1 does not know.
 * - `bad-indicator` (error): an `Indicators` row the catalogue rules reject (bad code, unknown unit,
 *   bad kind, missing or invalid ratio parts, bad decimals), at the offending cell.
 * - `blank-unit` (warning): a board row's unit cell is blank; the catalogue unit is assumed.
 * - `ratio-reported` (warning): a board sheet has a row for a ratio indicator; its values are
 *   checked but not used, since a ratio is always recomputed from its parts.
 * - `opening-not-flow` (warning): an `opening` value on a stock or ratio row; it is not used
 *   (a stock's cumulative is its value at the end of the period).
 * - `name-mismatch` (warning): a board row's indicator name (column `indicator`) is exactly the
 *   name of another catalogue indicator (case and tone marks aside): a code pasted on the wrong row.
 * - `row-without-code` (warning): a row with a blank code holds values in the month columns;
 *   it is skipped as a section heading.
 * - `period-outside-data` (warning, from `consolidateWorkbook`): months the period needs (from
 *   January of the year before through its end) are not a column on any board sheet.
 * - `findings-capped` (warning): details were cut at `maxDetailsPerCode` per code; `counts` stays exact.
 * - `duplicate-cell` (error): the file gives a cell twice (two `<c r="F3">` elements, which Excel
 *   never writes); neither value is used, so the figure is missing.
 * - `sheet-without-part` (warning): the workbook lists a sheet without its part (no `r:id`); it is
 *   read as an empty sheet, as Excel shows it.
 * - `text-too-long` (warning): a cell holds more than 32,767 characters, more than an Excel cell
 *   can; where hoptac repeats it in a cell it writes, the text is cut and ends with `…`.
 *
 * Rules and outliers (figures that are well-formed but wrong):
 * - `rule-violated` (the rule's own severity: `error` or `warning`; the only code whose severity is
 *   not fixed, so {@link FINDING_SEVERITY} gives `error`, the most it can be): a rule of the
 *   `Rules` sheet or a built-in rule does not hold for a board and month; at the cell of the rule's
 *   first indicator, with both sides' values.
 * - `bad-rule` (error): a `Rules` row that does not parse, names an unknown indicator, has a bad
 *   operator or severity, or repeats a code; at the offending cell. The rule is not used; nothing
 *   else stops.
 * - `outlier` (warning): a month far from the board's own trailing 24 months (modified z-score over
 *   3.5); the message gives the usual range.
 * - `unit-slip` (warning): an outlier within ±10 % of 1,000 or 1,000,000 times (or that fraction
 *   of) the usual value: a figure typed in the wrong unit; the message says which unit would make
 *   it ordinary.
 */
export type FindingCode =
  | 'missing-sheet'
  | 'unknown-sheet'
  | 'bad-header'
  | 'duplicate-board'
  | 'unknown-indicator'
  | 'duplicate-indicator'
  | 'bad-period-header'
  | 'duplicate-period'
  | 'not-a-number'
  | 'formula-error'
  | 'text-number'
  | 'unit-converted'
  | 'unit-mismatch'
  | 'negative-stock'
  | 'ratio-parts'
  | 'precision-loss'
  | 'missing-value'
  | 'merged-cell'
  | 'no-cached-value'
  | 'date-value'
  | 'boolean-value'
  | 'hidden-row'
  | 'reserved-sheet-name'
  | 'duplicate-sheet'
  | 'bad-board'
  | 'no-boards'
  | 'bad-target'
  | 'bad-setting'
  | 'unknown-setting'
  | 'bad-indicator'
  | 'blank-unit'
  | 'ratio-reported'
  | 'opening-not-flow'
  | 'name-mismatch'
  | 'row-without-code'
  | 'period-outside-data'
  | 'findings-capped'
  | 'duplicate-cell'
  | 'sheet-without-part'
  | 'text-too-long'
  | 'rule-violated'
  | 'bad-rule'
  | 'outlier'
  | 'unit-slip';

/** The severity of each code: fixed, a code never changes severity (except `rule-violated`: its rule's; `error` here). */
export const FINDING_SEVERITY: ReadonlyMap<FindingCode, Severity> = new Map<FindingCode, Severity>([
  ['missing-sheet', 'error'],
  ['unknown-sheet', 'warning'],
  ['bad-header', 'error'],
  ['duplicate-board', 'error'],
  ['unknown-indicator', 'error'],
  ['duplicate-indicator', 'error'],
  ['bad-period-header', 'error'],
  ['duplicate-period', 'error'],
  ['not-a-number', 'error'],
  ['formula-error', 'error'],
  ['text-number', 'warning'],
  ['unit-converted', 'warning'],
  ['unit-mismatch', 'error'],
  ['negative-stock', 'error'],
  ['ratio-parts', 'warning'],
  ['precision-loss', 'warning'],
  ['missing-value', 'warning'],
  ['merged-cell', 'error'],
  ['no-cached-value', 'error'],
  ['date-value', 'error'],
  ['boolean-value', 'error'],
  ['hidden-row', 'warning'],
  ['reserved-sheet-name', 'warning'],
  ['duplicate-sheet', 'error'],
  ['bad-board', 'error'],
  ['no-boards', 'error'],
  ['bad-target', 'error'],
  ['bad-setting', 'error'],
  ['unknown-setting', 'warning'],
  ['bad-indicator', 'error'],
  ['blank-unit', 'warning'],
  ['ratio-reported', 'warning'],
  ['opening-not-flow', 'warning'],
  ['name-mismatch', 'warning'],
  ['row-without-code', 'warning'],
  ['period-outside-data', 'warning'],
  ['findings-capped', 'warning'],
  ['duplicate-cell', 'error'],
  ['sheet-without-part', 'warning'],
  ['text-too-long', 'warning'],
  ['rule-violated', 'error'],
  ['bad-rule', 'error'],
  ['outlier', 'warning'],
  ['unit-slip', 'warning'],
]);

/** Every finding code, in the order of {@link FindingCode}'s documentation. */
export const FINDING_CODES: readonly FindingCode[] = [...FINDING_SEVERITY.keys()];

/** One problem found in a workbook. */
export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  /** the sheet it is on (absent when the sheet itself is missing) */
  readonly sheet?: string;
  /** the cell, A1 form, when there is one */
  readonly cell?: string;
  /** English */
  readonly message: string;
  /** Vietnamese */
  readonly messageVi: string;
  /**
   * The message as data: its key in the catalogue (`finding.<code>` or `finding.<code>.<variant>`),
   * to be rendered with `messageText(lang, messageKey, params)` or in the caller's own words.
   */
  readonly messageKey: MessageKey;
  /** The values of the message's placeholders (codes stay codes here). */
  readonly params: Readonly<Record<string, Param>>;
}

/**
 * A finding's message in a language.
 *
 * @example
 * ```ts
 * import { readWorkbook, findingMessage } from 'hoptac/workbook';
 * const model = readWorkbook({ sheets: [] });
 * findingMessage(model.findings[0]!, 'vi'); // 'Thiếu trang tính "Boards" ...'
 * ```
 */
export function findingMessage(f: Finding, lang: Lang): string {
  return lang === 'vi' ? f.messageVi : f.message;
}
