/**
 * Type-level tests of the catalogue (checked by `npm run typecheck`): keys are known, each key
 * takes exactly its placeholders, and a key without placeholders needs no params.
 */
import type { MESSAGES_EN } from './en.js';
import { messageBoth, messageText } from './text.js';
import type { Placeholders } from './types.js';
import type { MESSAGES_VI } from './vi.js';

const placeholders: Placeholders<'Tháng {month} của {board}, `{ from, to }`'> = 'month';
const other: Placeholders<'Tháng {month} của {board}'> = 'board';
// @ts-expect-error code in braces is not a placeholder
const code: Placeholders<'`{ from, to }`'> = ' from, to ';

messageText('en', 'error.unknown-unit', { unit: 'dặm' });
messageText('vi', 'finding.no-boards');
// @ts-expect-error a key that is not in the catalogue
messageText('vi', 'error.no-such-error', {});
// @ts-expect-error the unit is missing
messageText('en', 'error.unknown-unit', {});
// @ts-expect-error a param the template does not take
messageBoth('error.unknown-unit', { unit: 'dặm', extra: 1 });
// both languages' placeholders are params (the rule's problem in each language)
messageBoth('error.invalid-rule', { rule: 'r1', count: 1, first: 'x', firstVi: 'y' });

// English has exactly the Vietnamese keys
const sameKeys: [Exclude<keyof typeof MESSAGES_VI, keyof typeof MESSAGES_EN>, Exclude<keyof typeof MESSAGES_EN, keyof typeof MESSAGES_VI>] extends [never, never] ? true : false = true;

void [placeholders, other, code, sameKeys];
