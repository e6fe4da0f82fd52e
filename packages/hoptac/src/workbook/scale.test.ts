import { expect, test } from 'vitest';
import { builtInCatalogue } from '../indicator/builtin.js';
import { consolidateWorkbook } from './consolidate.js';
import type { GridCell, GridSheet } from './grid.js';
import { readWorkbook } from './read.js';

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

test('a national workbook reads and consolidates cleanly, in linear time', () => {
  const g = national();
  readWorkbook(g); // warm up
  const t0 = performance.now();
  const model = readWorkbook(g);
  const r = consolidateWorkbook(model, { period: '2017-Q4' });
  const ms = performance.now() - t0;
  expect(model.findings).toEqual([]);
  expect(model.observations.size).toBe(63 * 22 * 240);
  expect(r.consolidation!.rows.find((x) => x.board === 'ALL' && x.indicator === 'export_value' && x.measure === 'value')!.status).toBe('ok');
  // generous: guards against quadratic work, not against a busy machine (about 0.2 s unloaded)
  expect(ms).toBeLessThan(5000);
});
