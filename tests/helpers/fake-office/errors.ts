/** An Office-like error: `code` is what office.js puts on `OfficeExtension.Error`. */
export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}
