/**
 * A program file's input problems as hoptac issues in both languages: zod's issues through the
 * shared mapping, the cross-reference checks' sentences through their Vietnamese patterns.
 */
import { type ErrorIssue, HoptacError, issue } from '../../errors.js';
import { fromZodIssues } from '../../internal/zod-issues.js';
import { fillBoth, messageBoth, messageOf } from '../../messages/index.js';
import { CROSS_CHECK_TEXT, NOT_JSON, PROGRAM_SCHEMA_PATTERNS, PROGRAM_SCHEMA_TEXT } from '../../messages/program-input.js';
import type { core } from 'zod';

/** The schema's issues, in hoptac's words. */
export function schemaIssues(issues: readonly core.$ZodIssue[]): ErrorIssue[] {
  return fromZodIssues(issues, (message) => {
    const known = PROGRAM_SCHEMA_TEXT.get(message);
    if (known !== undefined) return known;
    for (const [re, vi] of PROGRAM_SCHEMA_PATTERNS) if (re.test(message)) return { vi: message.replace(re, vi), en: message };
    return undefined;
  });
}

/** One cross-reference problem: its English sentence and the Vietnamese read from it. */
export function crossCheckIssue(path: readonly (string | number)[], message: string): ErrorIssue {
  for (const [re, vi] of CROSS_CHECK_TEXT) if (re.test(message)) return { path, message, messageVi: message.replace(re, vi) };
  return { path, message, messageVi: messageOf('issue.invalid').vi };
}

/** JSON text that does not parse. */
export function notJsonIssue(e: unknown): ErrorIssue {
  return issue([], fillBoth(NOT_JSON, { reason: e instanceof Error ? e.message : String(e) }));
}

/** The `invalid-program` error of a list of issues, its first one in the message. */
export function invalidProgram(issues: readonly ErrorIssue[], formatPath: (path: readonly (string | number)[]) => string): HoptacError {
  const i = issues[0];
  const first = i === undefined ? '' : messageBoth('reason.at-path', { path: formatPath(i.path), message: { vi: i.messageVi, en: i.message } });
  return new HoptacError('invalid-program', { count: issues.length, first }, issues);
}
