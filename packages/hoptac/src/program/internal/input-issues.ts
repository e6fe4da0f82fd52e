/**
 * A program file's input problems as hoptac issues in both languages: zod's issues through the
 * shared mapping (the schema's own messages are keys of the catalogue's `program-input` section),
 * the cross-reference checks by their keys.
 */
import { type ErrorIssue, HoptacError, issue } from '../../errors.js';
import { fromZodIssues } from '../../internal/zod-issues.js';
import { messageBoth, messageBothOf, type MessageKey } from '../../messages/index.js';
import type { core } from 'zod';

/** The schema's issues, in hoptac's words. */
export function schemaIssues(issues: readonly core.$ZodIssue[]): ErrorIssue[] {
  return fromZodIssues(issues, (message, params) => messageBothOf(message, params));
}

/** A key of a cross-reference check (`program-input.<key>`). */
export type CrossCheckKey = MessageKey extends infer K ? (K extends `program-input.${infer T}` ? T : never) : never;

/** One cross-reference problem at its path. */
export function crossCheckIssue(path: readonly (string | number)[], key: CrossCheckKey, params: Readonly<Record<string, string>>): ErrorIssue {
  return issue(path, messageBothOf(`program-input.${key}`, params)!);
}

/** JSON text that does not parse. */
export function notJsonIssue(e: unknown): ErrorIssue {
  return issue([], messageBoth('program-input.not-json', { reason: e instanceof Error ? e.message : String(e) }));
}

/** The `invalid-program` error of a list of issues, its first one in the message. */
export function invalidProgram(issues: readonly ErrorIssue[], formatPath: (path: readonly (string | number)[]) => string): HoptacError {
  const i = issues[0];
  const first = i === undefined ? '' : messageBoth('reason.at-path', { path: formatPath(i.path), message: { vi: i.messageVi, en: i.message } });
  return new HoptacError('invalid-program', { count: issues.length, first }, issues);
}
