/**
 * The part of the Excel JavaScript API the add-in uses, as plain interfaces. The real `Excel`
 * object satisfies them (see `officeHost` in `office.ts`); the tests use a fake with the same
 * load/sync semantics. Keeping the subset small keeps the add-in honest about what it touches.
 *
 * This file is the folder's entry: excel/ is the one place that talks to Excel (reading, writing,
 * printing, selection, the snapshot part, failures). core/, commands/ and taskpane/ import it; it
 * imports only the library.
 */

/** The lowest ExcelApi requirement set the add-in needs (getRangeByIndexes, freezeAt, hyperlinks). */
export const MIN_EXCEL_API = '1.7';

/** Value types Excel reports per cell (`Excel.RangeValueType`). */
export type HostValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

/** A proxy that can be loaded: its properties are available only after `context.sync()`. */
export interface HostLoadable {
  load(propertyNames: string | string[]): unknown;
}

export interface HostFont {
  bold: boolean;
}

export interface HostRangeFormat {
  readonly font: HostFont;
  columnWidth: number;
  /** row height in points (ExcelApi 1.1) */
  rowHeight: number;
  /** wrap text within the column (ExcelApi 1.1) */
  wrapText: boolean;
  /** `Top`, `Center`, `Bottom`, ... (ExcelApi 1.1) */
  verticalAlignment: string;
}

export interface HostHyperlink {
  documentReference?: string;
  textToDisplay?: string;
}

export interface HostRangeAreas extends HostLoadable {
  readonly isNullObject: boolean;
  readonly areas: { readonly items: readonly { readonly address: string }[] };
}

export interface HostRange extends HostLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** true: every row of the range is hidden; false: none; null: some (ExcelApi 1.2) */
  readonly rowHidden: boolean | null;
  // Excel types these as any[][]; values are written as whole blocks.
  values: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: readonly (readonly string[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly format: HostRangeFormat;
  hyperlink: HostHyperlink;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  getMergedAreasOrNullObject(): HostRangeAreas;
}

export interface HostFreezePanes {
  freezeAt(frozenRange: HostRange | string): void;
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  unfreeze(): void;
}

/** One page's header and footer texts, in Excel's codes (`&P` page, `&N` pages) (ExcelApi 1.9). */
export interface HostHeaderFooter {
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** A worksheet's print settings (`Excel.PageLayout`, ExcelApi 1.9). */
export interface HostPageLayout {
  /** `Portrait` or `Landscape` */
  orientation: string;
  /** `Excel.PaperType`, e.g. `A4` */
  paperSize: string;
  /** set as a whole object: a fit to pages wide and/or tall, or a scale */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  readonly headersFooters: { readonly defaultForAllPages: HostHeaderFooter };
  /** the rows repeated at the top of every printed page, e.g. `$1:$6` */
  setPrintTitleRows(rows: HostRange | string): void;
}

/** What Excel passes to a worksheet's selection handler (`Excel.WorksheetSelectionChangedEventArgs`). */
export interface HostSelectionChangedArgs {
  /** the selected range on that sheet, `B7` or `B7:D9` */
  readonly address: string;
  readonly worksheetId: string;
}

/** A registered event handler (`OfficeExtension.EventHandlerResult`). */
export interface HostEventHandlerResult {
  remove(): void;
}

export interface HostWorksheet extends HostLoadable {
  readonly isNullObject: boolean;
  /** Excel's id of the sheet, unchanged by a rename */
  readonly id: string;
  readonly name: string;
  readonly position: number;
  /** `Visible`, `Hidden` or `VeryHidden`; the add-in sets it only on its own sheets */
  visibility: string;
  readonly protection: { readonly protected: boolean } & HostLoadable;
  readonly freezePanes: HostFreezePanes;
  /** print settings; only where ExcelApi 1.9 is supported */
  readonly pageLayout: HostPageLayout;
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange;
  getRange(address?: string): HostRange;
  activate(): void;
  /** the analyst (or the add-in) selected cells on this sheet (ExcelApi 1.7) */
  readonly onSelectionChanged: { add(handler: (args: HostSelectionChangedArgs) => Promise<unknown>): HostEventHandlerResult };
}

export interface HostWorksheetCollection extends HostLoadable {
  readonly items: readonly HostWorksheet[];
  getItemOrNullObject(key: string): HostWorksheet;
  add(name?: string): HostWorksheet;
}

/** A value a method returns, available after `context.sync()` (`OfficeExtension.ClientResult`). */
export interface HostClientResult<T> {
  readonly value: T;
}

/** One custom XML part of the workbook (ExcelApi 1.5). */
export interface HostCustomXmlPart extends HostLoadable {
  readonly id: string;
  readonly namespaceUri: string;
  getXml(): HostClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
}

/** The custom XML parts whose root element is in one namespace. */
export interface HostCustomXmlPartScopedCollection extends HostLoadable {
  readonly items: readonly HostCustomXmlPart[];
  getCount(): HostClientResult<number>;
}

/** The workbook's custom XML parts: where the add-in keeps its snapshot, never in a sheet. */
export interface HostCustomXmlPartCollection extends HostLoadable {
  readonly items: readonly HostCustomXmlPart[];
  add(xml: string): HostCustomXmlPart;
  getByNamespace(namespaceUri: string): HostCustomXmlPartScopedCollection;
}

export interface HostWorkbook {
  readonly worksheets: HostWorksheetCollection;
  readonly customXmlParts: HostCustomXmlPartCollection;
}

export interface HostContext {
  readonly workbook: HostWorkbook;
  sync(): Promise<void>;
}

/** What the add-in needs from its host: a batch runner and a requirement-set check. */
export interface ExcelHost {
  run<T>(batch: (context: HostContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)` */
  supports(version: string): boolean;
}
