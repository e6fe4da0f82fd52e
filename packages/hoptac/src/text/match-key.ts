/**
 * This file is the folder's entry: text/ holds the one key by which names are matched; any folder of
 * the library may import it (it is public as `matchKey`).
 */
import { KeptResults } from '../internal/kept.js';

/**
 * The key by which names (sheets, headers, units, period words) are matched: Unicode NFC, trimmed,
 * inner spaces collapsed, lower case, and Vietnamese tone marks set aside, so the old and new tone
 * placements (`lũy`/`luỹ`, `hòa`/`hoà`) and text typed without tones all meet. Vowel marks that
 * change the letter (â, ê, ô, ơ, ư, ă) and đ are kept.
 *
 * @example
 * ```ts
 * import { matchKey } from 'hoptac';
 * matchKey('  Lũy kế  đầu kỳ ') === matchKey('luỹ kế đầu kỳ'); // true
 * ```
 */
export function matchKey(text: string): string {
  return KEYS.of(text, keyOf);
}

function keyOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The keys already made (the two Unicode normalisations are the slow part). */
const KEYS = new KeptResults<string>(4096, 256);
