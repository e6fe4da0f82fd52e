/** Numbers as the report writes them: exact in tables, at most 2 decimals in sentences, vi or en style. */
import { formatDecimal } from '../decimal/decimal-text.js';
import { format, parseScaled, round, sub, trim, cmp, ZERO } from '../decimal/scaled.js';
import type { Lang } from '../messages/index.js';

/**
 * A decimal string written with the language's separators: `1.599,0215` (vi), `1,599.0215` (en).
 * The digits are the figure's own: nothing is rounded or padded. The report's name for
 * {@link formatDecimal} (decimal/decimal-text.ts), the one definition.
 */
export const writeNumber: (value: string, lang: Lang) => string = formatDecimal;

/** The figure rounded once, half away from zero, to at most 2 decimals (trailing zeros dropped), then written. */
export function writeRounded(value: string, lang: Lang): string {
  const d = parseScaled(value);
  if (d === undefined) return value;
  return writeNumber(format(trim(round(d, 2))), lang);
}

/** From `vs_last_year_pct` (112.5): the change in per cent and its direction (`up`, 12.5), exact, with the figure's own places. */
export function changeFromPct(pct: string): { readonly direction: 'up' | 'down' | 'level'; readonly amount: string } {
  const p = parseScaled(pct);
  if (p === undefined) return { direction: 'level', amount: '0' };
  const places = pct.includes('.') ? pct.length - pct.indexOf('.') - 1 : 0;
  const diff = sub(p, parseScaled('100')!);
  const c = cmp(diff, ZERO);
  if (c === 0) return { direction: 'level', amount: '0' };
  return { direction: c > 0 ? 'up' : 'down', amount: format(round(c > 0 ? diff : sub(ZERO, diff), places)) };
}
