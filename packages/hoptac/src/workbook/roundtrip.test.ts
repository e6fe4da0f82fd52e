import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeDecimal } from '../decimal/public.js';
import { observations } from '../observation/set.js';
import type { GridCell } from './grid.js';
import { readWorkbook } from './read/index.js';
import { boardsSheet, grid, sheet } from '../../../../tests/helpers/test-grid.js';

// A random exact decimal with at most 15 significant digits (what a number cell can hold).
const decimalArb = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), fc.nat({ max: 8 }))
  .map(([neg, int, scale]) => normalizeDecimal(`${neg ? '-' : ''}${int.toString().padStart(scale + 1, '0').replace(new RegExp(`(\\d{${scale}})$`), '.$1')}`.replace(/\.$/, '')));

const group = (whole: string, sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
function asText(v: string, format: 'vi' | 'en'): string {
  const neg = v.startsWith('-');
  const [whole, frac] = (neg ? v.slice(1) : v).split('.');
  return `${neg ? '-' : ''}${group(whole!, format === 'vi' ? '.' : ',')}${frac === undefined ? '' : (format === 'vi' ? ',' : '.') + frac}`;
}

describe('round trip: the decimals in the cells are the decimals read', () => {
  test.each(['vi', 'en'] as const)('number cells and %s text cells, flows in every scale', (format) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(decimalArb, fc.boolean()), { minLength: 1, maxLength: 24 }), (vals) => {
        const months = vals.map((_, i) => `20${10 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
        const cells: GridCell[] = vals.map(([v, text]) => (text ? { kind: 'text', value: asText(v, format) } : { kind: 'number', value: v }));
        const g = grid(
          sheet('Settings', [['key', 'value'], ['number_format', format]]),
          boardsSheet('DN'),
          sheet('DN', [
            ['code', 'indicator', 'unit', ...months],
            ['export_value', 'x', 'triệu USD', ...cells],
            ['import_value', 'x', 'nghìn USD', ...cells],
          ]),
        );
        const m = readWorkbook(g);
        expect(m.ok).toBe(true);
        const got = [...observations(m.observations)];
        const exports = got.filter((o) => o.indicator === 'export_value').map((o) => o.value);
        const imports = got.filter((o) => o.indicator === 'import_value').map((o) => o.value);
        expect(exports).toEqual(vals.map(([v]) => v));
        // nghìn USD to triệu USD: the decimal point moves three places, nothing else changes
        expect(imports).toEqual(vals.map(([v]) => normalizeDecimal(`${v}e-3`)));
        expect(m.counts['text-number'] ?? 0).toBe(2 * vals.filter(([, t]) => t).length);
      }),
      { numRuns: 150 },
    );
  });
});
