/**
 * hoptac/workbook: the boards' shared workbook, format 1. Grid (sheets of cells) in, model and
 * findings out. Pure: the command line reads .xlsx files into a Grid, the Excel add-in reads ranges.
 */
export { a1, columnName, parseA1 } from './workbook/grid.js';
export type { Grid, GridSheet, GridCell, CellKind } from './workbook/grid.js';
export { SUMMARY_SHEET, FINDINGS_SHEET, fitsExcelNumber } from './workbook/output.js';
export type { OutputCell, OutputSheet } from './workbook/output.js';
