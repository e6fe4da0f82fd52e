/** `Excel.WorksheetCollection` and `Excel.Worksheet` of the fake: names, visibility, protection, freeze panes, ranges. */
import { FAKE_COLS, FAKE_ROWS, parseArea } from './address.js';
import type { FakeContext } from './context.js';
import { FakeOfficeError } from './errors.js';
import { jsonBytes } from './payload.js';
import { FakeProxy, loadedProperty, propList } from './proxy.js';
import { FakePageLayout } from './page-layout.js';
import { FakeRange } from './range.js';
import type { FakeSelectionHandler, FakeSheet } from './types.js';

export class FakeWorksheets extends FakeProxy {
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
    let bound: FakeSheet | null | undefined;
    return new FakeWorksheet(this.ctx, () => {
      if (bound === undefined || (bound !== null && !this.ctx.book.sheets.includes(bound))) bound = this.ctx.book.find(name) ?? null;
      return bound;
    });
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const w = new FakeWorksheet(this.ctx, () => created ?? null);
    this.enqueue(() => {
      created = this.ctx.book.addSheet(name ?? `Sheet${this.ctx.book.sheets.length + 1}`);
    });
    return w;
  }
}

interface FakeFreezePanes {
  freezeAt(r: FakeRange | string): void;
  freezeRows(n?: number): void;
  freezeColumns(n?: number): void;
  unfreeze(): void;
}

export class FakeWorksheet extends FakeProxy {
  private readonly resolve: () => FakeSheet | null;
  readonly protection: { readonly protected: boolean; load(p: string | string[]): unknown };
  readonly freezePanes: FakeFreezePanes;
  readonly onSelectionChanged: { add(handler: FakeSelectionHandler): { remove(): void } };
  constructor(ctx: FakeContext, resolve: () => FakeSheet | null) {
    super(ctx);
    this.resolve = resolve;
    const prot = new Map<string, unknown>();
    const enqueue = (a: () => void): void => this.enqueue(a);
    const sheet = (): FakeSheet => this.sheet();
    this.protection = {
      get protected(): boolean {
        return loadedProperty(prot, 'protected');
      },
      load(): unknown {
        enqueue(() => prot.set('protected', sheet().protected));
        return this;
      },
    };
    this.freezePanes = this.makeFreezePanes();
    this.onSelectionChanged = {
      add: (handler) => {
        enqueue(() => sheet().selectionHandlers.push(handler));
        return {
          remove: () =>
            enqueue(() => {
              const list = sheet().selectionHandlers;
              if (list.includes(handler)) list.splice(list.indexOf(handler), 1);
            }),
        };
      },
    };
  }
  private makeFreezePanes(): FakeFreezePanes {
    const freeze = (target: () => { rows: number; cols: number; sheet: FakeSheet }): void =>
      this.enqueue(() => {
        const { rows, cols, sheet: s } = target();
        this.ctx.book.checkWritable(s);
        if (rows === 0 && cols === 0) delete s.frozen;
        else s.frozen = { rows, cols };
        this.ctx.book.log({ kind: 'freeze', sheet: s.name });
      });
    const counts = (rows: number, cols: number) => (): { rows: number; cols: number; sheet: FakeSheet } => ({ rows, cols, sheet: this.sheet() });
    return {
      freezeAt: (r: FakeRange | string) =>
        freeze(() => {
          if (typeof r === 'string') {
            const g = parseArea(r);
            return { rows: g.r + g.rc, cols: g.c + g.cc, sheet: this.sheet() };
          }
          const g = r.geometry();
          return { rows: g.r + g.rc, cols: g.c + g.cc, sheet: g.sheet };
        }),
      freezeRows: (n = 1) => freeze(counts(n, 0)),
      freezeColumns: (n = 1) => freeze(counts(0, n)),
      unfreeze: () => freeze(counts(0, 0)),
    };
  }
  /** the sheet, or ItemNotFound */
  sheet(): FakeSheet {
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
      else if (p === 'id') this.data.set('id', String(s.id));
      else if (p === 'position') this.data.set('position', this.ctx.book.sheets.indexOf(s));
      else if (p === 'visibility') this.data.set('visibility', s.visibility);
      else throw new FakeOfficeError('InvalidArgument', `fake: unknown worksheet property ${p}`);
      this.ctx.respond(jsonBytes(this.data.get(p)));
    }
  }
  load(props: string | string[]): this {
    const list = propList(props);
    this.enqueue(() => this.fill(list));
    return this;
  }
  get id(): string {
    return this.get0('id');
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
      s.visibility = v as FakeSheet['visibility'];
      this.ctx.book.log({ kind: 'format', sheet: s.name });
    });
  }
  /** `Worksheet.pageLayout` (ExcelApi 1.9; ApiNotFound in an older host) */
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.ctx, () => this.sheet());
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => this.ctx.book.usedRange(this.sheet(), valuesOnly));
  }
  getRangeByIndexes(r: number, c: number, rc: number, cc: number): FakeRange {
    if (rc < 1 || cc < 1) throw new FakeOfficeError('InvalidArgument', 'empty range');
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), r, c, rc, cc }));
  }
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), r: 0, c: 0, rc: FAKE_ROWS, cc: FAKE_COLS }));
    const g = parseArea(address);
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), ...g }));
  }
  activate(): void {
    this.enqueue(() => this.ctx.book.log({ kind: 'activate', sheet: this.sheet().name }));
  }
}
