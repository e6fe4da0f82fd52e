import { describe, expect, it } from 'vitest';
import * as mini from 'zod/mini';
import { z } from 'zod';
import { HoptacError } from '../errors.js';
import { checkSnapshotHash, readSnapshotJson } from './snapshot-json.js';

const refusal = (f: () => unknown): HoptacError => {
  try {
    f();
  } catch (e) {
    if (e instanceof HoptacError) return e;
    throw e;
  }
  throw new Error('no refusal');
};

describe('readSnapshotJson: one reading for both snapshot kinds', () => {
  const classic = z.object({ hash: z.string(), rows: z.array(z.object({ v: z.string() }).strict()) }).strict();
  const small = mini.strictObject({ hash: mini.string(), rows: mini.array(mini.strictObject({ v: mini.string() })) });
  const checks = [
    ['zod', (i: unknown) => classic.safeParse(i, { reportInput: true })],
    ['zod/mini', (i: unknown) => small.safeParse(i)],
  ] as const;

  it.each(checks)('%s: text or a value in, the checked value out', (_, check) => {
    const value = { hash: 'h', rows: [{ v: '1.5' }] };
    expect(readSnapshotJson(JSON.stringify(value), check)).toEqual(value);
    expect(readSnapshotJson(value, check)).toEqual(value);
  });

  it.each(checks)('%s: text that is not JSON, and a wrong shape, are invalid-snapshot in both languages with the path', (_, check) => {
    const notJson = refusal(() => readSnapshotJson('{', check));
    expect(notJson.code).toBe('invalid-snapshot');
    expect(notJson.message).toMatch(/JSON/);
    const shape = refusal(() => readSnapshotJson({ hash: 'h', rows: [{ v: 1.5 }] }, check));
    expect(shape.code).toBe('invalid-snapshot');
    expect(shape.message).toContain('rows.0.v');
    expect(shape.messageVi).toContain('rows.0.v');
    expect(shape.messageVi).not.toBe(shape.message);
  });

  it('a hash that is not the content’s is refused, naming both', () => {
    expect(() => checkSnapshotHash('a'.repeat(64), 'a'.repeat(64))).not.toThrow();
    const e = refusal(() => checkSnapshotHash('a'.repeat(64), 'b'.repeat(64)));
    expect(e.code).toBe('invalid-snapshot');
    expect(e.message).toContain('b'.repeat(64));
  });
});
