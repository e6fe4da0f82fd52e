import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isDateFormat, serialToMonth } from './excel-date.js';

describe('serialToMonth (1900 date system, integers only)', () => {
  test.each([
    ['1', '1900-01'],
    ['31', '1900-01'],
    ['32', '1900-02'],
    ['59', '1900-02'],
    ['60', '1900-02'], // Excel's phantom 29 February 1900
    ['61', '1900-03'],
    ['42736', '2017-01'],
    ['42766', '2017-01'],
    ['42767', '2017-02'],
    ['43100.99', '2017-12'],
    ['43101', '2018-01'],
    ['2958465', ''], // 9999-12-31: beyond the years hoptac accepts
  ])('%s is %s', (serial, month) => {
    expect(serialToMonth(serial)).toBe(month === '' ? undefined : month);
  });

  test('not a serial', () => {
    for (const s of ['0', '-5', 'abc', '', '12345678']) expect(serialToMonth(s)).toBeUndefined();
  });

  test('property: agrees with the calendar (Date used only as the test oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 400000 }), (serial) => {
        const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
        const y = d.getUTCFullYear();
        const expected = y > 2999 ? undefined : `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
        expect(serialToMonth(String(serial))).toBe(expected);
      }),
    );
  });
});

describe('isDateFormat', () => {
  test.each(['mm/yyyy', 'dd/mm/yyyy', 'mmm-yy', 'm/d/yy h:mm', '[$-42A]mmmm yyyy', 'yyyy-mm-dd', '[h]:mm:ss'])('%s is a date', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });
  test.each(['General', '@', '#,##0.00', '0%', '#,##0 "ha"', '0.00E+00', '[Red]#,##0;[Blue]-#,##0', '_(* #,##0_)', '"Tháng "0'])('%s is not a date', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
  // Excel's rules: elapsed time in brackets is time; quoted or escaped letters, colours, conditions,
  // locales and later sections are not date tokens
  test.each(['[h]', '[mm]', '[ss]', '[hh]" giờ"', '[H]:mm', '#,##0 [h]'])('%s (elapsed time) is a date', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });
  test.each(['[<100]0;[Red]0', '\\d0', '"dd"0', '"yyyy" 0.00', '[Red]0.00', '0.00;[h]', '0;-0;"h"', '[$-42A]0.00', '[Blue][<=9999]0', '0.00_h', '0*s'])('%s is not a date', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
});
