/**
 * The one error type of `@hoptac/cli`'s functions: a file that cannot be read or written, a refused
 * workbook, a bad option. The command prints it as one line, `hoptac: ` and the message in its
 * language; a script gets the same `code` and both messages.
 */
import type { ErrorCode } from 'hoptac';
import type { XlsxErrorCode } from './xlsx/index.js';
import { t } from './messages.js';
import type { Lang, TextKey } from './messages.js';

/**
 * Every code a {@link CliError} can carry. Codes are stable: scripts may match on them.
 * - `not-found`, `is-directory`: the path names no file, or a folder;
 * - the .xlsx reader's and writer's codes (`not-zip`, `legacy-xls`, `encrypted`, `macro-enabled`,
 *   `too-large`, `inflate-ratio`, `dtd`, `corrupt`, `timeout`, `memory`, `write-failed`, ...);
 * - `invalid-period`, `no-complete-month`: the period asked for, or none to default to;
 * - `out-is-input`, `out-exists`: the output would overwrite the input, or an existing file
 *   without `force`;
 * - `cannot-read`, `not-utf8`, `not-json`, `workbook-refused`: a program file that cannot be read
 *   or is not JSON text, or the workbook given to measure its completeness is refused;
 * - `unknown-indicator`, `unknown-board`, `invalid-measure`: the figure `explain` is asked for
 *   names an indicator or board the workbook does not have, or a measure the indicator lacks;
 * - `out-not-docx`, `no-program-covers`: the review report's `out` is not a .docx, or no program
 *   of the program file covers the report's period;
 * - a library code (`invalid-period`, ...) for a library error met while reading.
 */
export type CliErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'no-complete-month'
  | 'out-is-input'
  | 'out-exists'
  | 'cannot-read'
  | 'not-utf8'
  | 'not-json'
  | 'workbook-refused'
  | 'unknown-board'
  | 'invalid-measure'
  | 'out-not-docx'
  | 'no-program-covers'
  | XlsxErrorCode
  | ErrorCode;

/**
 * A failure of a file operation: stable `code`, English `message`, Vietnamese `messageVi`.
 *
 * @example
 * ```ts
 * import { checkFile, CliError } from '@hoptac/cli';
 * try { await checkFile('missing.xlsx'); } catch (e) { if (e instanceof CliError) console.log(e.code); } // prints not-found
 * ```
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;
  readonly messageVi: string;

  constructor(code: CliErrorCode, message: string, messageVi: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.messageVi = messageVi;
  }

  /** The message in the language asked for. */
  messageIn(lang: Lang): string {
    return lang === 'vi' ? this.messageVi : this.message;
  }
}

/** A {@link CliError} whose messages are the command's own text `key`, filled per language. */
export function cliError(code: CliErrorCode, key: TextKey, params: (lang: Lang) => Readonly<Record<string, string | number>> = () => ({}), cause?: unknown): CliError {
  return new CliError(code, t('en', key, params('en')), t('vi', key, params('vi')), cause === undefined ? undefined : { cause });
}
