/**
 * The header row of a key sheet (Boards, Indicators, Targets, Settings) and of a board sheet:
 * where it is, where each named field's column is, and a finding for each required field missing.
 */
import { matchKey } from '../../text/match-key.js';
import type { GridCell, GridSheet } from '../grid.js';
import { labelOf } from './cells.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import type { Fields } from './labels.js';

/** Title rows allowed above the header of Boards, Indicators, Targets and Settings. */
const KEY_SHEET_TITLE_ROWS = 10;

/** Column positions of named header fields in one header row. */
export function headerColumns<K extends string>(row: ReadonlyArray<GridCell | undefined> | undefined, fields: Fields<K>): Map<K, number> {
  const out = new Map<K, number>();
  if (!row) return out;
  for (let c = 0; c < row.length; c++) {
    const key = matchKey(labelOf(row[c]));
    if (key === '') continue;
    for (const [field, labels] of fields) {
      if (!out.has(field) && labels.has(key)) {
        out.set(field, c);
        break;
      }
    }
  }
  return out;
}

/** The first row (of the first `limit`) whose column A is one of `labels`; -1 when none. */
export function findHeaderRow(sheet: GridSheet, labels: ReadonlySet<string>, limit: number): number {
  const n = Math.min(sheet.rows.length, limit);
  for (let r = 0; r < n; r++) {
    const cell = sheet.rows[r]?.[0];
    if (cell && cell.kind === 'text' && labels.has(matchKey(cell.value))) return r;
  }
  return -1;
}

/**
 * The header row of a key sheet: the first of its first rows whose column A holds the first
 * field's label, else row 0; and where each field's column is.
 */
export function keySheetHeader<K extends string>(sheet: GridSheet, fields: Fields<K>): { hr: number; cols: Map<K, number> } {
  const found = findHeaderRow(sheet, fields[0]![1], KEY_SHEET_TITLE_ROWS);
  const hr = Math.max(found, 0);
  return { hr, cols: headerColumns(sheet.rows[hr], fields) };
}

/** Reports each required field the header lacks (with its other labels); true when none is missing. */
export function requireFields<K extends string>(ctx: ReadContext, role: SheetRole, headerRow: number, found: Map<K, number>, fields: Fields<K>, required: readonly K[]): boolean {
  let ok = true;
  for (const f of required) {
    if (found.has(f)) continue;
    ok = false;
    const aliases = [...(fields.find(([k]) => k === f)?.[1] ?? [])].filter((a) => a !== f).map((a) => `"${a}"`).join(', ');
    flag(ctx, 'bad-header', 'bad-header.missing', placeAt(role.idx, role.sheet, Math.max(headerRow, 0), headerRow < 0 ? 0 : (role.sheet.rows[headerRow]?.length ?? 0)), { column: f, aliases });
  }
  return ok;
}
