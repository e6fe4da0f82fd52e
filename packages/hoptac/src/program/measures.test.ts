import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consolidate, createObservations, isHoptacError } from '../index.js';
import { monthIndexText } from '../period/core.js';
import { loadPrograms } from './load.js';
import { programToDate, sinceInception } from './measures.js';

const seeds = loadPrograms(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));
const p2016 = seeds.programs.find((p) => p.code === 'DN-LD-BP-2016')!;

/** Every board reports from its first month through 2018-12: exports (flow), workers (stock), land (stocks). */
function history(starts: ReadonlyMap<string, number>) {
  const b = createObservations();
  for (const [board, start] of starts)
    for (let m = start; m <= 2018 * 12 + 11; m++) {
      const month = monthIndexText(m);
      b.add({ board, indicator: 'export_value', month, value: '1.5' });
      b.add({ board, indicator: 'workers_total', month, value: String(1000 + m - start) });
      b.add({ board, indicator: 'leased_land_area', month, value: board === 'DN' ? '4600' : '100' });
      b.add({ board, indicator: 'industrial_land_area', month, value: board === 'DN' ? '6600' : '300' });
    }
  return b.build();
}
const FROM_2007 = new Map([
  ['DN', 2007 * 12],
  ['LD', 2007 * 12],
  ['BP', 2013 * 12],
]);

describe('programToDate', () => {
  it('sums flows and takes stocks from the program’s first month', () => {
    const set = history(FROM_2007);
    const r = programToDate(set, p2016, '2017-Q4', { indicators: ['export_value', 'workers_total'], boards: ['DN'] });
    expect(r.rows.map((x) => `${x.indicator} ${x.board} ${x.measure} ${x.span} ${x.value}`)).toEqual([
      'export_value DN program_to_date 2016/2017 36',
      'export_value ALL program_to_date 2016/2017 36',
      'workers_total DN program_to_date 2016/2017 1131',
      'workers_total ALL program_to_date 2016/2017 1131',
    ]);
  });

  it('is consolidate’s value over the span (property), clipped to the program’s end', () => {
    const set = history(FROM_2007);
    fc.assert(
      fc.property(fc.integer({ min: 2016 * 12, max: 2020 * 12 }), (end) => {
        const r = programToDate(set, p2016, monthIndexText(end), { indicators: ['export_value', 'occupancy_rate'] });
        const to = Math.min(end, 2018 * 12 + 11);
        const c = consolidate(set, { period: `2016-01/${monthIndexText(to)}`, boards: ['DN', 'BP', 'LD'], indicators: ['export_value', 'occupancy_rate'], measures: ['value'] });
        expect(r.rows.map((x) => [x.board, x.indicator, x.value])).toEqual(c.rows.map((x) => [x.board, x.indicator, x.value]));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a period before the program', () => {
    const e = (() => {
      try {
        programToDate(history(FROM_2007), p2016, '2015-12');
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect(isHoptacError(e) && e.code).toBe('invalid-input');
  });
});

describe('sinceInception', () => {
  it('counts each board from the first program it joined; ALL sums them and recomputes ratios', () => {
    const r = sinceInception(history(FROM_2007), seeds, 'DN-LD-BP-2016', '2017', { indicators: ['export_value', 'occupancy_rate'] });
    expect(r.rows.map((x) => `${x.indicator} ${x.board} ${x.span} ${x.value}`)).toEqual([
      'export_value DN 2007/2017 198', // 132 months × 1.5
      'export_value BP 2013/2017 90', // 60 months × 1.5
      'export_value LD 2007/2017 198',
      'export_value ALL 2007/2017 486',
      'occupancy_rate DN 2007/2017 69.70',
      'occupancy_rate BP 2013/2017 33.33',
      'occupancy_rate LD 2007/2017 33.33',
      'occupancy_rate ALL 2007/2017 66.67', // (4600 + 100 + 100) / (6600 + 300 + 300)
    ]);
  });

  it('never counts a month twice where programs overlap (2013)', () => {
    const set = history(FROM_2007);
    const chain = sinceInception(set, seeds, 'DN-LD-BP-2016', '2018-12', { indicators: ['export_value'], boards: ['DN'] });
    expect(chain.rows[0]!.value).toBe('216'); // 144 months 2007-2018, not 7 + 3 + 3 years
  });

  it('a board that missed a month is missing, and so is ALL', () => {
    const b = createObservations();
    for (const [board, start] of FROM_2007)
      for (let m = start; m <= 2017 * 12 + 11; m++) if (!(board === 'BP' && m === 2013 * 12 + 4)) b.add({ board, indicator: 'export_value', month: monthIndexText(m), value: '2' });
    const r = sinceInception(b.build(), seeds, 'DN-LD-BP-2016', '2017-12', { indicators: ['export_value'] });
    expect(r.rows.map((x) => `${x.board} ${x.status}`)).toEqual(['DN ok', 'BP missing', 'LD ok', 'ALL missing']);
    expect(r.rows[3]!.missing?.items[0]).toMatchObject({ board: 'BP', month: '2013-05' });
  });

  it('when all boards start together it is consolidate’s own span', () => {
    const r = sinceInception(history(FROM_2007), seeds, 'DN-LD-BP-2013', '2014-12', { indicators: ['export_value'], boards: ['DN', 'LD'] });
    expect(r.rows.map((x) => `${x.board} ${x.span} ${x.value}`)).toEqual(['DN 2007/2014 144', 'LD 2007/2014 144', 'ALL 2007/2014 288']);
  });
});
