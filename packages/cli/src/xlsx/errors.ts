/**
 * The one error type of the .xlsx layer: every refusal (hostile, broken or unsupported file) is an
 * {@link XlsxError} with a stable `code`, an English `message` and a Vietnamese `messageVi`, each
 * telling the analyst what to do. Never a stack trace.
 */

/** Every code an {@link XlsxError} can carry. Codes are stable: scripts may match on them. */
export type XlsxErrorCode =
  | 'not-zip'
  | 'legacy-xls'
  | 'encrypted'
  | 'macro-enabled'
  | 'too-large'
  | 'too-many-entries'
  | 'inflated-too-large'
  | 'inflate-ratio'
  | 'dtd'
  | 'corrupt'
  | 'missing-part'
  | 'timeout'
  | 'memory'
  | 'unreadable'
  | 'same-file'
  | 'invalid-output'
  | 'write-failed'
  | 'not-a-file'
  | 'unsafe-package';

type Params = Readonly<Record<string, string | number>>;

const SAVE_EN = 'Open it in Excel and save it as .xlsx (Excel Workbook)';
const SAVE_VI = 'Mở tệp bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook)';

const MESSAGES: Readonly<Record<XlsxErrorCode, { en: (p: Params) => string; vi: (p: Params) => string }>> = {
  'not-zip': {
    en: () => `This file is not an .xlsx workbook (it is not a zip package). ${SAVE_EN}.`,
    vi: () => `Tệp này không phải sổ tính .xlsx (không phải gói zip). ${SAVE_VI}.`,
  },
  'legacy-xls': {
    en: () => `This is an old-format Excel 97-2003 (.xls) workbook. ${SAVE_EN}.`,
    vi: () => `Đây là sổ tính Excel 97-2003 (.xls) định dạng cũ. ${SAVE_VI}.`,
  },
  encrypted: {
    en: () => 'This workbook is protected with a password (encrypted). Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), and save it as .xlsx.',
    vi: () => 'Sổ tính này được bảo vệ bằng mật khẩu (mã hóa). Mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu) rồi lưu lại dưới dạng .xlsx.',
  },
  'macro-enabled': {
    en: () => `This workbook contains macros (.xlsm/.xltm/.xlam); hoptac does not read macro-enabled files. ${SAVE_EN} without macros.`,
    vi: () => `Sổ tính này có chứa macro (.xlsm/.xltm/.xlam); hoptac không đọc tệp có macro. ${SAVE_VI}, không kèm macro.`,
  },
  'too-large': {
    en: (p) => `The workbook is too large (${p['what'] ?? 'file'}: ${p['actual'] ?? '?'}, limit ${p['limit'] ?? '?'}). Remove unused sheets, images or rows, or split the workbook, and try again.`,
    vi: (p) => `Sổ tính quá lớn (${p['whatVi'] ?? 'tệp'}: ${p['actual'] ?? '?'}, giới hạn ${p['limit'] ?? '?'}). Xóa các trang, hình ảnh hoặc dòng không dùng, hoặc tách sổ tính, rồi thử lại.`,
  },
  'too-many-entries': {
    en: (p) => `The workbook package has too many parts (${p['actual'] ?? '?'}, limit ${p['limit'] ?? '?'}). ${SAVE_EN} again; if it still fails, copy the sheets into a new workbook.`,
    vi: (p) => `Gói sổ tính có quá nhiều thành phần (${p['actual'] ?? '?'}, giới hạn ${p['limit'] ?? '?'}). ${SAVE_VI} một lần nữa; nếu vẫn lỗi, chép các trang sang một sổ tính mới.`,
  },
  'inflated-too-large': {
    en: (p) => `The workbook unpacks to more data than allowed (${p['part'] ? `part ${p['part']}, ` : ''}limit ${p['limit'] ?? '?'}). This is not a normal workbook; remove unused content or split it, and try again.`,
    vi: (p) => `Sổ tính giải nén ra nhiều dữ liệu hơn mức cho phép (${p['part'] ? `thành phần ${p['part']}, ` : ''}giới hạn ${p['limit'] ?? '?'}). Đây không phải sổ tính bình thường; xóa nội dung không dùng hoặc tách sổ tính rồi thử lại.`,
  },
  'inflate-ratio': {
    en: (p) => `A part of the workbook (${p['part'] ?? '?'}) unpacks far larger than its packed size (over ${p['ratio'] ?? '?'}:1), as a "zip bomb" does. Do not open it; ask the sender for the original file.`,
    vi: (p) => `Một thành phần của sổ tính (${p['part'] ?? '?'}) giải nén lớn bất thường so với kích thước nén (trên ${p['ratio'] ?? '?'}:1), giống một "bom zip". Không mở tệp này; hãy xin bên gửi tệp gốc.`,
  },
  dtd: {
    en: (p) => `A part of the workbook (${p['part'] ?? '?'}) declares a DTD or XML entities, which Excel never writes and which can be used to attack readers. ${SAVE_EN}.`,
    vi: (p) => `Một thành phần của sổ tính (${p['part'] ?? '?'}) khai báo DTD hoặc thực thể XML, điều Excel không bao giờ ghi và có thể dùng để tấn công chương trình đọc. ${SAVE_VI}.`,
  },
  corrupt: {
    en: (p) => `The workbook is damaged or incomplete${p['detail'] ? ` (${p['detail']})` : ''}. Open it in Excel (it may offer to repair it) and save it again as .xlsx, or ask the sender for the file again.`,
    vi: (p) => `Sổ tính bị hỏng hoặc không đầy đủ${p['detailVi'] ? ` (${p['detailVi']})` : p['detail'] ? ` (${p['detail']})` : ''}. Mở bằng Excel (Excel có thể đề nghị sửa) rồi lưu lại dưới dạng .xlsx, hoặc xin bên gửi gửi lại tệp.`,
  },
  'missing-part': {
    en: (p) => `The workbook lacks a required part (${p['part'] ?? '?'}); it was not saved by Excel or is incomplete. ${SAVE_EN}.`,
    vi: (p) => `Sổ tính thiếu một thành phần bắt buộc (${p['part'] ?? '?'}); tệp không do Excel lưu hoặc không đầy đủ. ${SAVE_VI}.`,
  },
  timeout: {
    en: (p) => `Reading the workbook took longer than allowed (${p['limit'] ?? '?'} ms) and was stopped. Remove unused content or split the workbook, and try again.`,
    vi: (p) => `Việc đọc sổ tính vượt quá thời gian cho phép (${p['limit'] ?? '?'} ms) và đã bị dừng. Xóa nội dung không dùng hoặc tách sổ tính rồi thử lại.`,
  },
  memory: {
    en: (p) => `Reading the workbook needed more memory than allowed (${p['limit'] ?? '?'} MB) and was stopped. Remove unused content or split the workbook, and try again.`,
    vi: (p) => `Việc đọc sổ tính cần nhiều bộ nhớ hơn mức cho phép (${p['limit'] ?? '?'} MB) và đã bị dừng. Xóa nội dung không dùng hoặc tách sổ tính rồi thử lại.`,
  },
  unreadable: {
    en: (p) => `The file cannot be read${p['detail'] ? ` (${p['detail']})` : ''}. Check the path and permissions; if it is a workbook in another format, ${SAVE_EN.charAt(0).toLowerCase()}${SAVE_EN.slice(1)}.`,
    vi: (p) => `Không đọc được tệp${p['detailVi'] ? ` (${p['detailVi']})` : p['detail'] ? ` (${p['detail']})` : ''}. Kiểm tra đường dẫn và quyền truy cập; nếu là sổ tính định dạng khác, hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook).`,
  },
  'same-file': {
    en: (p) => `The output file (${p['path'] ?? '?'}) is the input workbook; hoptac never writes over its input. Choose another output file name.`,
    vi: (p) => `Tệp kết quả (${p['path'] ?? '?'}) chính là sổ tính đầu vào; hoptac không bao giờ ghi đè tệp đầu vào. Hãy chọn tên tệp kết quả khác.`,
  },
  'invalid-output': {
    en: (p) => `The sheets to write are not valid (${p['detail'] ?? '?'}). This is a bug in the caller; please report it.`,
    vi: (p) => `Các trang cần ghi không hợp lệ (${p['detailVi'] ?? p['detail'] ?? '?'}). Đây là lỗi của chương trình gọi; vui lòng báo lại.`,
  },
  'write-failed': {
    en: (p) => `The output file (${p['path'] ?? '?'}) could not be written (${p['detail'] ?? '?'}). Check that the folder exists, that you may write there, that the file is not open in Excel, and that the disk has room.`,
    vi: (p) => `Không ghi được tệp kết quả (${p['path'] ?? '?'}) (${p['detailVi'] ?? p['detail'] ?? '?'}). Kiểm tra thư mục có tồn tại, có quyền ghi, tệp không đang mở trong Excel và ổ đĩa còn chỗ trống.`,
  },
  'not-a-file': {
    en: (p) => `The output path (${p['path'] ?? '?'}) exists and is not a regular file (${p['detail'] ?? '?'}); hoptac writes only regular files and never replaces anything else. Choose another output file name.`,
    vi: (p) => `Đường dẫn kết quả (${p['path'] ?? '?'}) đã có và không phải tệp thông thường (${p['detailVi'] ?? p['detail'] ?? '?'}); hoptac chỉ ghi tệp thông thường và không thay thế thứ gì khác. Hãy chọn tên tệp kết quả khác.`,
  },
  'unsafe-package': {
    en: (p) => `The workbook package names a part outside itself (${p['part'] ?? '?'}: ${p['detail'] ?? '?'}), which Excel never writes and which can overwrite files when unpacked. Do not open it; ask the sender for the original file.`,
    vi: (p) => `Gói sổ tính đặt tên một thành phần nằm ngoài gói (${p['part'] ?? '?'}: ${p['detailVi'] ?? p['detail'] ?? '?'}), điều Excel không bao giờ ghi và có thể ghi đè tệp khi giải nén. Không mở tệp này; hãy xin bên gửi tệp gốc.`,
  },
};

/**
 * A refusal from the .xlsx layer. `code` is stable; `message` is English, `messageVi` Vietnamese;
 * `params` holds the figures quoted in the messages (limits, part names).
 *
 * @example
 * ```ts
 * import { readXlsx, isXlsxError } from './xlsx/index.js';
 * try { await readXlsx('old.xls'); } catch (e) { if (isXlsxError(e)) console.log(e.code, e.messageVi); } // 'legacy-xls'
 * ```
 */
export class XlsxError extends Error {
  override readonly name = 'XlsxError';
  readonly code: XlsxErrorCode;
  readonly messageVi: string;
  readonly params: Params;

  constructor(code: XlsxErrorCode, params: Params = {}) {
    super(MESSAGES[code].en(params));
    this.code = code;
    this.messageVi = MESSAGES[code].vi(params);
    this.params = params;
  }

  /** The message in the language asked for. */
  messageIn(lang: 'vi' | 'en'): string {
    return lang === 'vi' ? this.messageVi : this.message;
  }
}

/**
 * True when `e` is an {@link XlsxError} (also one rebuilt from a worker's message).
 *
 * @example
 * ```ts
 * isXlsxError(new XlsxError('not-zip')); // true
 * ```
 */
export function isXlsxError(e: unknown): e is XlsxError {
  return e instanceof XlsxError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'XlsxError' && typeof (e as { code?: unknown }).code === 'string');
}

/** Byte counts for messages: `200 MB`, `1.5 KB`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
