/**
 * English words of one issue inside a validated input (the path is shown beside them, so they speak of "this field"): the keys of the Vietnamese table.
 */
import type { ISSUE_VI } from '../vi/issue.js';

export const ISSUE_EN = {
  required: 'this field is required ({expected})',
  type: 'must be {expected}, but got {got}',
  'unknown-keys': 'field not allowed here: {keys}',
  empty: 'must not be empty',
  'string-min': 'must have at least {min} characters',
  'string-max': 'must have at most {max} characters',
  'array-min': 'needs at least {min} items',
  'array-max': 'must have at most {max} items',
  'number-min': 'must be at least {min}',
  'number-max': 'must be at most {max}',
  'number-above': 'must be greater than {min}',
  'number-below': 'must be less than {max}',
  integer: 'must be an integer, but got {got}',
  'one-of': 'must be one of {values}, but got {got}',
  format: 'has the wrong format: {got}',
  'no-match': 'matches none of the accepted shapes',
  invalid: 'is not valid',
} as const satisfies Record<keyof typeof ISSUE_VI, string>;
