/**
 * Excel number formats: the built-in ids (ECMA-376 Part 1, 18.8.30) and date detection.
 */

/** Codes of Excel's built-in number formats 0-49 (ids 23-36 are locale-specific and have none). */
export const BUILTIN_NUMFMTS: ReadonlyMap<number, string> = new Map<number, string>([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [5, '"$"#,##0_);\\("$"#,##0\\)'],
  [6, '"$"#,##0_);[Red]\\("$"#,##0\\)'],
  [7, '"$"#,##0.00_);\\("$"#,##0.00\\)'],
  [8, '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'mm-dd-yy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'm/d/yy h:mm'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00;(#,##0.00)'],
  [40, '#,##0.00;[Red](#,##0.00)'],
  [41, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'],
  [42, '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)'],
  [43, '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'],
  [44, '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mmss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
]);

/**
 * True when a number format shows a date or a time (it has `d`, `m`, `y`, `h` or `s` outside
 * quoted text, escapes and bracketed colours/conditions; `[h]`, `[mm]`, `[ss]` count).
 *
 * @example
 * ```ts
 * isDateFormat('mm/yyyy');   // true
 * isDateFormat('#,##0.00');  // false
 * ```
 */
export function isDateFormat(code: string): boolean {
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (inQuote) {
      if (c === '"') inQuote = false;
      continue;
    }
    if (c === '"') inQuote = true;
    else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === '[') {
      const end = code.indexOf(']', i);
      if (end < 0) return false;
      const inner = code.slice(i + 1, end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) return true;
      i = end;
    } else if (/[dmyhsDMYHS]/.test(c)) {
      return true;
    } else if (c === ';') {
      // Only the first section decides (the one positive numbers use).
      return false;
    }
  }
  return false;
}
