/**
 * Every way an add-in run can stop, as data: a code, and a message in Vietnamese and English that
 * tells the analyst what to do (the `failure` section of the library's message catalogue). Office errors are mapped here; nothing fails silently.
 */
import { type Lang, messageTextOf } from 'hoptac';

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
  return messageTextOf(lang, `failure.${code}`, params) ?? code;
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
