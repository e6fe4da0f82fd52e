import { describe, expect, it } from 'vitest';
import { excelDateSerial, excelTypedInput } from './typed-input.js';

// Serial days counted by hand from Excel's epoch (1 = 1900-01-01, 60 = the phantom 1900-02-29):
// 2017-12-31 is 43100 (2018-01-01 is 43101, a date Excel users know), 1900-03-01 is 61.
const today = new Date(2026, 5, 15);

describe('excelTypedInput: text written to a General cell is read as typed (en-US)', () => {
  it.each([
    ['TRUE', { kind: 'boolean', value: true }],
    ['false', { kind: 'boolean', value: false }],
    ['50%', { kind: 'number', value: 0.5, format: '0%' }],
    ['12.5%', { kind: 'number', value: 0.125, format: '0.00%' }],
    ['1,234', { kind: 'number', value: 1234, format: '#,##0' }],
    ['1,234,567.25', { kind: 'number', value: 1234567.25, format: '#,##0.00' }],
    ['(5)', { kind: 'number', value: -5 }],
    ['-7.5', { kind: 'number', value: -7.5 }],
    ['+3', { kind: 'number', value: 3 }],
    ['  42 ', { kind: 'number', value: 42 }],
    ['.5', { kind: 'number', value: 0.5 }],
    ['$5', { kind: 'number', value: 5, format: '"$"#,##0' }],
    ['1E3', { kind: 'number', value: 1000, format: '0.00E+00' }],
    ['123456789012345678', { kind: 'number', value: 123456789012345000 }],
    ['12/31/2017', { kind: 'date', value: 43100, format: 'm/d/yyyy' }],
    ['2017-12-31', { kind: 'date', value: 43100, format: 'm/d/yyyy' }],
    ['2018-01', { kind: 'date', value: 43101, format: 'mmm-yy' }],
    ['1/2018', { kind: 'date', value: 43101, format: 'mmm-yy' }],
    ['1-Jan-18', { kind: 'date', value: 43101, format: 'd-mmm-yy' }],
    ['Jan 2018', { kind: 'date', value: 43101, format: 'mmm-yy' }],
    ['1900-03-01', { kind: 'date', value: 61, format: 'm/d/yyyy' }],
    ['1900-01-01', { kind: 'date', value: 1, format: 'm/d/yyyy' }],
    ['12:00', { kind: 'date', value: 0.5, format: 'h:mm' }],
    ['6:00 PM', { kind: 'date', value: 0.75, format: 'h:mm AM/PM' }],
    ['#N/A', { kind: 'error', text: '#N/A' }],
    ['=SUM(1)', { kind: 'formula', formula: '=SUM(1)' }],
    ['-abc', { kind: 'formula', formula: '=-abc' }],
    ["'00123", { kind: 'text', text: '00123' }],
    ['', { kind: 'empty' }],
  ])('%j', (text, want) => {
    expect(excelTypedInput(text, today)).toEqual(want);
  });

  it('reads a day and month without a year in the current year', () => {
    // 2026-01-02: 2018-01-01 is 43101, plus the days of 2018..2025 (2 leap years) and one day
    expect(excelTypedInput('1/2', today)).toEqual({ kind: 'date', value: 43101 + 8 * 365 + 2 + 1, format: 'd-mmm' });
  });

  it.each(['Quý IV/2017', '2017-Q4', '71,85', '1,23', '1.234,5', '2/30/2017', '13/2018', '1,2345', '$5%', '(-5)', 'abc', 'Tháng 10/2017', '10 tỷ'])('keeps %j as text', (text) => {
    expect(excelTypedInput(text, today)).toEqual({ kind: 'text', text });
  });

  it('counts serial days as Excel does, with its phantom 29 February 1900', () => {
    expect(excelDateSerial(1900, 2, 28)).toBe(59);
    expect(excelDateSerial(1900, 3, 1)).toBe(61);
    expect(excelDateSerial(2018, 1, 1)).toBe(43101);
  });
});
