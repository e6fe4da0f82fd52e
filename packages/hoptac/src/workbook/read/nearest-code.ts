/** A suggestion for a mistyped indicator code: the catalogue code within a small edit distance. */
import type { Catalogue } from '../../indicator/types.js';

/** The catalogue code closest to a mistyped one (edit distance at most a third of its length). */
export function nearestCode(text: string, catalogue: Catalogue): string | undefined {
  if (text.length > 64) return undefined;
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(text.length / 3)) + 1;
  for (const ind of catalogue.indicators) {
    const d = editDistance(text, ind.code, bestD);
    if (d < bestD) {
      bestD = d;
      best = ind.code;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return Math.min(prev[b.length]!, limit);
}
