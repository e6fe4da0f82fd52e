import { expect, test } from 'vitest';
import { builtInCatalogue } from '../indicator/builtin.js';
import { consolidateWorkbook } from './consolidate.js';
import type { GridCell, GridSheet } from './grid.js';
import { readWorkbook } from './read/index.js';

/** A national-scale workbook: 63 boards × 22 flow/stock rows × 240 months (332,640 value cells). */
function national(): { sheets: GridSheet[] } {
  const boards = Array.from({ length: 63 }, (_, i) => `B${String(i).padStart(2, '0')}`);
  const months: string[] = [];
  for (let y = 2005; y < 2025; y++) for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
  const t = (value: string): GridCell => ({ kind: 'text', value });
  const sheets: GridSheet[] = [
    { name: 'Boards', rows: [['code', 'name', 'province', 'zone_kind', 'focal_unit'].map(t), ...boards.map((b) => [t(b), t(b), t('x'), t('KCN'), t('y')])] },
  ];
  const inds = builtInCatalogue.indicators.filter((i) => i.kind !== 'ratio');
  for (const b of boards) {
    const rows: GridCell[][] = [[t('code'), t('indicator'), t('unit'), ...months.map(t)]];
    inds.forEach((ind, k) => {
      const base = ind.code === 'industrial_land_area' || ind.code === 'workers_total' ? 100000 : 1;
      // a steady rise with a small wobble: no month is an outlier against its own history
      rows.push([t(ind.code), t(ind.nameVi), t(ind.unit), ...months.map((_, j) => ({ kind: 'number' as const, value: `${base + k * 13 + j * 7 + ((j * 5) % 10)}.25`, format: '#,##0.00' }))]);
    });
    sheets.push({ name: b, rows });
  }
  return { sheets };
}

/** The grid with every cell read counted: each row is a proxy that counts its indexed reads. */
function counted(g: { sheets: GridSheet[] }): { grid: { sheets: GridSheet[] }; reads: () => number } {
  let reads = 0;
  const row = (r: ReadonlyArray<GridCell | undefined> | undefined) =>
    r === undefined
      ? r
      : new Proxy(r, {
          get(target, key, receiver) {
            if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
  return { grid: { sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map(row) })) }, reads: () => reads };
}

test('a national workbook reads and consolidates cleanly, reading each cell a bounded number of times', () => {
  const g = national();
  const cells = g.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r?.length ?? 0), 0), 0);
  const { grid, reads } = counted(g);
  const model = readWorkbook(grid);
  const r = consolidateWorkbook(model, { period: '2017-Q4' });
  expect(model.findings).toEqual([]);
  expect(model.observations.size).toBe(63 * 22 * 240);
  expect(r.consolidation!.rows.find((x) => x.board === 'ALL' && x.indicator === 'export_value' && x.measure === 'value')!.status).toBe('ok');
  // Work bounded by the cells, not by the machine: a reader that rescanned rows per board, per
  // indicator or per month would read cells many times over (speed: `npm run bench:workbook`).
  console.info(`${cells} cells, ${reads()} cell reads`);
  expect(reads()).toBeGreaterThanOrEqual(63 * 22 * 240);
  // (about 2 reads a cell today: a rescan per board or per indicator would be 22 to 63 times)
  expect(reads()).toBeLessThanOrEqual(4 * cells);
});
