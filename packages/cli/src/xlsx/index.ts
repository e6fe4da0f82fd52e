/**
 * The Node-only .xlsx layer of the `hoptac` command: a small, guarded reader into the library's
 * Grid, an isolated (time- and memory-bounded) variant, and a writer that adds output sheets to a
 * copy of the input workbook.
 */
export { readXlsx } from './read.js';
export { XlsxError, isXlsxError } from './errors.js';
export type { XlsxErrorCode } from './errors.js';
export { DEFAULT_XLSX_LIMITS } from './limits.js';
export type { XlsxLimits } from './limits.js';
export { readXlsxIsolated, DEFAULT_ISOLATION_LIMITS } from './isolated.js';
export type { IsolationLimits } from './isolated.js';
export { writeXlsxWithSheets, writeNewXlsx } from './write.js';
