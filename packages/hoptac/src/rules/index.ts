/**
 * rules/: consistency rules between indicators (`a <= b`, `sum of parts = total`), written as text,
 * parsed (`parse.ts`), evaluated per board and month exactly (`evaluate.ts`, `rational.ts`; plain
 * comparisons on the stored integers in `simple.ts`);
 * `builtin.ts` holds the rules every workbook is checked with.
 *
 * May import: decimal/, indicator/, messages/, observation/, period/, text/, unit/. Imported by
 * workbook/ (the check), messages/ (the rules' texts) and the package root; import the files
 * directly: this index holds the folder's description only.
 */
export {};
