/**
 * `Excel.Range` of the fake: loads of address, size, hidden rows and the cell matrices (each load
 * counted in the response's payload), writes of values, number formats, bold, widths and links
 * (each counted in the request's), clear, merge and unmerge, select.
 */
import { areaAddress, areaWithin, areasIntersect, cellKey, fakeA1, keyCell, parseArea } from './address.js';
import type { FakeContext } from './context.js';
import { FakeOfficeError } from './errors.js';
import { FakeMergedAreas } from './merged-areas.js';
import { ACTION_OVERHEAD_BYTES, jsonBytes } from './payload.js';
import { FakeProxy, propList } from './proxy.js';
import type { FakeCell, FakeGeometry, FakeOp } from './types.js';

const CELL_PROPS = ['values', 'valueTypes', 'numberFormat', 'formulas'];
const EMPTY: FakeCell = { v: '', t: 'Empty', nf: 'General' };

export class FakeRange extends FakeProxy {
  private readonly resolve: () => FakeGeometry | null;
  readonly format: { readonly font: { bold: boolean }; columnWidth: number; rowHeight: number; wrapText: boolean; verticalAlignment: string };
  constructor(ctx: FakeContext, resolve: () => FakeGeometry | null) {
    super(ctx);
    this.resolve = resolve;
    const write = (kind: FakeOp['kind'], apply: (g: FakeGeometry) => void): void => this.write(kind, apply);
    const font = {
      get bold(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: bold is write-only here');
      },
      set bold(b: boolean) {
        write('format', (g) => {
          for (let r = g.r; r < g.r + g.rc; r++)
            for (let c = g.c; c < g.c + g.cc; c++) {
              const k = cellKey(r, c);
              g.sheet.cells.set(k, { ...(g.sheet.cells.get(k) ?? EMPTY), bold: b });
            }
        });
      },
    };
    const eachCell = (set: (cell: FakeCell) => FakeCell) => (g: FakeGeometry) => {
      for (let r = g.r; r < g.r + g.rc; r++)
        for (let c = g.c; c < g.c + g.cc; c++) {
          const k = cellKey(r, c);
          g.sheet.cells.set(k, set(g.sheet.cells.get(k) ?? EMPTY));
        }
    };
    const VALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
    this.format = {
      font,
      get rowHeight(): number {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: rowHeight is write-only here');
      },
      set rowHeight(h: number) {
        if (!(h >= 0 && h <= 409)) throw new FakeOfficeError('InvalidArgument', `rowHeight ${h}`);
        write('format', (g) => {
          for (let r = g.r; r < g.r + g.rc; r++) g.sheet.heights.set(r, h);
        });
      },
      get wrapText(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: wrapText is write-only here');
      },
      set wrapText(w: boolean) {
        write('format', eachCell((cell) => ({ ...cell, wrap: w })));
      },
      get verticalAlignment(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: verticalAlignment is write-only here');
      },
      set verticalAlignment(v: string) {
        if (!VALIGN.includes(v)) throw new FakeOfficeError('InvalidArgument', `verticalAlignment ${v}`);
        write('format', eachCell((cell) => ({ ...cell, valign: v })));
      },
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
  /** Queues a logged write to this range's sheet (refused on a protected sheet). */
  private write(kind: FakeOp['kind'], apply: (g: FakeGeometry) => void, bytes = ACTION_OVERHEAD_BYTES): void {
    this.enqueue(() => {
      const g = this.geometry();
      this.ctx.book.checkWritable(g.sheet);
      apply(g);
      this.ctx.book.log({ kind, sheet: g.sheet.name, address: areaAddress(g.sheet.name, g) });
    }, bytes);
  }
  geometry(): FakeGeometry {
    const g = this.resolve();
    if (g === null) throw new FakeOfficeError('ItemNotFound', 'The range does not exist.');
    return g;
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
        this.data.set(p, this.property(g, p));
        this.ctx.respond(jsonBytes(this.data.get(p)));
      }
    });
    return this;
  }
  private property(g: FakeGeometry, p: string): unknown {
    switch (p) {
      case 'address':
        return areaAddress(g.sheet.name, g);
      case 'rowIndex':
        return g.r;
      case 'columnIndex':
        return g.c;
      case 'rowCount':
        return g.rc;
      case 'columnCount':
        return g.cc;
      case 'rowHidden': {
        let n = 0;
        for (let r = g.r; r < g.r + g.rc; r++) if (g.sheet.hidden.has(r)) n++;
        return n === 0 ? false : n === g.rc ? true : null;
      }
      case 'values':
      case 'valueTypes':
      case 'numberFormat':
      case 'formulas':
        return this.matrix(g, p);
      default:
        throw new FakeOfficeError('InvalidArgument', `fake: unknown range property ${p}`);
    }
  }
  private matrix(g: FakeGeometry, p: string): unknown[][] {
    const out: unknown[][] = [];
    for (let r = g.r; r < g.r + g.rc; r++) {
      const row: unknown[] = [];
      for (let c = g.c; c < g.c + g.cc; c++) {
        const cell = g.sheet.cells.get(cellKey(r, c));
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
    this.write(
      'values',
      (g) => {
        if (copy.length !== g.rc || copy.some((r) => r.length !== g.cc)) throw new FakeOfficeError('InvalidArgument', 'The number of rows or columns in the input array does not match the size or dimensions of the range.');
        for (let r = 0; r < g.rc; r++) for (let c = 0; c < g.cc; c++) this.ctx.book.writeValue(g.sheet, g.r + r, g.c + c, copy[r]![c]);
      },
      ACTION_OVERHEAD_BYTES + jsonBytes(copy),
    );
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
    this.write(
      'numberFormat',
      (g) => {
        if (copy.length !== g.rc || copy.some((r) => r.length !== g.cc)) throw new FakeOfficeError('InvalidArgument', 'numberFormat dimensions do not match the range.');
        for (let r = 0; r < g.rc; r++)
          for (let c = 0; c < g.cc; c++) {
            const k = cellKey(g.r + r, g.c + c);
            g.sheet.cells.set(k, { ...(g.sheet.cells.get(k) ?? EMPTY), nf: String(copy[r]![c]) });
          }
      },
      ACTION_OVERHEAD_BYTES + jsonBytes(copy),
    );
  }
  get hyperlink(): { documentReference?: string; textToDisplay?: string } {
    return this.get0('hyperlink');
  }
  set hyperlink(h: { documentReference?: string; textToDisplay?: string }) {
    this.write(
      'hyperlink',
      (g) => {
        const k = cellKey(g.r, g.c);
        g.sheet.cells.set(k, { ...(g.sheet.cells.get(k) ?? EMPTY), ...(h.documentReference !== undefined ? { link: h.documentReference } : {}) });
      },
      ACTION_OVERHEAD_BYTES + jsonBytes(h),
    );
  }
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.write('clear', (g) => {
      for (const [k, cell] of [...g.sheet.cells]) {
        const { r, c } = keyCell(k);
        if (r < g.r || r >= g.r + g.rc || c < g.c || c >= g.c + g.cc) continue;
        if (applyTo === 'All') g.sheet.cells.delete(k);
        else if (applyTo === 'Contents') g.sheet.cells.set(k, { v: '', t: 'Empty', nf: cell.nf, ...(cell.bold ? { bold: true } : {}) });
        else g.sheet.cells.set(k, { v: cell.v, t: cell.t, nf: 'General', ...(cell.f !== undefined ? { f: cell.f } : {}) });
      }
      if (applyTo !== 'Contents') g.sheet.widths.clear();
    });
  }
  /**
   * Merges the range (each row apart when `across`), as Excel does: merged areas inside it are
   * absorbed, and only the top-left cell of each new area keeps its value.
   */
  merge(across = false): void {
    this.write('merge', (g) => {
      const areas = across ? Array.from({ length: g.rc }, (_, i) => ({ r: g.r + i, c: g.c, rc: 1, cc: g.cc })) : [{ r: g.r, c: g.c, rc: g.rc, cc: g.cc }];
      for (const a of areas) {
        if (a.rc * a.cc < 2) continue;
        g.sheet.merges = g.sheet.merges.filter((m) => !areaWithin(parseArea(m), a));
        if (g.sheet.merges.some((m) => areasIntersect(parseArea(m), a))) throw new FakeOfficeError('InvalidOperation', 'Cannot merge a range that partly overlaps a merged area.');
        for (let r = a.r; r < a.r + a.rc; r++)
          for (let c = a.c; c < a.c + a.cc; c++) {
            const k = cellKey(r, c);
            const cell = g.sheet.cells.get(k);
            if ((r !== a.r || c !== a.c) && cell !== undefined && cell.t !== 'Empty') g.sheet.cells.set(k, { v: '', t: 'Empty', nf: cell.nf });
          }
        g.sheet.merges.push(`${fakeA1(a.r, a.c)}:${fakeA1(a.r + a.rc - 1, a.c + a.cc - 1)}`);
      }
    });
  }
  /** Unmerges the merged areas this range touches (an area is unmerged whole); others stay merged. */
  unmerge(): void {
    this.write('unmerge', (g) => {
      g.sheet.merges = g.sheet.merges.filter((m) => !areasIntersect(parseArea(m), g));
    });
  }
  /** Selects the range; the sheet's selection handlers run after the sync, as Excel runs them. */
  select(): void {
    this.enqueue(() => {
      const g = this.geometry();
      this.ctx.book.log({ kind: 'select', sheet: g.sheet.name, address: areaAddress(g.sheet.name, g) });
      const local = fakeA1(g.r, g.c) + (g.rc * g.cc > 1 ? `:${fakeA1(g.r + g.rc - 1, g.c + g.cc - 1)}` : '');
      if (g.sheet.selectionHandlers.length > 0) void this.ctx.book.selectionChanged(g.sheet, local);
    });
  }
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.ctx, () => this.geometry());
  }
}
