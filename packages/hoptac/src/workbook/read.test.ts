import { describe, expect, test } from 'vitest';
import { observations } from '../observation/set.js';
import { consolidate } from '../consolidate/consolidate.js';
import { readWorkbook } from './read/index.js';
import { FINDING_CODES, FINDING_SEVERITY, type Finding } from './findings.js';
import { boardSheet, boardsSheet, err, grid, num, sheet } from '../../../../tests/helpers/test-grid.js';
import type { GridSheet } from './grid.js';

const where = (f: Finding) => `${f.code} ${f.sheet ?? '-'}!${f.cell ?? '-'}`;
const at = (fs: readonly Finding[], code: string) => fs.filter((f) => f.code === code).map((f) => `${f.sheet ?? '-'}!${f.cell ?? '-'}`);

/** One workbook with (almost) every finding planted at a known cell. */
function planted(): { sheets: GridSheet[] } {
  const settings = sheet('Settings', [['key', 'value'], ['number_format', 'vi'], ['colour', 'red']]);
  const boards = sheet('Boards', [
    ['code', 'name', 'province', 'zone_kind', 'focal_unit'],
    ['DN', 'BQL các KCN Đồng Nai', 'Đồng Nai', 'KCN', 'Phòng KHTH'],
    ['LD', 'BQL các KCN Lâm Đồng', 'Lâm Đồng', 'kcn', 'Phòng KHTH'],
    ['BP', 'BQL KKT Bình Phước', 'Bình Phước', 'KKT', 'Phòng KHTH'],
    ['DN', 'again', 'x', 'KCN', 'x'], // duplicate-board A5
    ['bad code', 'x', 'x', 'KCN', 'x'], // bad-board A6
    ['XX', 'no sheet', 'x', 'ABC', 'x'], // bad-board D7, missing-sheet A7
  ]);
  const targets = sheet('Targets', [
    ['board', 'indicator', 'year', 'target'],
    ['DN', 'export_value', 2017, 100],
    ['ZZ', 'export_value', 2017, 100], // bad-target A3
    ['DN', 'occupancy_rate', 2017, 5], // bad-target B4
    ['DN', 'export_value', '2017', 7], // bad-target A5 (duplicate)
    ['DN', 'import_value', 2017, 'abc'], // not-a-number D6
  ]);
  const dn = sheet(
    'DN',
    [
      ['BÁO CÁO KẾT QUẢ THÁNG'],
      ['code', 'indicator', 'unit', 'opening', '2017-01', 'T2/2017', 'Tháng 3/2017', 'bogus', '2017-05', '05/2017', 'ghi chú'],
      [null, 'I. Thu hút đầu tư'],
      ['export_value', 'Kim ngạch XK', 'nghìn USD', 1000, 1500, '1.234,5', '-', null, 2000, 5, 'x'], // unit-converted C4, text-number F4
      ['export_value', 'again', 'triệu USD', null, 1, 1, 1, null, 1], // duplicate-indicator A5
      ['bogus_code', 'x', 'người', null, 1], // unknown-indicator A6
      ['workers_total', 'x', 'người', null, 100, -5, err('#REF!'), null, 'abc'], // negative-stock F7, formula-error G7, not-a-number I7
      ['leased_land_area', 'x', 'ha', null, 600, 50, 50, null, 50], // ratio-parts E8
      ['industrial_land_area', 'x', 'ha', null, 500, 100, 100, null, 100],
      ['budget_contribution', 'x', 'USD', null, 1], // unit-mismatch C10
      [
        'revenue_fdi', 'x', 'triệu USD', null,
        num('1234567890123460000', { raw: '1234567890123456789' }), // precision-loss E11
        '12.345.678.901.234.567', // text-number + precision-loss F11
        { kind: 'empty', value: '', formula: 'SUM(A1:A2)', noCachedValue: true }, // no-cached-value G11
        null,
        num('42736', { format: 'dd/mm/yyyy' }), // date-value I11
      ],
      ['import_value', 'x', null, null, true, 1, 1, null, 1], // blank-unit C12, boolean-value E12
      ['occupancy_rate', 'x', '%', null, 50], // ratio-reported A13
      ['workers_foreign', 'x', 'người', 5, 1, 1, 1, null, 1], // opening-not-flow D14
      [null, 'Tổng', null, null, 12], // row-without-code A15
      ['fdi_projects_new', 'x', 'dự án', null, 1, 1, 1, null, 1], // hidden-row A16
      ['fdi_capital_new', 'x', 'triệu USD', null, 1, 1, 1, null, 1], // merged-cell E17
      ['ddi_capital_new', 'Kim ngạch nhập khẩu', 'tỷ đồng', null, 1, 1, 1, null, 1], // name-mismatch B18
    ],
    { hiddenRows: [15], merges: ['A1:K1', 'E17:F17'] },
  );
  const ld = boardSheet('LD', ['2017-01', '2017-02'], [
    ['export_value', 'triệu USD', 3, null], // missing-value E2 (DN reported 2017-02); no 2017-03 column: missing-value LD!A1
  ]);
  const bp = sheet('BP', [['Báo cáo'], ['nothing here']]); // bad-header BP!A1
  const hn = sheet('HN', [['ghi chú'], ['Mã', 'chỉ tiêu']]); // unknown-sheet HN!A2
  const proto = sheet('__proto__', [['x']]); // reserved-sheet-name
  const dup = sheet('dn ', [['code']]); // duplicate-sheet
  const own = sheet('Tổng hợp', [['code', 'x'], ['garbage', 'x']]); // ignored silently
  return { sheets: [settings, boards, targets, dn, ld, bp, hn, proto, dup, own] };
}

describe('readWorkbook: every finding at its cell, in one pass', () => {
  const model = readWorkbook(planted());
  const fs = model.findings;

  test.each([
    ['unknown-setting', ['Settings!A3']],
    ['duplicate-board', ['Boards!A5']],
    ['bad-board', ['Boards!A6', 'Boards!D7']],
    ['missing-sheet', ['Boards!A7']],
    ['bad-target', ['Targets!A3', 'Targets!B4', 'Targets!A5']],
    ['not-a-number', ['Targets!D6', 'DN!I7']],
    ['bad-period-header', ['DN!H2']],
    ['duplicate-period', ['DN!J2']],
    ['unit-converted', ['DN!C4']],
    ['duplicate-indicator', ['DN!A5']],
    ['unknown-indicator', ['DN!A6']],
    ['negative-stock', ['DN!F7']],
    ['formula-error', ['DN!G7']],
    ['ratio-parts', ['DN!E8', 'DN!F14']], // F14: 1 foreign worker against -5 workers
    ['unit-mismatch', ['DN!C10']],
    ['precision-loss', ['DN!E11', 'DN!F11']],
    ['no-cached-value', ['DN!G11']],
    ['date-value', ['DN!I11']],
    ['blank-unit', ['DN!C12']],
    ['boolean-value', ['DN!E12']],
    ['ratio-reported', ['DN!A13']],
    ['opening-not-flow', ['DN!D14']],
    ['row-without-code', ['DN!A15']],
    ['hidden-row', ['DN!A16']],
    ['merged-cell', ['DN!E17']],
    ['name-mismatch', ['DN!B18']],
    ['bad-header', ['BP!A1']],
    ['unknown-sheet', ['HN!A2']],
    ['reserved-sheet-name', ['__proto__!-']],
    ['duplicate-sheet', ['dn !-']],
  ])('%s', (code, cells) => {
    expect(at(fs, code)).toEqual(cells);
    for (const f of fs.filter((x) => x.code === code)) {
      expect(f.severity).toBe(FINDING_SEVERITY.get(f.code));
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.messageVi.length).toBeGreaterThan(20);
      expect(f.messageVi).not.toBe(f.message);
    }
  });

  test('a negative stock names its month (column F is T2/2017) and its value', () => {
    const f = fs.find((x) => x.code === 'negative-stock');
    expect(f?.params).toMatchObject({ indicator: 'workers_total', value: '-5', month: '2017-02' });
  });

  test('text-number and missing-value', () => {
    expect(at(fs, 'text-number')).toEqual(['DN!F4', 'DN!F11']);
    expect(at(fs, 'missing-value')).toContain('LD!E2');
    expect(at(fs, 'missing-value')).toContain('LD!A1');
  });

  test('stable order: sheet tab order, then row, then column', () => {
    const tab = new Map(planted().sheets.map((s, i) => [s.name, i] as const));
    const key = (f: Finding) => {
      const m = /^([A-Z]+)(\d+)$/.exec(f.cell ?? '');
      const col = m === null ? -1 : [...m[1]!].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
      return [f.sheet === undefined ? -1 : tab.get(f.sheet)!, m === null ? -1 : Number(m[2]), col];
    };
    for (let i = 1; i < fs.length; i++) {
      const a = key(fs[i - 1]!);
      const b = key(fs[i]!);
      const cmp = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
      expect(cmp, `${where(fs[i - 1]!)} before ${where(fs[i]!)}`).toBeLessThanOrEqual(0);
    }
  });

  test('counts are exact and ok is false', () => {
    for (const code of new Set(fs.map((f) => f.code))) expect(model.counts[code]).toBe(fs.filter((f) => f.code === code).length);
    expect(model.ok).toBe(false);
  });

  test('nothing from the tool\'s own output sheet', () => {
    expect(fs.some((f) => f.sheet === 'Tổng hợp')).toBe(false);
  });

  test('what was read despite the problems', () => {
    expect(model.boards.map((b) => b.code)).toEqual(['DN', 'LD', 'BP', 'XX']);
    expect(model.boards[1]!.zoneKind).toBe('KCN');
    expect(model.months).toEqual(['2017-01', '2017-02', '2017-03', '2017-05']);
    const obs = [...observations(model.observations)];
    const ev = obs.filter((o) => o.board === 'DN' && o.indicator === 'export_value').map((o) => [o.month, o.value, o.source?.cell]);
    // nghìn USD to triệu USD, exactly; '-' is zero
    expect(ev).toEqual([
      ['2017-01', '1.5', 'E4'],
      ['2017-02', '1.2345', 'F4'],
      ['2017-03', '0', 'G4'],
      ['2017-05', '2', 'I4'],
    ]);
    // the bad-unit row and the ratio row are not stored
    expect(obs.some((o) => o.indicator === 'budget_contribution' || o.indicator === 'occupancy_rate')).toBe(false);
    // the text number with 17 digits is kept whole
    expect(obs.find((o) => o.board === 'DN' && o.indicator === 'revenue_fdi' && o.month === '2017-02')?.value).toBe('12345678901234567');
  });

  test('every code of the format table and the extras has a message', () => {
    const all = new Set(FINDING_CODES);
    expect(all.size).toBe(44);
    for (const f of fs) expect(all.has(f.code)).toBe(true);
  });
});

describe('readWorkbook: sheets and catalogue', () => {
  test('no Boards sheet: missing-sheet without a sheet; board-like sheets are unknown', () => {
    const m = readWorkbook(grid(boardSheet('DN', ['2017-01'], [['export_value', 'triệu USD', 1]])));
    expect(m.findings.map(where)).toEqual(['missing-sheet -!-', 'unknown-sheet DN!A1']);
    expect(m.ok).toBe(false);
    expect(m.findings[0]!.sheet).toBeUndefined();
  });

  test('Vietnamese sheet names and headers, old tone placement, title rows', () => {
    const m = readWorkbook(
      grid(
        sheet('Đơn vị', [['Mã', 'Tên', 'Tỉnh', 'Loại', 'Đầu mối'], ['DN', 'BQL', 'Đồng Nai', 'Khu chế xuất', 'P']]),
        sheet('Cài đặt', [['Khóa', 'Giá trị'], ['number_format', 'en']]),
        sheet('DN', [
          ['BÁO CÁO'],
          [],
          ['mã', 'Chỉ tiêu', 'Đơn vị tính', 'Luỹ kế đầu kỳ', num('42736', { format: 'mm/yyyy' }), 'Tháng 2 năm 2017', 'Ghi chú'],
          ['export_value', 'x', 'Tr.USD', '1,000.5', '1,234.5', 2, 'whatever'],
        ]),
      ),
    );
    expect(m.findings.map(where)).toEqual(['text-number DN!D4', 'text-number DN!E4']);
    expect(m.settings.numberFormat).toBe('en');
    expect(m.boards).toEqual([{ code: 'DN', name: 'BQL', province: 'Đồng Nai', zoneKind: 'KCX', focalUnit: 'P' }]);
    expect(m.months).toEqual(['2017-01', '2017-02']);
    const r = consolidate(m.observations, { period: '2017-02', indicators: ['export_value'], measures: ['cumulative'], withoutAll: true });
    expect(r.rows[0]!.value).toBe('2237'); // opening 1000.5 + 1234.5 + 2
  });

  test('Indicators sheet: catalogue read, bad rows at their cells', () => {
    const m = readWorkbook(
      grid(
        boardsSheet('DN'),
        sheet('Indicators', [
          ['code', 'name_vi', 'name_en', 'unit', 'kind', 'numerator', 'denominator', 'decimals'],
          ['jobs', 'Việc làm', 'jobs', 'người', 'thời kỳ'],
          ['staff', 'Nhân sự', 'staff', 'người', 'stock'],
          ['share', 'Tỷ lệ', 'share', '%', 'ratio', 'jobs', 'staff', 1],
          ['jobs', 'again', 'again', 'người', 'flow'], // duplicate-indicator A5
          ['Bad Code', 'x', 'x', 'người', 'flow'], // bad-indicator A6
          ['area', 'x', 'x', 'gallon', 'stock'], // bad-indicator D7
          ['mix', 'x', 'x', '%', 'ratio', 'jobs', 'nothing'], // bad-indicator G8
        ]),
        boardSheet('DN', ['2017-01'], [['jobs', 'người', 5], ['staff', 'người', 10]]),
      ),
    );
    expect(m.findings.map(where)).toEqual(['duplicate-indicator Indicators!A5', 'bad-indicator Indicators!A6', 'bad-indicator Indicators!D7', 'bad-indicator Indicators!G8']);
    expect(m.findings[3]!.messageVi).toBe('mẫu số "nothing" của chỉ tiêu tỷ lệ "mix" không có (hoặc không hợp lệ) trong danh mục. Dòng này bị bỏ qua.');
    expect(m.findings[2]!.message).toContain('The unit "gallon" of indicator "area" is not a unit of format 1');
    expect(m.catalogue.indicators.map((i) => [i.code, i.kind, i.decimals])).toEqual([
      ['jobs', 'flow', 2],
      ['staff', 'stock', 2],
      ['share', 'ratio', 1],
    ]);
    const r = consolidate(m.observations, { period: '2017-01', catalogue: m.catalogue, indicators: ['share'], measures: ['value'], withoutAll: true });
    expect(r.rows[0]!.value).toBe('50.0');
  });

  test('Indicators: kind, decimals, parts of a non-ratio, a ratio of ratios, a blank name', () => {
    const m = readWorkbook(
      grid(
        boardsSheet('DN'),
        sheet('Indicators', [
          ['mã', 'tên', 'tên tiếng anh', 'đvt', 'loại', 'tử số', 'mẫu số', 'số thập phân'],
          ['a', 'A', null, 'người', 'luồng'], // E2 kind
          ['x', 'X', null, 'người', 'thời điểm', null, null, 13], // H3 decimals
          ['b', 'B', null, 'người', 'thời điểm', null, null, 0],
          ['c', 'C', null, 'người', 'flow', 'b'], // F5 not a ratio
          ['d', 'D', null, '%', 'tỷ lệ', 'b', 'b'],
          ['e', 'E', null, '%', 'ratio', 'd', 'b'], // F7 a ratio of ratios
          ['f', null, null, 'người', 'flow'], // B8 no name
          ['g', 'G', null, '%', 'ratio', 'b'], // G9 no denominator
          ['h', 'H', null, '%', 'ratio', 'h', 'b'], // F10 itself
        ]),
        boardSheet('DN', ['2017-01'], [['b', 'người', 1]]),
      ),
    );
    expect(m.findings.map(where)).toEqual([
      'bad-indicator Indicators!E2',
      'bad-indicator Indicators!H3',
      'bad-indicator Indicators!F5',
      'bad-indicator Indicators!F7',
      'bad-indicator Indicators!B8',
      'bad-indicator Indicators!G9',
      'bad-indicator Indicators!F10',
    ]);
    expect(m.catalogue.indicators.map((i) => [i.code, i.kind, i.decimals, i.nameEn])).toEqual([
      ['b', 'stock', 0, 'B'],
      ['d', 'ratio', 2, 'D'],
    ]);
  });

  test('Targets: blank parts, bad year, blank target; good rows become targets in catalogue units', () => {
    const m = readWorkbook(
      grid(
        boardsSheet('DN'),
        sheet('Kế hoạch', [
          ['Đơn vị', 'Chỉ tiêu', 'Năm', 'Kế hoạch'],
          ['DN', null, 2017, 5], // B2 blank indicator
          ['DN', 'export_value', 'năm ngoái', 5], // C3 bad year
          ['DN', 'export_value', 2018, null], // no target: skipped silently
          ['dn', 'EXPORT_VALUE', 'Năm 2017', '1.250,5'], // text-number D5
          [null, null, null, null],
        ]),
        boardSheet('DN', ['2017-01'], [['export_value', 'triệu USD', 1]]),
      ),
    );
    expect(m.findings.map(where)).toEqual(['bad-target Kế hoạch!B2', 'bad-target Kế hoạch!C3', 'text-number Kế hoạch!D5']);
    const r = consolidate(m.observations, { period: '2017-01', indicators: ['export_value'], measures: ['target', 'ytd_target_pct'], withoutAll: true });
    expect(r.rows.map((x) => x.value)).toEqual(['1250.5', '0.08']);
  });

  test('bad headers, no boards, bad setting', () => {
    const m = readWorkbook(
      grid(
        sheet('Settings', [['key', 'value'], ['number_format', 'fr'], ['number_format', 'en']]),
        sheet('Boards', [['code', 'province']]),
        sheet('Targets', [['board', 'indicator', 'year']]),
      ),
    );
    expect(m.findings.map(where)).toEqual([
      'bad-setting Settings!B2',
      'bad-setting Settings!A3',
      'no-boards Boards!A1',
      'bad-header Boards!C1',
      'bad-header Boards!C1',
      'bad-header Targets!D1',
    ]);
    expect(m.settings.numberFormat).toBe('vi');
  });

  test('a board sheet without a unit column or months', () => {
    const m = readWorkbook(grid(boardsSheet('DN', 'LD'), sheet('DN', [['code', 'indicator', '2017-01'], ['export_value', 'x', 1]]), sheet('LD', [['code', 'indicator', 'unit'], ['export_value', 'x', 'triệu USD']])));
    expect(m.findings.map(where)).toEqual(['bad-header DN!D1', 'bad-header LD!D1']);
    // the catalogue unit is assumed when the column is absent
    expect([...observations(m.observations)].map((o) => o.value)).toEqual(['1']);
  });

  test('opening of a flow counts in cumulative; blank means none', () => {
    const m = readWorkbook(
      grid(
        boardsSheet('DN'),
        sheet('DN', [
          ['code', 'indicator', 'unit', 'opening', '2017-01', '2017-02'],
          ['export_value', 'x', 'nghìn USD', 2500, 1000, 500],
          ['import_value', 'x', 'triệu USD', null, 1, 2],
        ]),
      ),
    );
    const r = consolidate(m.observations, { period: '2017-02', indicators: ['export_value', 'import_value'], measures: ['cumulative', 'ytd'], withoutAll: true });
    expect(r.rows.map((x) => `${x.indicator} ${x.measure} ${x.value}`)).toEqual(['export_value ytd 1.5', 'export_value cumulative 4', 'import_value ytd 3', 'import_value cumulative 3']);
  });

  test('unit conversion is exact in both directions (m2 to ha, triệu to tỷ đồng)', () => {
    const m = readWorkbook(
      grid(boardsSheet('DN'), boardSheet('DN', ['2017-01'], [['leased_land_area', 'm2', num('12345.67')], ['budget_contribution', 'triệu đồng', num('0.001')], ['workers_total', 'người', num('1e3'.replace('1e3', '1000'))]])),
    );
    const v = new Map([...observations(m.observations)].map((o) => [o.indicator, o.value]));
    expect(v.get('leased_land_area')).toBe('1.234567');
    expect(v.get('budget_contribution')).toBe('0.000001');
    expect(v.get('workers_total')).toBe('1000');
    expect(m.findings.map(where)).toEqual(['unit-converted DN!C2', 'unit-converted DN!C3']);
  });

  test('precision-loss: not for a formula result with float noise', () => {
    const m = readWorkbook(
      grid(boardsSheet('DN'), boardSheet('DN', ['2017-01', '2017-02'], [['export_value', 'triệu USD', num('0.3', { raw: '0.30000000000000004', formula: 'A1+A2' }), num('0.3', { raw: '0.30000000000000004' })]])),
    );
    expect(m.findings.map(where)).toEqual(['precision-loss DN!E2']);
  });

  test('headings and notes in column A without values are skipped; a code-like typo is not', () => {
    const m = readWorkbook(
      grid(boardsSheet('DN'), boardSheet('DN', ['2017-01'], [['I', null, null], ['1', null, null], ['Người lập biểu', null, null], ['export_valu', null, null], ['Tổng cộng', 'triệu USD', 5]])),
    );
    expect(m.findings.map(where)).toEqual(['unknown-indicator DN!A5', 'unknown-indicator DN!A6']);
    expect(m.findings[0]!.message).toContain('e.g. to exports (export_value),'); // the nearest code to export_valu, by name
    expect(m.findings[0]!.messageVi).toContain('ví dụ Kim ngạch xuất khẩu (export_value),');
  });

  test('number cells off the Grid contract: exponent form read exactly, garbage is not-a-number', () => {
    const m = readWorkbook(grid(boardsSheet('DN'), boardSheet('DN', ['2017-01', '2017-02', '2017-03'], [['export_value', 'triệu USD', num('1.5e3'), num('NaN'), num('')]])));
    expect(m.findings.map(where)).toEqual(['not-a-number DN!E2', 'not-a-number DN!F2']);
    expect([...observations(m.observations)][0]!.value).toBe('1500');
  });

  test('a blank header among the months: harmless when the column is empty, bad-period-header over values', () => {
    const m = readWorkbook(grid(boardsSheet('DN'), boardSheet('DN', ['2017-01', null, '2017-02', null, '2017-03'], [['export_value', 'triệu USD', 1, null, 2, 7, 3]])));
    expect(m.findings.map(where)).toEqual(['bad-period-header DN!G1']);
  });

  test('an error value typed or pasted as text is a formula-error, other # text is not-a-number', () => {
    const m = readWorkbook(grid(boardsSheet('DN'), boardSheet('DN', ['2017-01', '2017-02', '2017-03'], [['export_value', 'triệu USD', ' #n/a ', '#DIV/0!', '#1']])));
    expect(m.findings.map(where)).toEqual(['formula-error DN!D2', 'formula-error DN!E2', 'not-a-number DN!F2']);
  });

  test('boards and sheets named like Object.prototype members work (everything is keyed by Map)', () => {
    const m = readWorkbook(
      grid(
        boardsSheet('__PROTO__', 'CONSTRUCTOR', 'TOSTRING'),
        boardSheet('__proto__', ['2017-01'], [['export_value', 'triệu USD', 1]]),
        boardSheet('constructor', ['2017-01'], [['export_value', 'triệu USD', 2]]),
        boardSheet('toString', ['2017-01'], [['export_value', 'triệu USD', 3]]),
        sheet('hasOwnProperty', [['x']]),
      ),
    );
    expect(m.findings.map(where)).toEqual([
      'reserved-sheet-name __proto__!-',
      'reserved-sheet-name constructor!-',
      'reserved-sheet-name toString!-',
      'reserved-sheet-name hasOwnProperty!-',
    ]);
    expect(m.ok).toBe(true);
    expect([...observations(m.observations)].map((o) => `${o.board}=${o.value}`)).toEqual(['__PROTO__=1', 'CONSTRUCTOR=2', 'TOSTRING=3']);
  });

  test('a Grid that is not one never throws', () => {
    expect(readWorkbook({ sheets: [] }).ok).toBe(false);
    expect(() => readWorkbook({} as never)).not.toThrow();
    expect(() => readWorkbook({ sheets: [{ name: 'Boards', rows: [undefined, [undefined, { kind: 'text', value: 'x' }]] }] })).not.toThrow();
    const nulls = [null, [null, null], ['code', null, 'unit', '2017-01'], ['export_value', null, null, null]].map((r) => (r === null ? null : r.map((c) => (c === null ? null : { kind: 'text', value: c }))));
    expect(() => readWorkbook({ sheets: [boardsSheet('DN'), { name: 'DN', rows: nulls }, null, { name: 'x' }] } as never)).not.toThrow();
  });
});

describe('readWorkbook: caps', () => {
  test('details capped per code, counts exact, one extra warning, the kept ones are the first', () => {
    const values = Array.from({ length: 30 }, () => 'abc');
    const months = Array.from({ length: 30 }, (_, i) => `20${10 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const g = grid(boardsSheet('DN'), boardSheet('DN', months, [['export_value', 'triệu USD', ...values], ['import_value', 'triệu USD', ...values]]));
    const m = readWorkbook(g, { maxDetailsPerCode: 5 });
    expect(m.counts['not-a-number']).toBe(60);
    expect(m.counts['findings-capped']).toBe(1);
    const nan = m.findings.filter((f) => f.code === 'not-a-number');
    expect(nan.map((f) => f.cell)).toEqual(['D2', 'E2', 'F2', 'G2', 'H2']);
    const last = m.findings[m.findings.length - 1]!;
    expect(last.code).toBe('findings-capped');
    expect(last.message).toContain('not-a-number: 60');
    // without a cap, everything
    expect(readWorkbook(g).findings.filter((f) => f.code === 'not-a-number')).toHaveLength(60);
  });

  test('the running top-k keeps the first by place even when emitted out of order', () => {
    // Targets (tab 2) is read before the board sheet (tab 1) would be; both emit not-a-number.
    const months = Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, '0')}`);
    const rows = Array.from({ length: 40 }, () => ['DN', 'export_value', 2017, 'x']);
    const g = grid(boardsSheet('DN'), boardSheet('DN', months, [['export_value', 'triệu USD', ...months.map(() => 'bad')]]), sheet('Targets', [['board', 'indicator', 'year', 'target'], ...rows]));
    const m = readWorkbook(g, { maxDetailsPerCode: 3 });
    expect(m.findings.filter((f) => f.code === 'not-a-number').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['DN!D2', 'DN!E2', 'DN!F2']);
    expect(m.counts['not-a-number']).toBe(13);
  });
});

describe('month headers', () => {
  test.each([
    ['2017-01', '2017-01'], ['01/2017', '2017-01'], ['1/2017', '2017-01'], ['T1/2017', '2017-01'], ['t01/2017', '2017-01'], ['T12/2017', '2017-12'],
    ['Tháng 1/2017', '2017-01'], ['THÁNG 10/2017', '2017-10'], ['Tháng 01/2017', '2017-01'], ['Tháng 1 năm 2017', '2017-01'], ['Thang 3/2017', '2017-03'],
    ['tháng 1-2017', '2017-01'], [' 2017-M03 ', '2017-03'],
  ])('%s is %s', (header, month) => {
    const m = readWorkbook(grid(boardsSheet('DN'), boardSheet('DN', [header], [['export_value', 'triệu USD', 1]])));
    expect(m.findings).toEqual([]);
    expect(m.months).toEqual([month]);
  });

  test.each(['13/2017', 'Tháng 0/2017', 'T1/17', '2017-13', 'Quý I/2017', '2017', 'Tháng1/2017x'])('%s is not a month', (header) => {
    const m = readWorkbook(grid(boardsSheet('DN'), boardSheet('DN', [header, '2017-05'], [['export_value', 'triệu USD', 1, 2]])));
    expect(m.findings.map(where)).toEqual(['bad-period-header DN!D1']);
  });
});

describe('JSDoc examples hold', () => {
  test('readWorkbook', () => {
    const t = (value: string) => ({ kind: 'text' as const, value });
    const n = (value: string) => ({ kind: 'number' as const, value });
    const model = readWorkbook({
      sheets: [
        { name: 'Boards', rows: [[t('code'), t('name'), t('province'), t('zone_kind'), t('focal_unit')], [t('DN'), t('BQL các KCN Đồng Nai'), t('Đồng Nai'), t('KCN'), t('Phòng KHTH')]] },
        { name: 'DN', rows: [[t('code'), t('indicator'), t('unit'), t('2017-01')], [t('export_value'), t('Kim ngạch xuất khẩu'), t('nghìn USD'), n('1520500')]] },
      ],
    });
    expect(model.ok).toBe(true);
    expect(model.findings.map((f) => f.code)).toEqual(['unit-converted']);
    expect([...observations(model.observations)][0]!.value).toBe('1520.5');
  });

  test('findingMessage', async () => {
    const { findingMessage } = await import('./findings.js');
    const model = readWorkbook({ sheets: [] });
    expect(findingMessage(model.findings[0]!, 'vi')).toMatch(/^Thiếu trang tính "Boards"/);
    expect(findingMessage(model.findings[0]!, 'en')).toMatch(/^The "Boards" sheet/);
  });
});
