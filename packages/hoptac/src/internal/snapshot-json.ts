/**
 * The one way a snapshot is read back, shared by the program snapshots (classic zod) and the
 * workbook snapshots (zod/mini, kept out of the add-in's bundles' classic zod): JSON text or a
 * parsed value in, its shape checked by the caller's schema, every refusal an `invalid-snapshot`
 * in both languages with the issue's path; then the hash the snapshot claims checked against the
 * one its content gives. Takes no zod itself: any schema's `safeParse` result will do.
 */
import type { core } from 'zod';
import { type ErrorIssue, HoptacError } from '../errors.js';
import { messageBoth } from '../messages/index.js';
import { type CustomTexts, fromZodIssues } from './zod-issues.js';

/** What `schema.safeParse(input)` gives, in zod and in zod/mini. */
export type ShapeCheck<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: { readonly issues: readonly core.$ZodIssue[] } };

/**
 * Parses `json` when it is text and checks its shape with `check`; throws `invalid-snapshot` on
 * text that is not JSON and on the first issue of the shape (all issues attached).
 */
export function readSnapshotJson<T>(json: unknown, check: (input: unknown) => ShapeCheck<T>, texts?: CustomTexts): T {
  const r = check(parseSnapshotText(json));
  if (!r.success) refuseSnapshotShape(fromZodIssues(r.error.issues, texts));
  return r.data;
}

/** `json` parsed when it is text (else as given); throws `invalid-snapshot` on text that is not JSON. */
export function parseSnapshotText(json: unknown): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new HoptacError('invalid-snapshot', { reason: messageBoth('reason.not-json') });
  }
}

/** Throws `invalid-snapshot` naming the first issue of a snapshot's shape (all issues attached). */
export function refuseSnapshotShape(issues: readonly ErrorIssue[]): never {
  const i = issues[0]!;
  throw new HoptacError('invalid-snapshot', { reason: messageBoth('reason.at-path', { path: i.path.join('.'), message: { vi: i.messageVi, en: i.message } }) }, issues);
}

/** Throws `invalid-snapshot` when the hash a snapshot claims is not the one its content gives. */
export function checkSnapshotHash(claimed: string, actual: string): void {
  if (claimed !== actual) throw new HoptacError('invalid-snapshot', { reason: messageBoth('reason.hash-mismatch', { hash: claimed, actual }) });
}
