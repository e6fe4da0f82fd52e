import { describe, expect, it } from 'vitest';
import { jsonText } from './json-text.js';

describe('jsonText', () => {
  it('escapes every C0 control, DEL and every C1 control, and reads back the same', () => {
    const all = Array.from({ length: 0xa0 }, (_, c) => String.fromCharCode(c)).join('');
    const text = jsonText({ all, vi: 'Tổng hợp – ước tính' });
    // eslint-disable-next-line no-control-regex
    expect(text.slice(0, -1)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('\\u007f\\u0080');
    expect(text).toContain('\\u009f"');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ all, vi: 'Tổng hợp – ước tính' });
  });
});
