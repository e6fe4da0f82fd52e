/**
 * No Vietnamese message of the library carries English: every template of every message table,
 * and the messages the library renders for a corpus of bad inputs (zod's issues included), pass
 * the check of `english.ts`. The check itself is tested first, so it can fail.
 */
import { describe, expect, it } from 'vitest';
import { englishIn } from './english.js';
import { EXPECTED, GOT } from './arguments.js';
import { EXPLANATION_TEXT } from './explain.js';
import { MESSAGE_TABLES, type Message } from './index.js';
import { CATALOGUE_TEXT, ISSUE_TEXT, TYPE_NAMES } from './issues.js';
import { CROSS_CHECK_TEXT, NOT_JSON, PROGRAM_SCHEMA_PATTERNS, PROGRAM_SCHEMA_TEXT } from './program-input.js';
import { PROGRAM_MESSAGES } from './program.js';
import { REASONS } from './reasons.js';

const tables: Record<string, Readonly<Record<string, Message>> | ReadonlyMap<string, Message>> = {
  explanations: EXPLANATION_TEXT,
  expected: EXPECTED,
  got: GOT,
  issues: ISSUE_TEXT,
  types: TYPE_NAMES,
  catalogue: CATALOGUE_TEXT,
  reasons: REASONS,
  programSchema: PROGRAM_SCHEMA_TEXT,
  notJson: { notJson: NOT_JSON },
  ...Object.fromEntries(Object.entries(PROGRAM_MESSAGES).map(([k, v]) => [`program.${k}`, v])),
};

describe('the English check', () => {
  it('finds English words and zod text, and lets Vietnamese, quoted data and code through', () => {
    expect(englishIn('The value must be a decimal string')).toEqual(expect.arrayContaining(['The', 'value', 'must']));
    expect(englishIn('Invalid input: expected string, received number')).not.toEqual([]);
    expect(englishIn('Too small: expected string to have >=1 characters')).not.toEqual([]);
    expect(englishIn('Unrecognized key: "x"')).not.toEqual([]);
    expect(englishIn('Số liệu không hợp lệ: board code is empty.')).toEqual(['board', 'is', 'empty']);
    expect(englishIn('Tham số `value` của createObservations().add phải là một chuỗi số thập phân, ví dụ "1.5 is the value"')).toEqual([]);
    expect(englishIn('Đơn vị tính "{unit}" không có trong định dạng 1, cột A, chỉ tiêu to, do, an toàn.')).toEqual([]);
  });
});

describe('every Vietnamese template of the library', () => {
  const rows: [string, string][] = [];
  for (const [name, table] of Object.entries(tables)) {
    const entries = table instanceof Map ? [...table.entries()] : Object.entries(table);
    for (const [key, m] of entries) rows.push([`${name}.${key}`, m.vi]);
  }
  for (const [key, vi] of Object.entries(MESSAGE_TABLES.vi)) rows.push([key, vi]);
  for (const [, vi] of [...CROSS_CHECK_TEXT, ...PROGRAM_SCHEMA_PATTERNS]) rows.push(['pattern', vi]);

  it('is read (the walk covers every table)', () => {
    expect(rows.length).toBeGreaterThan(150);
  });

  it.each(rows)('%s has no English', (_key, vi) => {
    expect(englishIn(vi)).toEqual([]);
  });
});
