import { describe, expect, it } from 'vitest';
import { terminalSafe } from './safe-text.js';

describe('terminalSafe', () => {
  it('escapes every C0 control, DEL and every C1 control, and nothing else', () => {
    for (let c = 0; c <= 0xff; c++) {
      const ch = String.fromCharCode(c);
      const out = terminalSafe(ch);
      const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (control) {
        expect(out, `U+${c.toString(16)}`).toMatch(/^\\(x[0-9A-F]{2}|[nrt])$/);
      } else expect(out).toBe(ch);
    }
    expect(terminalSafe('Đồng Nai — 1.234,5 ₫')).toBe('Đồng Nai — 1.234,5 ₫');
    expect(terminalSafe('a\u001b]0;pwned\u0007b\r\n')).toBe('a\\x1B]0;pwned\\x07b\\r\\n');
  });
});
