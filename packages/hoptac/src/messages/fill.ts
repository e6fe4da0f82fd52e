/**
 * The one `{placeholder}` filler of hoptac. A name the params lack stays in the text as `{name}`,
 * so a forgotten param shows where it belongs instead of vanishing (the catalogue's types make it
 * a compile error in the first place).
 */

/**
 * Fills the `{name}` placeholders of a template.
 *
 * @example
 * ```ts
 * import { fillPlaceholders } from 'hoptac';
 * fillPlaceholders('Tháng {month} của {board}', { month: '11/2018' }); // 'Tháng 11/2018 của {board}'
 * ```
 */
export function fillPlaceholders(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : all));
}
