/**
 * workbook/read/: the reader of format 1, one small step per file, joined by a short pipeline
 * (read-workbook.ts) that passes one typed context (context.ts):
 *
 *   sheets → settings → indicators → boards → targets → board sheets (month columns, rows,
 *   value cells, merged cells) → cross checks → value checks (../checks.ts) → the model.
 *
 * Only `readWorkbook` leaves this folder (through `hoptac/workbook`, workbook.ts). Files here may
 * import the library's lower layers (decimal, period, indicator, unit, observation, text) and
 * their siblings in workbook/; nothing outside workbook/read/ imports a step directly.
 */
export { readWorkbook } from './read-workbook.js';
