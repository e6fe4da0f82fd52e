/**
 * The board sheets: each board's sheet found by its code and read; a board without one, a second
 * sheet of the same name and a sheet that looks like a board's but names no board are reported.
 */
import { matchKey } from '../../text/match-key.js';
import { shown } from '../internal/collector.js';
import { type BoardSheetRecord, readBoardSheet } from './board-sheet.js';
import { labelOf } from './cells.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import { findHeaderRow } from './key-sheet-header.js';
import { CODE_LABELS } from './labels.js';
import { releaseSheet, type SheetRoles, visitSheet } from './sheets.js';

/** Rows searched for a `code` header on a sheet that names no board. */
const UNKNOWN_SHEET_HEADER_ROWS = 30;

/** Reads every board's sheet, in the order of `Boards`. */
export function readBoardSheets(ctx: ReadContext, roles: SheetRoles): BoardSheetRecord[] {
  const records: BoardSheetRecord[] = [];
  const used = new Set<SheetRole>();
  for (const b of ctx.boards) {
    const role = roles.others.get(matchKey(b.code));
    if (role === undefined) {
      const bc = ctx.boardCell.get(b.code);
      flag(ctx, 'missing-sheet', 'missing-sheet.board', placeAt(roles.boards!.idx, roles.boards!.sheet, bc?.row, bc?.col), { board: b.code });
      continue;
    }
    used.add(role);
    visitSheet(ctx, role);
    const rec = readBoardSheet(ctx, b.code, role);
    if (rec !== undefined) records.push(rec);
    // one board sheet at a time: what the later checks need is in its record
    releaseSheet(role);
  }
  for (const role of roles.otherOrder) {
    if (used.has(role)) continue;
    const first = roles.others.get(matchKey(role.sheet.name));
    if (first !== role && first !== undefined && used.has(first)) {
      flag(ctx, 'duplicate-sheet', 'duplicate-sheet', placeAt(role.idx, role.sheet), { first: first.sheet.name });
      continue;
    }
    visitSheet(ctx, role);
    const r = findHeaderRow(role.sheet, CODE_LABELS, UNKNOWN_SHEET_HEADER_ROWS);
    if (r >= 0) flag(ctx, 'unknown-sheet', 'unknown-sheet', placeAt(role.idx, role.sheet, r, 0), { label: shown(labelOf(role.sheet.rows[r]?.[0])) });
    releaseSheet(role);
  }
  return records;
}
