import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createObservations } from 'hoptac';
import { runProgram } from './program.js';

const seedsText = readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8');

async function run(argv: string[], files: Record<string, string> = {}, extra: Record<string, unknown> = {}) {
  let out = '';
  let err = '';
  const code = await runProgram(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readFile: (path) => {
      const text = files[path];
      return text === undefined ? Promise.reject(new Error(`ENOENT: ${path}`)) : Promise.resolve(new TextEncoder().encode(text));
    },
    ...extra,
  });
  return { code, out, err };
}

describe('hoptac program', () => {
  it('exit 0 on the seeds: their contradictions are warnings', async () => {
    const r = await run(['p.json', '--year', '2017'], { 'p.json': seedsText });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dòng thời gian');
    expect(r.out).toContain('Lịch báo cáo năm 2017 (54 báo cáo)');
    expect(r.out).toContain('review-span-mismatch  programs[2].reviews[1].covers');
    expect(r.err).toBe('');
  });

  it('--json: ok, findings with severity, code, path and message, programs and calendar', async () => {
    const r = await run(['p.json', '--json', '--year=2017', '--lang', 'en'], { 'p.json': seedsText });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      ok: boolean;
      findings: { severity: string; code: string; path: string; message: string }[];
      programs: { code: string }[];
      calendar: { year: number; reports: { due: string }[] };
      completeness: unknown;
    };
    expect(j.ok).toBe(true);
    expect(j.findings.map((f) => f.code)).toEqual(['stated-duration-mismatch', 'final-review-before-end', 'signed-after-start', 'program-overlap', 'review-span-mismatch']);
    expect(Object.keys(j.findings[0]!).sort()).toEqual(['code', 'message', 'path', 'severity']);
    expect(j.findings[4]).toEqual({
      severity: 'warning',
      code: 'review-span-mismatch',
      path: 'programs[2].reviews[1].covers',
      message: 'The final review of program DN-LD-BP-2016 says it covers 2015/2018, but the program runs 2016/2018.',
    });
    expect(j.programs.map((p) => p.code)).toEqual(['DN-LD-2007', 'DN-LD-BP-2013', 'DN-LD-BP-2016']);
    expect(j.calendar.year).toBe(2017);
    expect(j.calendar.reports).toHaveLength(54);
    expect(j.completeness).toBeNull();
  });

  it('exit 1 with an invalid file, every issue with its path', async () => {
    const bad = JSON.parse(seedsText) as { programs: Record<string, unknown>[] };
    bad.programs[2]!['period'] = '2016 to 2018';
    bad.programs[1]!['parties'] = ['DN', 'XX', 'BP'];
    const r = await run(['bad.json', '--json'], { 'bad.json': JSON.stringify(bad) });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { ok: boolean; findings: { code: string; path: string }[]; programs: unknown };
    expect(j.ok).toBe(false);
    expect(j.programs).toBeNull();
    expect(j.findings.map((f) => `${f.code} ${f.path}`)).toEqual(['invalid-program programs[2].period']);
    const r2 = await run(['bad.json'], { 'bad.json': JSON.stringify({ ...bad, programs: JSON.parse(seedsText).programs.map((p: Record<string, unknown>, i: number) => (i === 1 ? { ...p, parties: ['DN', 'XX'] } : p)) }) });
    expect(r2.code).toBe(1);
    expect(r2.out).toContain('programs[1].parties[1]');
  });

  it('exit 1 when the findings hold an error', async () => {
    const data = JSON.parse(seedsText) as { programs: { reviews: { host?: string }[] }[] };
    data.programs[0]!.reviews[0]!.host = 'BP';
    const r = await run(['p.json', '--json'], { 'p.json': JSON.stringify(data) });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { findings: { severity: string; code: string }[] }).findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['review-host-not-party']);
  });

  it('exit 2 when unreadable, not JSON, or misused', async () => {
    expect((await run(['missing.json'])).code).toBe(2);
    const notJson = await run(['p.json'], { 'p.json': '{ "boards": [' });
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain('không phải JSON');
    expect((await run([])).code).toBe(2);
    expect((await run(['p.json', '--year', '17'], { 'p.json': seedsText })).code).toBe(2);
    expect((await run(['p.json', '--lang', 'fr'], { 'p.json': seedsText })).code).toBe(2);
    expect((await run(['p.json', '--frobnicate'], { 'p.json': seedsText })).code).toBe(2);
    expect((await run(['a.json', 'b.json'], { 'a.json': seedsText })).code).toBe(2);
    expect((await run(['p.json', '--workbook', 'w.xlsx'], { 'p.json': seedsText })).code).toBe(2); // no reader given
  });

  it('--workbook: completeness against the obligations, through the reader it is given', async () => {
    const set = createObservations().add({ board: 'LD', indicator: 'export_value', month: '2017-01', value: '12.5' }).build();
    const r = await run(['p.json', '--json', '--year', '2017', '--workbook', 'w.xlsx'], { 'p.json': seedsText }, { readWorkbookModel: () => Promise.resolve({ observations: set }) });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { completeness: { program: string; result: { total: { expected: number; reported: number; rate: string } } }[] };
    expect(j.completeness.map((c) => c.program)).toEqual(['DN-LD-BP-2016']);
    expect(j.completeness[0]!.result.total).toMatchObject({ expected: 54, reported: 0, rate: '0.00' });
    const text = await run(['p.json', '--year', '2017', '--workbook', 'w.xlsx', '--lang', 'en'], { 'p.json': seedsText }, { readWorkbookModel: () => Promise.resolve({ observations: set }) });
    expect(text.out).toContain('DN-LD-BP-2016  LD: 0/18 reports (0.00 %)');
    const failing = await run(['p.json', '--workbook', 'w.xlsx'], { 'p.json': seedsText }, { readWorkbookModel: () => Promise.reject(new Error('zip bomb')) });
    expect(failing.code).toBe(2);
  });

  it('also takes the CLI’s own io record (out / err)', async () => {
    let out = '';
    const code = await runProgram(['--help'], { out: (s) => (out += s), err: () => undefined });
    expect(code).toBe(0);
    expect(out).toContain('hoptac program FILE.json');
  });
});
