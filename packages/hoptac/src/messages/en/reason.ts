/**
 * English words of the `{reason}` and `{first}` of errors whose template takes a reason: the keys of the Vietnamese table.
 */
import type { REASON_VI } from '../vi/reason.js';

export const REASON_EN = {
  'rate-not-positive': 'the rate "{rate}" must be a positive decimal',
  'rate-wrong-currencies': 'a {rateFrom}→{rateTo} rate cannot convert {from} to {to}',
  'not-a-month': '"{text}" is not a month',
  'too-many-places': '{where}: too many decimal places',
  'not-a-decimal': '{where}: "{text}" is not a valid decimal',
  'already-built': 'the builder was already built',
  'ratio-has-no-measure': 'a ratio has no {measure}',
  'period-before-program': '{period} ends before program {program} starts ({start})',
  'no-program': 'no program "{code}"',
  'taken-at': 'takenAt "{takenAt}" is not an ISO date or date-time',
  'not-json': 'not JSON',
  'hash-mismatch': 'its hash {hash} does not match its figures ({actual})',
  'unsafe-number': 'the number {value} is not a safe integer: write decimals as strings',
  'not-json-value': 'a {type} cannot be written as JSON',
  'at-path': '{path}: {message}',
} as const satisfies Record<keyof typeof REASON_VI, string>;
