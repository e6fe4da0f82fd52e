/**
 * The Node-only .xlsx layer of the `hoptac` command.
 *
 * - {@link readXlsx}: an .xlsx file (path or bytes) into the library's Grid, with a small guarded
 *   reader (zip directory parsed by hand, parts inflated under a size cap, XML scanned by hand).
 * - {@link readXlsxIsolated}: the same in a worker thread with a heap limit and a timeout; what the
 *   command uses.
 * - {@link writeXlsxWithSheets}: the input workbook copied part for part, byte for byte, plus output
 *   sheets (or an earlier run's output sheets replaced); {@link writeNewXlsx}: a workbook of only
 *   the given sheets. Both write a temporary file, sync it and rename it.
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
