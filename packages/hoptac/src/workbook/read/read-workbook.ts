/** The read as a short pipeline: one typed context through the steps, in the order of the format. */
import { catalogueNames } from '../../messages/render.js';
import { builtInCatalogue } from '../../indicator/builtin.js';
import { createObservations, type ObservationSet } from '../../observation/set.js';
import { monthIndexText } from '../../period/core.js';
import { checkValues } from '../checks.js';
import type { Grid, GridSheet } from '../grid.js';
import { Collector, DEFAULT_CAP } from '../internal/collector.js';
import type { ReadWorkbookOptions, WorkbookModel } from '../model.js';
import { readBoardSheets } from './board-sheets.js';
import { readBoards } from './boards.js';
import { flag, type ReadContext, type SheetRole } from './context.js';
import { crossChecks, monthsSeen } from './cross-checks.js';
import { readIndicators, useCatalogue } from './indicators.js';
import { readSettings } from './settings.js';
import { releaseSheet, type SheetRoles, sortSheets, visitSheet } from './sheets.js';
import { readTargets } from './targets.js';
import { ValueCellReader } from './value-cell.js';

/**
 * Reads a shared workbook in format 1 from a Grid: settings, boards, the catalogue (the
 * `Indicators` sheet or the built-in one), targets and every board sheet's values, converted to
 * catalogue units, exactly. Never throws on bad content: every problem becomes a {@link Finding}
 * (all of them, in one pass, in sheet/row/column order, at most `maxDetailsPerCode` listed per code
 * with exact `counts`).
 *
 * Choices where the format is silent:
 * - the header row of `Boards`, `Indicators`, `Targets` and `Settings` is row 1, or the first of
 *   the first 10 rows whose column A holds the first header label (title rows may stand above);
 * - a blank unit cell on a board sheet means the catalogue unit, with a `blank-unit` warning;
 * - an `opening` on a stock or ratio row is not used (`opening-not-flow` warning): a stock's
 *   cumulative is its end-of-period value; a blank opening means no earlier history;
 * - a ratio row on a board sheet is checked but not used (`ratio-reported`);
 * - a row whose column A is not a catalogue code is `unknown-indicator`, except a heading or note
 *   without any value (text with spaces or punctuation, a number, a Roman numeral), skipped;
 * - a number header cell without a number format is taken as a date when it is an integer serial of
 *   years 1950-2100 (readers that give no format);
 * - a blank cell is also added to the observations as a reported blank (`value: null`), with its
 *   source, so explanations can point at it; it is missing, never zero.
 *
 * @example
 * ```ts
 * import { readWorkbook } from 'hoptac/workbook';
 * const t = (value: string) => ({ kind: 'text' as const, value });
 * const n = (value: string) => ({ kind: 'number' as const, value });
 * const model = readWorkbook({ sheets: [
 *   { name: 'Boards', rows: [[t('code'), t('name'), t('province'), t('zone_kind'), t('focal_unit')],
 *                            [t('DN'), t('BQL các KCN Đồng Nai'), t('Đồng Nai'), t('KCN'), t('Phòng KHTH')]] },
 *   { name: 'DN', rows: [[t('code'), t('indicator'), t('unit'), t('2017-01')],
 *                        [t('export_value'), t('Kim ngạch xuất khẩu'), t('nghìn USD'), n('1520500')]] },
 * ] });
 * model.ok;                 // true (one unit-converted warning)
 * model.findings[0]?.code;  // 'unit-converted'
 * ```
 */
export function readWorkbook(grid: Grid, options: ReadWorkbookOptions = {}): WorkbookModel {
  const ctx = newReadContext(options);
  const sheets: ReadonlyArray<GridSheet | undefined> = Array.isArray(grid?.sheets) ? grid.sheets : [];
  const roles = sortSheets(ctx, sheets);
  if (roles.settings !== undefined) readSettings(ctx, visited(ctx, roles.settings));
  ctx.values = new ValueCellReader(ctx.out, ctx.numberFormat);
  const useSheet = options.catalogue === undefined && roles.indicators !== undefined;
  useCatalogue(ctx, useSheet ? readIndicators(ctx, visited(ctx, roles.indicators!)) : (options.catalogue ?? builtInCatalogue));
  if (roles.boards === undefined) flag(ctx, 'missing-sheet', 'missing-sheet.boards', { sheetIdx: -1, sheet: undefined });
  else readBoards(ctx, visited(ctx, roles.boards));
  for (const b of ctx.boards) ctx.builder.board(b.code);
  if (roles.targets !== undefined) readTargets(ctx, visited(ctx, roles.targets));
  const boardSheets = readBoardSheets(ctx, roles);
  const monthList = monthsSeen(boardSheets);
  crossChecks(ctx, boardSheets, monthList);
  const observations = buildObservations(ctx);
  const rules = options.valueChecks === false ? [] : runValueChecks(ctx, sheets, roles, observations);
  // every sheet looked at, read or not (a second Boards, Indicators beside a given catalogue), then let go
  for (const role of roles.all) {
    visitSheet(ctx, role);
    releaseSheet(role);
  }
  return finishModel(ctx, observations, monthList, rules);
}

/** The sheet of `role`, its cells looked at once (see `visitSheet`). */
function visited(ctx: ReadContext, role: SheetRole): SheetRole {
  visitSheet(ctx, role);
  return role;
}

function newReadContext(options: ReadWorkbookOptions): ReadContext {
  const cap = options.maxDetailsPerCode ?? DEFAULT_CAP;
  const out = new Collector(Number.isInteger(cap) && cap >= 0 ? cap : DEFAULT_CAP);
  return {
    out,
    numberFormat: 'vi',
    builtinRules: true,
    catalogue: builtInCatalogue,
    byCode: new Map(),
    byName: new Map(),
    ratioParts: new Set(),
    suggestion: 'export_value',
    boards: [],
    boardCell: new Map(),
    builder: createObservations(),
    rowUnits: [],
    slipUnits: new Map(),
    values: new ValueCellReader(out, 'vi'),
    visited: new Set(),
  };
}

function buildObservations(ctx: ReadContext): ObservationSet {
  try {
    return ctx.builder.build();
  } catch {
    // cannot happen: months and indicators are deduplicated per sheet, sheets per board
    return createObservations().build();
  }
}

/** Step 8: rules, outliers and unit slips over the observations read. */
function runValueChecks(ctx: ReadContext, sheets: ReadonlyArray<GridSheet | undefined>, roles: SheetRoles, observations: ObservationSet): WorkbookModel['rules'] {
  const sheetIndex = new Map<string, number>();
  sheets.forEach((sh, i) => typeof sh?.name === 'string' && !sheetIndex.has(sh.name) && sheetIndex.set(sh.name, i));
  if (roles.rules !== undefined) visitSheet(ctx, roles.rules);
  return checkValues({
    rulesSheet: roles.rules,
    builtinRules: ctx.builtinRules,
    catalogue: ctx.catalogue,
    observations,
    sheetIndex,
    rowUnits: ctx.slipUnits,
    report: (code, msg, place, params, severity) => ctx.out.add(code, msg, place, params, severity),
  });
}

function finishModel(ctx: ReadContext, observations: ObservationSet, monthList: readonly number[], rules: WorkbookModel['rules']): WorkbookModel {
  // messages say the catalogue's indicators by name (codes stay in each finding's params)
  const { findings, counts } = ctx.out.finish(catalogueNames(ctx.catalogue));
  return Object.freeze({
    settings: Object.freeze({ numberFormat: ctx.numberFormat }),
    boards: Object.freeze(ctx.boards.map((b) => Object.freeze(b))),
    catalogue: ctx.catalogue,
    observations,
    months: Object.freeze(monthList.map(monthIndexText)),
    units: Object.freeze(ctx.rowUnits),
    findings: Object.freeze(findings),
    counts: Object.freeze(counts),
    rules,
    ok: !ctx.out.hasErrors(),
  });
}
