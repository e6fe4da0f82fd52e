/**
 * Text from a workbook made safe for a terminal. A cell may hold ESC, CR, BEL or a C1 control
 * (Excel's `_x001B_` escapes carry them): printed raw, they erase lines, move the cursor or set
 * the window title. Every C0 control, DEL and every C1 control is shown as a visible escape
 * (`\n`, `\r`, `\t`, otherwise `\x1B`, `\x9B`), as `--json` shows them in its own syntax.
 */

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with its control characters escaped.
 *
 * @example
 * ```ts
 * terminalSafe('a\u001b]0;pwned\u0007b'); // 'a\\x1B]0;pwned\\x07b'
 * ```
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
