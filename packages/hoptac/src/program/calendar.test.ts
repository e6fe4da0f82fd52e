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
    expect(cal).toHaveLength(54); // 3 parties × (12 months + 4 quarters + annual estimate and final)
    expect(cal.filter((r) => r.party === 'LD' && r.cadence === 'monthly').map((r) => r.due)).toEqual([
      '2017-02-10', '2017-03-10', '2017-04-10', '2017-05-10', '2017-06-10', '2017-07-10',
      '2017-08-10', '2017-09-10', '2017-10-10', '2017-11-10', '2017-12-10', '2018-01-10',
    ]);
    expect(cal.filter((r) => r.cadence === 'annual').map((r) => `${r.party} ${r.stage} ${r.due}`)).toEqual([
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
