/**
 * Validation rules: `left operator right`, both sides expressions over indicator codes, checked per
 * board and per month on the values in catalogue units (DHIS2's validation rules, exact).
 */

/** The comparison of a rule. */
export type RuleOperator = '<=' | '<' | '=' | '>=' | '>' | '!=';

/** How bad a violation is: `error` stops consolidation, `warning` does not. */
export type RuleSeverity = 'error' | 'warning';

/**
 * An expression: decimal constants, indicator codes, `+ - * /`, unary minus and parentheses.
 * `pos` is the 1-based character position in the text it was parsed from.
 */
export type RuleExpression =
  | { readonly kind: 'number'; readonly value: string; readonly pos: number }
  | { readonly kind: 'indicator'; readonly code: string; readonly pos: number }
  | { readonly kind: 'negate'; readonly operand: RuleExpression; readonly pos: number }
  | { readonly kind: 'binary'; readonly op: '+' | '-' | '*' | '/'; readonly left: RuleExpression; readonly right: RuleExpression; readonly pos: number };

/** A comparison of two expressions. */
export interface RuleCondition {
  readonly left: RuleExpression;
  readonly operator: RuleOperator;
  readonly right: RuleExpression;
}

/** A parsed, checked rule. */
export interface Rule extends RuleCondition {
  readonly code: string;
  /** the sides as written */
  readonly leftText: string;
  readonly rightText: string;
  readonly severity: RuleSeverity;
  /** the analyst's own message, when the rule has one */
  readonly messageVi?: string;
  readonly messageEn?: string;
  /**
   * the indicators the rule reads, in order of first appearance (a ratio stands for its numerator
   * and denominator); a violation is reported at the first one's cell
   */
  readonly indicators: readonly string[];
  /** the rule is only checked where every one of these holds (the built-in rules use it) */
  readonly when?: readonly RuleCondition[];
  /** `sheet` for a rule of the workbook's `Rules` sheet or the caller's, `builtin` for the catalogue's */
  readonly origin: 'sheet' | 'builtin';
}

/** A rule as written: every field is text, as in a row of the `Rules` sheet. */
export interface RuleInput {
  readonly code: string;
  readonly left: string;
  readonly operator: string;
  readonly right: string;
  readonly severity: string;
  readonly messageVi?: string;
  readonly messageEn?: string;
}

/** What is wrong with a rule as written: the field, why, and where in its text. */
export interface RuleProblem {
  readonly field: 'code' | 'left' | 'operator' | 'right' | 'severity';
  readonly reason: 'blank' | 'unexpected' | 'end' | 'number' | 'unknown-indicator' | 'operator' | 'severity' | 'code' | 'no-indicator' | 'too-long';
  /** 1-based character position in the field's text */
  readonly position?: number;
  /** the offending text */
  readonly token?: string;
}
