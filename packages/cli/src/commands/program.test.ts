import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { MAX_PROGRAM_BYTES, ProgramFileError, runProgramCheck } from './program.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SEEDS = 'examples/programs/dong-nai-lam-dong-binh-phuoc.json';
const seedsText = readFileSync(join(ROOT, SEEDS), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'hoptac-program-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file in the test's folder and returns its name there. */
function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

async function hoptac(args: string[], cwd = dir) {
  let out = '';
  let err = '';
  const code = await run(['program', ...args], { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, env: {}, cwd });
  return { code, out, err };
}

describe('hoptac program', () => {
  it('exit 0 on the seeds: their contradictions are warnings; Vietnamese by default', async () => {
    const r = await hoptac([join(ROOT, SEEDS), '--year', '2017']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Dòng thời gian');
    // 12 monthly (Dec 2016 … Nov 2017), 4 quarterly (2016-Q4 … 2017-Q3), annual 2016 final and 2017 estimate, 2017 targets; × 3 parties
    expect(r.out).toContain('Lịch báo cáo năm 2017: các báo cáo đến hạn trong năm (57 báo cáo)');
    expect(r.out).toContain('2017-01-31  DN    2017     mục tiêu năm  (DN-LD-BP-2016, 5 chỉ tiêu)');
    expect(r.out).toContain('Kết quả kiểm tra (0 lỗi, 5 cảnh báo)');
    expect(r.out).toContain('cảnh báo  review-span-mismatch  programs[2].reviews[1].covers: Hội nghị tổng kết');
  });

  it('--json: ok, exact counts, findings with severity, code, path and message, programs and calendar', async () => {
    const r = await hoptac([join(ROOT, SEEDS), '--json', '--year=2017', '--lang', 'en']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      ok: boolean;
      counts: Record<string, number>;
      findings: { severity: string; code: string; path: string; message: string }[];
      programs: { code: string }[];
      calendar: { year: number; by: string; reports: { due: string }[] };
      completeness: unknown;
    };
    expect(j.ok).toBe(true);
    expect(j.findings.map((f) => f.code)).toEqual(['stated-duration-mismatch', 'final-review-before-end', 'signed-after-start', 'program-overlap', 'review-span-mismatch']);
    expect(j.counts).toEqual({ 'stated-duration-mismatch': 1, 'final-review-before-end': 1, 'signed-after-start': 1, 'program-overlap': 1, 'review-span-mismatch': 1 });
    expect(Object.keys(j.findings[0]!).sort()).toEqual(['code', 'message', 'path', 'severity']);
    expect(j.findings[4]).toEqual({
      severity: 'warning',
      code: 'review-span-mismatch',
      path: 'programs[2].reviews[1].covers',
      message: 'The final review of program DN-LD-BP-2016 says it covers 2015/2018, but the program runs 2016/2018.',
    });
    expect(j.programs.map((p) => p.code)).toEqual(['DN-LD-2007', 'DN-LD-BP-2013', 'DN-LD-BP-2016']);
    expect(j.calendar).toMatchObject({ year: 2017, by: 'due' });
    expect(j.calendar.reports).toHaveLength(57);
    expect(j.completeness).toBeNull();
  });

  it('runProgramCheck gives exactly what --json prints, and its exit code', async () => {
    const r = await hoptac([join(ROOT, SEEDS), '--json', '--year', '2018', '--by', 'period']);
    const direct = await runProgramCheck(join(ROOT, SEEDS), { year: 2018, by: 'period' });
    expect(`${JSON.stringify(direct.json, null, 2)}\n`).toBe(r.out);
    expect(direct.exitCode).toBe(r.code);
  });

  it('--year is the reports due in the year; --by period the reports of periods ending in it (issue 9, item 19)', async () => {
    const due = await hoptac([join(ROOT, SEEDS), '--year', '2018', '--lang', 'en']);
    const lines = due.out.split('\n');
    expect(due.out).toContain('Reporting calendar 2018: reports due in the year (');
    // December 2017's monthly report is due on 2018-01-10: in 2018; December 2018's (due 2019-01-10) is not
    expect(lines.filter((l) => /^ {2}2018-01-10 {2}LD {4}2017-12 {2}monthly final/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => / 2018-12 {2}monthly/.test(l))).toHaveLength(0);
    const period = await hoptac([join(ROOT, SEEDS), '--year', '2018', '--by', 'period', '--lang', 'en']);
    expect(period.out).toContain('Reporting calendar 2018: reports for periods ending in the year (');
    expect(period.out).toMatch(/2019-01-10 {2}LD {4}2018-12 {2}monthly final/);
    expect(period.out).not.toMatch(/ 2017-12 {2}monthly/);
  });

  it('exit 1 with an invalid file, every issue with its path', async () => {
    const bad = JSON.parse(seedsText) as { programs: Record<string, unknown>[] };
    bad.programs[2]!['period'] = '2016 to 2018';
    const r = await hoptac([file('bad.json', JSON.stringify(bad)), '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { ok: boolean; findings: { code: string; path: string }[]; programs: unknown };
    expect(j.ok).toBe(false);
    expect(j.programs).toBeNull();
    expect(j.findings.map((f) => `${f.code} ${f.path}`)).toEqual(['invalid-program programs[2].period']);
    bad.programs[2]!['period'] = '2016-2018';
    bad.programs[1]!['parties'] = ['DN', 'XX'];
    const r2 = await hoptac([file('bad2.json', JSON.stringify(bad))]);
    expect(r2.code).toBe(1);
    expect(r2.out).toContain('programs[1].parties[1]');
  });

  it('a reversed span says it ends before it starts (issue 9, item 20)', async () => {
    const data = JSON.parse(seedsText) as { programs: Record<string, unknown>[] };
    data.programs[2]!['period'] = '2023-2019';
    const r = await hoptac([file('reversed.json', JSON.stringify(data)), '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { findings: { path: string; message: string }[] };
    expect(j.findings).toEqual([
      { severity: 'error', code: 'invalid-program', path: 'programs[2].period', message: 'kỳ "2023-2019" kết thúc (2019-12) trước khi bắt đầu (2023-01): ghi năm hoặc tháng đầu trước' },
    ]);
  });

  it('exit 1 when the findings hold an error', async () => {
    const data = JSON.parse(seedsText) as { programs: { reviews: { host?: string }[] }[] };
    data.programs[0]!.reviews[0]!.host = 'BP';
    const r = await hoptac([file('host.json', JSON.stringify(data)), '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { findings: { severity: string; code: string }[] }).findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['review-host-not-party']);
  });

  it('exit 2 with one clear line for a missing, unreadable, oversized or non-JSON file, in the language asked', async () => {
    const missing = await hoptac(['missing.json']);
    expect(missing).toMatchObject({ code: 2, out: '', err: 'hoptac: không tìm thấy tệp missing.json.\n' });
    expect((await hoptac(['missing.json', '--lang', 'en'])).err).toBe('hoptac: the file missing.json was not found.\n');
    mkdirSync(join(dir, 'folder.json'), { recursive: true });
    expect((await hoptac(['folder.json'])).err).toBe('hoptac: không đọc được tệp folder.json: đây là một thư mục\n');
    const notJson = await hoptac([file('broken.json', '{ "boards": [')]);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toMatch(/^hoptac: tệp broken\.json không phải JSON hợp lệ: .+\n$/);
    writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe0, 0x22, 0x7d]));
    expect((await hoptac(['latin1.json'])).err).toBe('hoptac: tệp latin1.json không phải văn bản UTF-8.\n');
    // a sparse file one byte over the limit: refused from its size, never read into memory
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), MAX_PROGRAM_BYTES + 1);
    const huge = await hoptac(['huge.json', '--lang', 'en']);
    expect(huge.code).toBe(2);
    expect(huge.err).toBe(`hoptac: the file huge.json is too large (${MAX_PROGRAM_BYTES + 1} bytes; at most ${MAX_PROGRAM_BYTES}).\n`);
    const noWorkbook = await hoptac([join(ROOT, SEEDS), '--workbook', 'nowhere.xlsx']);
    expect(noWorkbook).toMatchObject({ code: 2, out: '', err: 'hoptac: không tìm thấy tệp nowhere.xlsx.\n' });
    const notXlsx = await hoptac([join(ROOT, SEEDS), '--workbook', file('fake.xlsx', 'not a zip'), '--lang', 'en']);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.err).toMatch(/^hoptac: fake\.xlsx: .+\n$/);
    expect(notXlsx.err.split('\n')).toHaveLength(2);
  });

  it('the API rejects with the same code and both languages', async () => {
    const e = await runProgramCheck('missing.json', { cwd: dir, lang: 'en' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProgramFileError);
    expect(e).toMatchObject({ code: 'not-found', message: 'the file missing.json was not found.', messageVi: 'không tìm thấy tệp missing.json.', messageEn: 'the file missing.json was not found.' });
  });

  it('exit 2 on misuse, with the shared usage message, in Vietnamese unless --lang en', async () => {
    const none = await hoptac([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('hoptac: thiếu tên tệp chương trình .json.');
    expect(none.err).toContain('Cách dùng:');
    const cases: [string[], string][] = [
      [['p.json', '--year', '17'], 'hoptac: --year phải là một năm, ví dụ 2017: "17".'],
      [['p.json', '--lang', 'fr'], 'hoptac: --lang phải là vi hoặc en.'],
      [['p.json', '--frobnicate'], 'hoptac: không có tùy chọn --frobnicate.'],
      [['a.json', 'b.json'], 'hoptac: thừa tham số: b.json.'],
      [['p.json', '--by', 'period'], 'hoptac: --by chỉ dùng cùng --year.'],
      [['p.json', '--year', '2017', '--by', 'month'], 'hoptac: --by phải là due hoặc period: "month".'],
      [['p.json', '--year'], 'hoptac: tùy chọn --year cần một giá trị.'],
    ];
    for (const [args, line] of cases) {
      const r = await hoptac(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')[0], args.join(' ')).toBe(line);
    }
    expect((await hoptac(['p.json', '--year', '17', '--lang', 'en'])).err.split('\n')[0]).toBe('hoptac: --year must be a year, e.g. 2017: "17".');
  });

  it('--help gives the full help, which says what --year and --by select', async () => {
    const vi = await hoptac(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('hoptac program FILE.json [--year NĂM [--by due|period]]');
    expect(vi.out).toContain('mặc định là các báo cáo ĐẾN HẠN trong năm');
    expect(vi.out).toContain('Mã thoát:');
    const en = await hoptac(['--help', '--lang', 'en']);
    expect(en.out).toContain('by default the reports DUE in that year');
    expect(en.out).toContain('--by period     instead: the reports for periods ENDING in that year');
    let out = '';
    expect(await run(['help', 'program'], { out: (s) => (out += s), err: () => undefined, errIsTTY: false, env: {}, cwd: dir })).toBe(0);
    expect(out).toBe(vi.out);
  });

  it('escapes control characters from the file in the text report', async () => {
    const data = JSON.parse(seedsText) as { programs: Record<string, unknown>[] };
    data.programs[0]!['titleVi'] = 'Chương trình\u001b]0;pwned\u0007 hợp tác';
    const r = await hoptac([file('esc.json', JSON.stringify(data))]);
    expect(r.out.includes(String.fromCharCode(0x1b))).toBe(false);
    expect(r.out.includes(String.fromCharCode(0x07))).toBe(false);
    expect(r.out).toContain('Chương trình\\u001b]0;pwned\\u0007 hợp tác');
  });
});
