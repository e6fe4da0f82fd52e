import { describe, expect, test } from 'vitest';
import { readWorkbook } from './read/index.js';
import { boardSheet, boardsSheet, grid, sheet } from '../../../../tests/helpers/test-grid.js';
import type { Finding } from './findings.js';

const at = (fs: readonly Finding[], code: string) => fs.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);
const MONTHS = ['2017-01', '2017-02', '2017-03'];
// DN: foreign workers above total in March (F3), out-of-province above total in February (E4)
const dn = () =>
  boardSheet('DN', MONTHS, [
    ['workers_total', 'người', 1000, 1000, 1000],
    ['workers_foreign', 'người', 10, 20, 2000],
    ['workers_out_of_province', 'người', 500, 1500, null],
    ['fdi_projects_new', 'dự án', 1, -1, 0],
  ]);
const RULES_HEADER = ['code', 'left', 'operator', 'right', 'severity', 'message_vi', 'message_en'];

describe('the Rules sheet', () => {
  test('rules are checked per board and month; a violation is at its first indicator\'s cell with both values', () => {
    const m = readWorkbook(
      grid(boardsSheet('DN'), dn(), sheet('Rules', [RULES_HEADER, ['foreign_tenth', 'workers_foreign * 10', '<=', 'workers_total', 'warning', 'Lao động nước ngoài quá nhiều', 'Too many foreign workers']])),
    );
    const v = m.findings.filter((f) => f.code === 'rule-violated' && f.message.includes('foreign_tenth'));
    // months start in column D: 2000 foreign workers × 10 > 1000 in March (F3)
    expect(v.map((f) => [f.cell, f.severity])).toEqual([['F3', 'warning']]);
    expect(v[0]!.message).toBe('Too many foreign workers (rule foreign_tenth, board DN, March 2017: foreign workers (workers_foreign) * 10 = 20,000; workers (workers_total) = 1,000; foreign workers (workers_foreign) * 10 <= workers (workers_total) must hold)');
    expect(v[0]!.messageVi).toMatch(/^Lao động nước ngoài quá nhiều \(quy tắc foreign_tenth, đơn vị DN, tháng 03\/2017: Lao động nước ngoài \(workers_foreign\) \* 10 = 20\.000;/);
    expect(v[0]!.params).toMatchObject({ rule: 'foreign_tenth', month: '2017-03', leftValue: '20000' });
    const stats = m.rules.find((r) => r.rule === 'foreign_tenth')!;
    expect(stats).toMatchObject({ origin: 'sheet', evaluated: 3, violated: 1, skipped: 0 });
  });

  test('bad rules: each problem at its cell, in Vietnamese headers (Quy tắc); the other rules still run', () => {
    const m = readWorkbook(
      grid(
        boardsSheet('DN'),
        dn(),
        sheet('Quy tắc', [
          ['Danh sách quy tắc'],
          ['mã', 'vế trái', 'toán tử', 'vế phải', 'mức độ'],
          ['syntax', 'workers_total * (2', '<=', '5', 'error'], // B3: ends early
          ['unknown', 'workers_totl', '<=', '5', 'error'], // B4: unknown indicator
          ['op', 'workers_total', '=>>', '5', 'error'], // C5
          ['sev', 'workers_total', '>=', '0', 'fatal'], // E6
          ['ok', 'workers_total', '<', '1000', 'lỗi'], // violated everywhere: error
          ['ok', 'workers_total', '>', '0', 'error'], // A8: duplicate code
        ]),
      ),
    );
    expect(at(m.findings, 'bad-rule')).toEqual(['Quy tắc!B3', 'Quy tắc!B4', 'Quy tắc!C5', 'Quy tắc!E6', 'Quy tắc!A8']);
    const bad = m.findings.filter((f) => f.code === 'bad-rule');
    expect(bad[0]!.message).toMatch(/Rule "syntax" cannot be used: the left side ends before the expression is complete \(after character 18\)/);
    expect(bad[1]!.messageVi).toMatch(/"workers_totl" \(ký tự 1\) không có trong danh mục/);
    expect(bad.every((f) => f.severity === 'error')).toBe(true);
    expect(m.findings.filter((f) => f.code === 'rule-violated' && f.params['rule'] === 'ok').map((f) => [f.cell, f.severity])).toEqual([
      ['D2', 'error'], ['E2', 'error'], ['F2', 'error'],
    ]);
    expect(m.ok).toBe(false);
  });

  test('a sheet named Rules that names no rule column is left alone', () => {
    const m = readWorkbook(grid(boardsSheet('DN'), boardSheet('DN', MONTHS, [['workers_total', 'người', 1, 1, 1]]), sheet('Rules', [['Ghi chú'], ['nothing here']])));
    expect(m.findings).toEqual([]);
  });

  test('a Rules sheet missing a required column: bad-header where it is to be added', () => {
    const m = readWorkbook(grid(boardsSheet('DN'), boardSheet('DN', MONTHS, [['workers_total', 'người', 1, 1, 1]]), sheet('Rules', [['code', 'left', 'operator', 'right']])));
    expect(m.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(['bad-header Rules!E1']);
  });
});

describe('the built-in rules', () => {
  test('on by default: out-of-province workers within the total; never-negative flows; skips counted', () => {
    const m = readWorkbook(grid(boardsSheet('DN'), dn()));
    expect(m.findings.filter((f) => f.code === 'rule-violated').map((f) => [f.cell, f.severity])).toEqual([
      ['E4', 'warning'], // 1500 out-of-province workers of 1000
      ['E5', 'error'], // -1 new projects
    ]);
    // foreign workers above the total: the reader's ratio-parts (foreign_worker_share over 100 %), once
    expect(at(m.findings, 'ratio-parts')).toEqual(['DN!F3']);
    expect(m.findings.find((f) => f.cell === 'E4')!.message).toBe(
      'Rule workers from other provinces (workers_out_of_province) <= workers (workers_total) (builtin:workers_out_of_province<=workers_total) fails for board DN in February 2017: workers from other provinces (workers_out_of_province) = 1,500 and workers (workers_total) = 1,000. Check these values.',
    );
    // March has workers_total but no out-of-province figure: skipped, counted
    expect(m.rules.find((r) => r.rule === 'builtin:workers_out_of_province<=workers_total')).toMatchObject({ origin: 'builtin', evaluated: 2, violated: 1, skipped: 1 });
    expect(m.ok).toBe(false);
  });

  test('Settings builtin_rules = off turns them off (tắt too); another value is bad-setting', () => {
    const off = (v: string) => readWorkbook(grid(sheet('Settings', [['key', 'value'], ['builtin_rules', v]]), boardsSheet('DN'), dn()));
    for (const v of ['off', 'Tắt', 'false']) {
      const m = off(v);
      expect(at(m.findings, 'rule-violated')).toEqual([]);
      expect(m.rules).toEqual([]);
      expect(m.findings.filter((f) => f.code === 'bad-setting' || f.code === 'unknown-setting')).toEqual([]);
    }
    const bad = off('maybe');
    expect(at(bad.findings, 'bad-setting')).toEqual(['Settings!B2']);
    expect(at(bad.findings, 'rule-violated')).toEqual(['DN!E4', 'DN!E5']);
  });

  test('a custom catalogue without the % ratios gets the part rules; a non-% ratio undefined where it has a value', () => {
    const indicators = sheet('Indicators', [
      ['code', 'name_vi', 'name_en', 'unit', 'kind', 'numerator', 'denominator'],
      ['industrial_land_area', 'Đất cho thuê được', 'leasable land', 'ha', 'stock'],
      ['leased_land_area', 'Đất đã cho thuê', 'leased land', 'ha', 'stock'],
      ['workers_total', 'Lao động', 'workers', 'người', 'stock'],
      ['workers_foreign', 'Lao động nước ngoài', 'foreign workers', 'người', 'stock'],
      ['workers_per_ha', 'Lao động mỗi ha', 'workers per ha', 'người', 'ratio', 'workers_total', 'leased_land_area'],
    ]);
    const m = readWorkbook(
      grid(
        boardsSheet('DN'),
        indicators,
        boardSheet('DN', MONTHS, [
          ['industrial_land_area', 'ha', 100, 100, 100],
          ['leased_land_area', 'ha', 50, 120, 0], // E3: above leasable in February; F3: 0 while workers is 1000
          ['workers_total', 'người', 1000, 1000, 1000],
          ['workers_foreign', 'người', 10, 20, 1001], // F5
        ]),
      ),
    );
    expect(m.findings.filter((f) => f.code === 'rule-violated').map((f) => `${f.cell} ${String(f.params['rule'])}`)).toEqual([
      'E3 builtin:leased_land_area<=industrial_land_area',
      'F3 builtin:workers_per_ha-defined',
      'F5 builtin:workers_foreign<=workers_total',
    ]);
    expect(at(m.findings, 'ratio-parts')).toEqual([]);
  });
});

describe('outliers and unit slips at their cells', () => {
  const months = Array.from({ length: 14 }, (_, i) => `${2017 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const base = [12.5, 14, 13.2, 15, 12.8, 13.9, 14.4, 12.1, 13.5, 14.8, 13, 12.6];
  test('a flow ×1000 in one month (as typed in nghìn USD): unit-slip, naming the unit; another far month: outlier with the usual range', () => {
    const m = readWorkbook(
      grid(
        boardsSheet('DN'),
        boardSheet('DN', months, [
          ['export_value', 'triệu USD', ...base, 13800, 13.1], // P2: slip
          ['import_value', 'triệu USD', ...base, 25, 13.1], // P3: outlier
        ]),
      ),
    );
    expect(m.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(['unit-slip DN!P2', 'outlier DN!P3']);
    const [slip, out] = m.findings;
    expect(slip!.message).toBe(
      'exports (export_value) for January 2018 is 13,800 million USD, about 1,000 times the usual (13.35 million USD): it looks like a figure in thousand USD typed into a row in million USD. Read in thousand USD it would be ordinary: fix the value or the unit.',
    );
    expect(slip!.messageVi).toMatch(/đơn vị nghìn USD trong dòng ghi triệu USD/);
    expect(out!.message).toMatch(/is 25 million USD, far from this board's usual range over the 24 months before \(9\.7 to 17\.0, median 13\.35\)/);
    expect(m.ok).toBe(true); // warnings
  });

  test('a month is judged from 12 reported months before it: the 13th value of a row can be a slip, a row of 12 values has none', () => {
    const m = readWorkbook(
      grid(
        boardsSheet('DN'),
        boardSheet('DN', months, [
          ['export_value', 'triệu USD', ...base, 13800], // 13 values: the last is judged
          ['import_value', 'triệu USD', null, ...base.slice(1), 13800], // 12 values: too few to judge any
        ]),
      ),
    );
    expect(m.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(['unit-slip DN!P2']);
  });

  test('a row converted from nghìn USD: the slip names the unit against the row\'s own unit', () => {
    const m = readWorkbook(grid(boardsSheet('DN'), boardSheet('DN', months, [['export_value', 'nghìn USD', ...base.map((v) => v * 1000), 13800000, 13100]])));
    const slip = m.findings.find((f) => f.code === 'unit-slip')!;
    expect(slip.cell).toBe('P2');
    expect(slip.message).toMatch(/a figure in USD typed into a row in thousand USD/);
  });

  test('a stock of people ×1000: its change is the outlier, its level the slip; no smaller unit, so the message says three or six zeros', () => {
    // a stock needs 13 levels for 12 changes: the slip is the 14th month (Q), and the month after it is ordinary
    const m = readWorkbook(grid(boardsSheet('DN'), boardSheet('DN', [...months, '2018-03'], [['workers_total', 'người', ...base.map((v) => v * 100), 1300, 1335000, 1400]])));
    expect(m.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['unit-slip Q2']);
    const slip = m.findings[0]!;
    expect(slip.message).toMatch(/about 1,000 times the usual \(1,320 persons\).*\(three or six zeros too many or too few\)/);
  });
});

describe('the Kiểm tra sheet', () => {
  test('lists rule violations with a link to their cell, and counts each with its rule\'s severity', async () => {
    const { consolidateWorkbook } = await import('./consolidate.js');
    const { reportSheets } = await import('./report.js');
    const g = grid(boardsSheet('DN'), dn(), sheet('Rules', [RULES_HEADER, ['foreign_tenth', 'workers_foreign * 10', '<=', 'workers_total', 'warning']]));
    const result = consolidateWorkbook(g, { period: '2017-03' });
    const { findings } = reportSheets(result, { lang: 'en' });
    const rows = findings.rows.filter((r) => r[1]?.value === 'rule-violated');
    // the built-in out-of-province rule (warning) at E4, the sheet's rule (warning) at F3; new projects -1 (error) at E5
    expect(rows.map((r) => [r[0]?.value, r[3]?.value, (r[3] as { link?: unknown } | undefined)?.link])).toEqual([
      ['warning', 'F3', { sheet: 'DN', cell: 'F3' }],
      ['warning', 'E4', { sheet: 'DN', cell: 'E4' }],
      ['error', 'E5', { sheet: 'DN', cell: 'E5' }],
    ]);
    // one error (E5); four warnings: the two violations, ratio-parts at F3, and 2016 not in the sheets
    expect(result.findings.map((f) => `${f.severity} ${f.code}`).sort()).toEqual([
      'error rule-violated', 'warning period-outside-data', 'warning ratio-parts', 'warning rule-violated', 'warning rule-violated',
    ]);
    expect(findings.rows[findings.rows.length - 1]?.[0]?.value).toBe('In all: 1 errors, 4 warnings.');
  });
});
