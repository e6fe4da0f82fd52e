/**
 * Guards of the public functions against wrong types from plain JavaScript: each throws
 * `invalid-argument` naming the function, the field, what was expected and what came.
 * Private to the library; called on entry, never inside a hot loop.
 *
 * This file is the folder's entry: internal/ holds the library's private helpers (argument guards,
 * civil dates, the snapshot JSON reader, zod issues in our words). Any folder of the library may
 * import them; nothing outside the library may.
 */
import { HoptacError } from '../errors.js';
import { coreBoth, type Expected, type Message } from '../messages/index.js';

/** Names a received value in both languages: `the number 1.5`, `null`, `an array of 3 items`. */
export function describeValue(v: unknown): Message {
  switch (typeof v) {
    case 'number':
      return coreBoth('got.number', { value: String(v) });
    case 'bigint':
      return coreBoth('got.bigint', { value: `${String(v)}n` });
    case 'string':
      return v.length === 0 ? coreBoth('got.empty-string') : coreBoth('got.string', { value: v.length > 60 ? `${v.slice(0, 60)}…` : v });
    case 'boolean':
      return coreBoth('got.boolean', { value: String(v) });
    case 'undefined':
      return coreBoth('got.undefined');
    case 'function':
      return coreBoth('got.function');
    case 'symbol':
      return coreBoth('got.symbol');
    default:
      if (v === null) return coreBoth('got.null');
      if (Array.isArray(v)) return coreBoth('got.array', { count: v.length });
      if (v instanceof Date) return coreBoth('got.date');
      return coreBoth('got.object');
  }
}

/** The `invalid-argument` error itself. */
export function argumentError(fn: string, field: string, expected: Expected, got: unknown, params: Readonly<Record<string, string | number>> = {}): HoptacError {
  return new HoptacError('invalid-argument', { fn, field, expected: coreBoth(`expected.${expected}`, params), got: describeValue(got) });
}

/** A plain object (not null, not an array). */
export function expectObject(fn: string, field: string, v: unknown, expected: Expected = 'object'): asserts v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw argumentError(fn, field, expected, v);
}

/** A string (any content: its grammar is checked by the caller with its own error). */
export function expectString(fn: string, field: string, v: unknown, expected: Expected): asserts v is string {
  if (typeof v !== 'string') throw argumentError(fn, field, expected, v);
}

/** A non-empty string code. */
export function expectCode(fn: string, field: string, v: unknown): asserts v is string {
  if (typeof v !== 'string' || v.length === 0) throw argumentError(fn, field, 'code', v);
}

/** An array. */
export function expectArray(fn: string, field: string, v: unknown, expected: Expected): asserts v is readonly unknown[] {
  if (!Array.isArray(v)) throw argumentError(fn, field, expected, v);
}

/** An integer from min to max. */
export function expectInteger(fn: string, field: string, v: unknown, min: number, max: number): asserts v is number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw argumentError(fn, field, 'integer-range', v, { min, max });
}
