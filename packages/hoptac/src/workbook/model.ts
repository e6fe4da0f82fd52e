/**
 * The workbook model: what `readWorkbook` makes of a shared workbook (boards, indicators, settings,
 * targets, observations, findings).
 *
 * This file is the folder's entry: workbook/ reads format 1 from a Grid (read/), checks it,
 * consolidates, diffs and snapshots it, and describes the sheets hoptac writes (output.ts,
 * report.ts). It imports the library's model folders; the command line and the add-in import it
 * only through the `hoptac/workbook` entry (../workbook.ts).
 */
import type { Catalogue } from '../indicator/types.js';
import type { ObservationSet } from '../observation/set.js';
import type { RuleStats } from '../rules/evaluate.js';
import type { Finding } from './findings.js';

/** One partner board, from the `Boards` sheet. */
export interface BoardInfo {
  /** 1-16 characters of `A-Z 0-9 _`; also the name of its sheet */
  readonly code: string;
  readonly name: string;
  readonly province: string;
  /** industrial zones, economic zone, export processing zone */
  readonly zoneKind: 'KCN' | 'KKT' | 'KCX';
  /** the focal unit (đơn vị đầu mối) through which exchanges go */
  readonly focalUnit: string;
}

/** The unit one board row was written in; its values are converted to the catalogue unit. */
export interface RowUnit {
  readonly board: string;
  readonly indicator: string;
  /** the unit as written (canonical code); a blank unit cell is the catalogue unit */
  readonly unit: string;
  /** the value in the catalogue unit is the written value × 10^exponent (`nghìn USD` for `triệu USD`: −3) */
  readonly exponent: number;
  /** the unit cell */
  readonly sheet: string;
  readonly cell?: string;
}

/** What {@link readWorkbook} makes of a workbook: its content, and every problem found in it. */
export interface WorkbookModel {
  readonly settings: { readonly numberFormat: 'vi' | 'en' };
  /**
   * the `Boards` rows, in order: rows with an invalid or repeated code are left out; a row with an
   * invalid `zone_kind` is kept as `KCN` (with its `bad-board` error); a blank name is the code
   */
  readonly boards: readonly BoardInfo[];
  /** from `Indicators`, or the one passed in options, or the built-in one */
  readonly catalogue: Catalogue;
  /** values in catalogue units, with their sources `{sheet, cell}`; openings and targets */
  readonly observations: ObservationSet;
  /** every month column seen on the board sheets, sorted, canonical (`2017-01`) */
  readonly months: readonly string[];
  /** the unit each stored board row was written in (rows whose values are in `observations`) */
  readonly units: readonly RowUnit[];
  /** stable order: sheet (tab order), row, column */
  readonly findings: readonly Finding[];
  /** exact count per finding code, even when the details are capped */
  readonly counts: Readonly<Record<string, number>>;
  /**
   * every rule checked (built-in, then the `Rules` sheet's), with how many board-months it was
   * evaluated on, violated, skipped for a missing indicator (counted here, never reported one by
   * one) and undefined by a division by zero
   */
  readonly rules: readonly RuleStats[];
  /** true when there is no error finding */
  readonly ok: boolean;
}

/** Options of {@link readWorkbook}. */
export interface ReadWorkbookOptions {
  /**
   * The catalogue to read against. When given it wins: the workbook's `Indicators` sheet is then
   * ignored (not validated). Default: the `Indicators` sheet, or the built-in catalogue.
   */
  readonly catalogue?: Catalogue;
  /** at most this many findings of each code are listed (default 200); `counts` stays exact */
  readonly maxDetailsPerCode?: number;
  /**
   * `false` skips the value checks (rules, outliers, unit slips) for a read that only needs the
   * figures; default true. `rules` is then empty.
   */
  readonly valueChecks?: boolean;
}
