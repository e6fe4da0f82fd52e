/**
 * The one mapping from zod's issues to hoptac's own words: every zod boundary (program files,
 * snapshots) passes its issues through {@link fromZodIssues}, so no Vietnamese message carries
 * zod's English. The path is kept. Pass `{ reportInput: true }` to `safeParse` so the issues say
 * what value came.
 */
import type { core } from 'zod';
import { type ErrorIssue, issue } from '../errors.js';
import { describeValue } from './args.js';
import { fillBoth, isMessageKey, type Message, type MessageKey, messageOf, type Param } from '../messages/index.js';

/** A boundary's own words for the custom messages its schema gives refinements and regexes. */
export type CustomTexts = ReadonlyMap<string, Message> | ((message: string, params: Readonly<Record<string, Param>>) => Message | undefined);

/** hoptac's issues for zod's issues, path kept, words from the catalogue's `issue` and `type` sections and `custom`. */
export function fromZodIssues(issues: readonly core.$ZodIssue[], custom: CustomTexts = new Map()): ErrorIssue[] {
  return issues.map((i) => issue(i.path.map((p) => (typeof p === 'number' ? p : String(p))), textOf(i, custom)));
}

function textOf(i: core.$ZodIssue, custom: CustomTexts): Message {
  const own = typeof custom === 'function' ? custom(i.message, (i as { params?: Readonly<Record<string, Param>> }).params ?? {}) : custom.get(i.message);
  const t = (m: Message, params: Readonly<Record<string, Param>> = {}) => fillBoth(m, params);
  switch (i.code) {
    case 'invalid_type': {
      const expected = (isMessageKey(`type.${i.expected}`) ? messageOf(`type.${i.expected}` as MessageKey) : messageOf('issue.invalid'));
      return i.input === undefined ? t(messageOf('issue.required'), { expected }) : t(messageOf('issue.type'), { expected, got: describeValue(i.input) });
    }
    case 'unrecognized_keys':
      return t(messageOf('issue.unknown-keys'), { keys: i.keys.map((k) => `"${k}"`).join(', ') });
    case 'too_small':
    case 'too_big':
      return own ?? bound(i);
    case 'invalid_value':
      return t(messageOf('issue.one-of'), { values: i.values.map((v) => JSON.stringify(v)).join(', '), got: describeValue(i.input) });
    case 'invalid_format':
      return own ?? t(messageOf('issue.format'), { got: describeValue(i.input) });
    case 'invalid_union':
      return t(messageOf('issue.no-match'));
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return own ?? messageOf('issue.invalid');
  }
}

function bound(i: core.$ZodIssueTooSmall | core.$ZodIssueTooBig): Message {
  const small = i.code === 'too_small';
  const n = String(small ? i.minimum : i.maximum);
  if (i.origin === 'string') return small && n === '1' ? messageOf('issue.empty') : fillBoth(messageOf(small ? 'issue.string-min' : 'issue.string-max'), small ? { min: n } : { max: n });
  if (i.origin === 'array' || i.origin === 'set') return fillBoth(messageOf(small ? 'issue.array-min' : 'issue.array-max'), small ? { min: n } : { max: n });
  if (i.inclusive === false) return fillBoth(messageOf(small ? 'issue.number-above' : 'issue.number-below'), small ? { min: n } : { max: n });
  return fillBoth(messageOf(small ? 'issue.number-min' : 'issue.number-max'), small ? { min: n } : { max: n });
}
