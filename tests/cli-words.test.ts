/**
 * The command's text output says indicators by name (the code in brackets), months by their
 * labels and numbers in the language's format, on the example workbook and on a workbook with
 * planted faults; `--json` keeps the codes. Expected names come from the built-in catalogue (the
 * planted workbook has no Indicators sheet), not from the messages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { builtInCatalogue } from 'hoptac';
import { EXAMPLE, hoptac, hoptacJson, tempDir, type FindingJson } from './helpers/cli.js';
import { plant, sheet } from './helpers/workbooks.js';

const tmp = tempDir('hoptac-words-');
afterAll(() => tmp.cleanup());

const name = (code: string, lang: 'vi' | 'en') => {
  const i = builtInCatalogue.indicators.find((x) => x.code === code)!;
  return lang === 'vi' ? i.nameVi : i.nameEn;
};
const CODES = builtInCatalogue.indicators.map((i) => i.code);

/** Catalogue codes a line says outside brackets and quotes-free prose. */
function bareCodes(line: string): string[] {
  let outside = line;
  for (let inner = ''; inner !== outside; ) [inner, outside] = [outside, outside.replace(/\([^()]*\)/g, ' ')];
  return CODES.filter((c) => new RegExp(`(?<![\\w])${c}(?![\\w])`).test(outside));
}

// DN: fdi_capital_new for 2017-02 left blank (LD reported it), workers_total typed as text
// "1.010,5" (the workbook's number format is Vietnamese: "." groups thousands, "," is the decimal
// mark, so the cell reads as one thousand and ten and a half: 1,010.5 in English), and its fdi_capital_new row in thousand USD (converted exactly, divided by 1,000)
const planted = () =>
  plant(tmp.dir, 'planted', (wb) => {
    const dn = sheet(wb, 'DN');
    dn.getCell('F2').value = null;
    dn.getCell('F5').value = '1.010,5';
    dn.getCell('C2').value = 'nghìn USD';
  });

describe('hoptac check, text output', () => {
  it('says the planted faults with names, month labels and the language\'s numbers', async () => {
    const path = await planted();
    const vi = await hoptac(['check', path]);
    const en = await hoptac(['check', path, '--lang', 'en']);
    expect(vi.stdout).toContain(`bỏ trống chỉ tiêu ${name('fdi_capital_new', 'vi')} (fdi_capital_new) tháng 02/2017`);
    expect(vi.stdout).toContain('đã đọc là 1.010,5');
    expect(vi.stdout).toContain('(chia 1.000)');
    expect(en.stdout).toContain(`left ${name('fdi_capital_new', 'en')} (fdi_capital_new) blank for February 2017`);
    expect(en.stdout).toContain('read as 1,010.5');
    expect(en.stdout).toContain('(divided by 1,000)');
    for (const out of [vi.stdout, en.stdout]) {
      expect(out).not.toContain('10^');
      for (const line of out.split('\n')) expect(bareCodes(line), line).toEqual([]);
    }
  });

  it('keeps the codes in --json', async () => {
    const path = await planted();
    const { json } = await hoptacJson<{ findings: (FindingJson & { params?: Record<string, unknown> })[] }>(['check', path]);
    const missing = json.findings.find((f) => f.code === 'missing-value')!;
    expect(missing).toMatchObject({ sheet: 'DN', cell: 'F2' });
    expect(missing.params).toMatchObject({ board: 'DN', indicator: 'fdi_capital_new', month: '2017-02' });
  });

  it('says the example workbook\'s findings without a bare code', async () => {
    for (const lang of ['vi', 'en']) {
      const r = await hoptac(['check', EXAMPLE, '--lang', lang]);
      for (const line of r.stdout.split('\n')) expect(bareCodes(line), line).toEqual([]);
    }
  });
});
