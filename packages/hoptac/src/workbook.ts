/**
 * hoptac/workbook: the boards' shared workbook, format 1. Grid (sheets of cells) in, model and
 * findings out. Pure: the command line reads .xlsx files into a Grid, the Excel add-in reads ranges.
 */
export { a1, columnName, parseA1 } from './workbook/grid.js';
export type { Grid, GridSheet, GridCell, CellKind, DuplicateCell } from './workbook/grid.js';
export { SUMMARY_SHEET, FINDINGS_SHEET, EXCEL_MAX_CELL_TEXT, fitCellText, fitsExcelNumber } from './workbook/output.js';
export type { OutputCell, OutputPrint, OutputSheet } from './workbook/output.js';
export { findingMessage, FINDING_CODES, FINDING_SEVERITY } from './workbook/findings.js';
export type { Finding, FindingCode, Severity } from './workbook/findings.js';
export type { BoardInfo, WorkbookModel, ReadWorkbookOptions } from './workbook/model.js';
export { readWorkbook } from './workbook/read/index.js';
export { parseTextNumber } from './workbook/number-text.js';
export type { NumberFormat, TextNumber } from './workbook/number-text.js';
export { isDateFormat, serialToMonth } from './workbook/excel-date.js';
export { consolidateWorkbook, latestCompleteMonth } from './workbook/consolidate.js';
export type { WorkbookConsolidation } from './workbook/consolidate.js';
export { reportSheets, summaryPosition, SUMMARY_HEADER_ROW, SUMMARY_FIRST_DATA_ROW, SUMMARY_FIRST_FIGURE_COL } from './workbook/report.js';
export { findingTotals } from './workbook/totals.js';
export type { FindingTotals } from './workbook/totals.js';
export { readMonthHeader } from './workbook/month-header.js';
export type { MonthHeader } from './workbook/month-header.js';
export type { RowUnit } from './workbook/model.js';
export { diffWorkbooks } from './workbook/diff.js';
export type { WorkbookChange } from './workbook/diff.js';
export { affectedFigures } from './workbook/affected.js';
export type { AffectedFigure } from './workbook/affected.js';
export { takeWorkbookSnapshot, loadWorkbookSnapshot, safeLoadWorkbookSnapshot, snapshotObservations, WORKBOOK_SNAPSHOT_FORMAT } from './workbook/snapshot.js';
export type { WorkbookSnapshot, SnapshotSeries, SnapshotValue } from './workbook/snapshot.js';
