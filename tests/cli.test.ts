/**
 * The `hoptac` command end to end on real .xlsx files: exit codes, the JSON contract of check and
 * consolidate, usage errors, hostile input, --out, the template, and once as a real child process.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../packages/cli/src/xlsx/index.js';
import { EXAMPLE, ROOT, hoptac, hoptacJson, tempDir } from './helpers/cli.js';
import type { FindingJson, RowJson } from './helpers/cli.js';

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('usage', () => {
  it('--help prints usage with examples for each command, exit 0', async () => {
    const r = await hoptac(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['hoptac check', 'hoptac consolidate', 'hoptac template', 'hoptac program']) expect(r.stdout).toContain(c);
    expect(r.stdout).toMatch(/Ví dụ/);
    expect((await hoptac(['-h', '--lang', 'en'])).stdout).toMatch(/Examples:/);
    for (const c of ['check', 'consolidate', 'template']) {
      const h = await hoptac([c, '--help', '--lang', 'en']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain(`hoptac ${c}`);
      expect(h.stdout).toMatch(/Examples:/);
    }
  });

  it('--help says that --period is optional and what it defaults to', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const main = (await hoptac(['--help', '--lang', lang])).stdout;
      const one = (await hoptac(['consolidate', '--help', '--lang', lang])).stdout;
      for (const text of [main, one]) {
        expect(text).toMatch(/hoptac consolidate FILE\.xlsx \[--period [^\]]+\]/);
        expect(text).toMatch(/--out [^\]]+ \[--force\]\]/);
      }
      expect(main).toMatch(lang === 'vi' ? /--period không bắt buộc: mặc định là tháng gần nhất mà mọi đơn vị đã báo cáo/ : /--period is optional: by default, the latest month every board has reported/);
      expect(one).toMatch(lang === 'vi' ? /không bắt buộc[^]*mặc định: tháng gần nhất mà mọi đơn vị đã báo cáo/ : /optional[^]*default: the latest month every board has reported/);
    }
  });

  it('--version prints the CLI package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
    const r = await hoptac(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each([
    [[], /thiếu lệnh/],
    [['frobnicate'], /không có lệnh "frobnicate"/],
    [['check'], /thiếu tên tệp/],
    [['check', 'a.xlsx', 'b.xlsx'], /thừa tham số: b\.xlsx/],
    [['check', EXAMPLE, '--bogus'], /không có tùy chọn --bogus/],
    [['check', EXAMPLE, '--json=yes'], /--json không nhận giá trị/],
    [['check', EXAMPLE, '--lang', 'fr'], /--lang phải là vi hoặc en/],
    [['consolidate', EXAMPLE, '--period'], /--period cần một giá trị/],
    [['consolidate', EXAMPLE, '--period', 'Quý V/2017'], /Không hiểu kỳ báo cáo "Quý V\/2017"/],
    [['consolidate', EXAMPLE, '--period', '2018', '--out', EXAMPLE], /không được trùng tệp đầu vào/],
    [['template', '--boards', 'DN,dn', '--from', '2017-01', '--to', '2017-12', '--out', 'x.xlsx'], /--boards/],
    [['template', '--boards', 'DN', '--from', '2017', '--to', '2017-12', '--out', 'x.xlsx'], /--from phải là một tháng/],
    [['template', '--boards', 'DN', '--from', '2018-01', '--to', '2017-12', '--out', 'x.xlsx'], /không sau --to/],
    [['template', '--boards', 'DN', '--from', '2017-01', '--to', '2017-12'], /thiếu tùy chọn --out/],
  ])('%j is a usage error: exit 2, message and usage on stderr, nothing on stdout', async (args, message) => {
    const r = await hoptac(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Cách dùng:/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('--lang may come before the command', async () => {
    const r = await hoptac(['--lang', 'en', 'check', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Result: valid');
    const v = await hoptac(['--lang=en', 'consolidate', EXAMPLE, '--period', '2018-Q1', '--json']);
    expect(v.code).toBe(0);
    expect((JSON.parse(v.stdout) as { period: string }).period).toBe('2018-Q1');
  });

  it('usage errors speak English with --lang en', async () => {
    const r = await hoptac(['frobnicate', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/there is no command "frobnicate"/);
    expect(r.stderr).toMatch(/Usage:/);
  });

  it('an unexpected failure is one line and exit 2; a stack only with HOPTAC_DEBUG=1', async () => {
    const { run } = await import('../packages/cli/src/main.js');
    const boom = (s: string) => {
      if (s.length > 0) throw new Error('disk on fire\nsecond line');
    };
    let err = '';
    const io = { out: boom, err: (s: string) => (err += s), errIsTTY: false, env: {}, cwd: ROOT };
    expect(await run(['--version'], io)).toBe(2);
    expect(err).toBe('hoptac: lỗi không mong đợi: disk on fire (đặt HOPTAC_DEBUG=1 để xem chi tiết)\n');
    err = '';
    expect(await run(['--version'], { ...io, env: { HOPTAC_DEBUG: '1' } })).toBe(2);
    expect(err).toMatch(/\n\s+at /);
  });
});

describe('unreadable files: exit 2 with the reader message, never a stack trace', () => {
  it('a missing file', async () => {
    const r = await hoptac(['check', join(tmp.dir, 'nope.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không tìm thấy tệp/);
  });

  it('a directory', async () => {
    const r = await hoptac(['check', tmp.dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/it is a directory/);
  });

  it.each([
    ['not a zip', Buffer.from('code,name\nDN,Đồng Nai\n'), /not an \.xlsx workbook/],
    ['a legacy .xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]), /97-2003|\.xls|encrypted|protected/i],
    ['a truncated workbook', readFileSync(EXAMPLE).subarray(0, 9000), /damaged|incomplete|not an \.xlsx/],
  ])('%s', async (_name, bytes, message) => {
    const f = join(tmp.dir, `bad-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(f, bytes);
    for (const cmd of [['check', f], ['consolidate', f, '--period', '2018']]) {
      const r = await hoptac([...cmd, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('hostile files through the command: refused or bounded, exit 2 with a one-line message', () => {
  /** The example with one part rewritten. */
  function rewrite(name: string, edit: (parts: Record<string, Uint8Array>) => void): string {
    const parts = unzipSync(readFileSync(EXAMPLE));
    edit(parts);
    const f = join(tmp.dir, `${name}.xlsx`);
    writeFileSync(f, zipSync(parts));
    return f;
  }
  const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');

  it('a whole-column data validation does not hang the reader', async () => {
    const f = rewrite('whole-column', (parts) => {
      const xml = utf8(parts['xl/worksheets/sheet4.xml']!);
      expect(xml).toContain('<pageMargins');
      const dv = '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" sqref="E1:E1048576 F:XFD"><formula1>0</formula1><formula2>1000000</formula2></dataValidation></dataValidations>';
      parts['xl/worksheets/sheet4.xml'] = Buffer.from(xml.replace('<pageMargins', `${dv}<pageMargins`));
    });
    // a hang would end at the reader's own time limit (exit 2), or at the test's timeout
    const r = await hoptac(['check', f, '--json']);
    expect(r.code, r.stderr).toBe(0);
    // the validation over a million rows and 16,378 columns added no cell and no finding
    const plain = await hoptac(['check', EXAMPLE, '--json']);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('a zip bomb (a part inflating far beyond its packed size) is refused', async () => {
    const f = rewrite('bomb', (parts) => {
      parts['xl/worksheets/sheet5.xml'] = Buffer.concat([Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'), Buffer.alloc(40 * 1024 * 1024, 0x20), Buffer.from('</sheetData></worksheet>')]);
    });
    const r = await hoptac(['check', f, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/zip bomb|unpacks/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a DTD in a part is refused', async () => {
    const f = rewrite('dtd', (parts) => {
      const xml = utf8(parts['xl/workbook.xml']!);
      parts['xl/workbook.xml'] = Buffer.from(xml.replace('?>', '?><!DOCTYPE workbook [<!ENTITY boom "boom">]>'));
    });
    const r = await hoptac(['check', f, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DTD/);
  });

  it('the time bound stops a read that takes too long (HOPTAC_TIMEOUT_MS)', async () => {
    const r = await hoptac(['check', EXAMPLE, '--lang', 'en'], { env: { HOPTAC_TIMEOUT_MS: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/took longer than allowed \(1 ms\)/);
  });
});

describe('check', () => {
  it('the example workbook: warnings only, exit 0, exactly the JSON contract', async () => {
    const { code, json } = await hoptacJson<{ ok: boolean; findings: FindingJson[] }>(['check', EXAMPLE]);
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(['ok', 'findings', 'counts', 'rules']);
    expect(json.ok).toBe(true);
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(['severity', 'code', 'sheet', 'cell', 'message', 'params']);
      expect(typeof f.params === 'object' && f.params !== null && !Array.isArray(f.params)).toBe(true);
      expect(f.severity).toBe('warning');
      expect(typeof f.code).toBe('string');
      expect(f.sheet === null || typeof f.sheet === 'string').toBe(true);
      expect(f.cell === null || /^[A-Z]{1,3}\d+$/.test(f.cell)).toBe(true);
      expect(f.message.length).toBeGreaterThan(10);
    }
    const at = json.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
    expect(at).toEqual([
      'ratio-reported@DN!A19',
      'outlier@DN!Q21',
      'text-number@DN!Q22',
      'text-number@DN!R22',
      'text-number@DN!S22',
      'unit-converted@LD!C6',
      'outlier@LD!T13',
      'missing-value@BP!AY21',
      'text-number@BP!AH26',
    ]);
  });

  it('messages follow --lang (Vietnamese by default)', async () => {
    const vi = await hoptacJson<{ findings: FindingJson[] }>(['check', EXAMPLE]);
    const en = await hoptacJson<{ findings: FindingJson[] }>(['check', EXAMPLE, '--lang', 'en']);
    expect(vi.json.findings[2]!.message).toMatch(/được nhập dưới dạng văn bản/);
    expect(en.json.findings[2]!.message).toMatch(/was typed as text/);
  });

  it('the readable report groups findings by sheet with counts', async () => {
    const r = await hoptac(['check', 'examples/shared-workbook.xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kiểm tra examples/shared-workbook.xlsx');
    expect(r.stdout).toContain('3 đơn vị, 24 chỉ tiêu, 48 tháng (2015-01 … 2018-12)');
    expect(r.stdout).toContain('Kết quả: hợp lệ (0 lỗi, 9 cảnh báo).');
    expect(r.stdout).toContain('Trang "DN": 5 cảnh báo');
    expect(r.stdout).toContain('Trang "LD": 2 cảnh báo');
    expect(r.stdout).toMatch(/Quy tắc: 5 quy tắc, kiểm [\d.]+ lượt \(đơn vị × tháng\), 0 vi phạm, 0 lượt bỏ qua vì thiếu số liệu\./);
    expect(r.stdout).toContain('Trang "BP": 2 cảnh báo');
    expect(r.stdout.indexOf('Trang "DN"')).toBeLessThan(r.stdout.indexOf('Trang "BP"'));
    expect(r.stderr).toBe(''); // no progress when stderr is not a terminal
    const en = await hoptac(['check', 'examples/shared-workbook.xlsx', '--lang', 'en']);
    expect(en.stdout).toContain('Result: valid (0 errors, 9 warnings).');
    expect(en.stdout).toContain('Sheet "BP": 2 warnings');
  });

  it('progress goes to stderr only on a terminal', async () => {
    const r = await hoptac(['check', EXAMPLE, '--json'], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Đang/);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });

  it('a workbook with errors: exit 1, ok false, errors listed', async () => {
    const { makeWorkbook } = await import('../examples/make-workbook.mjs');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await makeWorkbook()) as unknown as ArrayBuffer);
    wb.getWorksheet('LD')!.getCell('F7').value = 'mười hai';
    const f = join(tmp.dir, 'with-error.xlsx');
    await wb.xlsx.writeFile(f);
    const { code, json } = await hoptacJson<{ ok: boolean; findings: FindingJson[] }>(['check', f]);
    expect(code).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.findings).toContainEqual(expect.objectContaining({ severity: 'error', code: 'not-a-number', sheet: 'LD', cell: 'F7' }));
    const text = await hoptac(['check', f]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Kết quả: có lỗi \(1 lỗi/);
  });
});

describe('consolidate', () => {
  it('--json prints exactly {period, rows, findings, counts}; rows have exactly the contract keys', async () => {
    const { code, json } = await hoptacJson<{ period: string; rows: RowJson[]; findings: FindingJson[] }>(['consolidate', EXAMPLE, '--period', 'Quý IV/2017']);
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(['period', 'rows', 'findings', 'counts']);
    expect(json.period).toBe('2017-Q4');
    expect(json.rows.length).toBeGreaterThan(0);
    const measures = new Set(['value', 'ytd', 'same_period_last_year', 'vs_last_year_pct', 'target', 'ytd_target_pct', 'cumulative']);
    for (const r of json.rows) {
      expect(Object.keys(r)).toEqual(['indicator', 'board', 'measure', 'value', 'unit', 'status', 'missing']);
      expect(['DN', 'LD', 'BP', 'ALL']).toContain(r.board);
      expect(measures.has(r.measure)).toBe(true);
      expect(['ok', 'missing', 'undefined', 'no-plan']).toContain(r.status);
      if (r.status === 'ok') expect(r.value).toMatch(DECIMAL);
      else expect(r.value).toBeNull();
    }
    expect(json.findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it.each([
    ['Năm 2018', '2018'],
    ['6 tháng đầu năm 2018', '2018-H1'],
    ['Tháng 12/2017', '2017-12'],
    ['2017-Q3', '2017-Q3'],
  ])('period %s is printed canonically as %s', async (asked, canonical) => {
    const { code, json } = await hoptacJson<{ period: string }>(['consolidate', EXAMPLE, '--period', asked]);
    expect(code).toBe(0);
    expect(json.period).toBe(canonical);
  });

  it('without --period: the latest month every board reported', async () => {
    const { json } = await hoptacJson<{ period: string }>(['consolidate', EXAMPLE]);
    expect(json.period).toBe('2018-12');
  });

  it('a workbook with errors is not consolidated: exit 1, rows empty, findings printed', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.getWorksheet('BP')!.getCell('H10').value = { error: '#REF!' } as never;
    const f = join(tmp.dir, 'errors.xlsx');
    await wb.xlsx.writeFile(f);
    const { code, json } = await hoptacJson<{ period: string; rows: RowJson[]; findings: FindingJson[] }>(['consolidate', f, '--period', '2017-Q4']);
    expect(code).toBe(1);
    expect(json.period).toBe('2017-Q4');
    expect(json.rows).toEqual([]);
    expect(json.findings).toContainEqual(expect.objectContaining({ severity: 'error', code: 'formula-error', sheet: 'BP', cell: 'H10' }));
    const text = await hoptac(['consolidate', f, '--period', '2017-Q4']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Sổ có lỗi nên không tổng hợp/);
  });

  it('without --period, a workbook with errors and no complete month still shows its errors (exit 1)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.removeWorksheet(wb.getWorksheet('Boards')!.id);
    const f = join(tmp.dir, 'no-boards.xlsx');
    await wb.xlsx.writeFile(f);
    const { code, json } = await hoptacJson<{ period: string | null; rows: RowJson[]; findings: FindingJson[] }>(['consolidate', f]);
    expect(code).toBe(1);
    expect(json.period).toBeNull();
    expect(json.rows).toEqual([]);
    expect(json.findings).toContainEqual(expect.objectContaining({ severity: 'error', code: 'missing-sheet' }));
  });

  it('the readable table shows boards, the total and "thiếu" where a month is missing', async () => {
    const r = await hoptac(['consolidate', 'examples/shared-workbook.xlsx', '--period', 'Năm 2018']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tổng hợp Năm 2018 (2018) từ examples/shared-workbook.xlsx');
    const block = r.stdout.slice(r.stdout.indexOf('Kim ngạch xuất khẩu'));
    expect(block.split('\n')[1]).toMatch(/Đơn vị\s+Kỳ này\s+Lũy kế năm\s+Cùng kỳ\s+So cùng kỳ %\s+Kế hoạch\s+% KH năm\s+Lũy kế/);
    expect(block).toMatch(/\n\s+BP\s+thiếu\s+thiếu\s/);
    expect(block).toMatch(/\n\s+Tổng\s+thiếu\s+thiếu\s/);
    expect(block).toMatch(/Thiếu: BP Tháng 11\/2018/);
  });
});

describe('consolidate --out', () => {
  it('writes the input sheets unchanged plus Tổng hợp and Kiểm tra; the input stays byte-identical', async () => {
    const input = join(tmp.dir, 'input.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = sha(input);
    const out = join(tmp.dir, 'out.xlsx');
    const r = await hoptac(['consolidate', input, '--period', '2018', '--out', out, '--json']);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow(); // the note about the file goes to stderr
    expect(r.stderr).toMatch(/Đã ghi/);
    expect(sha(input)).toBe(before);
    const a = await readXlsx(input);
    const b = await readXlsx(out);
    expect(b.sheets.map((s) => s.name)).toEqual([...a.sheets.map((s) => s.name), 'Tổng hợp', 'Kiểm tra']);
    for (const s of a.sheets) expect(b.sheets.find((x) => x.name === s.name)).toEqual(s);
    // every worksheet part of the input is in the output byte for byte
    const za = unzipSync(readFileSync(input));
    const zb = unzipSync(readFileSync(out));
    for (const [name, bytes] of Object.entries(za)) {
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) expect(Buffer.from(zb[name]!).equals(Buffer.from(bytes))).toBe(true);
    }
    // and the output checks like the input, with the tool's sheets ignored
    const again = await hoptacJson<{ ok: boolean; findings: FindingJson[] }>(['check', out]);
    expect(again.code).toBe(0);
    expect(again.json.findings.map((f) => f.code)).toEqual((await hoptacJson<{ findings: FindingJson[] }>(['check', input])).json.findings.map((f) => f.code));
  });

  it('a workbook with errors: --out still writes the findings sheet for people, exit 1', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.getWorksheet('LD')!.getCell('F7').value = 'mười hai';
    const input = join(tmp.dir, 'errors-in.xlsx');
    await wb.xlsx.writeFile(input);
    const out = join(tmp.dir, 'errors-out.xlsx');
    const r = await hoptac(['consolidate', input, '--period', '2018', '--out', out]);
    expect(r.code).toBe(1);
    const g = await readXlsx(out);
    const findings = g.sheets.find((s) => s.name === 'Kiểm tra')!;
    expect(JSON.stringify(findings.rows)).toContain('not-a-number');
    expect(g.sheets.find((s) => s.name === 'Tổng hợp')).toBeDefined();
  });

  it('an --out that cannot be written: exit 2, one line and no report, nothing left behind', async () => {
    const out = join(tmp.dir, 'no-such-dir', 'out.xlsx');
    for (const json of [[], ['--json']]) {
      const r = await hoptac(['consolidate', EXAMPLE, '--period', '2018', '--out', out, '--lang', 'en', ...json]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^hoptac: cannot write the file /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(out)).toBe(false);
    const t = await hoptac(['template', '--boards', 'DN', '--from', '2017-01', '--to', '2017-02', '--out', out]);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/không ghi được tệp/);
  });

  it('refuses to overwrite an existing file unless --force, like template', async () => {
    const out = join(tmp.dir, 'consolidated-exists.xlsx');
    writeFileSync(out, 'keep me');
    const args = ['consolidate', EXAMPLE, '--period', '2018', '--out', out];
    const r = await hoptac(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/đã có; dùng --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await hoptac([...args, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/Đã ghi/);
    expect((await readXlsx(out)).sheets.map((s) => s.name)).toContain('Tổng hợp');
  });

  it('running it again replaces the tool sheets rather than adding more', async () => {
    const out1 = join(tmp.dir, 'o1.xlsx');
    const out2 = join(tmp.dir, 'o2.xlsx');
    expect((await hoptac(['consolidate', EXAMPLE, '--period', '2017-Q4', '--out', out1])).code).toBe(0);
    expect((await hoptac(['consolidate', out1, '--period', '2018', '--out', out2])).code).toBe(0);
    const g = await readXlsx(out2);
    expect(g.sheets.filter((s) => s.name === 'Tổng hợp')).toHaveLength(1);
    expect(g.sheets.filter((s) => s.name === 'Kiểm tra')).toHaveLength(1);
  });

  it('refuses --out naming the input, also through a link or another spelling', async () => {
    const input = join(tmp.dir, 'same.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = sha(input);
    const link = join(tmp.dir, 'link.xlsx');
    symlinkSync(input, link);
    for (const out of [input, link, join(tmp.dir, '.', 'same.xlsx')]) {
      const r = await hoptac(['consolidate', input, '--period', '2018', '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/không được trùng tệp đầu vào/);
    }
    expect(sha(input)).toBe(before);
  });
});

describe('template', () => {
  it('writes an empty format-1 workbook that check accepts with no finding', async () => {
    const out = join(tmp.dir, 'template.xlsx');
    const r = await hoptac(['template', '--boards', 'DN,LD,BP', '--from', '2017-01', '--to', '2018-12', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Đã tạo .*3 đơn vị, 24 tháng \(2017-01 … 2018-12\), 24 chỉ tiêu \(trong đó 2 tỷ lệ/);
    const check = await hoptacJson<{ ok: boolean; findings: FindingJson[] }>(['check', out]);
    expect(check.code).toBe(0);
    expect({ ok: check.json.ok, findings: check.json.findings, counts: (check.json as { counts?: unknown }).counts }).toEqual({ ok: true, findings: [], counts: { errors: 0, warnings: 0, byCode: {} } });
  });

  it('lays out Boards, Settings, Targets and board sheets as the format says, with validation on value cells only', async () => {
    const out = join(tmp.dir, 'template-layout.xlsx');
    expect((await hoptac(['template', '--boards', 'DN,HCM_1', '--from', 'Tháng 11/2017', '--to', '2018-02', '--out', out])).code).toBe(0);
    const g = await readXlsx(out);
    expect(g.sheets.map((s) => s.name)).toEqual(['Boards', 'Settings', 'Targets', 'DN', 'HCM_1', 'Hướng dẫn']);
    const v = (sheet: string, r: number, c: number) => g.sheets.find((s) => s.name === sheet)!.rows[r]?.[c]?.value ?? '';
    expect([0, 1, 2, 3, 4].map((c) => v('Boards', 0, c))).toEqual(['mã', 'tên', 'tỉnh', 'loại', 'đầu mối']);
    expect(v('Boards', 1, 0)).toBe('DN');
    expect(v('Boards', 1, 3)).toBe('KCN');
    expect([v('Settings', 1, 0), v('Settings', 1, 1)]).toEqual(['number_format', 'vi']);
    expect([0, 1, 2, 3].map((c) => v('Targets', 0, c))).toEqual(['board', 'indicator', 'year', 'target']);
    // DN: title rows, then the header on row 4
    expect(v('DN', 0, 0)).toMatch(/ĐỒNG NAI/);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => v('DN', 3, c))).toEqual(['mã', 'chỉ tiêu', 'đơn vị tính', 'lũy kế đầu kỳ', 'Tháng 11/2017', 'Tháng 12/2017', 'Tháng 1/2018', 'Tháng 2/2018']);
    expect(v('DN', 4, 0)).toBe('');
    expect(v('DN', 4, 1)).toBe('I. Thu hút đầu tư');
    expect(v('DN', 5, 0)).toBe('fdi_projects_new');
    const codes = g.sheets.find((s) => s.name === 'DN')!.rows.map((r) => r?.[0]?.value ?? '').filter((c) => /^[a-z_]+$/.test(c));
    expect(codes).toHaveLength(22);
    expect(codes).not.toContain('occupancy_rate');
    // data validation: rectangles over value cells, never whole columns
    const zip = unzipSync(readFileSync(out));
    const sheetXml = Buffer.from(zip['xl/worksheets/sheet4.xml']!).toString('utf8');
    const refs = [...sheetXml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^[D-H]\d+:[D-H]\d+$/);
    expect(sheetXml).toMatch(/<dataValidation type="decimal"/);
  });

  it('says as many indicators as check finds in the file it wrote: one catalogue', async () => {
    const out = join(tmp.dir, 'template-count.xlsx');
    const t = await hoptac(['template', '--boards', 'DN,LD', '--from', '2017-01', '--to', '2017-03', '--out', out, '--lang', 'en']);
    const said = Number(/(\d+) indicators \((\d+) of them ratios/.exec(t.stdout)?.[1]);
    const ratios = Number(/(\d+) indicators \((\d+) of them ratios/.exec(t.stdout)?.[2]);
    const check = await hoptac(['check', out, '--lang', 'en']);
    expect(check.stdout).toContain(`2 boards, ${said} indicators, 3 months`);
    // the rows to fill, plus the ratios computed from them, are the catalogue check reads
    const g = await readXlsx(out);
    const rows = g.sheets.find((s) => s.name === 'DN')!.rows.map((r) => r?.[0]?.value ?? '').filter((c) => /^[a-z_]+$/.test(c));
    expect(rows.length + ratios).toBe(said);
    expect([rows.length, ratios]).toEqual([22, 2]);
  });

  it('refuses to overwrite a file unless --force', async () => {
    const out = join(tmp.dir, 'exists.xlsx');
    writeFileSync(out, 'keep me');
    const args = ['template', '--boards', 'DN', '--from', '2017-01', '--to', '2017-03', '--out', out];
    const r = await hoptac(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/đã có; dùng --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await hoptac([...args, '--force'])).code).toBe(0);
    expect((await hoptac(['check', out])).code).toBe(0);
  });

  it('says why --out cannot be written in the language asked for, the writer’s reason included', async () => {
    const args = (out: string) => ['template', '--boards', 'DN', '--from', '2017-01', '--to', '2017-03', '--out', out, '--force'];
    const folder = join(tmp.dir, 'a-folder.xlsx');
    mkdirSync(folder);
    for (const out of [folder, join(tmp.dir, 'no-such-dir', 'x.xlsx')]) {
      const vi = await hoptac(args(out));
      const en = await hoptac([...args(out), '--lang', 'en']);
      expect([vi.code, en.code]).toEqual([2, 2]);
      expect(vi.stderr).toMatch(/^hoptac: không ghi được tệp /);
      expect(en.stderr).toMatch(/^hoptac: cannot write the file /);
      // the reason after the path is in the same language: no English sentence in the Vietnamese line
      const reasonVi = vi.stderr.slice(vi.stderr.indexOf(': ', 'hoptac: '.length) + 2);
      const reasonEn = en.stderr.slice(en.stderr.indexOf(': ', 'hoptac: '.length) + 2);
      expect(reasonVi).not.toBe(reasonEn);
      expect(reasonVi).not.toMatch(/\b(the|is|not|cannot|no such|directory|file)\b/i);
    }
  });
});

describe('program', () => {
  it('is dispatched to the program command', async () => {
    const r = await hoptac(['program', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/hoptac program/);
  });
});

describe('the installed bin, as a real child process', () => {
  const bin = join(ROOT, 'packages/cli/bin/hoptac.mjs');
  // A missing build is a failure, never a quiet skip: `npm test` builds first, and a run without
  // `dist` would otherwise pass without ever starting the command.
  const requireBuilt = () => {
    for (const f of ['packages/cli/dist/main.js', 'packages/hoptac/dist/workbook.js']) {
      if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does)`);
    }
  };
  it('check --json and consolidate --json exit 0 with JSON on stdout; usage exits 2', () => {
    requireBuilt();
    const check = spawnSync(process.execPath, [bin, 'check', 'examples/shared-workbook.xlsx', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect((JSON.parse(check.stdout) as { ok: boolean }).ok).toBe(true);
    const cons = spawnSync(process.execPath, [bin, 'consolidate', 'examples/shared-workbook.xlsx', '--period', 'Quý IV/2017', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(cons.status).toBe(0);
    expect((JSON.parse(cons.stdout) as { period: string }).period).toBe('2017-Q4');
    const bad = spawnSync(process.execPath, [bin, 'nope'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/không có lệnh "nope"/);
  });

  it('npm run demo (examples/demo.mjs) exits 0 and prints the check and the tables', () => {
    requireBuilt();
    const demo = spawnSync(process.execPath, [join(ROOT, 'examples/demo.mjs')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('Kết quả: hợp lệ (0 lỗi, 9 cảnh báo).');
    expect(demo.stdout).toContain('Kỳ: Quý IV/2017 (2017-Q4)');
    expect(demo.stdout).toContain('Kỳ: Năm 2018 (2018)');
    expect(demo.stdout).toMatch(/Kim ngạch xuất khẩu\s+triệu USD\s+[\d.,]+\s+[\d.,]+\s+thiếu\s+thiếu/);
  });
});
