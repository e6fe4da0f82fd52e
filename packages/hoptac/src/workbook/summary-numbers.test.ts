import { describe, expect, it } from 'vitest';
import type { ConsolidatedRow } from '../consolidate/types.js';
import { alignedFormat, decimalPlaces, markedFormat, rowDecimals } from './summary-numbers.js';

const row = (measure: ConsolidatedRow['measure'], value: string | null, status: ConsolidatedRow['status'] = 'ok'): ConsolidatedRow =>
  ({ indicator: 'x', board: 'DN', measure, value, status }) as unknown as ConsolidatedRow;

describe('the summary number formats', () => {
  it('count the decimal places of a decimal string', () => {
    expect([decimalPlaces('29.5978'), decimalPlaces('296.7'), decimalPlaces('-3'), decimalPlaces('0.05')]).toEqual([4, 1, 0, 2]);
  });

  it('give a row the decimals of its most precise shown figure, percentages and blanks aside', () => {
    expect(rowDecimals([row('value', '296.7'), row('ytd', '29.5978'), row('target', '300')])).toBe(4);
    // a percentage of 2 decimals does not widen a row of whole numbers; a missing figure does not count
    expect(rowDecimals([row('value', '5'), row('vs_last_year_pct', '101.49'), row('ytd', '7.123', 'missing')])).toBe(0);
    // a ratio keeps at least its declared decimals
    expect(rowDecimals([row('value', '72.5')], 2)).toBe(2);
  });

  it('pad a row format with digit-wide spaces to the widest row, so decimal points line up', () => {
    expect(alignedFormat(4, 4)).toBe('#,##0.0000');
    expect(alignedFormat(1, 4)).toBe('#,##0.0_0_0_0');
    expect(alignedFormat(0, 2)).toBe('#,##0_._0_0');
    expect(alignedFormat(0, 0)).toBe('#,##0');
    expect(markedFormat('#,##0.0', ' (ước)')).toBe('#,##0.0" (ước)"');
    expect(markedFormat('#,##0', undefined)).toBe('#,##0');
  });
});
