/**
 * English words of the add-in's failures (a run stopped), each telling the analyst what to do: the keys of the Vietnamese table.
 */
import type { FAILURE_VI } from '../vi/failure.js';

export const FAILURE_EN = {
  'edit-mode': 'Excel cannot do this right now, usually because a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.',
  protected: 'The sheet or workbook is protected, so hoptac cannot write the sheet “{sheet}”. Unprotect it (Review › Unprotect) and try again.',
  'api-not-supported': 'This version of Excel does not support the API the add-in needs (ExcelApi {version}). Use Microsoft 365, Excel 2019 or later, or Excel on the web.',
  'item-not-found': 'A sheet or cell the add-in needed was not found (it may have just been renamed or deleted). Run again.',
  'too-large': 'The workbook is too large for the ribbon button ({cells} cells). Open the hoptac panel (Open panel) and consolidate there.',
  'source-changed': 'The data on sheet “{sheet}” changed while hoptac was reading the workbook. Nothing was written. Run again.',
  'not-own-sheet': 'hoptac only writes its own sheets (Tổng hợp, Kiểm tra), never “{sheet}”.',
  'no-period': 'No month has been reported by every board yet, so there is nothing to consolidate. Pick a period in the hoptac panel.',
  'not-in-excel': 'This page is the hoptac add-in panel: open it in Excel (Home › Hợp tác › Open panel).',
  unexpected: 'Unexpected error from Excel ({detail}). Try again; if it persists, send this message to support.',
} as const satisfies Record<keyof typeof FAILURE_VI, string>;
