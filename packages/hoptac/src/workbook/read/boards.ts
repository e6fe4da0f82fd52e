/** Step 4, boards: the `Boards` rows into `ctx.boards`, and where each code's cell is. */
import { matchKey } from '../../text/match-key.js';
import type { GridCell } from '../grid.js';
import { a1 } from '../grid.js';
import { shown } from '../internal/collector.js';
import { labelOf } from './cells.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import { keySheetHeader, requireFields } from './key-sheet-header.js';
import { BOARD_CODE, BOARD_FIELDS, type BoardField, ZONE_KINDS } from './labels.js';

/** Reads `Boards`: rows with an invalid or repeated code are left out; a bad zone kind is kept as KCN. */
export function readBoards(ctx: ReadContext, role: SheetRole): void {
  const { sheet, idx } = role;
  const { hr, cols } = keySheetHeader(sheet, BOARD_FIELDS);
  requireFields(ctx, role, hr, cols, BOARD_FIELDS, ['code', 'name', 'zone_kind']);
  const cc = cols.get('code');
  if (cc === undefined) return;
  const text = (row: ReadonlyArray<GridCell | undefined> | undefined, f: BoardField): string => {
    const c = cols.get(f);
    return c === undefined ? '' : labelOf(row?.[c]).trim();
  };
  for (let r = hr + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const code = text(row, 'code');
    if (code === '') continue;
    if (!BOARD_CODE.test(code)) {
      flag(ctx, 'bad-board', 'bad-board.code', placeAt(idx, sheet, r, cc), { value: shown(code) });
      continue;
    }
    const first = ctx.boardCell.get(code);
    if (first !== undefined) {
      flag(ctx, 'duplicate-board', 'duplicate-board', placeAt(idx, sheet, r, cc), { board: code, first: a1(first.row, first.col) });
      continue;
    }
    ctx.boardCell.set(code, { row: r, col: cc });
    const zkText = text(row, 'zone_kind');
    let zoneKind = ZONE_KINDS.get(matchKey(zkText));
    if (zoneKind === undefined) {
      if (cols.has('zone_kind')) flag(ctx, 'bad-board', 'bad-board.zone-kind', placeAt(idx, sheet, r, cols.get('zone_kind')!), { value: shown(zkText), board: code });
      zoneKind = 'KCN';
    }
    ctx.boards.push({ code, name: text(row, 'name') || code, province: text(row, 'province'), zoneKind, focalUnit: text(row, 'focal_unit') });
  }
  if (ctx.boards.length === 0 && cols.has('code')) flag(ctx, 'no-boards', 'no-boards', placeAt(idx, sheet, hr, cc));
}
