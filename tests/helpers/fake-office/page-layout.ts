/**
 * `Excel.PageLayout` of the fake (ExcelApi 1.9): orientation, paper size, zoom, print title rows
 * and the footers of all pages, kept on the sheet (`FakeSheet.print`) and logged as `pageLayout`,
 * so a test can read back what the add-in asked Excel to print. Like Excel, it refuses values
 * outside the API's enums, a zoom with both a scale and a fit, and (in a host older than 1.9)
 * any use at all.
 */
import type { FakeContext } from './context.js';
import { FakeOfficeError } from './errors.js';
import type { FakeSheet } from './types.js';

/** What a sheet's page layout holds in the fake. */
export interface FakePrint {
  orientation?: 'Portrait' | 'Landscape';
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** the whole-row address given to `setPrintTitleRows`, e.g. `$1:$6` */
  titleRows?: string;
  footer?: { left: string; center: string; right: string };
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
// A few of Excel.PaperType's values: enough to refuse a misspelt one.
const PAPERS = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5'];

export class FakePageLayout {
  readonly headersFooters: { readonly defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string } };
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    if ((ctx.book.options.apiMinor ?? 13) < 9) throw new FakeOfficeError('ApiNotFound', 'Worksheet.pageLayout needs ExcelApi 1.9.');
    const footer = (side: 'left' | 'center' | 'right') => ({
      get: (): string => {
        throw new FakeOfficeError('PropertyNotLoaded', `fake: ${side}Footer is write-only here`);
      },
      set: (v: string): void => this.write((p) => (p.footer = { ...(p.footer ?? { left: '', center: '', right: '' }), [side]: String(v) })),
    });
    const page = {};
    Object.defineProperty(page, 'leftFooter', footer('left'));
    Object.defineProperty(page, 'centerFooter', footer('center'));
    Object.defineProperty(page, 'rightFooter', footer('right'));
    this.headersFooters = { defaultForAllPages: page as { leftFooter: string; centerFooter: string; rightFooter: string } };
  }
  private write(apply: (p: FakePrint) => void): void {
    this.ctx.queue.push({
      run: () => {
        const s = this.sheet();
        this.ctx.book.checkWritable(s);
        s.print ??= {};
        apply(s.print);
        this.ctx.book.log({ kind: 'pageLayout', sheet: s.name });
      },
      bytes: 200,
    });
  }
  private writeOnly(name: string): never {
    throw new FakeOfficeError('PropertyNotLoaded', `fake: ${name} is write-only here`);
  }
  get orientation(): string {
    return this.writeOnly('orientation');
  }
  set orientation(v: string) {
    if (!ORIENTATIONS.includes(v)) throw new FakeOfficeError('InvalidArgument', `orientation ${v}`);
    this.write((p) => (p.orientation = v as 'Portrait' | 'Landscape'));
  }
  get paperSize(): string {
    return this.writeOnly('paperSize');
  }
  set paperSize(v: string) {
    if (!PAPERS.includes(v)) throw new FakeOfficeError('InvalidArgument', `paperSize ${v}`);
    this.write((p) => (p.paperSize = v));
  }
  get zoom(): NonNullable<FakePrint['zoom']> {
    return this.writeOnly('zoom');
  }
  set zoom(z: NonNullable<FakePrint['zoom']>) {
    const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
    if (fit && z.scale !== undefined) throw new FakeOfficeError('InvalidArgument', 'zoom: a scale and a fit to pages');
    if (z.scale !== undefined && (z.scale < 10 || z.scale > 400)) throw new FakeOfficeError('InvalidArgument', 'zoom: scale outside 10..400');
    this.write((p) => (p.zoom = { ...z }));
  }
  setPrintTitleRows(rows: string | { geometry(): { r: number; rc: number } }): void {
    const address = typeof rows === 'string' ? rows : `$${rows.geometry().r + 1}:$${rows.geometry().r + rows.geometry().rc}`;
    if (!/^\$?\d+:\$?\d+$/.test(address)) throw new FakeOfficeError('InvalidArgument', `print title rows ${address}`);
    this.write((p) => (p.titleRows = address));
  }
}
