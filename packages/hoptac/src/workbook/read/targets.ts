/** Step 5, targets: each `Targets` row (board, indicator, year, value) into the observations. */
import { matchKey } from '../../text/match-key.js';
import type { GridCell, GridSheet } from '../grid.js';
import { a1 } from '../grid.js';
import { shown } from '../internal/collector.js';
import { isBlankCell, labelOf } from './cells.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import { keySheetHeader, requireFields } from './key-sheet-header.js';
import { TARGET_FIELDS } from './labels.js';
import { targetYearOf } from './target-year.js';

interface TargetColumns {
  readonly bc: number;
  readonly ic: number;
  readonly yc: number;
  readonly tc: number;
}

/** Reads `Targets`; a row with a blank, unknown, ratio, bad-year or repeated key is a `bad-target`. */
export function readTargets(ctx: ReadContext, role: SheetRole): void {
  const { sheet } = role;
  const { hr, cols } = keySheetHeader(sheet, TARGET_FIELDS);
  if (!requireFields(ctx, role, hr, cols, TARGET_FIELDS, ['board', 'indicator', 'year', 'target'])) return;
  const at: TargetColumns = { bc: cols.get('board')!, ic: cols.get('indicator')!, yc: cols.get('year')!, tc: cols.get('target')! };
  const boardByKey = new Map(ctx.boards.map((b) => [matchKey(b.code), b.code] as const));
  const seen = new Map<string, number>();
  for (let r = hr + 1; r < sheet.rows.length; r++) targetRow(ctx, role, at, boardByKey, seen, r);
}

function targetRow(ctx: ReadContext, role: SheetRole, at: TargetColumns, boardByKey: ReadonlyMap<string, string>, seen: Map<string, number>, r: number): void {
  const { sheet, idx } = role;
  const { bc, ic, yc, tc } = at;
  const row: ReadonlyArray<GridCell | undefined> | undefined = sheet.rows[r];
  const bText = labelOf(row?.[bc]).trim();
  const iText = labelOf(row?.[ic]).trim();
  const yCell = row?.[yc];
  const tCell = row?.[tc];
  if (bText === '' && iText === '' && isBlankCell(yCell) && isBlankCell(tCell)) return;
  const bad = (msg: string, col: number, params?: Readonly<Record<string, string | number>>): void => flag(ctx, 'bad-target', `bad-target.${msg}`, placeAt(idx, sheet, r, col), params);
  if (bText === '' || iText === '' || isBlankCell(yCell)) return bad('blank', bText === '' ? bc : iText === '' ? ic : yc);
  const board = boardByKey.get(matchKey(bText));
  if (board === undefined) return bad('board', bc, { value: shown(bText) });
  const ind = ctx.byCode.get(iText.toLowerCase());
  if (ind === undefined) return bad('indicator', ic, { value: shown(iText) });
  if (ind.kind === 'ratio') return bad('ratio', ic, { value: ind.code });
  const year = targetYearOf(yCell);
  if (year === undefined) return bad('year', yc, { value: shown(labelOf(yCell)) });
  const key = `${board}\u0000${ind.code}\u0000${year}`;
  const first = seen.get(key);
  if (first !== undefined) return bad('duplicate', bc, { board, indicator: ind.code, year, first: first + 1 });
  seen.set(key, r);
  const v = ctx.values.read(tCell, idx, sheet as GridSheet, r, tc);
  if (typeof v !== 'string') return;
  ctx.builder.target({ board, indicator: ind.code, year, value: v, source: { sheet: sheet.name, cell: a1(r, tc) } });
}
