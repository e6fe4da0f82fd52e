import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from './match-key.js';

/** The key by its definition, computed afresh every time. */
const definition = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();

describe('matchKey', () => {
  it('sets tone marks, case and spacing aside, and keeps the letters that differ', () => {
    expect(matchKey('  Lũy kế  đầu kỳ ')).toBe('luy kê đâu ky');
    expect(matchKey('Luỹ kế\u00a0đầu kỳ')).toBe('luy kê đâu ky');
    expect(matchKey('HÒA')).toBe(matchKey('hoà'));
    expect(matchKey('ă')).not.toBe(matchKey('a'));
  });

  it('gives the key of its definition, asked once or many times, for more texts than it keeps', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Ủ', 'ũ', 'đ', ' ', '\u00a0', 'Ọ', 'x', '\u0301', 'Y', '\t'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 50 }), (texts) => {
        for (const t of [...texts, ...texts]) expect(matchKey(t)).toBe(definition(t));
      }),
      { numRuns: 300 },
    );
    // past the count it keeps, and texts longer than it keeps
    for (let i = 0; i < 5000; i++) expect(matchKey(`Tỉnh ${i}`)).toBe(`tinh ${i}`);
    const long = `  ${'Ổ '.repeat(300)}`;
    expect(matchKey(long)).toBe(definition(long));
    expect(matchKey(long)).toBe(definition(long));
    expect(matchKey('Tỉnh 1')).toBe('tinh 1');
  });
});
