import { type Lang, type Message, type Param, errorMessage, paramsIn } from './messages/index.js';

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
  | 'invalid-rule'
  | 'invalid-argument';

/** One problem inside an input validated by a schema: where (path) and what, in English and Vietnamese. */
export interface ErrorIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly messageVi: string;
}

/** An issue from its path and its words in both languages. */
export function issue(path: readonly (string | number)[], text: Message): ErrorIssue {
  return { path, message: text.en, messageVi: text.vi };
}

/**
 * The one error type of hoptac. `code` is stable; `message` is English, `messageVi` Vietnamese;
 * `params` holds the values filled into the English message; `issues` lists every problem of a
 * validated input with its path. A wrong type from plain JavaScript (a number where a decimal
 * string is expected, `null`, a missing field) is `invalid-argument`, naming the field.
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

  /** `params` may carry words of their own in each language (`{ vi, en }`). */
  constructor(code: ErrorCode, params: Readonly<Record<string, Param>> = {}, issues: readonly ErrorIssue[] = []) {
    super(errorMessage(code, params, 'en'));
    this.code = code;
    this.messageVi = errorMessage(code, params, 'vi');
    this.params = paramsIn(params, 'en');
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
