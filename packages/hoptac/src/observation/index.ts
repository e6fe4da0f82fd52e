/**
 * observation/: the observation set, the one store every consolidation reads. `set.ts` builds it
 * (createObservations: integer-coded keys, exact mantissas in typed arrays, BigInt when a series
 * could leave the safe range) and is the only file that knows its layout; `types.ts` holds the
 * inputs, `transfer.ts` copies a set whole between threads, `diff.ts` compares two sets.
 *
 * May import: decimal/, period/, errors.ts, messages/. Imported by consolidate, program, rules and
 * workbook, and by the package root; import the files directly: this index holds the folder's
 * description only.
 */
export {};
