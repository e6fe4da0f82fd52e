/**
 * What `--json` prints: the value as indented JSON text and a newline. JSON.stringify escapes the
 * C0 controls but leaves DEL and the C1 controls (U+0080-U+009F, among them CSI U+009B) raw, and a
 * terminal acts on them; here they are escaped too (`\u009b`), which any JSON reader reads back as
 * the same character.
 *
 * No imports: the analysis worker uses it too, for the rows' part of `consolidate --json`.
 */

const RAW_IN_JSON = /[\u007f-\u009f]/g;

/**
 * JSON text (JSON.stringify's) with DEL and the C1 controls escaped as `jsonText` escapes them.
 * Each character is escaped on its own, so pieces escaped apart and then joined read the same as
 * the whole escaped at once.
 *
 * @example
 * ```ts
 * escapeRawInJson(JSON.stringify('a\u009b31mb')); // '"a\\u009b31mb"'
 * ```
 */
export function escapeRawInJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `value` as the command's JSON output.
 *
 * @example
 * ```ts
 * jsonText({ message: 'a\u009b31mb' }); // '{\n  "message": "a\\u009b31mb"\n}\n'
 * ```
 */
export function jsonText(value: unknown): string {
  return `${escapeRawInJson(JSON.stringify(value, null, 2))}\n`;
}
