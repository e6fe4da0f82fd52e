/**
 * English words of the indicator catalogue's own checks: the keys of the Vietnamese table.
 */
import type { CATALOGUE_CHECK_VI } from '../vi/catalogue.js';

export const CATALOGUE_CHECK_EN = {
  code: 'an indicator code is 1-64 characters of a-z, 0-9 and _',
  unit: 'the unit "{unit}" is not a unit of format 1',
  kind: '"flow", "stock" or "ratio"',
  'duplicate-code': 'duplicate code "{code}"',
  'parts-of-non-ratio': 'only a ratio has numerator and denominator',
  'ratio-needs-part': 'a ratio needs a {part}',
  'ratio-own-part': 'a ratio cannot be its own {part}',
  'part-missing': '{part} "{code}" is not in the catalogue',
  'part-is-ratio': '{part} "{code}" is a ratio: parts must be flows or stocks',
  numerator: 'numerator',
  denominator: 'denominator',
} as const satisfies Record<keyof typeof CATALOGUE_CHECK_VI, string>;
