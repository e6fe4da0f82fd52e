/**
 * hoptac: exact periods, units, indicators and consolidation for the cooperation programs of
 * Vietnamese industrial-zone and economic-zone management boards.
 *
 * Everything here is pure TypeScript that runs in Node and in browsers: no file system, no Office.
 * Numbers travel as decimal strings and are never converted to binary floating point.
 *
 * The source has one folder per concept: period/, unit/, decimal/, indicator/, observation/,
 * consolidate/, rules/, outliers/, program/, report/, workbook/, messages/; internal/ and text/ are
 * private helpers. This file is the main entry `hoptac`; program.ts, workbook.ts and report.ts are
 * the entries of the subpaths. Library code may import only from within the library: nothing here
 * imports the command line, the add-in or Node's file system.
 */
import { parse, safeParse, toString, label, compare, equals, contains, months, firstMonth, lastMonth, shiftYears, yearToDate, span, monthCount, month } from './period/index.js';
import * as UnitFns from './unit/index.js';
import type { Period as PeriodType } from './period/types.js';

// Period and Unit are object literals, not `import * as` namespaces: a literal is pure, so a bundle
// that uses one of them leaves the other out.

/** Reporting periods as plain calendar values: `Period.parse`, `Period.toString`, `Period.compare`, ... */
export const Period = { parse, safeParse, toString, label, compare, equals, contains, months, firstMonth, lastMonth, shiftYears, yearToDate, span, monthCount, month };
export type Period = PeriodType;
export type { PeriodKind, MonthPeriod, QuarterPeriod, HalfPeriod, YearPeriod, SpanPeriod } from './period/types.js';

/** Units of format 1 and exact conversion: `Unit.parse`, `Unit.convert`, `Unit.convertCurrency`, ... */
export const Unit = {
  all: UnitFns.all,
  parse: UnitFns.parse,
  safeParse: UnitFns.safeParse,
  convertible: UnitFns.convertible,
  factorExponent: UnitFns.factorExponent,
  convert: UnitFns.convert,
  convertCurrency: UnitFns.convertCurrency,
};
export type { UnitBase, UnitCode, UnitInfo, ExchangeRate, ConvertedAmount } from './unit/units.js';

export { normalizeDecimal, isDecimal, roundDecimal, excelNumberToDecimal, significantDigits } from './decimal/public.js';
export { formatDecimal } from './decimal/decimal-text.js';
export type { DecimalString } from './decimal/public.js';

export { builtInCatalogue } from './indicator/builtin.js';
export { defineCatalogue, safeDefineCatalogue, findIndicator, catalogueSchema } from './indicator/define.js';
export type { CatalogueInput, CatalogueSchema, IndicatorInput } from './indicator/define.js';
export type { Catalogue, Indicator, IndicatorKind } from './indicator/types.js';

export { createObservations, observations } from './observation/set.js';
export type { ObservationSet, ObservationBuilder } from './observation/set.js';
export type { ObservationInput, SeriesInput, OpeningInput, TargetInput, Observation, ObservationStatus, Source } from './observation/types.js';
export { diffObservations } from './observation/diff.js';
export { observationData, fromObservationData } from './observation/transfer.js';
export type { ObservationData } from './observation/transfer.js';
export type { ChangeKind, ObservationChange } from './observation/diff.js';

export { consolidate } from './consolidate/consolidate.js';
export { explain } from './consolidate/explain.js';
export type { Explanation, ExplanationInput, ExplanationRounding, ExplanationRule, FigureRef } from './consolidate/explain.js';
export { MEASURES, ALL, MISSING_ITEMS_CAP } from './consolidate/types.js';
export type { Measure, RowStatus, MissingItem, MissingSummary, ConsolidatedRow, ConsolidateOptions, Consolidation } from './consolidate/types.js';

export { parseRule, safeParseRule } from './rules/parse.js';
export { evaluateRules } from './rules/evaluate.js';
export { builtInRules } from './rules/builtin.js';
export type { Rule, RuleInput, RuleCondition, RuleExpression, RuleOperator, RuleSeverity, RuleProblem } from './rules/types.js';
export type { RuleViolation, RuleStats, RuleEvaluation } from './rules/evaluate.js';
export { findOutliers } from './outliers/find.js';
export type { Outlier, FindOutliersOptions } from './outliers/find.js';

export { matchKey } from './text/match-key.js';
export { HoptacError, isHoptacError } from './errors.js';
export type { ErrorCode, ErrorIssue, SafeResult } from './errors.js';
export type { Lang, Message, MessageNames, MessageRef, Param, Placeholders, RefKind, MessageData, MessageKey, MessageParams } from './messages/index.js';
export { fillPlaceholders, isMessageKey, messageBoth, messageText, messageTextOf } from './messages/index.js';
export { catalogueNames, renderMessage } from './messages/render.js';
