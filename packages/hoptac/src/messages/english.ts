/**
 * The check that keeps English out of Vietnamese messages (used by the tests): code and quoted
 * data are set aside (`backticks`, "double quotes", {placeholders}), and what is left must hold no
 * common English word and none of zod's own message phrases.
 */

/**
 * English words that have no business in a Vietnamese sentence (identifiers are quoted). Words
 * that are also Vietnamese syllables (a, an, do, to, in, no, than, can) are left out.
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  `the is are was were be been not must should cannot can't could will would
  expected received got required invalid valid missing unknown duplicate allowed
  string number boolean array object value values field fields input output
  too small big less greater at least most characters items
  and or of with for from on by this that these those it its which when where there here
  has have had does did only also either neither nor but if else then
  empty between before after such as like same other
  error errors problem problems wrong format option key keys
  board boards indicator indicators period month months year years program programs sheet cell
  file files date rate unit units decimal decimals integer total sum`.split(/\s+/).filter(Boolean),
);

/** Phrases of zod's default messages (English locale), any one of which means zod's text leaked. */
export const ZOD_PHRASES: readonly string[] = [
  'Invalid input',
  'expected string',
  'expected number',
  'expected array',
  'expected object',
  'received',
  'Too small',
  'Too big',
  'Unrecognized key',
  'Invalid option',
  'Invalid string',
  'Invalid element',
  'Invalid key',
  'Invalid value',
  'Invalid format',
  'must match pattern',
  'to have >=',
  'to have <=',
];

/** The English found in a Vietnamese text: words and zod phrases, empty when there is none. */
export function englishIn(vi: string): string[] {
  const found = ZOD_PHRASES.filter((p) => vi.toLowerCase().includes(p.toLowerCase()));
  const prose = vi
    .replace(/`[^`]*`/g, ' ')
    .replace(/(^|\s)--[\w-]+/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\{\w+\}/g, ' ');
  // a token with a digit or `_` (export_value, 60be5f9) is a code, not a word
  for (const w of prose.split(/[^\p{L}\p{N}_']+/u)) if (ENGLISH_WORDS.has(w.toLowerCase())) found.push(w);
  return found;
}
