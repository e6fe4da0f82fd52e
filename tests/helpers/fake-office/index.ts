/**
 * A fake Excel host for tests: the subset of the Excel JavaScript API the add-in uses, with the
 * real load/sync semantics (properties unavailable until loaded and synced, every queued operation
 * applied in order on `sync()`), used ranges, value types, number formats, Excel's reading of
 * written text as typed input, and Excel on the web's 5 MB limit on a request and a response. Every
 * write, format, activate and select is logged with its sheet, so a test can prove what the add-in
 * touched. Runs in Node (unit tests) and in the browser (bundled as office.js for the end-to-end
 * test, see `browser.ts`).
 *
 * What lives here, one file per thing faked:
 * - `workbook.ts`: the workbook (sheets, XML parts, log, counters) and `host()`;
 * - `context.ts`, `proxy.ts`, `payload.ts`: sync, load semantics and payload sizes;
 * - `worksheet.ts`, `range.ts`, `merged-areas.ts`: sheets and ranges; `page-layout.ts`: print settings;
 * - `typed-input.ts`: what Excel makes of written text; `address.ts`: A1 addresses;
 * - `xml-parts.ts`, `xml-root.ts`: custom XML parts;
 * - `grid.ts`: filling the fake from a real workbook; `plant.ts`: planting a bad cell in an .xlsx;
 * - `browser.ts`: the page-side entry that stands in for office.js.
 *
 * Who may import it: tests only (tests/ and the `*.test.ts` files of addin/src), through this
 * index; nothing under `src` outside tests.
 */
export { FakeOfficeError } from './errors.js';
export type { FakeCell, FakeOp, FakeOptions, FakeSheetInput } from './types.js';
export type { FakePrint } from './page-layout.js';
export { FakeWorkbook } from './workbook.js';
export type { FakeXmlPart } from './workbook.js';
export { fakeA1 } from './address.js';
export { xmlRootNamespace } from './xml-root.js';
export { addMerges, fakeCellOf, fakeSheetsOf } from './grid.js';
export { excelDateSerial, excelTypedInput } from './typed-input.js';
export type { TypedInput } from './typed-input.js';
export { WEB_PAYLOAD_LIMIT_BYTES } from './payload.js';
