/**
 * What the writer puts in a package: every XML part it writes is well-formed with a declaration
 * true to its bytes, also when the input's workbook, relationships, content types and styles are
 * UTF-16; and a package whose part names leave the package (`../`, absolute, drive letters,
 * backslashes) is refused as unsafe, never copied.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { writeXlsxWithSheets } from '../packages/cli/src/xlsx/write.js';
import { EXAMPLE, hoptac, hoptacJson, tempDir } from './helpers/cli.js';
import { xmlPartProblems } from './helpers/xml-conformance.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const example = (): Record<string, Uint8Array> => unzipSync(new Uint8Array(readFileSync(EXAMPLE)));

/** UTF-16LE with a byte order mark, the declaration saying UTF-16, as some writers save parts. */
function utf16(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^<\?xml[^?]*\?>/, '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}

const XML_PART = /\.(xml|rels|vml)$/i;

describe('UTF-16 parts in the input', () => {
  it('every part of the output is well-formed, its declaration true to its bytes', async () => {
    const parts = example();
    const edited = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
    for (const p of edited) {
      expect(parts[p], p).toBeDefined();
      parts[p] = utf16(parts[p]!);
      // the UTF-16 input itself is conforming
      expect(xmlPartProblems(parts[p]!), p).toEqual([]);
    }
    const input = join(dir, 'utf16.xlsx');
    await writeFile(input, zipSync(parts));
    const check = await hoptacJson<{ ok: boolean }>(['check', input]);
    expect(check.code).toBe(0);
    const out = join(dir, 'utf16-out.xlsx');
    const r = await hoptac(['consolidate', input, '--period', '2018', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const written = unzipSync(new Uint8Array(readFileSync(out)));
    const names = Object.keys(written).filter((n) => XML_PART.test(n));
    for (const p of edited) expect(names).toContain(p);
    for (const n of names) expect(xmlPartProblems(written[n]!), n).toEqual([]);
    // the command reads its own output back
    expect((await hoptacJson(['check', out])).code).toBe(0);
  });

  it('the check itself catches a UTF-8 part that declares UTF-16', () => {
    const bad = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-16"?><a/>');
    expect(xmlPartProblems(bad).join(' ')).toMatch(/declares encoding "UTF-16"/);
  });
});

describe('unsafe part names', () => {
  const names = ['../../evil.txt', '/etc/evil.txt', 'C:\\evil.txt', 'xl/..\\..\\evil.txt', 'xl/./../../evil.txt'];
  it.each(names)('refuses a package with an entry named %j: exit 2, one line, nothing written', async (name) => {
    const parts = example();
    parts[name] = new TextEncoder().encode('evil');
    const input = join(dir, `unsafe-${names.indexOf(name)}.xlsx`);
    await writeFile(input, zipSync(parts));
    const r = await hoptac(['check', input]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/nằm ngoài gói/);
    const out = join(dir, `unsafe-out-${names.indexOf(name)}.xlsx`);
    const c = await hoptac(['consolidate', input, '--period', '2018', '--out', out]);
    expect(c.code).toBe(2);
    await expect(writeXlsxWithSheets(input, out, [{ name: 'Tổng hợp', rows: [] }])).rejects.toMatchObject({ code: 'unsafe-package' });
    expect(() => readFileSync(out)).toThrow();
  });
});
