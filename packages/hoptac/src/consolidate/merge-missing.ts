/** What a figure lacks, joined from the parts it is made of: the one rule for rows and explanations. */
import { MISSING_ITEMS_CAP, type MissingItem, type MissingSummary } from './types.js';

/** The sum of the parts' missing counts, and their items in order up to {@link MISSING_ITEMS_CAP}. */
export function mergeMissing(parts: ReadonlyArray<{ readonly missing?: MissingSummary | undefined }>): { count: number; items: MissingItem[] } {
  let count = 0;
  const items: MissingItem[] = [];
  for (const p of parts) {
    if (p.missing === undefined) continue;
    count += p.missing.count;
    for (const it of p.missing.items) if (items.length < MISSING_ITEMS_CAP) items.push(it);
  }
  return { count, items };
}
