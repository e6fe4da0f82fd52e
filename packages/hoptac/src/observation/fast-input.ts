/**
 * The builder's fast readers of its inputs: a plain decimal of at most 15 significant digits as a
 * safe integer mantissa and a scale, and a month as a month index. Anything else goes to the
 * general parsers (`decimal/scaled.ts`, `period/parse.ts`), which own those grammars.
 */
import { monthTextIndex } from '../period/month-text.js';
import { HoptacError } from '../errors.js';
import { messageBoth } from '../messages/index.js';
import { expectMonth } from '../period/guard.js';
import { monthIndex } from '../period/core.js';
import { parse as parsePeriod } from '../period/parse.js';
import type { MonthPeriod } from '../period/types.js';

// Fast exact read of a plain decimal with at most 15 significant digits: its integer mantissa (a
// safe integer) goes to fastMant, its scale is returned; -1 sends the text to the general reader.
// While the true mantissa is below 1e15 every partial value is a safe integer, so the arithmetic is
// exact; at or above 1e15 the (then rounded) value is still >= 1e15 and the text is refused here.
/** The mantissa read by the last {@link fastParse} that returned a scale. */
export let fastMant = 0;
export function fastParse(s: string): number {
  const n = s.length;
  if (n === 0 || n > 17) return -1;
  let i = 0;
  let neg = false;
  if (s.charCodeAt(0) === 45 /* - */) {
    neg = true;
    i = 1;
  }
  const first = i;
  let m = 0;
  let c = 0;
  for (; i < n; i++) {
    c = s.charCodeAt(i) - 48;
    if (c >>> 0 > 9) break;
    m = m * 10 + c;
  }
  let scale = 0;
  if (i < n) {
    if (c !== -2 /* . */ || i + 1 === n) return -1;
    const start = ++i;
    for (; i < n; i++) {
      c = s.charCodeAt(i) - 48;
      if (c >>> 0 > 9) return -1;
      m = m * 10 + c;
    }
    scale = n - start;
  } else if (i === first) return -1;
  if (m >= 1e15) return -1;
  fastMant = neg && m !== 0 ? -m : m;
  return scale;
}

/** The month index of a month given as text or as a month period (throws on anything else). */
export function monthOf(m: string | MonthPeriod, fn: string, field: string): number {
  if (typeof m !== 'string') {
    expectMonth(fn, field, m);
    return monthIndex(m);
  }
  // fast path for canonical 'YYYY-MM' (the one month-text reader)
  const fast = monthTextIndex(m);
  if (fast !== undefined) return fast;
  const p = parsePeriod(m);
  if (p.kind !== 'month') throw new HoptacError('invalid-observation', { reason: messageBoth('reason.not-a-month', { text: m }) });
  return monthIndex(p);
}
