import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxIsolated } from './isolated.js';
import { makeXlsx } from '../../../../tests/helpers/make-xlsx.js';

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

describe('the packed answer', () => {
  it('rebuilds exactly the Grid the reader builds, across many pieces', async () => {
    const { readXlsx } = await import('./read.js');
    const { PackBuilder, unpackGrid } = await import('./transfer.js');
    const { readWorkbookInto } = await import('./read.js');
    const { resolveLimits } = await import('./limits.js');
    const rows = Array.from({ length: 700 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 150 }, (_, c) => (c % 3 === 0 ? `<c t="inlineStr"><is><t>t${r}.${c}${"x".repeat(60)}</t></is></c>` : c % 3 === 1 ? `<c><f>A1</f><v>0.${r}${c}00000000000001</v></c>` : `<c><v>${r * c}</v></c>`)).join('')}</row>`).join('');
    const bytes = makeXlsx({ sheets: [{ name: 'A', xml: rows }, { name: 'B', xml: '<row r="2"><c r="C2"><f>X</f></c></row>' }] });
    const b = new PackBuilder();
    readWorkbookInto(bytes, resolveLimits(undefined), b);
    const packed = b.result();
    expect(packed.text.length).toBeGreaterThanOrEqual(3);
    expect(unpackGrid(packed)).toEqual(await readXlsx(bytes));
  });
});
