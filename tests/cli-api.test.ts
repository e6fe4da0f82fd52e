/**
 * The scripts' API of `@hoptac/cli` against the command itself: each function resolves to exactly
 * what the command's `--json` prints, writes what `--out` writes, and rejects with the command's
 * one line as a typed error.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError, checkFile, checkProgramFile, consolidateFile, writeConsolidated } from '../packages/cli/src/api/index.js';
import { readXlsx } from '../packages/cli/src/xlsx/index.js';
import { EXAMPLE, ROOT, hoptac, tempDir } from './helpers/cli.js';

const PROGRAMS = join(ROOT, 'examples/programs/dong-nai-lam-dong-binh-phuoc.json');

let tmp: { dir: string; cleanup: () => void };
let withErrors: string;
let withBlank: string;

/** The command's standard output, parsed. */
async function commandJson(args: readonly string[]): Promise<{ code: number; json: unknown }> {
  const r = await hoptac([...args, '--json']);
  return { code: r.code, json: JSON.parse(r.stdout) as unknown };
}

/** What a promise rejects with (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<CliError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return e as CliError;
  }
  throw new Error('resolved, expected a rejection');
}

beforeAll(async () => {
  tmp = tempDir('hoptac-api-');
  const ExcelJS = (await import('exceljs')).default;
  // Two real errors: text that spells no number, and a #REF! cell.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  wb.getWorksheet('LD')!.getCell('F7').value = 'mười hai';
  wb.getWorksheet('BP')!.getCell('H10').value = { error: '#REF!' } as never;
  withErrors = join(tmp.dir, 'with-errors.xlsx');
  await wb.xlsx.writeFile(withErrors);
  // One blank month: LD's export value of November 2017, found by its header and its code.
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.readFile(EXAMPLE);
  const ld = wb2.getWorksheet('LD')!;
  let col = 0;
  let row = 0;
  ld.eachRow((r, n) => {
    r.eachCell((c, k) => {
      if (typeof c.value === 'string' && /^(Tháng 11\/2017|2017-11|11\/2017|T11\/2017)$/.test(c.value.trim())) col = k;
      if (k === 1 && c.value === 'export_value') row = n;
    });
  });
  expect([row > 0, col > 0]).toEqual([true, true]);
  ld.getCell(row, col).value = null;
  withBlank = join(tmp.dir, 'with-blank.xlsx');
  await wb2.xlsx.writeFile(withBlank);
}, 120_000);

afterAll(() => tmp.cleanup());

describe('checkFile equals `hoptac check --json`', () => {
  it.each([
    ['the example workbook', () => EXAMPLE, 'vi', 0],
    ['the example workbook, in English', () => EXAMPLE, 'en', 0],
    ['a workbook with errors', () => withErrors, 'vi', 1],
    ['a workbook with errors, in English', () => withErrors, 'en', 1],
  ] as const)('%s', async (_name, file, lang, exit) => {
    const command = await commandJson(['check', file(), '--lang', lang]);
    expect(command.code).toBe(exit);
    const api = await checkFile(file(), { lang });
    expect(api).toEqual(command.json);
    expect(api.ok).toBe(exit === 0);
  });

  it('the default language is Vietnamese, as the command', async () => {
    expect(await checkFile(EXAMPLE)).toEqual((await commandJson(['check', EXAMPLE])).json);
  });
});

describe('consolidateFile equals `hoptac consolidate --json`', () => {
  it.each([
    ['a quarter', () => EXAMPLE, 'Quý IV/2017', 'vi'],
    ['a year, in English', () => EXAMPLE, 'Năm 2018', 'en'],
    ['the latest complete month', () => EXAMPLE, undefined, 'vi'],
    ['a workbook with errors', () => withErrors, '2017-Q4', 'vi'],
    ['a workbook with a blank month', () => withBlank, '2017-Q4', 'en'],
  ] as const)('%s', async (_name, file, period, lang) => {
    const command = await commandJson(['consolidate', file(), ...(period === undefined ? [] : ['--period', period]), '--lang', lang]);
    const api = await consolidateFile(file(), { ...(period === undefined ? {} : { period }), lang });
    expect(api).toEqual(command.json);
    expect(api.rows.length > 0).toBe(file() !== withErrors);
  });

  it('a missing figure says which board and which month it lacks', async () => {
    const r = await consolidateFile(withBlank, { period: '2017-Q4' });
    const ld = r.rows.find((x) => x.indicator === 'export_value' && x.board === 'LD' && x.measure === 'value')!;
    expect(ld).toMatchObject({ status: 'missing', value: null });
    expect(ld.missing).toEqual({ count: 1, items: [{ board: 'LD', indicator: 'export_value', what: 'month', month: '2017-11', year: null }] });
    const all = r.rows.find((x) => x.indicator === 'export_value' && x.board === 'ALL' && x.measure === 'value')!;
    expect(all.missing?.items).toContainEqual({ board: 'LD', indicator: 'export_value', what: 'month', month: '2017-11', year: null });
    // the same quarter of the untouched example has the figure
    const full = await consolidateFile(EXAMPLE, { period: '2017-Q4' });
    expect(full.rows.find((x) => x.indicator === 'export_value' && x.board === 'LD' && x.measure === 'value')).toMatchObject({ status: 'ok', missing: null });
  });

  it('a target no board has is no-plan, not missing (the example: every planned indicator has all three boards\' targets)', async () => {
    const r = await consolidateFile(EXAMPLE, { period: '2017-Q4' });
    const targets = r.rows.filter((x) => x.measure === 'target');
    expect(targets.filter((t) => t.status === 'missing')).toEqual([]);
    const none = targets.filter((t) => t.status === 'no-plan');
    expect(none.length).toBe(17 * 4); // 17 indicators without a 2017 target, each board and ALL
    for (const t of none) expect(t).toMatchObject({ value: null, missing: null });
    // a target one board lacks is missing and names it: tests/cli-plans.test.ts
  });

  it('rows that are not missing carry missing: null', async () => {
    const r = await consolidateFile(EXAMPLE, { period: '2018' });
    for (const row of r.rows) expect(row.missing === null).toBe(row.status !== 'missing');
  });
});

describe('writeConsolidated writes what --out writes', () => {
  it('the same sheets, cell for cell, and the same JSON', async () => {
    const viaCommand = join(tmp.dir, 'command.xlsx');
    const viaApi = join(tmp.dir, 'api.xlsx');
    const command = await hoptac(['consolidate', EXAMPLE, '--period', '2018', '--out', viaCommand, '--json']);
    expect(command.code).toBe(0);
    const api = await writeConsolidated(EXAMPLE, { period: '2018', out: viaApi });
    expect(api).toEqual(JSON.parse(command.stdout));
    const [a, b] = [await readXlsx(viaCommand), await readXlsx(viaApi)];
    expect(b.sheets.map((s) => s.name)).toContain('Tổng hợp');
    expect(b).toEqual(a);
  });

  it('a workbook with errors still gets its Kiểm tra sheet', async () => {
    const out = join(tmp.dir, 'errors-out.xlsx');
    const r = await writeConsolidated(withErrors, { period: '2018', out });
    expect(r.rows).toEqual([]);
    const g = await readXlsx(out);
    expect(JSON.stringify(g.sheets.find((s) => s.name === 'Kiểm tra')!.rows)).toContain('not-a-number');
  });

  it('refuses an existing file unless force, and never the input', async () => {
    const out = join(tmp.dir, 'existing.xlsx');
    writeFileSync(out, 'keep me');
    const e = await rejection(writeConsolidated(EXAMPLE, { period: '2018', out }));
    expect(e.code).toBe('out-exists');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    await writeConsolidated(EXAMPLE, { period: '2018', out, force: true });
    expect(statSync(out).size).toBeGreaterThan(1000);
    expect((await rejection(writeConsolidated(EXAMPLE, { out: EXAMPLE, force: true }))).code).toBe('out-is-input');
  });
});

describe('refusals: the command\'s one line as a CliError', () => {
  /** The command's stderr line for each language, and the API's error. */
  async function both(args: readonly string[], call: () => Promise<unknown>): Promise<CliError> {
    const e = await rejection(call());
    for (const lang of ['vi', 'en'] as const) {
      const r = await hoptac([...args, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(`hoptac: ${e.messageIn(lang)}`);
    }
    return e;
  }

  it('a missing file', async () => {
    const f = join(tmp.dir, 'nope.xlsx');
    const e = await both(['check', f], () => checkFile(f));
    expect(e.code).toBe('not-found');
    expect(e.messageVi).toBe(`không tìm thấy tệp ${f}.`);
  });

  it('a file that is not a workbook', async () => {
    const f = join(tmp.dir, 'not-a-workbook.xlsx');
    writeFileSync(f, 'code,name\nDN,Đồng Nai\n');
    const e = await both(['consolidate', f, '--period', '2018'], () => consolidateFile(f, { period: '2018' }));
    expect(e.code).toBe('not-zip');
    expect(e.message).toMatch(/not an \.xlsx workbook/);
    expect(e.messageVi).toMatch(/không phải sổ tính \.xlsx/);
  });

  it('a relative path reads as the command writes it', async () => {
    const f = relative(process.cwd(), join(tmp.dir, 'nope-relative.xlsx'));
    const e = await rejection(checkFile(f));
    expect(e.message).toBe(`the file ${f} was not found.`);
  });

  it('a period that is not one', async () => {
    const e = await rejection(consolidateFile(EXAMPLE, { period: 'Quý V/2017' }));
    expect(e.code).toBe('invalid-period');
    expect(e.messageVi).toMatch(/Quý V\/2017/);
    const r = await hoptac(['consolidate', EXAMPLE, '--period', 'Quý V/2017']);
    expect(r.stderr.split('\n')[0]).toBe(`hoptac: ${e.messageVi}`);
  });

  it('the same time limit as the command', async () => {
    const e = await rejection(checkFile(EXAMPLE, { timeoutMs: 1 }));
    expect(e.code).toBe('timeout');
    const r = await hoptac(['check', EXAMPLE, '--lang', 'en'], { env: { HOPTAC_TIMEOUT_MS: '1' } });
    expect(r.stderr).toBe(`hoptac: ${e.message}\n`);
  });
});

describe('checkProgramFile equals `hoptac program --json`', () => {
  it('the seed programs with a calendar year', async () => {
    const command = await commandJson(['program', PROGRAMS, '--year', '2017', '--lang', 'en']);
    const api = await checkProgramFile(PROGRAMS, { year: 2017, lang: 'en' });
    expect(api).toEqual(command.json);
    expect(api.ok).toBe(true);
    expect(api.findings.map((f) => f.code)).toContain('review-span-mismatch');
  });

  it('an invalid program file resolves with ok false, as the command prints', async () => {
    const bad = JSON.parse(readFileSync(PROGRAMS, 'utf8')) as { programs: Record<string, unknown>[] };
    bad.programs[2]!['period'] = '2016 to 2018';
    const f = join(tmp.dir, 'bad-program.json');
    writeFileSync(f, JSON.stringify(bad));
    const command = await commandJson(['program', f]);
    expect(command.code).toBe(1);
    const api = await checkProgramFile(f);
    expect(api).toEqual(command.json);
    expect(api.ok).toBe(false);
  });

  it('a file that is not JSON rejects with the command\'s line in both languages', async () => {
    const f = join(tmp.dir, 'not.json');
    writeFileSync(f, '{ programs: ');
    const e = await rejection(checkProgramFile(f));
    expect(e.code).toBe('not-json');
    expect(e.message).not.toBe(e.messageVi);
    for (const lang of ['vi', 'en'] as const) {
      const r = await hoptac(['program', f, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(`hoptac: ${e.messageIn(lang)}`);
    }
    expect((await rejection(checkProgramFile(join(tmp.dir, 'none.json')))).code).toBe('not-found');
  });
});
