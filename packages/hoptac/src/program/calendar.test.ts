import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monthIndexText } from '../period/core.js';
import { reportingCalendar } from './calendar.js';
import { loadPrograms } from './load.js';
import type { Cadence, Program } from './types.js';

const seeds = loadPrograms(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));

function programOf(a: number, b: number, cadence: Cadence, dueDays: number, estimateFirst = false, parties = ['DN', 'LD', 'BP']): Program {
  return loadPrograms({
    boards: parties.map((code) => ({ code, nameVi: code, nameEn: code, province: code, zoneKind: 'KCN' })),
    programs: [
      {
        code: 'P',
        titleVi: 'P',
        titleEn: 'P',
        parties,
        period: `${monthIndexText(a)}/${monthIndexText(b)}`,
        obligations: [{ groups: ['labour'], cadence, dueDays, estimateFirst, ...(estimateFirst ? { estimateDueDays: -5 } : {}) }],
      },
    ],
  }).programs[0]!;
}

const distinct = (a: number, b: number, size: number) => Math.floor(b / size) - Math.floor(a / size) + 1;

describe('reportingCalendar', () => {
  it('the seeds: 2017 under the 2016-2018 program', () => {
    const cal = reportingCalendar(seeds.programs, '2017');
    expect(cal).toHaveLength(57); // 3 parties × (12 months + 4 quarters + annual estimate and final + the year's targets)
    expect(cal.filter((r) => r.kind === 'targets').map((r) => `${r.party} ${r.period} ${r.due} ${r.indicators.length}`)).toEqual(['DN 2017 2017-01-31 5', 'BP 2017 2017-01-31 5', 'LD 2017 2017-01-31 5']);
    expect(cal.filter((r) => r.party === 'LD' && r.cadence === 'monthly').map((r) => r.due)).toEqual([
      '2017-02-10', '2017-03-10', '2017-04-10', '2017-05-10', '2017-06-10', '2017-07-10',
      '2017-08-10', '2017-09-10', '2017-10-10', '2017-11-10', '2017-12-10', '2018-01-10',
    ]);
    expect(cal.filter((r) => r.cadence === 'annual' && r.kind === 'results').map((r) => `${r.party} ${r.stage} ${r.due}`)).toEqual([
      'DN estimate 2017-12-21', 'BP estimate 2017-12-21', 'LD estimate 2017-12-21',
      'DN final 2018-01-30', 'BP final 2018-01-30', 'LD final 2018-01-30',
    ]);
    expect(reportingCalendar(seeds.programs, '2018').filter((r) => r.cadence === 'cumulative').map((r) => `${r.party} ${r.period} ${r.due}`)).toEqual([
      'DN 2016/2018 2019-01-30', 'BP 2016/2018 2019-01-30', 'LD 2016/2018 2019-01-30',
    ]);
    for (let i = 1; i < cal.length; i++) expect(cal[i - 1]!.due <= cal[i]!.due).toBe(true);
  });

  it('clips quarters and years to the program (a program signed in July 2013)', () => {
    const p = programOf(2013 * 12 + 6, 2015 * 12 + 11, 'annual', 30, false, ['DN', 'LD']);
    expect(reportingCalendar(p).filter((r) => r.party === 'DN').map((r) => r.period)).toEqual(['2013-07/2013-12', '2014', '2015']);
    const q = programOf(2013 * 12 + 7, 2014 * 12 + 1, 'quarterly', 15, false, ['DN', 'LD']);
    expect(reportingCalendar(q).filter((r) => r.party === 'DN').map((r) => r.period)).toEqual(['2013-08/2013-09', '2013-Q4', '2014-01/2014-02']);
  });

  it('counts follow from cadence and span (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990 * 12, max: 2040 * 12 }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom<Cadence>('monthly', 'quarterly', 'annual', 'cumulative'),
        fc.integer({ min: 0, max: 366 }),
        fc.boolean(),
        (a, len, cadence, dueDays, estimateFirst) => {
          const b = a + len;
          const cal = reportingCalendar(programOf(a, b, cadence, dueDays, estimateFirst));
          const perParty = cadence === 'monthly' ? len + 1 : cadence === 'quarterly' ? distinct(a, b, 3) : cadence === 'annual' ? distinct(a, b, 12) : 1;
          const stages = estimateFirst ? 2 : 1;
          expect(cal).toHaveLength(3 * perParty * stages);
          for (const party of ['DN', 'LD', 'BP']) expect(cal.filter((r) => r.party === party)).toHaveLength(perParty * stages);
          // due = the period's last day + dueDays, by Date.UTC as an independent oracle
          for (const r of cal) {
            if (r.stage !== 'final') continue;
            const last = r.period.includes('/') ? r.period.split('/')[1]! : r.period;
            const [y, m] = /^\d{4}$/.test(last) ? [Number(last), 12] : last.includes('Q') ? [Number(last.slice(0, 4)), Number(last.slice(-1)) * 3] : last.split('-').map(Number);
            const expected = new Date(Date.UTC(y!, m!, 0) + dueDays * 86_400_000).toISOString().slice(0, 10);
            expect(r.due).toBe(expected);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('monthly over 36 months is 36 reports per party', () => {
    const cal = reportingCalendar(programOf(2016 * 12, 2018 * 12 + 11, 'monthly', 10));
    expect(cal.filter((r) => r.party === 'BP')).toHaveLength(36);
  });

  it('a span keeps the reports whose period ends in it', () => {
    const p = programOf(2016 * 12, 2018 * 12 + 11, 'quarterly', 15);
    expect(reportingCalendar(p, '2017-H2').filter((r) => r.party === 'DN').map((r) => r.period)).toEqual(['2017-Q3', '2017-Q4']);
    expect(reportingCalendar(p, '2019')).toEqual([]);
  });
});

const seedsRaw = JSON.parse(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8')) as { boards: unknown[] };

describe('board validity and successors (issue 9, item 16)', () => {
  // The seeds' boards: Bình Thuận (BT) ceased on 2025-06-30; its successor is Lâm Đồng (LD).
  const file = (parties: string[], extra: Record<string, unknown> = {}) =>
    loadPrograms({
      boards: seedsRaw.boards,
      programs: [
        {
          code: 'P2024',
          titleVi: 'x',
          titleEn: 'x',
          parties,
          period: '2024-2026',
          obligations: [
            { groups: ['labour'], cadence: 'monthly', dueDays: 10 },
            { groups: ['labour'], cadence: 'annual', dueDays: 30 },
          ],
          ...extra,
        },
      ],
    });
  const periods = (cal: readonly { party: string; period: string; onBehalfOf?: string }[], party: string) => cal.filter((r) => r.party === party).map((r) => (r.onBehalfOf === undefined ? r.period : `${r.period} for ${r.onBehalfOf}`));

  it('a dissolved board owes nothing after it ceased: 18 months and 2024, none of 2026', () => {
    const f = file(['LD', 'BT']);
    expect(reportingCalendar(f, '2026').filter((r) => r.party === 'BT')).toEqual([]);
    const bt = periods(reportingCalendar(f), 'BT');
    expect(bt).toHaveLength(18 + 1);
    expect(bt.at(-1)).toBe('2025-06'); // it existed on 30 June 2025, the month's last day
    expect(bt.filter((p) => p.length === 4)).toEqual(['2024']); // 2025 ends after it ceased
    // without the boards (a bare list of programs), validity is unknown: every month is owed, as before
    expect(periods(reportingCalendar(f.programs), 'BT')).toHaveLength(36 + 3);
  });

  it('successorTakesOver: the successor owes the merged party\'s reports from the merger, once', () => {
    const taken = reportingCalendar(file(['DN', 'BT'], { successorTakesOver: true }));
    const ld = periods(taken, 'LD');
    expect(ld).toHaveLength(18 + 2); // 2025-07 … 2026-12, and the years 2025 and 2026
    expect(ld[0]).toBe('2025-07 for BT');
    expect(ld.at(-1)).toBe('2026 for BT');
    expect(periods(taken, 'BT')).toHaveLength(19);
    // the successor already a party: it owes its own reports once, not twice
    const both = reportingCalendar(file(['LD', 'BT'], { successorTakesOver: true }));
    expect(periods(both, 'LD')).toHaveLength(36 + 3);
    expect(both.filter((r) => r.onBehalfOf !== undefined)).toEqual([]);
  });
});

describe('annual targets and the due-date view (issue 9, items 17 and 19)', () => {
  it('a targets obligation owes each year\'s targets, due dueDays after the year before ends', () => {
    const seedsFile = loadPrograms(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));
    const t = reportingCalendar(seedsFile).filter((r) => r.kind === 'targets' && r.party === 'LD');
    expect(t.map((r) => `${r.period} ${r.due} ${r.cadence}`)).toEqual(['2016 2016-01-31 annual', '2017 2017-01-31 annual', '2018 2018-01-31 annual']);
    expect(() =>
      loadPrograms({ boards: seedsRaw.boards, programs: [{ code: 'P', titleVi: 'x', titleEn: 'x', parties: ['DN', 'LD'], period: '2017', obligations: [{ kind: 'targets', indicators: ['export_value'], cadence: 'monthly', dueDays: 31 }] }] }),
    ).toThrowError(/programs\[0\]\.obligations\[0\]\.cadence: targets are owed once a year/);
  });

  it('by due: the reports due in the year; by period: the reports of periods ending in it', () => {
    const seedsFile = loadPrograms(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));
    const due = reportingCalendar(seedsFile, '2018', { by: 'due' }).filter((r) => r.party === 'LD');
    // Dec 2017 … Nov 2018, 2017-Q4 … 2018-Q3, 2017 final + 2018 estimate, 2018 targets
    expect(due).toHaveLength(12 + 4 + 2 + 1);
    expect(due.every((r) => r.due >= '2018-01-01' && r.due <= '2018-12-31')).toBe(true);
    expect(due.find((r) => r.cadence === 'monthly')).toMatchObject({ period: '2017-12', due: '2018-01-10' });
    expect(due.some((r) => r.period === '2018-12')).toBe(false);
    const period = reportingCalendar(seedsFile, '2018').filter((r) => r.party === 'LD');
    expect(period.some((r) => r.period === '2017-12')).toBe(false);
    expect(period.find((r) => r.period === '2018-12')).toMatchObject({ due: '2019-01-10' });
  });
});
