/**
 * The catalogue: one filler, one accessor, both languages with the same keys, and every template
 * filled completely by the params its key declares.
 */
import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './fill.js';
import { isMessageKey, MESSAGE_TABLES, messageBoth, messageText, messageTextOf } from './index.js';

const names = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('fillPlaceholders', () => {
  it('fills every occurrence and leaves a name the params lack visible', () => {
    expect(fillPlaceholders('{a} và {a}, {b}', { a: 1 })).toBe('1 và 1, {b}');
    expect(fillPlaceholders('`{ from, to }` {x}', { x: '' })).toBe('`{ from, to }` ');
  });
  it('does not read names off the prototype', () => {
    expect(fillPlaceholders('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});

describe('the tables', () => {
  const vi = Object.keys(MESSAGE_TABLES.vi);
  it('have the same keys in both languages', () => {
    expect(Object.keys(MESSAGE_TABLES.en).sort()).toEqual([...vi].sort());
    expect(vi.length).toBeGreaterThan(80);
  });
  it('are keyed section.id', () => {
    for (const k of vi) expect(k).toMatch(/^[a-z-]+\.[\w.-]+$/);
  });
  it.each(vi)('%s is filled completely in both languages by its params', (key) => {
    expect(isMessageKey(key)).toBe(true);
    const en = (MESSAGE_TABLES.en as Record<string, string>)[key]!;
    const viText = (MESSAGE_TABLES.vi as Record<string, string>)[key]!;
    const params = Object.fromEntries([...names(viText), ...names(en)].map((n) => [n, `<${n}>`]));
    for (const lang of ['vi', 'en'] as const) expect(messageTextOf(lang, key, params)).not.toMatch(/\{\w+\}/);
  });
});

describe('the accessor', () => {
  it('renders a key in each language, params of both languages included', () => {
    expect(messageText('en', 'error.unknown-unit', { unit: 'dặm' })).toBe('The unit "dặm" is not a unit of format 1.');
    expect(messageBoth('error.unknown-unit', { unit: 'dặm' })).toEqual({
      vi: 'Đơn vị tính "dặm" không có trong định dạng 1.',
      en: 'The unit "dặm" is not a unit of format 1.',
    });
    expect(messageText('vi', 'error.invalid-exchange-rate', { reason: { vi: 'tỷ giá âm', en: 'a negative rate' } })).toBe('Tỷ giá không hợp lệ: tỷ giá âm.');
  });
  it('knows no key outside the tables', () => {
    expect(isMessageKey('error.nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
    expect(messageTextOf('vi', 'error.nope', {})).toBeUndefined();
  });
});
