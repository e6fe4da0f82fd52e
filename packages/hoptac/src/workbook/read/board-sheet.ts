/**
 * Step 6, a board sheet: its header row and month columns, then each row: headings skipped, codes
 * checked, each indicator row read (board-row.ts), and merged cells over the data reported.
 */
import type { Indicator } from '../../indicator/types.js';
import { monthIndexText } from '../../period/core.js';
import { matchKey } from '../../text/match-key.js';
import { a1, type GridCell } from '../grid.js';
import { shown } from '../internal/collector.js';
import { parseTextNumber } from '../number-text.js';
import { readIndicatorRow } from './board-row.js';
import { isCodeShaped, labelOf, ROMAN_NUMERAL, rowHasValues } from './cells.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import { findHeaderRow } from './key-sheet-header.js';
import { CODE_LABELS } from './labels.js';
import { checkMergedCells } from './merged-cells.js';
import { type BoardSheetColumns, readMonthColumns } from './month-columns.js';
import { nearestCode } from './nearest-code.js';

/** A board row kept for the cross-board checks. */
export interface BoardRowRecord {
  readonly ind: Indicator;
  readonly row: number;
  /** state per month position of the sheet (CELL_BLANK/CELL_VALUE/CELL_BAD) */
  readonly states: Uint8Array;
  /** converted values, kept only for ratio parts */
  readonly values: (string | undefined)[] | undefined;
}

/** What a board sheet gives the cross-board checks. */
export interface BoardSheetRecord {
  readonly board: string;
  readonly idx: number;
  readonly sheet: SheetRole['sheet'];
  readonly headerRow: number;
  /** month index per month position */
  readonly months: Int32Array;
  /** grid column per month position */
  readonly cols: Int32Array;
  readonly rows: BoardRowRecord[];
  /** the text of column A below the header, trimmed and in lower case: the codes the sheet's rows name */
  readonly namedCodes: Set<string>;
}

/** One board sheet being read: shared by its rows. */
export interface BoardSheetRead {
  readonly ctx: ReadContext;
  readonly board: string;
  readonly role: SheetRole;
  readonly layout: BoardSheetColumns;
  /** the first month's text, where each row's series starts */
  readonly startText: string;
  readonly hidden: ReadonlySet<number> | undefined;
  readonly record: BoardSheetRecord;
}

/** Reads one board's sheet into the observations; undefined when it has no header row or no month column. */
export function readBoardSheet(ctx: ReadContext, board: string, role: SheetRole): BoardSheetRecord | undefined {
  const { sheet, idx } = role;
  const hr = findHeaderRow(sheet, CODE_LABELS, sheet.rows.length);
  if (hr < 0) {
    flag(ctx, 'bad-header', 'bad-header.no-header', placeAt(idx, sheet, 0, 0), { label: 'code' });
    return undefined;
  }
  const layout = readMonthColumns(ctx, role, hr);
  if (layout === undefined) return undefined;
  const record: BoardSheetRecord = { board, idx, sheet, headerRow: hr, months: layout.months, cols: layout.cols, rows: [], namedCodes: new Set() };
  const s: BoardSheetRead = {
    ctx,
    board,
    role,
    layout,
    startText: layout.months.length === 0 ? '' : monthIndexText(layout.firstMonth),
    hidden: sheet.hiddenRows !== undefined && sheet.hiddenRows.length > 0 ? new Set(sheet.hiddenRows) : undefined,
    record,
  };
  const seen = new Map<string, number>();
  const indicatorRows: number[] = [];
  for (let r = hr + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const code = row[0];
    if (code && code.kind === 'text') record.namedCodes.add(code.value.trim().toLowerCase());
    const ind = rowIndicator(s, row, r, seen);
    if (ind === undefined) continue;
    indicatorRows.push(r);
    readIndicatorRow(s, ind, row, r);
  }
  checkMergedCells(ctx, role, layout, indicatorRows);
  return record;
}

/**
 * The indicator of row r, or undefined for a row that is not read: a heading (reported when it
 * holds numbers), an unknown code, a repeated indicator. Reports a name that belongs to another code.
 */
function rowIndicator(s: BoardSheetRead, row: ReadonlyArray<GridCell | undefined>, r: number, seen: Map<string, number>): Indicator | undefined {
  const { ctx, role, layout } = s;
  const { idx, sheet } = role;
  const codeCell = row[0];
  const codeText = !codeCell ? '' : codeCell.kind === 'text' || codeCell.kind === 'number' ? codeCell.value.trim() : '';
  if (codeText === '') {
    // section heading: skipped; but say so when it holds numbers
    for (let p = 0; p < layout.cols.length; p++) {
      const cell = row[layout.cols[p]!];
      if (cell && (cell.kind === 'number' || (cell.kind === 'text' && parseTextNumber(cell.value, ctx.numberFormat).kind === 'number'))) {
        flag(ctx, 'row-without-code', 'row-without-code', placeAt(idx, sheet, r, 0), { row: r + 1 });
        break;
      }
    }
    return undefined;
  }
  const ind = ctx.byCode.get(codeText.toLowerCase());
  if (ind === undefined) {
    const looksLikeCode = isCodeShaped(codeText) && !ROMAN_NUMERAL.test(codeText) && !/^\d+$/.test(codeText);
    if (looksLikeCode || rowHasValues(row, layout.cols, layout.openingCol)) {
      flag(ctx, 'unknown-indicator', 'unknown-indicator', placeAt(idx, sheet, r, 0), { indicator: shown(codeText), suggestion: nearestCode(codeText.toLowerCase(), ctx.catalogue) ?? ctx.suggestion });
    }
    return undefined;
  }
  const dup = seen.get(ind.code);
  if (dup !== undefined) {
    flag(ctx, 'duplicate-indicator', 'duplicate-indicator.sheet', placeAt(idx, sheet, r, 0), { indicator: ind.code, first: a1(dup, 0) });
    return undefined;
  }
  seen.set(ind.code, r);
  const ic = layout.indicatorCol;
  if (ic >= 0) {
    const name = labelOf(row[ic]);
    const other = name === '' ? undefined : ctx.byName.get(matchKey(name));
    if (other !== undefined && other !== ind.code) flag(ctx, 'name-mismatch', 'name-mismatch', placeAt(idx, sheet, r, ic), { indicator: ind.code, value: shown(name), other });
  }
  return ind;
}
