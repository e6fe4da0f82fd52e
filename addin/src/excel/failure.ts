/**
 * Every way an add-in run can stop, as data: a code, and a message in Vietnamese and English that
 * tells the analyst what to do. Office errors are mapped here; nothing fails silently.
 */
import type { Lang } from 'hoptac';

export type FailureCode =
  | 'edit-mode'
  | 'protected'
  | 'api-not-supported'
  | 'item-not-found'
  | 'too-large'
  | 'source-changed'
  | 'not-own-sheet'
  | 'no-period'
  | 'not-in-excel'
  | 'unexpected';

const TEXT: Readonly<Record<FailureCode, { readonly vi: string; readonly en: string }>> = {
  'edit-mode': {
    vi: 'Excel chưa làm được việc này lúc này, thường vì một ô đang được sửa. Nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.',
    en: 'Excel cannot do this right now, usually because a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.',
  },
  protected: {
    vi: 'Trang tính hoặc sổ làm việc đang được bảo vệ, nên Hợp tác không ghi được trang “{sheet}”. Bỏ bảo vệ (Review › Unprotect) rồi thử lại.',
    en: 'The sheet or workbook is protected, so hoptac cannot write the sheet “{sheet}”. Unprotect it (Review › Unprotect) and try again.',
  },
  'api-not-supported': {
    vi: 'Phiên bản Excel này không hỗ trợ API cần thiết (ExcelApi {version}). Hãy dùng Microsoft 365, Excel 2019 trở lên hoặc Excel trên web.',
    en: 'This version of Excel does not support the API the add-in needs (ExcelApi {version}). Use Microsoft 365, Excel 2019 or later, or Excel on the web.',
  },
  'item-not-found': {
    vi: 'Không tìm thấy trang hoặc ô cần dùng (có thể vừa bị đổi tên hoặc xóa). Hãy chạy lại.',
    en: 'A sheet or cell the add-in needed was not found (it may have just been renamed or deleted). Run again.',
  },
  'too-large': {
    vi: 'Sổ làm việc quá lớn cho nút trên thanh Ribbon ({cells} ô). Hãy mở bảng Hợp tác (Open panel) và chạy Tổng hợp ở đó.',
    en: 'The workbook is too large for the ribbon button ({cells} cells). Open the hoptac panel (Open panel) and consolidate there.',
  },
  'source-changed': {
    vi: 'Dữ liệu ở trang “{sheet}” đã thay đổi trong lúc Hợp tác đọc sổ. Không ghi gì cả. Hãy chạy lại.',
    en: 'The data on sheet “{sheet}” changed while hoptac was reading the workbook. Nothing was written. Run again.',
  },
  'not-own-sheet': {
    vi: 'Hợp tác chỉ ghi vào trang của mình (Tổng hợp, Kiểm tra), không ghi vào “{sheet}”.',
    en: 'hoptac only writes its own sheets (Tổng hợp, Kiểm tra), never “{sheet}”.',
  },
  'no-period': {
    vi: 'Chưa có tháng nào mà mọi đơn vị đều đã báo cáo, nên chưa tổng hợp được. Hãy chọn kỳ trong bảng Hợp tác.',
    en: 'No month has been reported by every board yet, so there is nothing to consolidate. Pick a period in the hoptac panel.',
  },
  'not-in-excel': {
    vi: 'Trang này là bảng của phần bổ trợ Hợp tác: hãy mở nó trong Excel (Trang đầu › Hợp tác › Mở bảng).',
    en: 'This page is the hoptac add-in panel: open it in Excel (Home › Hợp tác › Open panel).',
  },
  unexpected: {
    vi: 'Lỗi không mong đợi từ Excel ({detail}). Hãy thử lại; nếu vẫn lỗi, gửi thông báo này cho người hỗ trợ.',
    en: 'Unexpected error from Excel ({detail}). Try again; if it persists, send this message to support.',
  },
};

/** A run stopped for a known reason. */
export class AddinFailure extends Error {
  readonly code: FailureCode;
  readonly params: Readonly<Record<string, string>>;
  constructor(code: FailureCode, params: Readonly<Record<string, string>> = {}) {
    super(failureMessage(code, params, 'en'));
    this.name = 'AddinFailure';
    this.code = code;
    this.params = params;
  }
}

/**
 * The message of a failure code in a language, with its `{placeholders}` filled.
 *
 * @example
 * ```ts
 * failureMessage('source-changed', { sheet: 'DN' }, 'en'); // 'The data on sheet “DN” changed while ...'
 * ```
 */
export function failureMessage(code: FailureCode, params: Readonly<Record<string, string>>, lang: Lang): string {
  return TEXT[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}

function officeCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Any error thrown during a run, as an {@link AddinFailure}: Office error codes (`InvalidOperation`,
 * `AccessDenied`, `ApiNotFound`, `ItemNotFound`, payload limits) become the failure the analyst can act on.
 *
 * @example
 * ```ts
 * toFailure({ code: 'AccessDenied' }, { sheet: 'Tổng hợp' }).code; // 'protected'
 * ```
 */
export function toFailure(e: unknown, context: { readonly sheet?: string } = {}): AddinFailure {
  if (e instanceof AddinFailure) return e;
  const code = officeCode(e);
  switch (code) {
    case 'InvalidOperation':
    case 'InvalidOperationInCellEditMode':
      return new AddinFailure('edit-mode');
    case 'AccessDenied':
    case 'InsertDeleteConflict':
      return new AddinFailure('protected', { sheet: context.sheet ?? '' });
    case 'ApiNotFound':
    case 'ApiNotAvailable':
    case 'UnsupportedOperation':
      return new AddinFailure('api-not-supported', { version: '1.7' });
    case 'ItemNotFound':
      return new AddinFailure('item-not-found');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new AddinFailure('too-large', { cells: '?' });
    default: {
      const msg = e instanceof Error ? e.message : String(e);
      return new AddinFailure('unexpected', { detail: code === undefined ? msg : `${code}: ${msg}` });
    }
  }
}

/** True for Office's payload-limit errors, which a smaller request can avoid. */
export function isPayloadLimit(e: unknown): boolean {
  const code = officeCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
