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
import { EXPECTED, type Expected, GOT } from '../messages/arguments.js';
import { fillBoth, type Message } from '../messages/index.js';

/** Names a received value in both languages: `the number 1.5`, `null`, `an array of 3 items`. */
export function describeValue(v: unknown): Message {
  switch (typeof v) {
    case 'number':
      return fillBoth(GOT.number, { value: String(v) });
    case 'bigint':
      return fillBoth(GOT.bigint, { value: `${String(v)}n` });
    case 'string':
      return v.length === 0 ? GOT['empty-string'] : fillBoth(GOT.string, { value: v.length > 60 ? `${v.slice(0, 60)}…` : v });
    case 'boolean':
      return fillBoth(GOT.boolean, { value: String(v) });
    case 'undefined':
      return GOT.undefined;
    case 'function':
      return GOT.function;
    case 'symbol':
      return GOT.symbol;
    default:
      if (v === null) return GOT.null;
      if (Array.isArray(v)) return fillBoth(GOT.array, { count: v.length });
      if (v instanceof Date) return GOT.date;
      return GOT.object;
  }
}

/** The `invalid-argument` error itself. */
export function argumentError(fn: string, field: string, expected: Expected, got: unknown, params: Readonly<Record<string, string | number>> = {}): HoptacError {
  return new HoptacError('invalid-argument', { fn, field, expected: fillBoth(EXPECTED[expected], params), got: describeValue(got) });
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
