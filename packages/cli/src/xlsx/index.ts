/**
 * The Node-only .xlsx layer of the `hoptac` command.
 *
 * - {@link readXlsx}: an .xlsx file (path or bytes) into the library's Grid, with a small guarded
 *   reader (zip directory parsed by hand, parts inflated under a size cap, XML scanned by hand).
 * - {@link readXlsxIsolated}: the same in a worker thread with a heap limit and a timeout, the
 *   whole Grid sent back packed. No command uses it now: they read in the analysis worker one sheet
 *   at a time (`lazy-read.ts`, `../analyze.ts`), and take back results, never the Grid.
 * - {@link writeXlsxWithSheets}: the input workbook copied part for part, byte for byte, plus output
 *   sheets (or an earlier run's output sheets replaced); {@link writeNewXlsx}: a workbook of only
 *   the given sheets. Both write whole or not at all through `../files.ts` (the command's one
 *   atomic write and same-file check).
 *
 * What lives where (the bytes flow down this list):
 * - the package: `limits.ts` (caps), `cfb.ts` (legacy and encrypted files), `zip.ts` (the zip
 *   directory, inflating under a budget, building a zip), `package.ts` (opening a package,
 *   content types, relationships, reading a part and the book of parts checked for a DTD: the
 *   only file that inflates an entry for reading);
 * - XML: `xml.ts` (decoding, the DTD refusal, a pull scanner, entities, escapes), `xml-chunks.ts`
 *   (a part as decoded pieces of 64 KiB), `xml-edit.ts` (edits of a part's text),
 *   `xml-names.ts` (namespaces and content types the writer uses);
 * - the reader: `read.ts` (the pipeline: package, workbook parts, sheets), `lazy-read.ts` (the
 *   same, a sheet at a time on demand, dropped once read: what the analysis worker uses), `workbook-part.ts`
 *   (workbook.xml, styles, shared strings), `sheet-scan.ts` (one sheet into cells),
 *   `sheet-markup.ts` (attributes and references read in place), `cell-value.ts` (a cell's kind
 *   and exact value), `formula.ts` (shared formulas), `numfmt.ts` (number formats),
 *   `grid-sink.ts` and `grid-builder.ts` (where cells go, and the Grid built from them);
 * - isolation: `isolated.ts`, `bounded-worker.ts`, `transfer.ts` (the worker and the packed Grid);
 * - the writer: `write.ts` (the two writers), `write-checks.ts` (sheet names and ranges),
 *   `package-edit.ts` (the edited package's entries), `style-book.ts` (cell formats appended),
 *   `sheet-xml.ts` (a worksheet's XML);
 * - `errors.ts`: {@link XlsxError}, every refusal's code and vi/en message.
 *
 * Who may import it: the command (`packages/cli/src`), its tests, benchmarks and the add-in's
 * tests, through this index (tests may reach single files). Inside, imports go down the list
 * above; nothing here imports the command, except `write.ts` importing `../files.ts`.
 *
 * Every refusal is an {@link XlsxError} with a stable `code`, an English `message` and a
 * Vietnamese `messageVi` that say what to do: `not-zip`, `legacy-xls`, `encrypted`,
 * `macro-enabled`, `too-large`, `too-many-entries`, `inflated-too-large`, `inflate-ratio`, `dtd`,
 * `corrupt`, `missing-part`, `timeout`, `memory`, `unreadable`, `unsafe-package` (a part name
 * that leaves the package); and, from the writers, `same-file`, `invalid-output`, `write-failed`
 * (nothing replaced, no temporary file left), `not-a-file` (the output exists and is not a regular
 * file). The caps are {@link DEFAULT_XLSX_LIMITS} and
 * {@link DEFAULT_ISOLATION_LIMITS}.
 */
export { readXlsx } from './read.js';
export { readXlsxIsolated, DEFAULT_ISOLATION_LIMITS } from './isolated.js';
export type { IsolationLimits } from './isolated.js';
export { writeXlsxWithSheets, writeNewXlsx } from './write.js';
export { XlsxError, isXlsxError } from './errors.js';
export type { XlsxErrorCode } from './errors.js';
export { DEFAULT_XLSX_LIMITS } from './limits.js';
export type { XlsxLimits } from './limits.js';
