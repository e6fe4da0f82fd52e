/**
 * A fake Excel host for tests: the subset of the Excel JavaScript API the add-in uses, with the
 * real load/sync semantics (properties unavailable until loaded and synced, every queued operation
 * applied in order on `sync()`), used ranges, value types, number formats and Excel's coercion of
 * written text. Every write, format, activate and select is logged with its sheet, so a test can
 * prove what the add-in touched. Runs in Node (unit tests) and in the browser (bundled as office.js
 * for the end-to-end test, see `fake-office-browser.ts`).
 */
import type { ExcelHost, HostContext, HostValueType } from '../../addin/src/excel/host.js';

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
  link?: string;
  /** true when a written string was coerced by Excel (to a number, date or formula) */
  coerced?: 'number' | 'date' | 'formula';
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
  readonly kind: 'values' | 'numberFormat' | 'format' | 'hyperlink' | 'clear' | 'merge' | 'unmerge' | 'freeze' | 'add' | 'activate' | 'select' | 'xmlAdd' | 'xmlSet' | 'xmlDelete';
  readonly sheet: string;
  readonly address?: string;
}

export interface FakeOptions {
  /** a load of cell properties over more cells than this fails with ResponsePayloadSizeLimitExceeded */
  maxCellsPerLoad?: number;
  /** supported ExcelApi version (minor), default 13 */
  apiMinor?: number;
  /** every sync fails with this Office error code (edit mode: InvalidOperation) */
  failSyncWith?: string;
  /** runs before the Nth sync (1-based, counted across runs): lets a test edit the workbook mid-run */
  beforeSync?: (syncNumber: number, book: FakeWorkbook) => void;
}

/** An Office-like error: `code` is what office.js puts on `OfficeExtension.Error`. */
export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}

interface Sheet {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<number, FakeCell>;
  merges: string[];
  hidden: Set<number>;
  widths: Map<number, number>;
  frozen?: { rows: number; cols: number };
}

const COLS = 16384;
const key = (r: number, c: number): number => r * COLS + c;

function colName(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
export function fakeA1(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}
function parseCell(ref: string): { r: number; c: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (m === null) throw new FakeOfficeError('InvalidArgument', `bad address ${ref}`);
  let c = 0;
  for (const ch of m[1]!.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}
function parseArea(ref: string): Geometry0 {
  const local = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const [a, b] = local.split(':');
  const p = parseCell(a!);
  const q = b === undefined ? p : parseCell(b);
  return { r: Math.min(p.r, q.r), c: Math.min(p.c, q.c), rc: Math.abs(q.r - p.r) + 1, cc: Math.abs(q.c - p.c) + 1 };
}
function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Geometry0 {
  r: number;
  c: number;
  rc: number;
  cc: number;
}
interface Geometry extends Geometry0 {
  sheet: Sheet;
}

/** The workbook behind the fake host. */
/** A custom XML part: its id (a GUID in braces, as Excel gives), root namespace and XML. */
export interface FakeXmlPart {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

/**
 * The root element's namespace of a custom XML part, as Excel requires it: a single well-formed
 * root element (an XML declaration may come first); otherwise Excel refuses it (InvalidArgument).
 */
export function xmlRootNamespace(xml: string): string {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml);
  if (m === null) throw new FakeOfficeError('InvalidArgument', 'The XML is not well-formed: no root element.');
  const [whole, name, attrs, selfClosing] = m;
  const rest = xml.slice(whole.length);
  if (selfClosing === '/') {
    if (rest.trim() !== '') throw new FakeOfficeError('InvalidArgument', 'The XML is not well-formed: content after the root element.');
  } else {
    const close = `</${name!}>`;
    const end = rest.lastIndexOf(close);
    if (end < 0 || rest.slice(end + close.length).trim() !== '') throw new FakeOfficeError('InvalidArgument', `The XML is not well-formed: ${close} is missing.`);
    // text may not hold a bare < or & (entities only)
    const body = rest.slice(0, end).replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(body)) throw new FakeOfficeError('InvalidArgument', 'The XML is not well-formed: a bare &.');
  }
  const prefix = name!.includes(':') ? name!.split(':')[0]! : undefined;
  const nsAttr = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
  const ns = new RegExp(`(?:^|\\s)${nsAttr.replace('.', '\\.')}\\s*=\\s*(["'])([^"']*)\\1`).exec(attrs ?? '');
  return ns?.[2] ?? '';
}

export class FakeWorkbook {
  readonly sheets: Sheet[] = [];
  /** the workbook's custom XML parts, in the order they were added */
  readonly xmlParts: FakeXmlPart[] = [];
  private nextPartId = 1;
  readonly ops: FakeOp[] = [];
  readonly options: FakeOptions;
  syncs = 0;
  /** cell-property loads, one per range load (how many read requests the add-in made) */
  cellLoads = 0;
  private nextId = 1;

  constructor(sheets: readonly FakeSheetInput[], options: FakeOptions = {}) {
    this.options = options;
    for (const s of sheets) {
      const cells = new Map<number, FakeCell>();
      for (const [ref, cell] of Object.entries(s.cells)) {
        const { r, c } = parseCell(ref);
        cells.set(key(r, c), { ...cell });
      }
      this.sheets.push({ id: this.nextId++, name: s.name, visibility: s.visibility ?? 'Visible', protected: s.protected ?? false, cells, merges: [...(s.merges ?? [])], hidden: new Set(s.hiddenRows ?? []), widths: new Map() });
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
  find(name: string): Sheet | undefined {
    const k = name.normalize('NFC').toLowerCase();
    return this.sheets.find((s) => s.name.normalize('NFC').toLowerCase() === k);
  }

  addSheet(name: string): Sheet {
    if (this.find(name) !== undefined) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
    const s: Sheet = { id: this.nextId++, name, visibility: 'Visible', protected: false, cells: new Map(), merges: [], hidden: new Set(), widths: new Map() };
    this.sheets.push(s);
    this.ops.push({ kind: 'add', sheet: name });
    return s;
  }

  /** A sheet's cells by A1 address, for assertions (a plain, serializable copy). */
  cellsOf(name: string): Record<string, FakeCell> {
    const s = this.find(name);
    if (s === undefined) throw new Error(`no sheet ${name}`);
    const out: Record<string, FakeCell> = {};
    for (const [k, cell] of [...s.cells.entries()].sort((a, b) => a[0] - b[0])) out[fakeA1(Math.floor(k / COLS), k % COLS)] = { ...cell };
    return out;
  }

  /** Every sheet as input data: names, visibility, protection, cells. */
  snapshot(): FakeSheetInput[] {
    return this.sheets.map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protected, cells: this.cellsOf(s.name), merges: [...s.merges], hiddenRows: [...s.hidden].sort((a, b) => a - b) }));
  }

  /** Details of one sheet: merges, widths (points by column), frozen panes. */
  layoutOf(name: string): { merges: string[]; widths: Record<string, number>; frozen?: { rows: number; cols: number } } {
    const s = this.find(name);
    if (s === undefined) throw new Error(`no sheet ${name}`);
    return { merges: [...s.merges], widths: Object.fromEntries([...s.widths.entries()].map(([c, w]) => [colName(c), w])), ...(s.frozen ? { frozen: { ...s.frozen } } : {}) };
  }

  /** Sets one cell as a user typing would (for tests that edit mid-run). */
  setCell(sheet: string, ref: string, cell: FakeCell): void {
    const s = this.find(sheet);
    if (s === undefined) throw new Error(`no sheet ${sheet}`);
    const { r, c } = parseCell(ref);
    s.cells.set(key(r, c), cell);
  }

  /** Used range: the bounding box of cells with a value (valuesOnly) or also a format. */
  usedRange(s: Sheet, valuesOnly: boolean): Geometry | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of s.cells) {
      if (valuesOnly && cell.t === 'Empty' && cell.f === undefined) continue;
      const r = Math.floor(k / COLS);
      const c = k % COLS;
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

  log(op: FakeOp): void {
    this.ops.push(op);
  }

  checkWritable(s: Sheet): void {
    if (s.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${s.name} is protected.`);
  }

  writeValue(s: Sheet, r: number, c: number, v: unknown): void {
    const k = key(r, c);
    const old = s.cells.get(k);
    const nf = old?.nf ?? 'General';
    const base = { nf, ...(old?.bold ? { bold: true } : {}) };
    let cell: FakeCell | undefined;
    if (typeof v === 'number') cell = { ...base, v, t: Number.isInteger(v) ? 'Double' : 'Double' };
    else if (typeof v === 'boolean') cell = { ...base, v, t: 'Boolean' };
    else if (v === null || v === undefined || v === '') cell = old?.nf !== undefined && old.nf !== 'General' ? { ...base, v: '', t: 'Empty' } : undefined;
    else if (typeof v === 'string') {
      if (nf === '@') cell = { ...base, v, t: 'String' };
      else if (v.startsWith("'")) cell = { ...base, v: v.slice(1), t: 'String' };
      else if (/^[=+\-@]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v)) cell = { ...base, v: 0, t: 'Double', f: v.startsWith('=') ? v : `=${v}`, coerced: 'formula' };
      else if (/^[+-]?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(v.trim())) cell = { ...base, v: Number(v), t: 'Double', coerced: 'number' };
      else if (/^\d{4}-\d{1,2}(-\d{1,2})?$|^\d{1,2}\/\d{4}$/.test(v.trim())) cell = { ...base, v: 43000, t: 'Double', nf: 'mmm-yy', coerced: 'date' };
      else cell = { ...base, v, t: 'String' };
    } else throw new FakeOfficeError('InvalidArgument', `cannot write ${typeof v}`);
    if (cell === undefined) s.cells.delete(k);
    else s.cells.set(k, cell);
  }
}

type Action = () => void;

class FakeContext {
  readonly book: FakeWorkbook;
  readonly queue: Action[] = [];
  readonly workbook: { worksheets: FakeWorksheets; customXmlParts: FakeXmlParts };
  constructor(book: FakeWorkbook) {
    this.book = book;
    this.workbook = { worksheets: new FakeWorksheets(this), customXmlParts: new FakeXmlParts(this) };
  }
  async sync(): Promise<void> {
    this.book.syncs++;
    this.book.options.beforeSync?.(this.book.syncs, this.book);
    const actions = this.queue.splice(0);
    await Promise.resolve();
    if (this.book.options.failSyncWith !== undefined) {
      throw new FakeOfficeError(this.book.options.failSyncWith, `fake ${this.book.options.failSyncWith}`);
    }
    for (const a of actions) a();
  }
}

/** Base of every proxy: properties readable only once loaded and synced. */
class Proxy0 {
  protected readonly ctx: FakeContext;
  protected readonly data = new Map<string, unknown>();
  constructor(ctx: FakeContext) {
    this.ctx = ctx;
  }
  protected get0<T>(name: string): T {
    if (!this.data.has(name)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.data.get(name) as T;
  }
  protected enqueue(a: Action): void {
    this.ctx.queue.push(a);
  }
  get isNullObject(): boolean {
    return this.get0<boolean>('isNullObject');
  }
}

function propList(p: string | string[]): string[] {
  return (Array.isArray(p) ? p : p.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

class FakeWorksheets extends Proxy0 {
  get items(): FakeWorksheet[] {
    return this.get0('items');
  }
  load(props: string | string[]): this {
    const inner = propList(props)
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice(6));
    this.enqueue(() => {
      const items = this.ctx.book.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s);
        w.fill(inner.length > 0 ? inner : ['name', 'position', 'visibility']);
        return w;
      });
      this.data.set('items', items);
    });
    return this;
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    let bound: Sheet | null | undefined;
    return new FakeWorksheet(this.ctx, () => {
      if (bound === undefined || (bound !== null && !this.ctx.book.sheets.includes(bound))) bound = this.ctx.book.find(name) ?? null;
      return bound;
    });
  }
  add(name?: string): FakeWorksheet {
    let created: Sheet | undefined;
    const w = new FakeWorksheet(this.ctx, () => created ?? null);
    this.enqueue(() => {
      created = this.ctx.book.addSheet(name ?? `Sheet${this.ctx.book.sheets.length + 1}`);
    });
    return w;
  }
}

class FakeWorksheet extends Proxy0 {
  private readonly resolve: () => Sheet | null;
  readonly protection: { readonly protected: boolean; load(p: string | string[]): unknown };
  readonly freezePanes: { freezeAt(r: FakeRange | string): void; freezeRows(n?: number): void; freezeColumns(n?: number): void; unfreeze(): void };
  constructor(ctx: FakeContext, resolve: () => Sheet | null) {
    super(ctx);
    this.resolve = resolve;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the nested object literal needs the proxy
    const self = this;
    const prot = new Map<string, unknown>();
    this.protection = {
      get protected(): boolean {
        if (!prot.has('protected')) throw new FakeOfficeError('PropertyNotLoaded', "The property 'protected' is not available.");
        return prot.get('protected') as boolean;
      },
      load(): unknown {
        self.enqueue(() => prot.set('protected', self.sheet().protected));
        return this;
      },
    };
    const freeze = (rows: number, cols: number): void =>
      this.enqueue(() => {
        const s = this.sheet();
        this.ctx.book.checkWritable(s);
        if (rows === 0 && cols === 0) delete s.frozen;
        else s.frozen = { rows, cols };
        this.ctx.book.log({ kind: 'freeze', sheet: s.name });
      });
    this.freezePanes = {
      freezeAt: (r: FakeRange | string) => {
        if (typeof r === 'string') {
          const g = parseArea(r);
          freeze(g.r + g.rc, g.c + g.cc);
        } else {
          this.enqueue(() => {
            const g = r.geometry();
            const s = g.sheet;
            this.ctx.book.checkWritable(s);
            s.frozen = { rows: g.r + g.rc, cols: g.c + g.cc };
            this.ctx.book.log({ kind: 'freeze', sheet: s.name });
          });
        }
      },
      freezeRows: (n = 1) => freeze(n, 0),
      freezeColumns: (n = 1) => freeze(0, n),
      unfreeze: () => freeze(0, 0),
    };
  }
  /** the sheet, or ItemNotFound */
  sheet(): Sheet {
    const s = this.resolve();
    if (s === null) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
    return s;
  }
  fill(props: readonly string[]): void {
    const s = this.resolve();
    this.data.set('isNullObject', s === null);
    if (s === null) return;
    for (const p of props) {
      if (p === 'name') this.data.set('name', s.name);
      else if (p === 'position') this.data.set('position', this.ctx.book.sheets.indexOf(s));
      else if (p === 'visibility') this.data.set('visibility', s.visibility);
      else throw new FakeOfficeError('InvalidArgument', `fake: unknown worksheet property ${p}`);
    }
  }
  load(props: string | string[]): this {
    const list = propList(props);
    this.enqueue(() => this.fill(list));
    return this;
  }
  get name(): string {
    return this.get0('name');
  }
  get position(): number {
    return this.get0('position');
  }
  get visibility(): string {
    return this.get0('visibility');
  }
  set visibility(v: string) {
    this.enqueue(() => {
      const s = this.sheet();
      this.ctx.book.checkWritable(s);
      s.visibility = v as Sheet['visibility'];
      this.ctx.book.log({ kind: 'format', sheet: s.name });
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => this.ctx.book.usedRange(this.sheet(), valuesOnly));
  }
  getRangeByIndexes(r: number, c: number, rc: number, cc: number): FakeRange {
    if (rc < 1 || cc < 1) throw new FakeOfficeError('InvalidArgument', 'empty range');
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), r, c, rc, cc }));
  }
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), r: 0, c: 0, rc: 1048576, cc: COLS }));
    const g = parseArea(address);
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), ...g }));
  }
  activate(): void {
    this.enqueue(() => this.ctx.book.log({ kind: 'activate', sheet: this.sheet().name }));
  }
}

const CELL_PROPS = ['values', 'valueTypes', 'numberFormat', 'formulas'];

class FakeRange extends Proxy0 {
  private readonly resolve: () => Geometry | null;
  readonly format: { readonly font: { bold: boolean }; columnWidth: number };
  constructor(ctx: FakeContext, resolve: () => Geometry | null) {
    super(ctx);
    this.resolve = resolve;
    const write = (kind: FakeOp['kind'], apply: (g: Geometry) => void): void =>
      this.enqueue(() => {
        const g = this.geometry();
        this.ctx.book.checkWritable(g.sheet);
        apply(g);
        this.ctx.book.log({ kind, sheet: g.sheet.name, address: this.addr(g) });
      });
    const font = {
      get bold(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: bold is write-only here');
      },
      set bold(b: boolean) {
        write('format', (g) => {
          for (let r = g.r; r < g.r + g.rc; r++)
            for (let c = g.c; c < g.c + g.cc; c++) {
              const k = key(r, c);
              const cell = g.sheet.cells.get(k) ?? { v: '', t: 'Empty' as const, nf: 'General' };
              g.sheet.cells.set(k, { ...cell, bold: b });
            }
        });
      },
    };
    this.format = {
      font,
      get columnWidth(): number {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: columnWidth is write-only here');
      },
      set columnWidth(w: number) {
        write('format', (g) => {
          for (let c = g.c; c < g.c + g.cc; c++) g.sheet.widths.set(c, w);
        });
      },
    };
  }
  geometry(): Geometry {
    const g = this.resolve();
    if (g === null) throw new FakeOfficeError('ItemNotFound', 'The range does not exist.');
    return g;
  }
  private addr(g: Geometry): string {
    const a = fakeA1(g.r, g.c);
    const b = fakeA1(g.r + g.rc - 1, g.c + g.cc - 1);
    return `${quoteSheet(g.sheet.name)}!${a === b ? a : `${a}:${b}`}`;
  }
  load(props: string | string[]): this {
    const list = propList(props);
    this.enqueue(() => {
      const g = this.resolve();
      this.data.set('isNullObject', g === null);
      if (g === null) return;
      if (list.some((p) => CELL_PROPS.includes(p))) {
        this.ctx.book.cellLoads++;
        const max = this.ctx.book.options.maxCellsPerLoad;
        if (max !== undefined && g.rc * g.cc > max) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      }
      for (const p of list) {
        switch (p) {
          case 'address':
            this.data.set(p, this.addr(g));
            break;
          case 'rowIndex':
            this.data.set(p, g.r);
            break;
          case 'columnIndex':
            this.data.set(p, g.c);
            break;
          case 'rowCount':
            this.data.set(p, g.rc);
            break;
          case 'columnCount':
            this.data.set(p, g.cc);
            break;
          case 'rowHidden': {
            let n = 0;
            for (let r = g.r; r < g.r + g.rc; r++) if (g.sheet.hidden.has(r)) n++;
            this.data.set(p, n === 0 ? false : n === g.rc ? true : null);
            break;
          }
          case 'values':
          case 'valueTypes':
          case 'numberFormat':
          case 'formulas':
            this.data.set(p, this.matrix(g, p));
            break;
          default:
            throw new FakeOfficeError('InvalidArgument', `fake: unknown range property ${p}`);
        }
      }
    });
    return this;
  }
  private matrix(g: Geometry, p: string): unknown[][] {
    const out: unknown[][] = [];
    for (let r = g.r; r < g.r + g.rc; r++) {
      const row: unknown[] = [];
      for (let c = g.c; c < g.c + g.cc; c++) {
        const cell = g.sheet.cells.get(key(r, c));
        if (p === 'values') row.push(cell === undefined || cell.t === 'Empty' ? '' : cell.v);
        else if (p === 'valueTypes') row.push(cell?.t ?? 'Empty');
        else if (p === 'numberFormat') row.push(cell?.nf ?? 'General');
        else row.push(cell?.f ?? (cell === undefined || cell.t === 'Empty' ? '' : cell.v));
      }
      out.push(row);
    }
    return out;
  }
  get address(): string {
    return this.get0('address');
  }
  get rowIndex(): number {
    return this.get0('rowIndex');
  }
  get columnIndex(): number {
    return this.get0('columnIndex');
  }
  get rowCount(): number {
    return this.get0('rowCount');
  }
  get columnCount(): number {
    return this.get0('columnCount');
  }
  get rowHidden(): boolean | null {
    return this.get0('rowHidden');
  }
  get values(): unknown[][] {
    return this.get0('values');
  }
  set values(m: unknown[][]) {
    const copy = m.map((r) => [...r]);
    this.enqueue(() => {
      const g = this.geometry();
      if (copy.length !== g.rc || copy.some((r) => r.length !== g.cc)) throw new FakeOfficeError('InvalidArgument', 'The number of rows or columns in the input array does not match the size or dimensions of the range.');
      this.ctx.book.checkWritable(g.sheet);
      for (let r = 0; r < g.rc; r++) for (let c = 0; c < g.cc; c++) this.ctx.book.writeValue(g.sheet, g.r + r, g.c + c, copy[r]![c]);
      this.ctx.book.log({ kind: 'values', sheet: g.sheet.name, address: this.addr(g) });
    });
  }
  get valueTypes(): string[][] {
    return this.get0('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.get0('formulas');
  }
  get numberFormat(): unknown[][] {
    return this.get0('numberFormat');
  }
  set numberFormat(m: unknown[][]) {
    const copy = m.map((r) => [...r]);
    this.enqueue(() => {
      const g = this.geometry();
      if (copy.length !== g.rc || copy.some((r) => r.length !== g.cc)) throw new FakeOfficeError('InvalidArgument', 'numberFormat dimensions do not match the range.');
      this.ctx.book.checkWritable(g.sheet);
      for (let r = 0; r < g.rc; r++)
        for (let c = 0; c < g.cc; c++) {
          const k = key(g.r + r, g.c + c);
          const cell = g.sheet.cells.get(k) ?? { v: '', t: 'Empty' as const, nf: 'General' };
          g.sheet.cells.set(k, { ...cell, nf: String(copy[r]![c]) });
        }
      this.ctx.book.log({ kind: 'numberFormat', sheet: g.sheet.name, address: this.addr(g) });
    });
  }
  get hyperlink(): { documentReference?: string; textToDisplay?: string } {
    return this.get0('hyperlink');
  }
  set hyperlink(h: { documentReference?: string; textToDisplay?: string }) {
    this.enqueue(() => {
      const g = this.geometry();
      this.ctx.book.checkWritable(g.sheet);
      const k = key(g.r, g.c);
      const cell = g.sheet.cells.get(k) ?? { v: '', t: 'Empty' as const, nf: 'General' };
      g.sheet.cells.set(k, { ...cell, ...(h.documentReference !== undefined ? { link: h.documentReference } : {}) });
      this.ctx.book.log({ kind: 'hyperlink', sheet: g.sheet.name, address: this.addr(g) });
    });
  }
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.enqueue(() => {
      const g = this.geometry();
      this.ctx.book.checkWritable(g.sheet);
      for (const [k, cell] of [...g.sheet.cells]) {
        const r = Math.floor(k / COLS);
        const c = k % COLS;
        if (r < g.r || r >= g.r + g.rc || c < g.c || c >= g.c + g.cc) continue;
        if (applyTo === 'All') g.sheet.cells.delete(k);
        else if (applyTo === 'Contents') g.sheet.cells.set(k, { v: '', t: 'Empty', nf: cell.nf, ...(cell.bold ? { bold: true } : {}) });
        else g.sheet.cells.set(k, { v: cell.v, t: cell.t, nf: 'General', ...(cell.f !== undefined ? { f: cell.f } : {}) });
      }
      if (applyTo !== 'Contents') g.sheet.widths.clear();
      this.ctx.book.log({ kind: 'clear', sheet: g.sheet.name, address: this.addr(g) });
    });
  }
  merge(): void {
    this.enqueue(() => {
      const g = this.geometry();
      this.ctx.book.checkWritable(g.sheet);
      g.sheet.merges.push(this.addr(g).split('!')[1]!);
      this.ctx.book.log({ kind: 'merge', sheet: g.sheet.name, address: this.addr(g) });
    });
  }
  unmerge(): void {
    this.enqueue(() => {
      const g = this.geometry();
      this.ctx.book.checkWritable(g.sheet);
      g.sheet.merges = [];
      this.ctx.book.log({ kind: 'unmerge', sheet: g.sheet.name, address: this.addr(g) });
    });
  }
  select(): void {
    this.enqueue(() => {
      const g = this.geometry();
      this.ctx.book.log({ kind: 'select', sheet: g.sheet.name, address: this.addr(g) });
    });
  }
  getMergedAreasOrNullObject(): { isNullObject: boolean; areas: { items: { address: string }[] }; load(p: string | string[]): unknown } {
    const data = new Map<string, unknown>();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the nested object literal needs the proxy
    const self = this;
    return {
      get isNullObject(): boolean {
        if (!data.has('isNullObject')) throw new FakeOfficeError('PropertyNotLoaded', "The property 'isNullObject' is not available.");
        return data.get('isNullObject') as boolean;
      },
      get areas(): { items: { address: string }[] } {
        if (!data.has('areas')) throw new FakeOfficeError('PropertyNotLoaded', "The property 'areas' is not available.");
        return data.get('areas') as { items: { address: string }[] };
      },
      load(): unknown {
        self.enqueue(() => {
          const g = self.geometry();
          const inside = g.sheet.merges.filter((m) => {
            const a = parseArea(m);
            return a.r >= g.r && a.c >= g.c && a.r + a.rc <= g.r + g.rc && a.c + a.cc <= g.c + g.cc;
          });
          data.set('isNullObject', inside.length === 0);
          data.set('areas', { items: inside.map((m) => ({ address: `${quoteSheet(g.sheet.name)}!${m}` })) });
        });
        return this;
      },
    };
  }
}

/** Marks merged areas on a sheet of the fake (input merges). */
export function addMerges(book: FakeWorkbook, sheet: string, merges: readonly string[]): void {
  const s = book.find(sheet);
  if (s === undefined) throw new Error(`no sheet ${sheet}`);
  s.merges.push(...merges);
}

/** A grid cell (the library's shape) as the fake stores it: numbers as doubles, as Excel would. */
export function fakeCellOf(cell: { kind: string; value: string; format?: string; formula?: string }): FakeCell | undefined {
  const nf = cell.format ?? 'General';
  const f = cell.formula !== undefined ? { f: `=${cell.formula}` } : {};
  switch (cell.kind) {
    case 'number':
      return { v: Number(cell.value), t: 'Double', nf, ...f };
    case 'text':
      return { v: cell.value, t: 'String', nf, ...f };
    case 'boolean':
      return { v: cell.value === 'TRUE', t: 'Boolean', nf, ...f };
    case 'error':
      return { v: cell.value, t: 'Error', nf, ...f };
    default:
      return cell.formula !== undefined ? { v: '', t: 'Empty', nf, ...f } : undefined;
  }
}

/** A Grid (from the xlsx reader) as the fake's sheets. */
export function fakeSheetsOf(grid: {
  readonly sheets: readonly {
    readonly name: string;
    readonly rows: ReadonlyArray<ReadonlyArray<{ kind: string; value: string; format?: string; formula?: string } | undefined> | undefined>;
    readonly state?: string;
    readonly merges?: readonly string[];
    readonly hiddenRows?: readonly number[];
  }[];
}): FakeSheetInput[] {
  return grid.sheets.map((s) => {
    const cells: Record<string, FakeCell> = {};
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell === undefined) return;
        const fc = fakeCellOf(cell);
        if (fc !== undefined) cells[fakeA1(r, c)] = fc;
      }),
    );
    const visibility = s.state === 'hidden' ? 'Hidden' : s.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    return { name: s.name, visibility, cells, ...(s.merges !== undefined ? { merges: [...s.merges] } : {}), ...(s.hiddenRows !== undefined ? { hiddenRows: [...s.hiddenRows] } : {}) };
  });
}

// ---------------------------------------------------------------- custom XML parts (ExcelApi 1.5)

/** `OfficeExtension.ClientResult`: its value is readable only after the sync that fills it. */
class FakeClientResult<T> {
  private set = false;
  private v: T | undefined;
  fill(v: T): void {
    this.v = v;
    this.set = true;
  }
  get value(): T {
    if (!this.set) throw new FakeOfficeError('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
    return this.v as T;
  }
}

/** `Excel.CustomXmlPart`: `id` and `namespaceUri` once loaded; getXml, setXml and delete queued. */
class FakeXmlPartProxy extends Proxy0 {
  private readonly resolve: () => FakeXmlPart | null;
  constructor(ctx: FakeContext, resolve: () => FakeXmlPart | null) {
    super(ctx);
    this.resolve = resolve;
  }
  part(): FakeXmlPart {
    const p = this.resolve();
    if (p === null || !this.ctx.book.xmlParts.includes(p)) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
    return p;
  }
  fill(props: readonly string[]): void {
    const p = this.resolve();
    const alive = p !== null && this.ctx.book.xmlParts.includes(p);
    this.data.set('isNullObject', !alive);
    if (!alive) return;
    for (const name of props) {
      if (name === 'id') this.data.set('id', p.id);
      else if (name === 'namespaceUri') this.data.set('namespaceUri', p.namespaceUri);
      else throw new FakeOfficeError('InvalidArgument', `fake: unknown custom XML part property ${name}`);
    }
  }
  load(props: string | string[]): this {
    const list = propList(props);
    this.enqueue(() => this.fill(list.length > 0 ? list : ['id', 'namespaceUri']));
    return this;
  }
  get id(): string {
    return this.get0('id');
  }
  get namespaceUri(): string {
    return this.get0('namespaceUri');
  }
  getXml(): FakeClientResult<string> {
    const r = new FakeClientResult<string>();
    this.enqueue(() => r.fill(this.part().xml));
    return r;
  }
  setXml(xml: string): void {
    this.enqueue(() => {
      const p = this.part();
      p.namespaceUri = xmlRootNamespace(xml);
      p.xml = xml;
      this.ctx.book.log({ kind: 'xmlSet', sheet: '', address: p.id });
    });
  }
  delete(): void {
    this.enqueue(() => {
      const p = this.part();
      this.ctx.book.xmlParts.splice(this.ctx.book.xmlParts.indexOf(p), 1);
      this.ctx.book.log({ kind: 'xmlDelete', sheet: '', address: p.id });
    });
  }
}

/** Loads `items` (with `items/id`-style inner properties) of a list of parts chosen at sync time. */
function loadParts(ctx: FakeContext, data: Map<string, unknown>, props: string | string[], pick: () => FakeXmlPart[]): void {
  const inner = propList(props)
    .filter((p) => p.startsWith('items/'))
    .map((p) => p.slice(6));
  ctx.queue.push(() => {
    data.set(
      'items',
      pick().map((part) => {
        const proxy = new FakeXmlPartProxy(ctx, () => part);
        proxy.fill(inner.length > 0 ? inner : ['id', 'namespaceUri']);
        return proxy;
      }),
    );
  });
}

/** `Excel.CustomXmlPartScopedCollection`: the parts of one namespace, as they are at sync time. */
class FakeXmlScoped extends Proxy0 {
  private readonly ns: string;
  constructor(ctx: FakeContext, ns: string) {
    super(ctx);
    this.ns = ns;
  }
  private pick(): FakeXmlPart[] {
    return this.ctx.book.xmlParts.filter((p) => p.namespaceUri === this.ns);
  }
  load(props: string | string[]): this {
    loadParts(this.ctx, this.data, props, () => this.pick());
    return this;
  }
  get items(): FakeXmlPartProxy[] {
    return this.get0('items');
  }
  getCount(): FakeClientResult<number> {
    const r = new FakeClientResult<number>();
    this.enqueue(() => r.fill(this.pick().length));
    return r;
  }
  getItem(id: string): FakeXmlPartProxy {
    return new FakeXmlPartProxy(this.ctx, () => this.pick().find((p) => p.id === id) ?? null);
  }
  getItemOrNullObject(id: string): FakeXmlPartProxy {
    return this.getItem(id);
  }
}

/** `Excel.CustomXmlPartCollection` (workbook.customXmlParts). */
class FakeXmlParts extends Proxy0 {
  load(props: string | string[]): this {
    loadParts(this.ctx, this.data, props, () => [...this.ctx.book.xmlParts]);
    return this;
  }
  get items(): FakeXmlPartProxy[] {
    return this.get0('items');
  }
  add(xml: string): FakeXmlPartProxy {
    let added: FakeXmlPart | null = null;
    this.enqueue(() => {
      added = this.ctx.book.addXmlPart(xml);
    });
    return new FakeXmlPartProxy(this.ctx, () => added);
  }
  getByNamespace(namespaceUri: string): FakeXmlScoped {
    return new FakeXmlScoped(this.ctx, namespaceUri);
  }
  getCount(): FakeClientResult<number> {
    const r = new FakeClientResult<number>();
    this.enqueue(() => r.fill(this.ctx.book.xmlParts.length));
    return r;
  }
  getItem(id: string): FakeXmlPartProxy {
    return new FakeXmlPartProxy(this.ctx, () => this.ctx.book.xmlParts.find((p) => p.id === id) ?? null);
  }
  getItemOrNullObject(id: string): FakeXmlPartProxy {
    return this.getItem(id);
  }
}
