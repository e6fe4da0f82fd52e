/**
 * The workbook behind the fake host: its sheets, custom XML parts and the log of what was done to
 * them, plus what it counted (syncs, cell loads, the largest request and response).
 */
import type { ExcelHost, HostContext } from '../../../addin/src/excel/host.js';
import { FAKE_COLS, cellKey, colName, fakeA1, keyCell, parseCell } from './address.js';
import { FakeContext } from './context.js';
import { FakeOfficeError } from './errors.js';
import type { FakePrint } from './page-layout.js';
import { excelTypedInput } from './typed-input.js';
import type { FakeCell, FakeGeometry, FakeOp, FakeOptions, FakeSheet, FakeSheetInput } from './types.js';
import { xmlRootNamespace } from './xml-root.js';

/** A custom XML part: its id (a GUID in braces, as Excel gives), root namespace and XML. */
export interface FakeXmlPart {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

/** The cell Excel stores when `text` is written into a cell whose format is `nf`. */
function typedCell(text: string, nf: string, base: { nf: string; bold?: boolean }): FakeCell | undefined {
  if (nf === '@') return { ...base, v: text, t: 'String' };
  const input = excelTypedInput(text);
  const general = nf === 'General';
  switch (input.kind) {
    case 'empty':
      return undefined;
    case 'text':
      return { ...base, v: input.text, t: 'String' };
    case 'number':
      return { ...base, v: input.value, t: 'Double', coerced: 'number', ...(general && input.format !== undefined ? { nf: input.format } : {}) };
    case 'date':
      return { ...base, v: input.value, t: 'Double', coerced: 'date', ...(general ? { nf: input.format } : {}) };
    case 'boolean':
      return { ...base, v: input.value, t: 'Boolean', coerced: 'boolean' };
    case 'error':
      return { ...base, v: input.text, t: 'Error', coerced: 'error' };
    case 'formula':
      return { ...base, v: 0, t: 'Double', f: input.formula, coerced: 'formula' };
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** the workbook's custom XML parts, in the order they were added */
  readonly xmlParts: FakeXmlPart[] = [];
  private nextPartId = 1;
  readonly ops: FakeOp[] = [];
  readonly options: FakeOptions;
  syncs = 0;
  /** cell-property loads, one per range load (how many read requests the add-in made) */
  cellLoads = 0;
  /** the largest payload one sync sent, in bytes (counted the same way for refused syncs) */
  largestRequestBytes = 0;
  /** the largest payload one sync brought back, in bytes */
  largestResponseBytes = 0;
  private nextId = 1;

  constructor(sheets: readonly FakeSheetInput[], options: FakeOptions = {}) {
    this.options = options;
    for (const s of sheets) {
      const cells = new Map<number, FakeCell>();
      for (const [ref, cell] of Object.entries(s.cells)) {
        const { r, c } = parseCell(ref);
        cells.set(cellKey(r, c), { ...cell });
      }
      this.sheets.push({ id: this.nextId++, name: s.name, visibility: s.visibility ?? 'Visible', protected: s.protected ?? false, cells, merges: [...(s.merges ?? [])], hidden: new Set(s.hiddenRows ?? []), widths: new Map(), heights: new Map(), selectionHandlers: [] });
    }
  }

  /** Adds a custom XML part (refused unless well-formed); returns it. */
  addXmlPart(xml: string): FakeXmlPart {
    const namespaceUri = xmlRootNamespace(xml);
    const n = this.nextPartId++;
    const part = { id: `{${String(n).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}}`, namespaceUri, xml };
    this.xmlParts.push(part);
    this.ops.push({ kind: 'xmlAdd', sheet: '', address: part.id });
    return part;
  }

  /** The sheet named `name` (case-insensitive, as Excel), or undefined. */
  find(name: string): FakeSheet | undefined {
    const k = name.normalize('NFC').toLowerCase();
    return this.sheets.find((s) => s.name.normalize('NFC').toLowerCase() === k);
  }

  addSheet(name: string): FakeSheet {
    if (this.find(name) !== undefined) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
    const s: FakeSheet = { id: this.nextId++, name, visibility: 'Visible', protected: false, cells: new Map(), merges: [], hidden: new Set(), widths: new Map(), heights: new Map(), selectionHandlers: [] };
    this.sheets.push(s);
    this.ops.push({ kind: 'add', sheet: name });
    return s;
  }

  private sheetNamed(name: string): FakeSheet {
    const s = this.find(name);
    if (s === undefined) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A sheet's cells by A1 address, for assertions (a plain, serializable copy). */
  cellsOf(name: string): Record<string, FakeCell> {
    const s = this.sheetNamed(name);
    const out: Record<string, FakeCell> = {};
    for (const [k, cell] of [...s.cells.entries()].sort((a, b) => a[0] - b[0])) {
      const { r, c } = keyCell(k);
      out[fakeA1(r, c)] = { ...cell };
    }
    return out;
  }

  /** Every sheet as input data: names, visibility, protection, cells. */
  snapshot(): FakeSheetInput[] {
    return this.sheets.map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protected, cells: this.cellsOf(s.name), merges: [...s.merges], hiddenRows: [...s.hidden].sort((a, b) => a - b) }));
  }

  /** Details of one sheet: merges, widths (points by column), frozen panes. */
  layoutOf(name: string): { merges: string[]; widths: Record<string, number>; heights?: Record<number, number>; frozen?: { rows: number; cols: number }; print?: FakePrint } {
    const s = this.sheetNamed(name);
    return {
      merges: [...s.merges],
      widths: Object.fromEntries([...s.widths.entries()].map(([c, w]) => [colName(c), w])),
      ...(s.heights.size > 0 ? { heights: Object.fromEntries([...s.heights.entries()].map(([r, h]) => [r + 1, h])) } : {}),
      ...(s.frozen ? { frozen: { ...s.frozen } } : {}),
      ...(s.print ? { print: structuredClone(s.print) } : {}),
    };
  }

  /** Sets one cell as a user typing would (for tests that edit mid-run). */
  setCell(sheet: string, ref: string, cell: FakeCell): void {
    const { r, c } = parseCell(ref);
    this.sheetNamed(sheet).cells.set(cellKey(r, c), cell);
  }

  /** Used range: the bounding box of cells with a value (valuesOnly) or also a format. */
  usedRange(s: FakeSheet, valuesOnly: boolean): FakeGeometry | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of s.cells) {
      if (valuesOnly && cell.t === 'Empty' && cell.f === undefined) continue;
      const r = Math.floor(k / FAKE_COLS);
      const c = k % FAKE_COLS;
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    if (r1 < 0) return null;
    return { sheet: s, r: r0, c: c0, rc: r1 - r0 + 1, cc: c1 - c0 + 1 };
  }

  /** An ExcelHost over this workbook. */
  host(): ExcelHost {
    const apiMinor = this.options.apiMinor ?? 13;
    return {
      run: async <T,>(batch: (context: HostContext) => Promise<T>): Promise<T> => {
        const ctx = new FakeContext(this);
        return batch(ctx as unknown as HostContext);
      },
      supports: (version: string): boolean => {
        const [maj, min] = version.split('.').map(Number);
        return maj === 1 && (min ?? 0) <= apiMinor;
      },
    };
  }

  /**
   * Selects `address` on `sheet` as the analyst would (nothing is logged: the log is what the add-in
   * did), and runs the sheet's selection handlers as Excel does; resolves when they are done.
   */
  async selectByUser(sheet: string, address: string): Promise<void> {
    await this.selectionChanged(this.sheetNamed(sheet), address);
  }

  /** Runs a sheet's selection handlers with Excel's arguments (after the current sync, as Excel does). */
  async selectionChanged(s: FakeSheet, address: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.all(s.selectionHandlers.map((h) => h({ address, worksheetId: String(s.id), type: 'WorksheetSelectionChanged', source: 'Local' })));
  }

  log(op: FakeOp): void {
    this.ops.push(op);
  }

  checkWritable(s: FakeSheet): void {
    if (s.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${s.name} is protected.`);
  }

  /** Writes one value into a cell as `Range.values` does: text is read as if typed (see typed-input.ts). */
  writeValue(s: FakeSheet, r: number, c: number, v: unknown): void {
    const k = cellKey(r, c);
    const old = s.cells.get(k);
    const nf = old?.nf ?? 'General';
    const base = { nf, ...(old?.bold ? { bold: true } : {}) };
    let cell: FakeCell | undefined;
    if (typeof v === 'number') cell = { ...base, v, t: 'Double' };
    else if (typeof v === 'boolean') cell = { ...base, v, t: 'Boolean' };
    else if (v === null || v === undefined || v === '') cell = nf !== 'General' ? { ...base, v: '', t: 'Empty' } : undefined;
    else if (typeof v === 'string') cell = typedCell(v, nf, base);
    else throw new FakeOfficeError('InvalidArgument', `cannot write ${typeof v}`);
    if (cell === undefined) s.cells.delete(k);
    else s.cells.set(k, cell);
  }
}
