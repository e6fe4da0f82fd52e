/**
 * indicator/: what an indicator is (`types.ts`: code, names, unit, kind flow/stock/ratio, parts),
 * the built-in catalogue of format 1 (`builtin.ts`) and custom catalogues (`define.ts`).
 *
 * May import: errors.ts, internal/, messages/, text/, unit/. Imported by consolidate, program, report,
 * rules and workbook, and by the package root; import the files directly: this index holds the
 * folder's description only.
 */
export {};
