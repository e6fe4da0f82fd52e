import { beforeAll, describe, expect, it } from 'vitest';
import { excelNumberToDecimal } from 'hoptac';
import { fileURLToPath } from 'node:url';
import { FINDINGS_SHEET, SUMMARY_SHEET, consolidateWorkbook, readWorkbook, latestCompleteMonth } from 'hoptac/workbook';
import type { Grid } from 'hoptac/workbook';
import { readXlsx } from '../../../packages/cli/src/xlsx/index.js';
import { FakeWorkbook, fakeSheetsOf } from '../../../tests/helpers/fake-office/index.js';
import type { FakeSheetInput } from '../../../tests/helpers/fake-office/index.js';
import { SNAPSHOT_NAMESPACE } from '../excel/snapshot-part.js';
import { consolidateRun, validate } from './run.js';

let grid: Grid;
let sheets: FakeSheetInput[];
beforeAll(async () => {
  grid = await readXlsx(fileURLToPath(new URL('../../../examples/shared-workbook.xlsx', import.meta.url)));
  sheets = fakeSheetsOf(grid);
});

const writes = (b: FakeWorkbook) => b.ops.filter((o) => o.kind !== 'activate' && o.kind !== 'select');

describe('validate', () => {
  it('reads the workbook through Excel and finds what the command line finds, writing nothing', async () => {
    const b = new FakeWorkbook(sheets);
    const progress: string[] = [];
    const out = await validate(b.host(), { onProgress: (p) => progress.push(p.sheet) });
    const direct = readWorkbook(grid);
    expect(out.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual(direct.findings.map((f) => [f.code, f.sheet, f.cell]));
    expect(out.summary).toMatchObject({ boards: 3, errors: 0, months: { count: 48, first: '2015-01', last: '2018-12' } });
    expect(out.summary.latestComplete).toBe(latestCompleteMonth(direct));
    expect(new Set(progress)).toEqual(new Set(grid.sheets.map((s) => s.name)));
    expect(b.ops).toEqual([]);
  });
  it('says which Excel is too old', async () => {
    const b = new FakeWorkbook(sheets, { apiMinor: 6 });
    await expect(validate(b.host())).rejects.toMatchObject({ code: 'api-not-supported' });
  });
});

describe('consolidateRun', () => {
  it('consolidates the latest complete month by default and writes only its own two sheets', async () => {
    const b = new FakeWorkbook(sheets);
    const out = await consolidateRun(b.host(), { activate: true });
    const expected = consolidateWorkbook(grid, { period: latestCompleteMonth(readWorkbook(grid))! });
    expect(out.period).toBe(expected.period);
    expect(out.consolidated).toBe(true);
    expect(out.written).toEqual([SUMMARY_SHEET, FINDINGS_SHEET]);
    expect(new Set(writes(b).filter((o) => !o.kind.startsWith('xml')).map((o) => o.sheet))).toEqual(new Set([SUMMARY_SHEET, FINDINGS_SHEET]));
    // the snapshot went to a custom XML part, not to a sheet
    expect(writes(b).filter((o) => o.kind.startsWith('xml')).map((o) => [o.kind, o.sheet])).toEqual([['xmlAdd', '']]);
    expect(out.changes).toBeUndefined();
    expect(b.ops.filter((o) => !o.kind.startsWith('xml')).at(-1)).toEqual({ kind: 'activate', sheet: SUMMARY_SHEET });
    // a second run clears and rewrites the same sheets: never deleted, never added again
    const before = b.ops.length;
    await consolidateRun(b.host(), { period: '2017-Q4' });
    expect(b.ops.slice(before).filter((o) => o.kind === 'add')).toEqual([]);
    expect(b.sheets.map((s) => s.name).filter((n) => n === SUMMARY_SHEET)).toHaveLength(1);
  });

  it('keeps a snapshot in a custom XML part and lists exactly what changed since the last consolidation', async () => {
    const b = new FakeWorkbook(sheets);
    const first = await consolidateRun(b.host(), { period: '2017-Q4', now: () => new Date('2018-01-05T08:00:00Z') });
    expect(first.changes).toBeUndefined();
    expect(b.xmlParts.map((p) => p.namespaceUri)).toEqual([SNAPSHOT_NAMESPACE]);
    const again = await consolidateRun(b.host(), { period: '2017-Q4' });
    expect(again.changes).toEqual([]);
    expect(again.since).toBe('2018-01-05T08:00:00.000Z');
    expect(b.xmlParts).toHaveLength(1);
    // two cells typed between consolidations: DN!AL7 (fdi_capital_new, 2017-10) and LD!E6 (a value cell)
    const dnWas = b.cellsOf('DN')['AL7']!.v as number;
    b.setCell('DN', 'AL7', { v: dnWas + 1, t: 'Double', nf: 'General' });
    const ldWas = b.cellsOf('LD')['E6']!.v as number;
    b.setCell('LD', 'E6', { v: 0, t: 'Double', nf: 'General' });
    const third = await consolidateRun(b.host(), { period: '2017-Q4' });
    const shown = (third.changes ?? []).map((c) => `${c.kind} ${c.sheet}!${c.cell}`);
    expect(shown.sort()).toEqual(['revised DN!AL7', 'revised LD!E6']);
    // the values as Excel holds them, read by the 15-digit rule (DN's row is in the catalogue unit)
    const dn = third.changes!.find((c) => c.sheet === 'DN')!;
    expect([dn.before, dn.after]).toEqual([excelNumberToDecimal(dnWas), excelNumberToDecimal(dnWas + 1)]);
    expect(third.changes!.find((c) => c.sheet === 'LD')!.after).toBe('0');
    expect(ldWas).not.toBe(0);
  });

  it('an unusable kept snapshot is replaced, with no list of changes', async () => {
    const b = new FakeWorkbook(sheets);
    b.addXmlPart(`<snapshot xmlns="${SNAPSHOT_NAMESPACE}" part="1" of="2" hash="x">{}</snapshot>`);
    const out = await consolidateRun(b.host(), { period: '2017-Q4' });
    expect(out.changes).toBeUndefined();
    expect(b.xmlParts).toHaveLength(1);
    expect((await consolidateRun(b.host(), { period: '2017-Q4' })).changes).toEqual([]);
  });

  it('stops and writes nothing when a board sheet changes between reading and writing', async () => {
    // as many requests as reading alone takes (validate reads and writes nothing)
    const plain = new FakeWorkbook(sheets);
    await validate(plain.host());
    const readSyncs = plain.syncs;
    let edited = false;
    const b = new FakeWorkbook(sheets, {
      beforeSync: (n, book) => {
        // once the reading is over (the fingerprint pass starts), a colleague types into DN
        if (!edited && n > readSyncs) {
          book.setCell('DN', 'F7', { v: 99, t: 'Double', nf: 'General' });
          edited = true;
        }
      },
    });
    await expect(consolidateRun(b.host(), { period: '2017-Q4' })).rejects.toMatchObject({ code: 'source-changed', params: { sheet: 'DN' } });
    expect(edited).toBe(true);
    expect(writes(b)).toEqual([]);
  });

  it('leaves a large workbook to the task pane when asked for bounded work', async () => {
    const b = new FakeWorkbook(sheets);
    await expect(consolidateRun(b.host(), { maxCells: 1000 })).rejects.toMatchObject({ code: 'too-large' });
    expect(b.ops).toEqual([]);
  });

  it('maps edit mode to its message', async () => {
    const b = new FakeWorkbook(sheets, { failSyncWith: 'InvalidOperation' });
    await expect(consolidateRun(b.host(), { period: '2017-Q4' })).rejects.toMatchObject({ code: 'edit-mode' });
  });
});
