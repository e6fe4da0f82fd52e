import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, takeWorkbookSnapshot } from 'hoptac/workbook';
import type { WorkbookSnapshot } from 'hoptac/workbook';
import { readXlsx } from '../../../packages/cli/src/xlsx/index.js';
import { FakeWorkbook, fakeSheetsOf, xmlRootNamespace } from '../../../tests/helpers/fake-office/index.js';
import { SNAPSHOT_NAMESPACE, joinParts, readSnapshot, snapshotParts, writeSnapshot } from './snapshot-part.js';

let snapshot: WorkbookSnapshot;
let book: () => FakeWorkbook;
beforeAll(async () => {
  const grid = await readXlsx(fileURLToPath(new URL('../../../examples/shared-workbook.xlsx', import.meta.url)));
  snapshot = takeWorkbookSnapshot(readWorkbook(grid), { takenAt: '2018-01-05T08:00:00Z' });
  const sheets = fakeSheetsOf(grid);
  book = () => new FakeWorkbook(sheets);
});

describe('the snapshot in custom XML parts', () => {
  it('round trips through the workbook, split over parts, and replaces the previous one', async () => {
    const b = book();
    const host = b.host();
    expect(await readSnapshot(host)).toBeUndefined();
    await writeSnapshot(host, snapshot, 10_000);
    const n = Math.ceil(JSON.stringify(snapshot).length / 10_000);
    expect(n).toBeGreaterThan(2);
    expect(b.xmlParts.map((p) => p.namespaceUri)).toEqual(new Array<string>(n).fill(SNAPSHOT_NAMESPACE));
    expect(await readSnapshot(host)).toEqual(snapshot);
    await writeSnapshot(host, snapshot);
    expect(b.xmlParts).toHaveLength(1);
    expect(await readSnapshot(host)).toEqual(snapshot);
    // no sheet was touched
    expect(b.ops.filter((o) => o.sheet !== '')).toEqual([]);
  });

  it('leaves other add-ins’ parts alone', async () => {
    const b = book();
    b.addXmlPart('<?xml version="1.0"?><note xmlns="urn:someone-else">keep</note>');
    await writeSnapshot(b.host(), snapshot);
    await writeSnapshot(b.host(), snapshot);
    expect(b.xmlParts.map((p) => p.namespaceUri).sort()).toEqual([SNAPSHOT_NAMESPACE, 'urn:someone-else'].sort());
  });

  it('a missing part, parts of two snapshots or an altered part make it unusable', () => {
    const parts = snapshotParts(snapshot, 10_000);
    expect(joinParts(parts)).toEqual(snapshot);
    expect(joinParts([...parts].reverse())).toEqual(snapshot);
    expect(joinParts(parts.slice(1))).toBe('unusable');
    expect(joinParts([parts[0]!, ...snapshotParts({ ...snapshot, hash: '0'.repeat(64) }, 10_000).slice(1)])).toBe('unusable');
    // one digit of the JSON in part 2 changed (a figure edited by hand): the hash no longer matches
    const alter = (p: string): string => {
      const at = p.indexOf('>') + 1 + p.slice(p.indexOf('>') + 1).search(/\d/);
      return p.slice(0, at) + String((Number(p[at]) + 1) % 10) + p.slice(at + 1);
    };
    expect(joinParts(parts.map((p, k) => (k === 1 ? alter(p) : p)))).toBe('unusable');
    expect(joinParts([])).toBeUndefined();
  });

  it('the fake refuses XML Excel would refuse, and reads the root namespace as Excel does', () => {
    expect(() => xmlRootNamespace('not xml')).toThrow(/well-formed/);
    expect(() => xmlRootNamespace('<a xmlns="u">x & y</a>')).toThrow(/well-formed/);
    expect(() => xmlRootNamespace('<a xmlns="u">x')).toThrow(/well-formed/);
    expect(xmlRootNamespace('<?xml version="1.0" encoding="UTF-8"?>\n<p:a xmlns:p="urn:p" b="1">t</p:a>')).toBe('urn:p');
    expect(xmlRootNamespace('<a/>')).toBe('');
    for (const p of snapshotParts(snapshot, 10_000)) expect(xmlRootNamespace(p)).toBe(SNAPSHOT_NAMESPACE);
  });
});
