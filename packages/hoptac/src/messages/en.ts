/** The English table of the catalogue: exactly the keys of `vi.ts` (each section is checked). */
import { ERRORS_EN } from './en/errors.js';
import { FINDINGS_EN } from './en/findings.js';
import { prefixed } from './prefixed.js';
import type { MESSAGES_VI } from './vi.js';

export const MESSAGES_EN = {
  ...prefixed('error', ERRORS_EN),
  ...prefixed('finding', FINDINGS_EN),
} satisfies Record<keyof typeof MESSAGES_VI, string>;

// no key of its own either
type ExtraKeys = Exclude<keyof typeof MESSAGES_EN, keyof typeof MESSAGES_VI>;
const _noExtraEnKeys: [ExtraKeys] extends [never] ? true : ExtraKeys = true;
