/**
 * The month columns of a board sheet: the fixed columns (indicator, unit, opening) and each
 * usable month column after them, with its month, estimate mark and the texts the rows reuse.
 */
import { monthIndexText } from '../../period/core.js';
import { matchKey } from '../../text/match-key.js';
import { columnName, type GridCell } from '../grid.js';
import { shown } from '../internal/collector.js';
import { readMonthHeader } from '../month-header.js';
import { columnHasValues, labelOf } from './cells.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import { SHEET_INDICATOR_LABELS, SHEET_OPENING_LABELS, SHEET_UNIT_LABELS } from './labels.js';

/** Where a board sheet's columns are; -1 for a fixed column it lacks. */
export interface BoardSheetColumns {
  readonly headerRow: number;
  readonly indicatorCol: number;
  readonly unitCol: number;
  readonly openingCol: number;
  /** the last fixed column (0: column A) */
  readonly lastFixed: number;
  readonly lastMonthCol: number;
  /** month index per month position */
  readonly months: Int32Array;
  /** grid column per month position */
  readonly cols: Int32Array;
  /** first month index (when there are months) */
  readonly firstMonth: number;
  /** months from the first to the last, inclusive */
  readonly span: number;
  /** month position to its offset from the first month */
  readonly offsets: Int32Array;
  /** per month position: its header carries an estimate mark (ước tính); undefined when none does */
  readonly estimatedAt: readonly boolean[] | undefined;
}

interface HeaderScan {
  indicatorCol: number;
  unitCol: number;
  openingCol: number;
  lastFixed: number;
  lastMonthCol: number;
  readonly colMonth: (number | undefined)[];
  readonly colEstimated: boolean[];
}

/** The fixed and month columns of the header row `hr`; undefined (with a finding) when there is no month column. */
export function readMonthColumns(ctx: ReadContext, role: SheetRole, hr: number): BoardSheetColumns | undefined {
  const { sheet, idx } = role;
  const header = sheet.rows[hr] ?? [];
  const scan = scanHeader(header);
  const end = header.length;
  if (scan.indicatorCol < 0) flag(ctx, 'bad-header', 'bad-header.missing', placeAt(idx, sheet, hr, end), { column: 'indicator', aliases: '"chỉ tiêu"' });
  if (scan.unitCol < 0) flag(ctx, 'bad-header', 'bad-header.missing', placeAt(idx, sheet, hr, end), { column: 'unit', aliases: '"đơn vị tính", "đvt"' });
  if (scan.lastMonthCol < 0) {
    flag(ctx, 'bad-header', 'bad-header.no-months', placeAt(idx, sheet, hr, Math.max(scan.lastFixed + 1, 1)));
    return undefined;
  }
  // month columns: after the fixed columns, up to the last month header
  const months: number[] = [];
  const cols: number[] = [];
  const firstCol = new Map<number, number>();
  for (let c = scan.lastFixed + 1; c <= scan.lastMonthCol; c++) {
    const m = scan.colMonth[c];
    if (m === undefined) {
      const label = shown(labelOf(header[c]));
      // a blank spacer column with nothing in it is harmless; a blank header over values is not
      if (label !== '' || columnHasValues(sheet, hr, c)) flag(ctx, 'bad-period-header', 'bad-period-header', placeAt(idx, sheet, hr, c), { value: label || '(trống / blank)' });
      continue;
    }
    const f = firstCol.get(m);
    if (f !== undefined) {
      flag(ctx, 'duplicate-period', 'duplicate-period', placeAt(idx, sheet, hr, c), { month: monthIndexText(m), first: columnName(f) });
      continue;
    }
    firstCol.set(m, c);
    months.push(m);
    cols.push(c);
  }
  return layout(hr, scan, months, cols);
}

/** One pass over the header row: fixed columns before the first month, and every month header. */
function scanHeader(header: ReadonlyArray<GridCell | undefined>): HeaderScan {
  const s: HeaderScan = { indicatorCol: -1, unitCol: -1, openingCol: -1, lastFixed: 0, lastMonthCol: -1, colMonth: [], colEstimated: [] };
  let firstMonthCol = -1;
  for (let c = 1; c < header.length; c++) {
    const cell = header[c];
    const h = readMonthHeader(cell);
    const m = h?.month;
    s.colMonth[c] = m;
    if (h?.estimated === true) s.colEstimated[c] = true;
    if (m !== undefined) {
      if (firstMonthCol < 0) firstMonthCol = c;
      s.lastMonthCol = c;
      continue;
    }
    if (firstMonthCol >= 0) continue;
    const key = matchKey(labelOf(cell));
    if (key === '') continue;
    if (s.indicatorCol < 0 && SHEET_INDICATOR_LABELS.has(key)) {
      s.indicatorCol = c;
      s.lastFixed = c;
    } else if (s.unitCol < 0 && SHEET_UNIT_LABELS.has(key)) {
      s.unitCol = c;
      s.lastFixed = c;
    } else if (s.openingCol < 0 && SHEET_OPENING_LABELS.has(key)) {
      s.openingCol = c;
      s.lastFixed = c;
    }
  }
  return s;
}

function layout(headerRow: number, scan: HeaderScan, months: readonly number[], cols: readonly number[]): BoardSheetColumns {
  let minM = Infinity;
  let maxM = -Infinity;
  for (const m of months) {
    if (m < minM) minM = m;
    if (m > maxM) maxM = m;
  }
  const nM = months.length;
  const { colEstimated } = scan;
  return {
    headerRow,
    indicatorCol: scan.indicatorCol,
    unitCol: scan.unitCol,
    openingCol: scan.openingCol,
    lastFixed: scan.lastFixed,
    lastMonthCol: scan.lastMonthCol,
    months: Int32Array.from(months),
    cols: Int32Array.from(cols),
    firstMonth: nM === 0 ? 0 : minM,
    span: nM === 0 ? 0 : maxM - minM + 1,
    offsets: Int32Array.from(months, (m) => m - minM),
    estimatedAt: cols.some((c) => colEstimated[c] === true) ? cols.map((c) => colEstimated[c] === true) : undefined,
  };
}
