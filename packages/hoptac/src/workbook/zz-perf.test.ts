import { test } from 'vitest';
import { readWorkbook, consolidateWorkbook } from '../workbook.js';
import type { GridCell, GridSheet } from './grid.js';
import { builtInCatalogue } from '../indicator/builtin.js';
test('perf', () => {
  const boards = Array.from({ length: 63 }, (_, i) => `B${i}`);
  const months: string[] = [];
  for (let y = 2005; y < 2025; y++) for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
  const t = (value: string): GridCell => ({ kind: 'text', value });
  const sheets: GridSheet[] = [{ name: 'Boards', rows: [['code', 'name', 'province', 'zone_kind', 'focal_unit'].map(t), ...boards.map((b) => [t(b), t(b), t('x'), t('KCN'), t('y')])] }];
  const inds = builtInCatalogue.indicators;
  for (const b of boards) {
    const rows: GridCell[][] = [[t('code'), t('indicator'), t('unit'), ...months.map(t)]];
    inds.forEach((ind, k) => {
      rows.push([t(ind.code), t(ind.nameVi), t(ind.unit), ...months.map((_, j) => ({ kind: 'number' as const, value: String(((j * 7 + k * 13) % 1000) + 1) + '.25', format: '#,##0.00' }))]);
    });
    sheets.push({ name: b, rows });
  }
  const grid = { sheets };
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const m = readWorkbook(grid);
    const t1 = performance.now();
    const r = consolidateWorkbook(m, { period: '2017-Q4' });
    const t2 = performance.now();
    console.log('read', Math.round(t1 - t0), 'consolidate', Math.round(t2 - t1), m.ok, m.counts, r.consolidation?.rows.length);
  }
});
