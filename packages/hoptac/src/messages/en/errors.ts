/**
 * Words of the `HoptacError` errors (English), by error code.
 */
import type { ERRORS_VI } from '../vi/errors.js';

export const ERRORS_EN = {
  'invalid-decimal': 'The value "{text}" is not a valid decimal number.',
  'invalid-period': 'Cannot read the period "{text}". Use 2017-12, 2017-Q4, 2017-H1, 2017, Tháng 12/2017, Quý IV/2017, 6 tháng đầu năm 2017 or Năm 2017.',
  'unknown-unit': 'The unit "{unit}" is not a unit of format 1.',
  'unit-mismatch': 'Cannot convert "{from}" to "{to}": they measure different things ({fromBase} and {toBase}).',
  'invalid-exchange-rate': 'Invalid exchange rate: {reason}.',
  'invalid-catalogue': 'The indicator catalogue is invalid ({count} problems): {first}',
  'unknown-indicator': 'The indicator "{indicator}" is not in the catalogue.',
  'duplicate-observation': 'The value of board {board}, indicator {indicator}, month {month} was given twice.',
  'invalid-observation': 'Invalid observation: {reason}.',
  'invalid-input': 'Invalid input ({count} problems): {first}',
  'invalid-program': 'Invalid cooperation program ({count} problems): {first}',
  'invalid-rule': 'The rule "{rule}" cannot be used ({count} problems): {first}.',
  'invalid-snapshot': 'Invalid snapshot: {reason}.',
  'invalid-argument': 'The `{field}` argument of `{fn}` must be {expected}, but got {got}.',
} as const satisfies Record<keyof typeof ERRORS_VI, string>;
