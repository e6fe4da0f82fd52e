/**
 * report/: the review report's model (hoptac/report). `build.ts` puts the document together from a
 * consolidation, the findings and the programs (no layout, no file format): `context.ts` is what its
 * sections share, `results.ts` (I. results by indicator group), `activities-section.ts` (II. the
 * program's reviews and activities) and `shortcomings.ts` (III. gaps and findings) write them,
 * `words.ts` holds the small writing helpers, `format.ts` writes figures as the report shows them
 * and `types.ts` is the document's shape. The .docx renderer lives in the command's package
 * (@hoptac/cli/docx).
 *
 * May import: consolidate/, indicator/, messages/, period/, program/, unit/. Imported only by the
 * hoptac/report entry (report.ts); import the files directly: this index holds the folder's
 * description only.
 */
export {};
