/**
 * English words of how a received value is named (`{value}` is the value itself, written as code): the keys of the Vietnamese table.
 */
import type { GOT_VI } from '../vi/got.js';

export const GOT_EN = {
  number: 'the number {value}',
  bigint: 'the bigint {value}',
  string: 'the string "{value}"',
  'empty-string': 'an empty string',
  boolean: 'the boolean `{value}`',
  null: '`null`',
  undefined: '`undefined` (nothing)',
  array: 'an array of {count} items',
  date: 'a `Date` object',
  object: 'an object',
  function: 'a function',
  symbol: 'a `Symbol`',
} as const satisfies Record<keyof typeof GOT_VI, string>;
