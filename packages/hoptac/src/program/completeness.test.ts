import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createObservations, type ObservationInput } from '../index.js';
import { completeness } from './completeness.js';
import { INDICATOR_GROUPS } from './groups.js';
import { loadPrograms } from './load.js';

const seeds = loadPrograms(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));
const p2016 = seeds.programs.find((p) => p.code === 'DN-LD-BP-2016')!;
const CELLS = ['investment', 'production', 'labour'].flatMap((g) => INDICATOR_GROUPS.get(g as 'labour')!).filter((c) => c !== 'foreign_worker_share');
const MONTHS = Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, '0')}`);

function fullYear(skip: (o: ObservationInput) => ObservationInput | undefined = (o) => o) {
  const b = createObservations();
  for (const board of ['DN', 'BP', 'LD'])
    for (const indicator of CELLS)
      for (const month of MONTHS) {
        const o = skip({ board, indicator, month, value: '1' });
        if (o !== undefined) b.add(o);
      }
  return b.build();
}

describe('completeness', () => {
  it('a complete year is 100 %, for every party and period', () => {
    const c = completeness(p2016, fullYear(), { span: '2017' });
    expect(c.total).toEqual({ expected: 54, reported: 54, onTime: null, rate: '100.00', onTimeRate: null });
    expect(c.byParty.map((x) => [x.party, x.rate])).toEqual([
      ['DN', '100.00'],
      ['BP', '100.00'],
      ['LD', '100.00'],
    ]);
    expect(c.byPeriod.map((x) => x.period)).toEqual([...MONTHS.slice(0, 3), '2017-Q1', ...MONTHS.slice(3, 6), '2017-Q2', ...MONTHS.slice(6, 9), '2017-Q3', ...MONTHS.slice(9), '2017-Q4', '2017']);
    expect(c.missing).toEqual([]);
  });

  it('a missing flow month fails its month, quarter and year; a missing stock month only where it is the last', () => {
    const set = fullYear((o) =>
      o.board === 'LD' && o.indicator === 'export_value' && o.month === '2017-03'
        ? undefined
        : o.board === 'BP' && o.indicator === 'workers_total' && o.month === '2017-02'
          ? { ...o, value: null }
          : o,
    );
    const c = completeness(p2016, set, { span: '2017' });
    const failed = c.reports.filter((r) => !r.reported).map((r) => `${r.party} ${r.period} ${r.stage}`);
    expect(failed).toEqual(['BP 2017-02 final', 'LD 2017-03 final', 'LD 2017-Q1 final', 'LD 2017 estimate', 'LD 2017 final']);
    expect(c.missing).toEqual([
      { party: 'BP', indicator: 'workers_total', month: '2017-02', reason: 'blank' },
      { party: 'LD', indicator: 'export_value', month: '2017-03', reason: 'absent' },
    ]);
    expect(c.byParty.find((x) => x.party === 'LD')).toMatchObject({ expected: 18, reported: 14, rate: '77.78' });
    expect(c.byPartyAndPeriod.find((x) => x.party === 'BP' && x.period === '2017-02')).toMatchObject({ expected: 1, reported: 0, rate: '0.00' });
  });

  it('an estimate satisfies the estimate, not the final figures', () => {
    const set = fullYear((o) => (o.board === 'DN' && o.indicator === 'export_value' && o.month === '2017-12' ? { ...o, status: 'estimated' } : o));
    const c = completeness(p2016, set, { span: '2017' });
    expect(c.reports.filter((r) => !r.reported).map((r) => `${r.party} ${r.period} ${r.stage}`)).toEqual(['DN 2017-12 final', 'DN 2017-Q4 final', 'DN 2017 final']);
    expect(c.missing).toEqual([{ party: 'DN', indicator: 'export_value', month: '2017-12', reason: 'estimated' }]);
  });

  it('on time only when the caller says when reports arrived', () => {
    const receivedOn = new Map([
      ['DN|2017-01', '2017-02-09'],
      ['BP|2017-01', '2017-02-11'],
      ['LD|2017-01', '2017-02-10'],
    ]);
    const c = completeness(p2016, fullYear(), { span: '2017-01', receivedOn });
    expect(c.reports.map((r) => `${r.party} ${String(r.onTime)}`)).toEqual(['DN true', 'BP false', 'LD true']);
    expect(c.total).toMatchObject({ expected: 3, reported: 3, onTime: 2, onTimeRate: '66.67' });
  });

  it('property: rate is reported / expected, and removing cells never raises it', () => {
    const full = completeness(p2016, fullYear(), { span: '2017-Q1' });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('DN', 'BP', 'LD'), fc.constantFrom(...CELLS), fc.constantFrom('2017-01', '2017-02', '2017-03')), { maxLength: 8 }), (holes) => {
        const gone = new Set(holes.map((h) => h.join('|')));
        const c = completeness(p2016, fullYear((o) => (gone.has(`${o.board}|${o.indicator}|${String(o.month)}`) ? undefined : o)), { span: '2017-Q1' });
        expect(c.total.expected).toBe(full.total.expected);
        expect(c.total.reported).toBe(c.reports.filter((r) => r.reported).length);
        expect(c.total.reported <= full.total.reported).toBe(true);
        expect(c.missing).toHaveLength(gone.size);
      }),
      { numRuns: 30 },
    );
  });
});
