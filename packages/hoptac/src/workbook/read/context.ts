/**
 * The one typed context the steps of the read share: where findings go, the settings, the
 * catalogue and its lookups, the boards, and the observations being built. Each step reads what
 * earlier steps set and adds its own part; nothing else is shared.
 */
import type { Catalogue, Indicator } from '../../indicator/types.js';
import type { ObservationBuilder } from '../../observation/set.js';
import type { UnitInfo } from '../../unit/units.js';
import type { FindingCode } from '../findings.js';
import type { GridSheet } from '../grid.js';
import type { Collector, Place } from '../internal/collector.js';
import type { BoardInfo, RowUnit } from '../model.js';
import type { NumberFormat } from '../number-text.js';
import type { ValueCellReader } from './value-cell.js';

/** A sheet and its tab position. */
export interface SheetRole {
  readonly idx: number;
  readonly sheet: GridSheet;
}

/** Finding parameters. */
export type FindingParams = Readonly<Record<string, string | number>>;

export interface ReadContext {
  readonly out: Collector;
  /** the `Settings` sheet's number format (`vi` until read) */
  numberFormat: NumberFormat;
  /** the `Settings` sheet's `builtin_rules` switch */
  builtinRules: boolean;
  /** the catalogue read against (built-in until the `Indicators` sheet or the options say otherwise) */
  catalogue: Catalogue;
  /** indicator by code */
  readonly byCode: Map<string, Indicator>;
  /** indicator code by its Vietnamese or English name (match key), to catch a code pasted on another's row */
  readonly byName: Map<string, string>;
  /** codes that are parts of a `%` ratio: their values are kept for the ratio-parts check */
  readonly ratioParts: Set<string>;
  /** a code to suggest when nothing is closer */
  suggestion: string;
  /** the `Boards` rows, in order */
  readonly boards: BoardInfo[];
  /** the cell of each board's code on `Boards` */
  readonly boardCell: Map<string, { row: number; col: number }>;
  readonly builder: ObservationBuilder;
  readonly rowUnits: RowUnit[];
  /** a row's own unit where it differs from the catalogue's, for the unit-slip message (`board\0indicator`) */
  readonly slipUnits: Map<string, UnitInfo>;
  /** the reader of value cells (set once the number format is known) */
  values: ValueCellReader;
  /** the sheets whose cells were looked at (see `visitSheet`) */
  readonly visited: Set<SheetRole>;
}

/** Where a finding is: a sheet by tab position, optionally a 0-based cell. */
export function placeAt(idx: number, sheet: GridSheet | undefined, row?: number, col?: number): Place {
  const p: { sheetIdx: number; sheet: string | undefined; row?: number; col?: number } = { sheetIdx: idx, sheet: sheet?.name };
  if (row !== undefined) p.row = row;
  if (col !== undefined) p.col = col;
  return p;
}

/** Reports a finding; `msg` is its message id (`code` or `code.variant`). */
export function flag(ctx: ReadContext, code: FindingCode, msg: string, place: Place, params?: FindingParams): void {
  ctx.out.add(code, msg, place, params);
}
