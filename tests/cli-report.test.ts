/** The command's text helpers: number formatting, tables and the grouped check report. */
import type { Finding } from 'hoptac/workbook';
import { describe, expect, it } from 'vitest';
import { checkReport, findingJson, formatDecimal, table } from '../packages/cli/src/report.js';

const f = (severity: 'error' | 'warning', code: string, sheet?: string, cell?: string): Finding =>
  ({ severity, code, ...(sheet === undefined ? {} : { sheet }), ...(cell === undefined ? {} : { cell }), message: `en ${code}`, messageVi: `vi ${code}`, messageKey: 'finding.outlier.flow' as const, params: { board: 'DN' } }) as Finding;

describe('formatDecimal', () => {
  it.each([
    ['0', '0', '0'],
    ['1234567.5', '1.234.567,5', '1,234,567.5'],
    ['-1234', '-1.234', '-1,234'],
    ['999', '999', '999'],
    ['0.00012', '0,00012', '0.00012'],
    ['12345678901234567890.123', '12.345.678.901.234.567.890,123', '12,345,678,901,234,567,890.123'],
  ])('%s -> %s (vi), %s (en)', (d, vi, en) => {
    expect(formatDecimal(d, 'vi')).toBe(vi);
    expect(formatDecimal(d, 'en')).toBe(en);
  });
});

describe('table', () => {
  it('pads Vietnamese text by characters and right-aligns numbers', () => {
    expect(table([['Đơn vị', 'Kỳ này'], ['DN', '1.234,5'], ['Tổng', '12']], [false, true])).toBe(['Đơn vị   Kỳ này', 'DN      1.234,5', 'Tổng         12'].join('\n'));
  });
});

describe('checkReport', () => {
  it('puts workbook-level findings first, then sheets in order, with counts per group', () => {
    const text = checkReport([f('error', 'missing-sheet', 'Boards', 'A3'), f('warning', 'text-number', 'DN', 'E5'), f('warning', 'period-outside-data'), f('error', 'not-a-number', 'DN', 'F5')], 'en', ['Title']);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Title');
    expect(lines[1]).toBe('Result: errors found (2 errors, 2 warnings).');
    const groups = lines.filter((l) => /^(Sheet|Whole)/.test(l));
    expect(groups).toEqual(['Whole workbook: 1 warning', 'Sheet "Boards": 1 error', 'Sheet "DN": 1 error, 1 warning']);
  });

  it('says so when there is nothing to report', () => {
    expect(checkReport([], 'vi', ['T'])).toBe('T\nKết quả: hợp lệ (0 lỗi, 0 cảnh báo).\n\nKhông có lỗi hay cảnh báo nào.\n');
  });
});

describe('findingJson', () => {
  it('has exactly the contract keys, null for an absent sheet or cell, the message in the language', () => {
    expect(findingJson(f('warning', 'period-outside-data'), 'vi')).toEqual({ severity: 'warning', code: 'period-outside-data', sheet: null, cell: null, message: 'vi period-outside-data', params: { board: 'DN' } });
    expect(Object.keys(findingJson(f('error', 'x', 'DN', 'A1'), 'en'))).toEqual(['severity', 'code', 'sheet', 'cell', 'message', 'params']);
  });
});
