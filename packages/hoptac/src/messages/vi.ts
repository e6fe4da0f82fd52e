/**
 * The Vietnamese table of the catalogue: every message of hoptac (the library, the command, the
 * add-in), keyed `section.id`. Each section lives in `vi/<section>.ts`, its English twin in
 * `en/<section>.ts`. Vietnamese is the reference: `en.ts` must have exactly these keys.
 */
import { prefixed } from './prefixed.js';
import { ERRORS_VI } from './vi/errors.js';
import { FINDINGS_VI } from './vi/findings.js';

export const MESSAGES_VI = {
  ...prefixed('error', ERRORS_VI),
  ...prefixed('finding', FINDINGS_VI),
};
