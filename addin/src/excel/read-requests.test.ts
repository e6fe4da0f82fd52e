import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Grid } from 'hoptac/workbook';
import { readXlsx } from '../../../packages/cli/src/xlsx/index.js';
import { FakeWorkbook, addMerges, fakeSheetsOf } from '../../../tests/helpers/fake-office/index.js';
import type { FakeSheetInput } from '../../../tests/helpers/fake-office/index.js';
import { readGrid } from './read.js';

let grid: Grid;
let sheets: FakeSheetInput[];
beforeAll(async () => {
  grid = await readXlsx(fileURLToPath(new URL('../../../examples/shared-workbook.xlsx', import.meta.url)));
  sheets = fakeSheetsOf(grid);
});

/** Blocks of at most `blockCells` cells that a sheet's rows need, counted from the Grid itself. */
function blocksOf(g: Grid, blockCells: number): number {
  let n = 0;
  for (const s of g.sheets) {
    let cols = 1;
    for (let r = 0; r < s.rows.length; r++) cols = Math.max(cols, s.rows[r]?.length ?? 0);
    if (s.rows.length > 0) n += Math.ceil(s.rows.length / Math.max(1, Math.floor(blockCells / cols)));
  }
  return n;
}

describe('reading the workbook through Excel', () => {
  it.each([20_000, 1_000, 300])('takes one request per block of %i cells, plus two to list the sheets, merged areas riding along', async (blockCells) => {
    const b = new FakeWorkbook(sheets);
    addMerges(b, 'DN', ['A1:D1']);
    const { grid: read } = await readGrid(b.host(), { blockCells });
    expect(b.syncs).toBe(blocksOf(grid, blockCells) + 2);
    expect(read.sheets.find((s) => s.name === 'DN')?.merges).toContain('A1:D1');
    expect(b.largestRequestBytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('loads the merged areas again when a block is refused as too large and read in halves', async () => {
    const b = new FakeWorkbook(sheets, { maxResponseBytes: 40_000 });
    addMerges(b, 'DN', ['A1:D1']);
    const { grid: read } = await readGrid(b.host());
    expect(read.sheets.find((s) => s.name === 'DN')?.merges).toContain('A1:D1');
    expect(b.largestResponseBytes).toBeGreaterThan(40_000); // a refused answer was built, so halving happened
  });
});
