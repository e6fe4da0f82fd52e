/**
 * A problem of a rule of the `Rules` sheet said in words: the `rule-problem` section of the
 * catalogue, with the field named by the `rule-field` section.
 */
import type { RuleProblem } from '../rules/types.js';
import { messageTextOf } from './text.js';
import type { Lang } from './types.js';

/** One problem of a rule as a sentence in a language. */
export function ruleProblemText(p: RuleProblem, lang: Lang): string {
  const field = messageTextOf(lang, `rule-field.${p.field}`, {}) ?? p.field;
  return messageTextOf(lang, `rule-problem.${p.reason}`, { field, token: p.token ?? '', position: p.position ?? 0 }) ?? p.reason;
}
