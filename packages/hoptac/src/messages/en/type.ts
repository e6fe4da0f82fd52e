/**
 * English words of the types a schema expects: the keys of the Vietnamese table.
 */
import type { TYPE_NAME_VI } from '../vi/type.js';

export const TYPE_NAME_EN = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean `true` or `false`',
  array: 'an array',
  object: 'an object',
  null: '`null`',
  bigint: 'a bigint',
  date: 'a date',
} as const satisfies Record<keyof typeof TYPE_NAME_VI, string>;
