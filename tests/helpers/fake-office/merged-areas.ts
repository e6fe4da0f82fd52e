/** `Excel.RangeAreas` from `getMergedAreasOrNullObject()`: the merged areas wholly inside a range. */
import { areaWithin, parseArea, quoteSheet } from './address.js';
import type { FakeContext } from './context.js';
import { jsonBytes } from './payload.js';
import { FakeProxy } from './proxy.js';
import type { FakeGeometry } from './types.js';

export class FakeMergedAreas extends FakeProxy {
  private readonly range: () => FakeGeometry;
  constructor(ctx: FakeContext, range: () => FakeGeometry) {
    super(ctx);
    this.range = range;
  }
  get areas(): { items: { address: string }[] } {
    return this.get0('areas');
  }
  load(): this {
    this.enqueue(() => {
      const g = this.range();
      const inside = g.sheet.merges.filter((m) => areaWithin(parseArea(m), g));
      this.data.set('isNullObject', inside.length === 0);
      this.data.set('areas', { items: inside.map((m) => ({ address: `${quoteSheet(g.sheet.name)}!${m}` })) });
      this.ctx.respond(jsonBytes(this.data.get('areas')));
    });
    return this;
  }
}
