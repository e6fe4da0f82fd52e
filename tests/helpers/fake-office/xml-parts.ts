/** Custom XML parts of the fake (ExcelApi 1.5): the collection, its namespace scopes and one part. */
import type { FakeContext } from './context.js';
import { FakeOfficeError } from './errors.js';
import { ACTION_OVERHEAD_BYTES, jsonBytes, utf8Bytes } from './payload.js';
import { FakeProxy, propList } from './proxy.js';
import type { FakeXmlPart } from './workbook.js';
import { xmlRootNamespace } from './xml-root.js';

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
class FakeXmlPartProxy extends FakeProxy {
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
      this.ctx.respond(jsonBytes(this.data.get(name)));
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
    this.enqueue(() => {
      const xml = this.part().xml;
      this.ctx.respond(jsonBytes(xml));
      r.fill(xml);
    });
    return r;
  }
  setXml(xml: string): void {
    this.enqueue(() => {
      const p = this.part();
      p.namespaceUri = xmlRootNamespace(xml);
      p.xml = xml;
      this.ctx.book.log({ kind: 'xmlSet', sheet: '', address: p.id });
    }, ACTION_OVERHEAD_BYTES + utf8Bytes(JSON.stringify(xml)));
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
function loadParts(proxy: FakeProxy, ctx: FakeContext, data: Map<string, unknown>, props: string | string[], pick: () => FakeXmlPart[]): void {
  const inner = propList(props)
    .filter((p) => p.startsWith('items/'))
    .map((p) => p.slice(6));
  proxy.enqueue(() => {
    data.set(
      'items',
      pick().map((part) => {
        const item = new FakeXmlPartProxy(ctx, () => part);
        item.fill(inner.length > 0 ? inner : ['id', 'namespaceUri']);
        return item;
      }),
    );
  });
}

/** `Excel.CustomXmlPartScopedCollection`: the parts of one namespace, as they are at sync time. */
class FakeXmlScoped extends FakeProxy {
  private readonly ns: string;
  constructor(ctx: FakeContext, ns: string) {
    super(ctx);
    this.ns = ns;
  }
  private pick(): FakeXmlPart[] {
    return this.ctx.book.xmlParts.filter((p) => p.namespaceUri === this.ns);
  }
  load(props: string | string[]): this {
    loadParts(this, this.ctx, this.data, props, () => this.pick());
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
export class FakeXmlParts extends FakeProxy {
  load(props: string | string[]): this {
    loadParts(this, this.ctx, this.data, props, () => [...this.ctx.book.xmlParts]);
    return this;
  }
  get items(): FakeXmlPartProxy[] {
    return this.get0('items');
  }
  add(xml: string): FakeXmlPartProxy {
    let added: FakeXmlPart | null = null;
    this.enqueue(() => {
      added = this.ctx.book.addXmlPart(xml);
    }, ACTION_OVERHEAD_BYTES + utf8Bytes(JSON.stringify(xml)));
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
