import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumDecimalTexts } from './sum-text.js';

// Oracle: each text as a fraction n / 10^k by hand (string surgery), summed over a common
// denominator with bigint; compared as fractions, not as text.
function asFraction(t: string): [bigint, bigint] {
  const neg = t.startsWith('-');
  const [w, f = ''] = (neg ? t.slice(1) : t).split('.');
  const n = BigInt(`${w}${f}`) * (neg ? -1n : 1n);
  return [n, 10n ** BigInt(f.length)];
}
const eq = (a: [bigint, bigint], b: [bigint, bigint]) => a[0] * b[1] === b[0] * a[1];

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
  .map(([neg, n, places]) => {
    const s = n.toString().padStart(places + 1, '0');
    const t = places === 0 ? s : `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
    return neg && n !== 0n ? `-${t}` : t;
  });

describe('sumDecimalTexts', () => {
  it('is the exact sum (against fractions added by hand)', () => {
    fc.assert(
      fc.property(fc.array(decimalText, { maxLength: 20 }), (xs) => {
        const got = sumDecimalTexts(xs);
        let num = 0n;
        let den = 1n;
        for (const x of xs) {
          const [n, d] = asFraction(x);
          num = num * d + n * den;
          den *= d;
        }
        expect(eq(asFraction(got), [num, den])).toBe(true);
        // canonical: no trailing fractional zeros, no "-0", no leading zeros
        expect(got).toMatch(/^(0|-?[1-9]\d*(\.\d*[1-9])?|-?0\.\d*[1-9])$/);
      }),
    );
  });

  it('cancels to 0 and keeps small fractions', () => {
    expect(sumDecimalTexts([])).toBe('0');
    expect(sumDecimalTexts(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimalTexts(['-1.25', '1.25'])).toBe('0');
    expect(sumDecimalTexts(['-0.001', '0.0005'])).toBe('-0.0005');
    expect(sumDecimalTexts(['1520.5', '1490'])).toBe('3010.5');
  });
});
