/**
 * report/: the review report's model (hoptac/report): `build.ts` turns a consolidation, the
 * findings and the programs into sections, tables and paragraphs (no layout, no file format);
 * `format.ts` writes figures as the report shows them; `types.ts` is the document's shape. The
 * .docx renderer lives in the command's package (@hoptac/cli/docx).
 *
 * May import: consolidate/, indicator/, messages/, period/, program/. Imported only by the
 * hoptac/report entry (report.ts); import the files directly: this index holds the folder's
 * description only.
 */
export {};
