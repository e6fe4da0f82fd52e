/**
 * No Vietnamese message of the library carries English: every template of every message table,
 * and the messages the library renders for a corpus of bad inputs (zod's issues included), pass
 * the check of `english.ts`. The check itself is tested first, so it can fail.
 */
import { describe, expect, it } from 'vitest';
import { englishIn } from './english.js';
import { MESSAGE_TABLES } from './index.js';

describe('the English check', () => {
  it('finds English words and zod text, and lets Vietnamese, quoted data and code through', () => {
    expect(englishIn('The value must be a decimal string')).toEqual(expect.arrayContaining(['The', 'value', 'must']));
    expect(englishIn('Invalid input: expected string, received number')).not.toEqual([]);
    expect(englishIn('Too small: expected string to have >=1 characters')).not.toEqual([]);
    expect(englishIn('Unrecognized key: "x"')).not.toEqual([]);
    expect(englishIn('Số liệu không hợp lệ: board code is empty.')).toEqual(['board', 'is', 'empty']);
    expect(englishIn('Tham số `value` của createObservations().add phải là một chuỗi số thập phân, ví dụ "1.5 is the value"')).toEqual([]);
    expect(englishIn('Đơn vị tính "{unit}" không có trong định dạng 1, cột A, chỉ tiêu to, do, an toàn.')).toEqual([]);
    expect(englishIn('--period phải là một kỳ, ví dụ 2017-Q4')).toEqual([]);
  });
});

describe('every Vietnamese template of the library', () => {
  const rows: [string, string][] = [];
  for (const [key, vi] of Object.entries(MESSAGE_TABLES.vi)) rows.push([key, vi]);

  it('is read (the walk covers every table)', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  // (the command's and the task pane's own sections are checked beside them, in their packages)
  it.each(rows)('%s has no English', (_key, vi) => {
    expect(englishIn(vi)).toEqual([]);
  });
});
