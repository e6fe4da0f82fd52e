/**
 * writeReport (the scripts' review report) refuses with one CliError in both languages, as every
 * other function of @hoptac/cli does: a stable code, the English message and the Vietnamese one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../packages/cli/src/cli-error.js';
import { writeReport } from '../packages/cli/src/api/report.js';
import type { WriteReportOptions } from '../packages/cli/src/api/report.js';
import { EXAMPLE, ROOT, hoptac, tempDir } from './helpers/cli.js';

const PROGRAMS = join(ROOT, 'examples', 'programs', 'dong-nai-lam-dong-binh-phuoc.json');
const { dir, cleanup } = tempDir('hoptac-report-errors-');
afterAll(cleanup);

async function refusal(options: Partial<WriteReportOptions>): Promise<CliError> {
  try {
    await writeReport({ workbook: EXAMPLE, period: '2017', out: join(dir, 'r.docx'), ...options });
  } catch (e) {
    if (e instanceof CliError) return e;
    throw new Error(`not a CliError: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  throw new Error('writeReport did not refuse');
}

describe('writeReport refuses with a CliError in both languages', () => {
  const existing = join(dir, 'exists.docx');
  writeFileSync(existing, 'x');
  const notJson = join(dir, 'programs.json');
  writeFileSync(notJson, '{ not json');
  const folder = join(dir, 'folder.xlsx');
  mkdirSync(folder);
  const notXlsx = join(dir, 'plain.xlsx');
  writeFileSync(notXlsx, 'plain text, not a zip');

  it.each<[string, Partial<WriteReportOptions>, string, RegExp, RegExp]>([
    ['a bad period', { period: 'Quý V/2017' }, 'invalid-period', /./, /./],
    ['an out that is not .docx', { out: join(dir, 'r.pdf') }, 'out-not-docx', /must end in \.docx/, /phải có đuôi \.docx/],
    ['an existing out without force', { out: existing }, 'out-exists', /./, /--force/],
    ['a missing workbook', { workbook: join(dir, 'nope.xlsx') }, 'not-found', /nope\.xlsx/, /nope\.xlsx/],
    ['a folder for a workbook', { workbook: folder }, 'is-directory', /directory/, /thư mục/],
    ['a missing program file', { program: join(dir, 'nope.json') }, 'cannot-read', /cannot read/, /không đọc được/],
    ['a program file that is not JSON', { program: notJson }, 'invalid-program', /program file .* is invalid/, /không hợp lệ/],
    ['no program covering the period', { period: '2030', program: PROGRAMS }, 'no-program-covers', /no program/, /không có chương trình nào/],
    ['a workbook that is not an .xlsx', { workbook: notXlsx }, 'not-zip', /plain\.xlsx/, /plain\.xlsx/],
  ])('%s', async (_, options, code, en, vi) => {
    const e = await refusal(options);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(en);
    expect(e.messageVi).toMatch(vi);
    expect(e.messageVi).not.toBe(e.message);
    expect(e.messageIn('vi')).toBe(e.messageVi);
  });

  it('the command prints the message in its language and exits 2', async () => {
    const vi = await hoptac(['report', EXAMPLE, '--period', '2017', '--program', join(dir, 'nope.json'), '--out', join(dir, 'a.docx')]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/^hoptac: không đọc được tệp/);
    const en = await hoptac(['report', EXAMPLE, '--period', '2017', '--program', join(dir, 'nope.json'), '--out', join(dir, 'a.docx'), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^hoptac: cannot read the file/);
  });
});
