/**
 * The demo shows its output: it runs with the built packages, its tables fit in 100 columns, and
 * the files it names at the end are in examples/output/ (git-ignored), left there to be opened.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/** Terminal columns of a line: one per character, combining marks none (as the command counts). */
const columns = (line: string) => [...line.normalize('NFC')].filter((c) => !/\p{M}/u.test(c)).length;

describe('npm run demo', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'examples', 'demo.mjs')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = run.stdout.split('\n');

  it('runs (exit 0)', () => {
    expect([run.status, run.stderr]).toEqual([0, '']);
  });

  it('its consolidation tables and its own lines fit in 100 columns', () => {
    // from the first consolidation to the report workbook: the demo's own tables and notes
    const from = lines.findIndex((l) => l.startsWith('2. hoptac consolidate'));
    const to = lines.findIndex((l) => l.startsWith('4. hoptac consolidate'));
    expect([from > 0, to > from]).toEqual([true, true]);
    const own = lines.slice(from, to);
    const tables = own.filter((l) => l.startsWith('Chỉ tiêu'));
    expect(tables).toHaveLength(4); // two tables for each of the two periods
    const wide = own.filter((l) => columns(l) > 100);
    expect(wide).toEqual([]);
    // and the table really is a table: a row per indicator with the period's figure of each board
    expect(own.find((l) => l.startsWith('Kim ngạch xuất khẩu ') && l.includes('4.704,5'))).toBeDefined(); // 2017-Q4 exports of all boards
    for (const l of lines.filter((x) => x.startsWith('═'))) expect(columns(l)).toBe(100);
  });

  it('names the files it wrote, each in examples/output/ and left there', () => {
    const at = lines.findIndex((l) => l.startsWith('Các tệp đã ghi'));
    expect(at).toBeGreaterThan(0);
    const named = lines.slice(at).flatMap((l) => /^- (\S+): /.exec(l)?.[1] ?? []);
    expect(named).toEqual(['examples/output/tong-hop-2018.xlsx', 'examples/output/so-lieu-sua-doi.xlsx', 'examples/output/bao-cao-2017.docx']);
    for (const f of named) {
      expect(existsSync(join(ROOT, f)), f).toBe(true);
      expect(statSync(join(ROOT, f)).size, f).toBeGreaterThan(1000);
      expect(readFileSync(join(ROOT, f)).subarray(0, 2).toString('latin1'), f).toBe('PK'); // a zip package: .xlsx, .docx
    }
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('examples/output/');
    for (const l of lines.slice(at)) expect(columns(l)).toBeLessThanOrEqual(100);
  });
});
