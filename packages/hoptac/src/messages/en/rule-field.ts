/**
 * English words of the fields of a rule of the `Rules` sheet: the keys of the Vietnamese table.
 */
import type { RULE_FIELD_VI } from '../vi/rule-field.js';

export const RULE_FIELD_EN = {
  code: 'the rule code',
  left: 'the left side',
  operator: 'the operator',
  right: 'the right side',
  severity: 'the severity',
} as const satisfies Record<keyof typeof RULE_FIELD_VI, string>;
