import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHoptacError } from '../errors.js';
import { formatPath, loadPrograms, safeLoadPrograms } from './load.js';

const seedsText = readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8');

const board = (code: string, extra: Record<string, unknown> = {}) => ({ code, nameVi: `Ban ${code}`, nameEn: `Board ${code}`, province: code, zoneKind: 'KCN', ...extra });
const minimal = (program: Record<string, unknown> = {}, boards = [board('DN'), board('LD')]) => ({
  boards,
  programs: [{ code: 'P1', titleVi: 'Chương trình', titleEn: 'Program', parties: ['DN', 'LD'], period: '2016-2018', ...program }],
});

function issuesOf(input: unknown) {
  const r = safeLoadPrograms(input);
  if (r.success) throw new Error('expected a failure');
  expect(r.error.code).toBe('invalid-program');
  return r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

describe('loadPrograms', () => {
  it('loads the seed programs from JSON text, in canonical form', () => {
    const file = loadPrograms(seedsText);
    expect(file.programs.map((p) => [p.code, p.period])).toEqual([
      ['DN-LD-2007', '2007/2013'],
      ['DN-LD-BP-2013', '2013/2015'],
      ['DN-LD-BP-2016', '2016/2018'],
    ]);
    const p2016 = file.programs[2]!;
    expect(p2016.reviews.map((r) => [r.kind, r.status, r.date, r.covers])).toEqual([
      ['interim', 'held', '2017-12-26', '2017'],
      ['final', 'planned', '2018-12', '2015/2018'],
    ]);
    expect(p2016.reviews[1]!.coversAsWritten).toBe('giai đoạn 2015-2018');
    expect(file.programs[0]!.statedDuration).toEqual({ text: '5 năm', months: 60 });
    expect(p2016.obligations[0]!.parties).toEqual(['DN', 'BP', 'LD']);
    expect(p2016.obligations[0]!.estimateFirst).toBe(false);
    expect(file.boards.find((b) => b.code === 'BP')).toMatchObject({ successor: 'DN', validUntil: '2025-07-03', succession: { decision: '1486/QĐ-TTg', decidedOn: '2025-07-04' } });
    expect(Object.isFrozen(file.programs[0])).toBe(true);
  });

  it('accepts the periods boards write and keeps month-only dates', () => {
    const f = loadPrograms(minimal({ period: 'Giai đoạn 2013-2015', signedOn: '2013-07' }));
    expect(f.programs[0]!.period).toBe('2013/2015');
    expect(f.programs[0]!.signedOn).toBe('2013-07');
    expect(loadPrograms(minimal({ period: '2013-07/2015-06' })).programs[0]!.period).toBe('2013-07/2015-06');
    expect(loadPrograms(minimal({ period: '2017' })).programs[0]!.period).toBe('2017-01/2017-12');
  });

  it('points zod errors to the field', () => {
    expect(issuesOf({ boards: [], programs: [{ code: 'X' }] }).map((i) => i.path)).toContain('programs[0].titleVi');
    expect(issuesOf(minimal({ signedOn: '2013-02-30' }))).toEqual([{ path: 'programs[0].signedOn', message: expect.stringContaining('YYYY-MM-DD') }]);
    expect(issuesOf(minimal({ period: '2018-2016' })).map((i) => i.path)).toEqual(['programs[0].period']);
    expect(issuesOf(minimal({ reviews: [{ kind: 'sơ kết', date: '2017-12-26' }] })).map((i) => i.path)).toEqual(['programs[0].reviews[0].kind']);
    expect(issuesOf(minimal({ obligations: [{ cadence: 'monthly', dueDays: 10 }] })).map((i) => i.path)).toEqual(['programs[0].obligations[0].indicators']);
    expect(issuesOf(minimal({ obligations: [{ groups: ['labour'], cadence: 'weekly', dueDays: 10 }] })).map((i) => i.path)).toEqual(['programs[0].obligations[0].cadence']);
    expect(issuesOf(minimal({ titel: 'typo' })).map((i) => i.path)).toEqual(['programs[0]']);
    expect(issuesOf(minimal({ statedDuration: { text: '5 năm' } })).map((i) => i.path)).toEqual(['programs[0].statedDuration']);
    expect(issuesOf(minimal({}, [board('DN', { zoneKind: 'KCX2' }), board('LD')])).map((i) => i.path)).toEqual(['boards[0].zoneKind']);
  });

  it('checks cross-references, every one in one pass', () => {
    const issues = issuesOf({
      boards: [board('DN', { successor: 'XX' }), board('LD'), board('LD')],
      legalBases: [{ code: '29/2008/NĐ-CP', titleVi: 'Nghị định 29', issuedOn: '2008-03-14', replacedBy: '82/2018/NĐ-CP' }],
      programs: [
        {
          code: 'P1',
          titleVi: 'A',
          titleEn: 'A',
          parties: ['DN', 'BP'],
          period: '2016-2018',
          successor: 'P9',
          legalBases: ['35/2022/NĐ-CP'],
          areas: [{ code: 'labour_supply', nameVi: 'Lao động', nameEn: 'Labour', responsibilities: [{ party: 'LD', textVi: 'x' }] }],
          obligations: [{ parties: ['LD'], groups: ['labour'], cadence: 'monthly', dueDays: 10 }],
          reviews: [{ kind: 'interim', date: '2017-12-26', host: 'QQ' }],
        },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'boards[2].code',
      'boards[0].successor',
      'legalBases[0].replacedBy',
      'programs[0].parties[1]',
      'programs[0].successor',
      'programs[0].legalBases[0]',
      'programs[0].areas[0].responsibilities[0].party',
      'programs[0].obligations[0].parties[0]',
      'programs[0].reviews[0].host',
    ]);
  });

  it('refuses successor loops and text that is not JSON', () => {
    expect(issuesOf(minimal({}, [board('DN', { successor: 'LD' }), board('LD', { successor: 'DN' })])).map((i) => i.path)).toEqual(['boards[0].successor', 'boards[1].successor']);
    const e = (() => {
      try {
        loadPrograms('{ not json');
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect(isHoptacError(e) && e.code).toBe('invalid-program');
  });
});

describe('the loaded data', () => {
  it('is readonly to the compiler and frozen at run time', () => {
    const file = loadPrograms(seedsText);
    const p = file.programs[0]!;
    expect(() => {
      // @ts-expect-error: programs are readonly data
      p.code = 'changed';
    }).toThrow(TypeError);
    // @ts-expect-error: so are their lists
    expect(() => p.parties.push('XX')).toThrow(TypeError);
  });
});

describe('formatPath', () => {
  it('writes paths as people read them', () => {
    expect(formatPath(['programs', 2, 'reviews', 1, 'covers'])).toBe('programs[2].reviews[1].covers');
    expect(formatPath([])).toBe('');
  });
});

describe('a reversed span (issue 9, item 20)', () => {
  it('says the period ends before it starts, not that it is not a period', () => {
    const input = (period: string) => ({
      boards: [
        { code: 'DN', nameVi: 'DN', nameEn: 'DN', province: 'Đồng Nai', zoneKind: 'KCN' },
        { code: 'LD', nameVi: 'LD', nameEn: 'LD', province: 'Lâm Đồng', zoneKind: 'KCN' },
      ],
      programs: [{ code: 'P', titleVi: 'P', titleEn: 'P', parties: ['DN', 'LD'], period }],
    });
    for (const [period, from, to] of [
      ['2023-2019', '2023-01', '2019-12'],
      ['2023/2019', '2023-01', '2019-12'],
      ['2018-07/2018-03', '2018-07', '2018-03'],
    ] as const) {
      const r = safeLoadPrograms(input(period));
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual([`programs[0].period: the period "${period}" ends (${to}) before it starts (${from}): write the first year or month first`]);
    }
    const bad = safeLoadPrograms(input('2016 to 2018'));
    expect(!bad.success && bad.error.issues[0]!.message).toMatch(/^not a period/);
  });
});
