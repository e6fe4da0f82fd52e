import { type Lang, errorMessage } from './messages/index.js';

/**
 * Every code a {@link HoptacError} can carry. Codes are stable: scripts may match on them.
 */
export type ErrorCode =
  | 'invalid-decimal'
  | 'invalid-period'
  | 'unknown-unit'
  | 'unit-mismatch'
  | 'invalid-exchange-rate'
  | 'invalid-catalogue'
  | 'unknown-indicator'
  | 'duplicate-observation'
  | 'invalid-observation'
  | 'invalid-input'
  | 'invalid-program'
  | 'invalid-snapshot'
  | 'invalid-rule';

/** One problem inside an input validated by a schema: where (path) and what. */
export interface ErrorIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * The one error type of hoptac. `code` is stable; `message` is English, `messageVi` Vietnamese.
 *
 * @example
 * ```ts
 * import { Period, isHoptacError } from 'hoptac';
 * try { Period.parse('Quý V/2017'); } catch (e) { if (isHoptacError(e)) console.log(e.code); } // 'invalid-period'
 * ```
 */
export class HoptacError extends Error {
  override readonly name = 'HoptacError';
  readonly code: ErrorCode;
  readonly messageVi: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly issues: readonly ErrorIssue[];

  constructor(code: ErrorCode, params: Readonly<Record<string, string | number>> = {}, issues: readonly ErrorIssue[] = []) {
    super(errorMessage(code, params, 'en'));
    this.code = code;
    this.messageVi = errorMessage(code, params, 'vi');
    this.params = params;
    this.issues = issues;
  }

  /** The message in the language asked for. */
  messageIn(lang: Lang): string {
    return lang === 'vi' ? this.messageVi : this.message;
  }
}

/**
 * True when `e` is a {@link HoptacError} (also across bundle copies of the library).
 *
 * @example
 * ```ts
 * import { isHoptacError, Unit } from 'hoptac';
 * try { Unit.convert('1', 'USD', 'tỷ đồng'); } catch (e) { console.log(isHoptacError(e) && e.code); } // 'unit-mismatch'
 * ```
 */
export function isHoptacError(e: unknown): e is HoptacError {
  return e instanceof HoptacError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'HoptacError' && typeof (e as { code?: unknown }).code === 'string');
}

/** The result shape of every `safe*` function: zod's, so it reads the same everywhere. */
export type SafeResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: HoptacError };

/** Runs `f` and turns a thrown {@link HoptacError} into a failed {@link SafeResult}. */
export function safely<T>(f: () => T): SafeResult<T> {
  try {
    return { success: true, data: f() };
  } catch (e) {
    if (isHoptacError(e)) return { success: false, error: e };
    throw e;
  }
}
