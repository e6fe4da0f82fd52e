/**
 * One indicator row of a board sheet: its unit (converted to the catalogue's), its opening, and
 * its month cells, into the observations as one series (estimated months on their own).
 */
import type { Indicator } from '../../indicator/types.js';
import { matchKey } from '../../text/match-key.js';
import { BY_KEY, type UnitInfo } from '../../unit/units.js';
import { addSheetRow } from '../../observation/set.js';
import { monthIndexText } from '../../period/core.js';
import { a1, type GridCell } from '../grid.js';
import { shown } from '../internal/collector.js';
import type { BoardSheetRead } from './board-sheet.js';
import { labelOf } from './cells.js';
import { flag, placeAt } from './context.js';
import { shiftDecimalText } from './decimal-text.js';
import { CELL_BLANK, CELL_VALUE } from './value-cell.js';

type Row = ReadonlyArray<GridCell | undefined>;

/** The unit a row was written in: the power of ten to its catalogue unit, and whether its values can be used. */
interface RowUnitRead {
  readonly exp: number;
  readonly usable: boolean;
  readonly written: string;
}

/** Reads one indicator row; keeps it for the cross-board checks when its values are stored. */
export function readIndicatorRow(s: BoardSheetRead, ind: Indicator, row: Row, r: number): void {
  const { ctx, board, role, layout } = s;
  const { idx, sheet } = role;
  const { exp, usable, written } = readRowUnit(s, ind, row, r);
  const isRatio = ind.kind === 'ratio';
  const unitCol = layout.unitCol;
  if (usable && !isRatio) ctx.rowUnits.push(Object.freeze({ board, indicator: ind.code, unit: written, exponent: exp, sheet: sheet.name, ...(unitCol >= 0 ? { cell: a1(r, unitCol) } : {}) }));
  if (isRatio) flag(ctx, 'ratio-reported', 'ratio-reported', placeAt(idx, sheet, r, 0), { indicator: ind.code, numerator: ind.numerator ?? '', denominator: ind.denominator ?? '' });
  const store = usable && !isRatio;
  const openingData = readOpening(s, ind, row, r, store, exp);
  const monthData = readMonths(s, ind, row, r, store, exp);
  if (s.hidden !== undefined && (openingData || monthData) && s.hidden.has(r)) flag(ctx, 'hidden-row', 'hidden-row', placeAt(idx, sheet, r, 0), { row: r + 1 });
}

/** The row's unit cell against the catalogue unit: a blank, unknown, other-base or scaled unit is reported. */
function readRowUnit(s: BoardSheetRead, ind: Indicator, row: Row, r: number): RowUnitRead {
  const { ctx, role } = s;
  const unitCol = s.layout.unitCol;
  if (unitCol < 0) return { exp: 0, usable: true, written: ind.unit };
  const at = placeAt(role.idx, role.sheet, r, unitCol);
  const uText = labelOf(row[unitCol]).trim();
  if (uText === '') {
    flag(ctx, 'blank-unit', 'blank-unit', at, { expected: ind.unit });
    return { exp: 0, usable: true, written: ind.unit };
  }
  const u: UnitInfo | undefined = BY_KEY.get(matchKey(uText));
  const written = u?.code ?? ind.unit;
  const target = BY_KEY.get(matchKey(ind.unit));
  if (u === undefined || target === undefined) {
    flag(ctx, 'unit-mismatch', 'unit-mismatch.unknown', at, { unit: shown(uText), expected: ind.unit });
    return { exp: 0, usable: false, written };
  }
  if (u.base !== target.base) {
    flag(ctx, 'unit-mismatch', 'unit-mismatch.base', at, { unit: shown(uText), expected: ind.unit });
    return { exp: 0, usable: false, written };
  }
  if (u.exponent === target.exponent) return { exp: 0, usable: true, written };
  const exp = u.exponent - target.exponent;
  ctx.slipUnits.set(`${s.board}\u0000${ind.code}`, u);
  flag(ctx, 'unit-converted', 'unit-converted', at, { unit: shown(uText), expected: ind.unit, exponent: exp });
  return { exp, usable: true, written };
}

/** The row's opening (a flow's cumulative before the first month); true when the cell is not blank. */
function readOpening(s: BoardSheetRead, ind: Indicator, row: Row, r: number, store: boolean, exp: number): boolean {
  const { ctx, role } = s;
  const oc = s.layout.openingCol;
  if (oc < 0) return false;
  const v = ctx.values.read(row[oc], role.idx, role.sheet, r, oc);
  if (typeof v !== 'string') return v !== CELL_BLANK;
  if (ind.kind !== 'flow') flag(ctx, 'opening-not-flow', 'opening-not-flow', placeAt(role.idx, role.sheet, r, oc), { indicator: ind.code, kind: ind.kind, value: v });
  else if (store) ctx.builder.opening({ board: s.board, indicator: ind.code, value: exp === 0 ? v : shiftDecimalText(v, exp), source: { sheet: role.sheet.name, cell: a1(r, oc) } });
  return true;
}

/** The row's month cells (the hot path): states for the cross checks, values into one series. True when one is not blank. */
function readMonths(s: BoardSheetRead, ind: Indicator, row: Row, r: number, store: boolean, exp: number): boolean {
  const { ctx, role, layout } = s;
  const { idx, sheet } = role;
  const { cols, offsets } = layout;
  const nM = cols.length;
  const isStock = ind.kind === 'stock';
  const states = new Uint8Array(nM);
  const series = store ? new Array<string | null | undefined>(layout.span) : undefined;
  const values = store && ctx.ratioParts.has(ind.code) ? new Array<string | undefined>(nM) : undefined;
  const reader = ctx.values;
  let hasData = false;
  for (let p = 0; p < nM; p++) {
    const c = cols[p]!;
    let v = reader.read(row[c], idx, sheet, r, c);
    if (typeof v !== 'string') {
      states[p] = v;
      if (v === CELL_BLANK) {
        if (series !== undefined) series[offsets[p]!] = null;
      } else hasData = true;
      continue;
    }
    states[p] = CELL_VALUE;
    hasData = true;
    if (!store) continue;
    if (exp !== 0) v = shiftDecimalText(v, exp);
    if (isStock && v.charCodeAt(0) === 45) flag(ctx, 'negative-stock', 'negative-stock', placeAt(idx, sheet, r, c), { indicator: ind.code, value: v, month: monthIndexText(layout.months[p]!) });
    if (values !== undefined) values[p] = v;
    series![offsets[p]!] = v;
  }
  if (series !== undefined) addRowSeries(s, ind, series, r);
  if (store) s.record.rows.push({ ind, row: r, states, values });
  return hasData;
}

/** Per layout: the grid column of each month offset from the first month (-1: no column). */
const columnsByOffset = new WeakMap<BoardSheetRead['layout'], Int32Array>();

function columnsOf(layout: BoardSheetRead['layout']): Int32Array {
  let at = columnsByOffset.get(layout);
  if (at === undefined) {
    at = new Int32Array(layout.span).fill(-1);
    for (let p = 0; p < layout.cols.length; p++) at[layout.offsets[p]!] = layout.cols[p]!;
    columnsByOffset.set(layout, at);
  }
  return at;
}

/**
 * The row's values as one series, each with its cell as its source (given as the row and the
 * columns, no object per cell); a month whose header is marked estimated goes in on its own, marked.
 */
function addRowSeries(s: BoardSheetRead, ind: Indicator, series: (string | null | undefined)[], r: number): void {
  const { ctx, board, layout, role } = s;
  const { estimatedAt, offsets, months, cols } = layout;
  const sheet = role.sheet.name;
  if (estimatedAt !== undefined) {
    for (let p = 0; p < offsets.length; p++) {
      const k = offsets[p]!;
      if (!estimatedAt[p] || series[k] === undefined) continue;
      ctx.builder.add({ board, indicator: ind.code, month: monthIndexText(months[p]!), value: series[k], source: { sheet, cell: a1(r, cols[p]!) }, status: 'estimated' });
      series[k] = undefined;
    }
  }
  addSheetRow(ctx.builder, { board, indicator: ind.code, start: s.startText, values: series }, sheet, r, columnsOf(layout));
}
