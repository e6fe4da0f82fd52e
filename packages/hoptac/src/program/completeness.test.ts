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
const TARGETS = ['fdi_projects_new', 'fdi_capital_new', 'ddi_capital_new', 'export_value', 'budget_contribution'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, '0')}`);

function fullYear(skip: (o: ObservationInput) => ObservationInput | undefined = (o) => o) {
  const b = createObservations();
  for (const board of ['DN', 'BP', 'LD'])
    for (const indicator of CELLS)
      for (const month of MONTHS) {
        const o = skip({ board, indicator, month, value: '1' });
        if (o !== undefined) b.add(o);
      }
  // the year's targets the seed program's targets obligation names
  for (const board of ['DN', 'BP', 'LD']) for (const indicator of TARGETS) b.target({ board, indicator, year: 2017, value: '10' });
  return b.build();
}

describe('completeness', () => {
  it('a complete year is 100 %, for every party and period', () => {
    const c = completeness(p2016, fullYear(), { span: '2017' });
    expect(c.total).toEqual({ expected: 57, reported: 57, onTime: null, rate: '100.00', onTimeRate: null });
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
    expect(c.byParty.find((x) => x.party === 'LD')).toMatchObject({ expected: 19, reported: 15, rate: '78.95' }); // 15/19
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

describe('targets, indicators and what the workbook never carries (issue 9, items 17 and 21)', () => {
  const ALL = ['investment', 'production', 'labour'].flatMap((g) => INDICATOR_GROUPS.get(g as 'labour')!);
  // eleven indicators, as a shared workbook that carries only some of what the program obliges
  const CARRIED = ['fdi_projects_new', 'fdi_capital_new', 'ddi_projects_new', 'ddi_capital_new', 'fdi_capital_realized', 'export_value', 'import_value', 'revenue_fdi', 'workers_total', 'workers_foreign', 'enterprises_operating'];

  function workbookLike(year: number, skipTarget?: string) {
    const b = createObservations();
    for (const board of ['DN', 'BP', 'LD']) {
      for (const indicator of CARRIED)
        for (let m = 1; m <= 12; m++) {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          b.add({ board, indicator, month, value: board === 'BP' && indicator === 'workers_total' && month === `${year}-02` ? null : '1' });
        }
      for (const indicator of TARGETS) if (`${board} ${indicator}` !== skipTarget) b.target({ board, indicator, year, value: '10' });
    }
    return b.build();
  }

  it('a missing 2018 target of one board is a gap, in the report, the missing targets and its indicator', () => {
    const c = completeness(p2016, workbookLike(2018, 'LD export_value'), { span: '2018' });
    expect(c.missingTargets).toEqual([{ party: 'LD', indicator: 'export_value', year: '2018' }]);
    expect(c.reports.filter((r) => r.kind === 'targets').map((r) => `${r.party} ${r.period} ${r.due} ${r.reported}`)).toEqual(['DN 2018 2018-01-31 true', 'BP 2018 2018-01-31 true', 'LD 2018 2018-01-31 false']);
    expect(c.byIndicator.find((x) => x.kind === 'targets' && x.indicator === 'export_value')).toMatchObject({ expected: 3, reported: 2, rate: '66.67' });
    expect(c.byIndicator.find((x) => x.kind === 'targets' && x.indicator === 'fdi_capital_new')).toMatchObject({ expected: 3, reported: 3, rate: '100.00' });
  });

  it('each obliged indicator never carried is named once, and the rate is also given without them', () => {
    const c = completeness(p2016, workbookLike(2017), { span: '2017' });
    const ratioCarried = (code: string) => code === 'foreign_worker_share'; // its parts workers_foreign and workers_total are carried
    const expectedNotCarried = ALL.filter((code) => !CARRIED.includes(code) && !ratioCarried(code));
    expect(c.notCarried).toEqual(expectedNotCarried);
    expect(c.notCarried).toHaveLength(8);
    // every results report lacks them: only the 3 targets reports of 57 are complete
    expect(c.total).toMatchObject({ expected: 57, reported: 3, rate: '5.26' }); // 3/57 = 0.05263
    // without them, the one real gap shows: BP's blank February (workers_total is a stock)
    expect(c.withoutNotCarried.total).toMatchObject({ expected: 57, reported: 56, rate: '98.25' }); // 56/57 = 0.98245…
    expect(c.withoutNotCarried.byParty.map((x) => `${x.party} ${x.reported}/${x.expected}`)).toEqual(['DN 19/19', 'BP 18/19', 'LD 19/19']);
    expect(c.withoutNotCarried.byPeriod.filter((x) => x.rate !== '100.00').map((x) => `${x.period} ${x.rate}`)).toEqual(['2017-02 66.67']);
    // per indicator: 3 parties × (12 months + 4 quarters + annual estimate and final) = 54 results reports need each
    expect(c.byIndicator.find((x) => x.kind === 'results' && x.indicator === 'workers_total')).toMatchObject({ expected: 54, reported: 53 });
    expect(c.byIndicator.find((x) => x.kind === 'results' && x.indicator === 'budget_contribution')).toMatchObject({ expected: 54, reported: 0, rate: '0.00' });
    expect(c.findings.map((f) => `${f.severity} ${f.code} ${f.path.join('.')} ${String(f.params['indicator'])}`)).toEqual(expectedNotCarried.map((code) => `warning obligation-not-carried obligations.0 ${code}`));
    const f = c.findings.find((x) => x.params['indicator'] === 'budget_contribution')!;
    expect(f.message).toContain('The indicator budget contributions (budget_contribution)');
    expect(f.messageVi).toContain('Chỉ tiêu Nộp ngân sách (budget_contribution)');
  });
});

describe('completeness respects board validity (issue 9, item 16)', () => {
  it('a board that ceased mid-program is complete for what it owed, not 0 % for months after', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8')) as { boards: unknown[] };
    const file = loadPrograms({
      boards: raw.boards,
      programs: [{ code: 'P', titleVi: 'x', titleEn: 'x', parties: ['LD', 'BT'], period: '2024-2026', obligations: [{ indicators: ['workers_total'], cadence: 'monthly', dueDays: 10 }] }],
    });
    const b = createObservations();
    for (let m = 0; m < 36; m++) {
      const month = `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      b.add({ board: 'LD', indicator: 'workers_total', month, value: '5' });
      if (m < 18) b.add({ board: 'BT', indicator: 'workers_total', month, value: '3' });
    }
    const set = b.build();
    const c = completeness(file, set);
    expect(c.byParty.map((x) => `${x.party} ${x.reported}/${x.expected} ${x.rate}`)).toEqual(['LD 36/36 100.00', 'BT 18/18 100.00']);
    // without the boards, the 18 months after the merger would count as missing
    expect(completeness(file.programs, set).byParty.find((x) => x.party === 'BT')).toMatchObject({ expected: 36, reported: 18, rate: '50.00' });
  });
});
