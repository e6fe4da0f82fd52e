/**
 * English words of why a rule of the `Rules` sheet cannot be used: the keys of the Vietnamese table.
 */
import type { RULE_PROBLEM_VI } from '../vi/rule-problem.js';

export const RULE_PROBLEM_EN = {
  blank: '{field} is blank',
  unexpected: '{field} has an unexpected "{token}" at character {position}',
  end: '{field} ends before the expression is complete (after character {position})',
  number: '{field} has "{token}" at character {position}, which is not a number: write decimals with a point, e.g. 0.5',
  'unknown-indicator': '{field} names the indicator "{token}" (character {position}), which is not in the catalogue',
  operator: 'the operator "{token}" is not one of <=, <, =, >=, >, !=',
  severity: 'the severity "{token}" is not error or warning',
  code: 'the rule code "{token}" is not valid: use 1-64 letters, digits, _ . -',
  'no-indicator': 'the rule names no indicator: both sides are constants',
  'too-long': '{field} is longer than {token} characters',
} as const satisfies Record<keyof typeof RULE_PROBLEM_VI, string>;
