/** The fake host's data: cells, sheets, the operations it logs, and its options. */
import type { HostValueType } from '../../../addin/src/excel/host.js';
import type { FakePrint } from './page-layout.js';
import type { FakeWorkbook } from './workbook.js';

/** One stored cell. */
export interface FakeCell {
  /** the value as Excel returns it in `values` */
  v: string | number | boolean;
  t: HostValueType;
  /** formula with its leading `=` */
  f?: string;
  /** number format */
  nf: string;
  bold?: boolean;
  /** `format.wrapText` */
  wrap?: boolean;
  /** `format.verticalAlignment` */
  valign?: string;
  link?: string;
  /** set when a written string was converted by Excel (to a number, date, boolean, error or formula) */
  coerced?: 'number' | 'date' | 'boolean' | 'error' | 'formula';
}

export interface FakeSheetInput {
  readonly name: string;
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  readonly protected?: boolean;
  /** cells by A1 address */
  readonly cells: Readonly<Record<string, FakeCell>>;
  /** merged areas (`A1:H1`) */
  readonly merges?: readonly string[];
  /** 0-based hidden rows */
  readonly hiddenRows?: readonly number[];
}

/** What the fake logs. `sheet` is the sheet the operation touched. */
export interface FakeOp {
  readonly kind: 'values' | 'numberFormat' | 'format' | 'hyperlink' | 'clear' | 'merge' | 'unmerge' | 'freeze' | 'add' | 'activate' | 'select' | 'xmlAdd' | 'xmlSet' | 'xmlDelete' | 'pageLayout';
  readonly sheet: string;
  readonly address?: string;
}

export interface FakeOptions {
  /** a load of cell properties over more cells than this fails with ResponsePayloadSizeLimitExceeded */
  maxCellsPerLoad?: number;
  /** bytes one sync may send (Excel on the web: 5 MB); more fails with RequestPayloadSizeLimitExceeded */
  maxRequestBytes?: number;
  /** bytes one sync may bring back (Excel on the web: 5 MB); more fails with ResponsePayloadSizeLimitExceeded */
  maxResponseBytes?: number;
  /** supported ExcelApi version (minor), default 13 */
  apiMinor?: number;
  /** every sync fails with this Office error code (edit mode: InvalidOperation) */
  failSyncWith?: string;
  /** runs before the Nth sync (1-based, counted across runs): lets a test edit the workbook mid-run */
  beforeSync?: (syncNumber: number, book: FakeWorkbook) => void;
}

/** A sheet as the fake keeps it. */
export interface FakeSheet {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** cells by {@link cellKey} */
  cells: Map<number, FakeCell>;
  merges: string[];
  hidden: Set<number>;
  widths: Map<number, number>;
  /** row heights (points) by 0-based row */
  heights: Map<number, number>;
  frozen?: { rows: number; cols: number };
  /** what the add-in set through `Worksheet.pageLayout` */
  print?: FakePrint;
  /** handlers registered with `worksheet.onSelectionChanged.add` */
  selectionHandlers: FakeSelectionHandler[];
}

/** A handler of a sheet's `onSelectionChanged`, with the arguments Excel passes. */
export type FakeSelectionHandler = (args: { address: string; worksheetId: string; type: 'WorksheetSelectionChanged'; source: 'Local' }) => Promise<unknown>;

/** A rectangle of cells, 0-based. */
export interface FakeArea {
  r: number;
  c: number;
  rc: number;
  cc: number;
}

/** A rectangle on a sheet. */
export interface FakeGeometry extends FakeArea {
  sheet: FakeSheet;
}
