import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxIsolated } from './isolated.js';
import { makeXlsx } from './test-helpers.js';

async function tempFile(name: string, bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hoptac-iso-'));
  const p = join(dir, name);
  await writeFile(p, bytes);
  return p;
}

describe('readXlsxIsolated', () => {
  it('reads in a worker', async () => {
    const p = await tempFile('a.xlsx', makeXlsx({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>0.30000000000000004</v></c></row>' }] }));
    const grid = await readXlsxIsolated(p);
    expect(grid.sheets[0]!.rows[0]![0]).toMatchObject({ kind: 'number', value: '0.3', raw: '0.30000000000000004' });
  });

  it('passes the reader refusals through as XlsxError', async () => {
    const p = await tempFile('b.xlsx', new TextEncoder().encode('not a workbook at all'));
    await expect(readXlsxIsolated(p)).rejects.toMatchObject({ name: 'XlsxError', code: 'not-zip' });
  });

  it('times out', async () => {
    const p = await tempFile('c.xlsx', makeXlsx({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }));
    await expect(readXlsxIsolated(p, { timeoutMs: 1 })).rejects.toMatchObject({ name: 'XlsxError', code: 'timeout' });
  });
});
