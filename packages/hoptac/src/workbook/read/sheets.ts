/**
 * Step 1, the sheets: each sheet by its role (Boards, Indicators, Targets, Settings, Rules, or a
 * candidate board sheet), with what the file reader noticed about each and text too long for Excel.
 */
import { matchKey } from '../../text/match-key.js';
import { RULES_SHEET_NAMES } from '../checks.js';
import type { GridSheet } from '../grid.js';
import { parseA1 } from '../grid.js';
import { shown } from '../internal/collector.js';
import { EXCEL_MAX_CELL_TEXT } from '../output.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import {
  BOARDS_SHEET_NAMES, INDICATORS_SHEET_NAMES, OWN_OUTPUT_SHEET_NAMES, RESERVED_SHEET_NAMES, SETTINGS_SHEET_NAMES, TARGETS_SHEET_NAMES,
} from './labels.js';

/** The workbook's sheets by role. */
export interface SheetRoles {
  boards: SheetRole | undefined;
  indicators: SheetRole | undefined;
  targets: SheetRole | undefined;
  settings: SheetRole | undefined;
  rules: SheetRole | undefined;
  /** the other sheets by match key of the name (the first of each): candidates for board sheets */
  readonly others: Map<string, SheetRole>;
  /** the other sheets in tab order */
  readonly otherOrder: SheetRole[];
  /** every sheet the read looks at (a role, a duplicate, another sheet), in tab order */
  readonly all: SheetRole[];
}

type KeyRole = 'boards' | 'indicators' | 'targets' | 'settings' | 'rules';

const KEY_ROLES: ReadonlyArray<readonly [KeyRole, ReadonlySet<string>]> = [
  ['boards', BOARDS_SHEET_NAMES],
  ['indicators', INDICATORS_SHEET_NAMES],
  ['targets', TARGETS_SHEET_NAMES],
  ['settings', SETTINGS_SHEET_NAMES],
  ['rules', RULES_SHEET_NAMES],
];

/** Sorts the sheets by role; a second sheet for a role is a `duplicate-sheet` and is not read. */
export function sortSheets(ctx: ReadContext, sheets: ReadonlyArray<GridSheet | undefined>): SheetRoles {
  const roles: SheetRoles = { boards: undefined, indicators: undefined, targets: undefined, settings: undefined, rules: undefined, others: new Map(), otherOrder: [], all: [] };
  sheets.forEach((sheet, idx) => {
    if (sheet === undefined || sheet === null || typeof sheet.name !== 'string' || !hasRows(sheet)) return;
    const key = matchKey(sheet.name);
    if (RESERVED_SHEET_NAMES.has(key)) flag(ctx, 'reserved-sheet-name', 'reserved-sheet-name', placeAt(idx, sheet));
    if (OWN_OUTPUT_SHEET_NAMES.has(key)) return;
    if (sheet.withoutPart === true) flag(ctx, 'sheet-without-part', 'sheet-without-part', placeAt(idx, sheet), { sheet: shown(sheet.name) });
    const role: SheetRole = { idx, sheet };
    roles.all.push(role);
    const kind = KEY_ROLES.find(([, names]) => names.has(key))?.[0];
    if (kind === undefined) {
      roles.otherOrder.push(role);
      if (!roles.others.has(key)) roles.others.set(key, role);
      return;
    }
    const current = roles[kind];
    if (current !== undefined) flag(ctx, 'duplicate-sheet', 'duplicate-sheet', placeAt(role.idx, role.sheet), { first: current.sheet.name });
    else roles[kind] = role;
  });
  return roles;
}

/** Rows to read: a plain sheet's rows array, or a sheet read on demand (its rows are read when asked for). */
function hasRows(sheet: GridSheet): boolean {
  return typeof sheet.release === 'function' || Array.isArray(sheet.rows);
}

/**
 * Before a sheet's cells are first read: what the file reader noticed about it (a cell given
 * twice) and text longer than an Excel cell holds; once per sheet.
 */
export function visitSheet(ctx: ReadContext, role: SheetRole): void {
  if (ctx.visited.has(role)) return;
  ctx.visited.add(role);
  const { sheet, idx } = role;
  for (const d of sheet.duplicateCells ?? []) {
    const p = parseA1(d.cell);
    flag(ctx, 'duplicate-cell', 'duplicate-cell', p === undefined ? placeAt(idx, sheet) : placeAt(idx, sheet, p.row, p.col), { cell: d.cell, values: d.values.map((v) => `"${shown(v)}"`).join(', ') });
  }
  const rows = Array.isArray(sheet.rows) ? sheet.rows : [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined || row === null) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell !== undefined && cell !== null && typeof cell.value === 'string' && cell.value.length > EXCEL_MAX_CELL_TEXT) flag(ctx, 'text-too-long', 'text-too-long', placeAt(idx, sheet, r, c), { length: cell.value.length });
    }
  }
}

/** Once a sheet is read: lets a sheet read on demand drop its cells. */
export function releaseSheet(role: SheetRole | undefined): void {
  if (typeof role?.sheet.release === 'function') role.sheet.release();
}
