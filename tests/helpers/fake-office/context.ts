/**
 * The request context of the fake: operations queue until `sync()`, which sends them as one request
 * (refused whole when its payload is over the limit, as Excel on the web refuses it) and applies
 * them in order; loads count their response payload, and a response over the limit fails the sync.
 */
import { FakeOfficeError } from './errors.js';
import { ACTION_OVERHEAD_BYTES, WEB_PAYLOAD_LIMIT_BYTES } from './payload.js';
import type { FakeAction } from './proxy.js';
import type { FakeWorkbook } from './workbook.js';
import { FakeWorksheets } from './worksheet.js';
import { FakeXmlParts } from './xml-parts.js';

export class FakeContext {
  readonly book: FakeWorkbook;
  readonly queue: { run: FakeAction; bytes: number }[] = [];
  readonly workbook: { worksheets: FakeWorksheets; customXmlParts: FakeXmlParts };
  private responseBytes = 0;
  constructor(book: FakeWorkbook) {
    this.book = book;
    this.workbook = { worksheets: new FakeWorksheets(this), customXmlParts: new FakeXmlParts(this) };
  }

  /** Counts `bytes` of the response being built; over the limit, the sync fails as Excel's does. */
  respond(bytes: number): void {
    this.responseBytes += bytes;
    this.book.largestResponseBytes = Math.max(this.book.largestResponseBytes, this.responseBytes);
    if (this.responseBytes > (this.book.options.maxResponseBytes ?? WEB_PAYLOAD_LIMIT_BYTES)) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".');
    }
  }

  async sync(): Promise<void> {
    this.book.syncs++;
    this.book.options.beforeSync?.(this.book.syncs, this.book);
    const actions = this.queue.splice(0);
    const request = actions.reduce((n, a) => n + a.bytes, ACTION_OVERHEAD_BYTES);
    this.book.largestRequestBytes = Math.max(this.book.largestRequestBytes, request);
    await Promise.resolve();
    if (this.book.options.failSyncWith !== undefined) {
      throw new FakeOfficeError(this.book.options.failSyncWith, `fake ${this.book.options.failSyncWith}`);
    }
    if (request > (this.book.options.maxRequestBytes ?? WEB_PAYLOAD_LIMIT_BYTES)) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".');
    }
    this.responseBytes = 0;
    for (const a of actions) a.run();
  }
}
