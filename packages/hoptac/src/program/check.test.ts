import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../indicator/define.js';
import fc from 'fast-check';
import { checkPrograms, programFindings } from './check.js';
import { findOverlaps } from './internal/overlaps.js';
import { formatPath, loadPrograms } from './load.js';

const seeds = loadPrograms(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));

const board = (code: string, extra: Record<string, unknown> = {}) => ({ code, nameVi: `Ban ${code}`, nameEn: `Board ${code}`, province: code, zoneKind: 'KCN', ...extra });
const program = (code: string, extra: Record<string, unknown> = {}) => ({ code, titleVi: code, titleEn: code, parties: ['DN', 'LD'], period: '2016-2018', ...extra });
const codes = (input: unknown) => checkPrograms(loadPrograms(input)).map((f) => `${f.severity} ${f.code} ${formatPath(f.path)}`);

describe('checkPrograms on the seeds', () => {
  it('finds the contradictions the sources contain, as warnings, with their fields', () => {
    expect(checkPrograms(seeds).map((f) => `${f.severity} ${f.code} ${formatPath(f.path)}`)).toEqual([
      'warning stated-duration-mismatch programs[0].statedDuration', // "5 năm" for 2007-2013
      'warning final-review-before-end programs[0].reviews[0].date', // tổng kết on 04/07/2013
      'warning signed-after-start programs[1].signedOn', // 2013-2015 signed 04/07/2013
      'warning program-overlap programs[1].period', // DN and LD in two programs during 2013
      'warning review-span-mismatch programs[2].reviews[1].covers', // "2015-2018" for 2016-2018
    ]);
  });

  it('writes messages in both languages with the facts', () => {
    const f = checkPrograms(seeds).find((x) => x.code === 'review-span-mismatch')!;
    expect(f.message).toBe('The final review of program DN-LD-BP-2016 says it covers 2015/2018, but the program runs 2016/2018.');
    expect(f.messageVi).toContain('tổng kết');
    expect(f.params).toMatchObject({ program: 'DN-LD-BP-2016', covers: '2015/2018', period: '2016/2018' });
    const d = checkPrograms(seeds).find((x) => x.code === 'stated-duration-mismatch')!;
    expect(d.params).toMatchObject({ statedMonths: 60, months: 84 });
  });
});

describe('checkPrograms rules', () => {
  it('party-not-valid: a board that no longer (or not yet) exists', () => {
    expect(
      codes({
        boards: [board('DN'), board('LD'), board('BP', { validUntil: '2025-07-03', successor: 'DN' }), board('NEW', { validFrom: '2025-07-01' })],
        programs: [
          program('P25', { parties: ['DN', 'BP'], period: '2025-2027', signedOn: '2025-01-15', reviews: [{ kind: 'interim', date: '2025-12-20', host: 'DN' }] }),
          program('P24', { parties: ['DN', 'NEW'], period: '2024', signedOn: '2025-03-01' }),
        ],
      }),
    ).toEqual([
      // BP existed at the start and merged into DN during the program: a warning, not an error
      'warning party-merged programs[0].parties[1]',
      'warning signed-after-start programs[1].signedOn',
      'error party-not-valid programs[1].signedOn',
      'error party-not-valid programs[1].period',
    ]);
  });

  it('signed in the first month is not late; any later month is', () => {
    const input = (signedOn: string) => ({ boards: [board('DN'), board('LD')], programs: [program('P', { signedOn })] });
    expect(codes(input('2016-01-28'))).toEqual([]);
    expect(codes(input('2015-12-20'))).toEqual([]);
    expect(codes(input('2016-02'))).toEqual(['warning signed-after-start programs[0].signedOn']);
  });

  it('program-overlap needs two shared parties and a common month', () => {
    const boards = [board('DN'), board('LD'), board('BP')];
    expect(codes({ boards, programs: [program('A', { period: '2013-2015' }), program('B', { period: '2015-2017', parties: ['LD', 'DN', 'BP'] })] })).toEqual([
      'warning program-overlap programs[1].period',
    ]);
    expect(codes({ boards, programs: [program('A', { period: '2013-2015' }), program('B', { period: '2015-2017', parties: ['LD', 'BP'] })] })).toEqual([]);
    expect(codes({ boards, programs: [program('A', { period: '2013-2015' }), program('B', { period: '2016-2018' })] })).toEqual([]);
  });

  it('reviews: host, dates and spans', () => {
    expect(
      codes({
        boards: [board('DN'), board('LD'), board('BP')],
        programs: [
          program('P', {
            reviews: [
              { kind: 'interim', date: '2017-12-26', host: 'BP', covers: '2017' },
              { kind: 'interim', date: '2019-02-01', covers: '2018-2019' },
              { kind: 'final', date: '2015-12', covers: '2016/2018' },
              { kind: 'final', date: '2019-01-15', covers: 'Giai đoạn 2016-2018' },
            ],
          }),
        ],
      }),
    ).toEqual([
      'error review-host-not-party programs[0].reviews[0].host',
      'warning review-outside-program programs[0].reviews[1].date',
      'warning review-span-mismatch programs[0].reviews[1].covers',
      'warning review-outside-program programs[0].reviews[2].date',
    ]);
  });

  it('chains: links that disagree and time that runs backwards', () => {
    expect(
      codes({
        boards: [board('DN'), board('LD')],
        programs: [program('A', { period: '2016-2018', successor: 'B' }), program('B', { period: '2013-2015', predecessor: 'C' }), program('C', { period: '2010-2012' })],
      }),
    ).toEqual(['error chain-mismatch programs[0].successor', 'error chain-order programs[0].successor']);
  });

  it('legal-basis-superseded and unknown-indicator', () => {
    const input = {
      boards: [board('DN'), board('LD')],
      legalBases: [
        { code: '29/2008/NĐ-CP', titleVi: 'NĐ 29', issuedOn: '2008-03-14', replacedBy: '82/2018/NĐ-CP' },
        { code: '82/2018/NĐ-CP', titleVi: 'NĐ 82', issuedOn: '2018-05-22' },
      ],
      programs: [
        program('P', { period: '2019-2021', legalBases: ['29/2008/NĐ-CP', '82/2018/NĐ-CP'], obligations: [{ indicators: ['export_value', 'exports'], groups: ['land'], cadence: 'monthly', dueDays: 10 }] }),
      ],
    };
    expect(codes(input)).toEqual(['warning legal-basis-superseded programs[0].legalBases[0]', 'error unknown-indicator programs[0].obligations[0].indicators[1]']);
    const small = defineCatalogue({ indicators: [{ code: 'export_value', nameVi: 'Xuất khẩu', nameEn: 'Exports', unit: 'triệu USD', kind: 'flow' }] });
    expect(checkPrograms(loadPrograms(input), { catalogue: small }).filter((f) => f.code === 'unknown-indicator').map((f) => formatPath(f.path))).toEqual([
      'programs[0].obligations[0].indicators[1]',
      'programs[0].obligations[0].groups[0]',
      'programs[0].obligations[0].groups[0]',
      'programs[0].obligations[0].groups[0]',
    ]);
  });
});

const seedsJson = JSON.parse(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8')) as { boards: unknown[]; programs: Record<string, unknown>[] };

describe('findings capped per code, overlaps by a sweep (issue 9, item 15)', () => {
  // A file of 1,000 copies of the seeds' 2016-2018 program under new codes: every pair overlaps.
  const copies = (n: number) => ({
    boards: seedsJson.boards,
    legalBases: (seedsJson as unknown as { legalBases: unknown[] }).legalBases,
    programs: Array.from({ length: n }, (_, i) => ({ ...seedsJson.programs[2]!, code: `P${i}`, predecessor: undefined, reviews: [] })),
  });

  it('1,000 identical spans: n(n-1)/2 overlapping pairs counted exactly, 200 listed, one findings-capped', () => {
    const r = programFindings(loadPrograms(copies(1000)));
    const n = 1000n;
    expect(BigInt(r.counts['program-overlap']!)).toBe((n * (n - 1n)) / 2n); // 499,500
    const overlaps = r.findings.filter((f) => f.code === 'program-overlap');
    expect(overlaps).toHaveLength(200);
    expect(r.findings.length).toBe(201);
    const last = r.findings[r.findings.length - 1]!;
    expect(last.code).toBe('findings-capped');
    expect(last.message).toBe('Only the first 200 findings of each code are listed; exact counts: program-overlap: 499500.');
    expect(r.ok).toBe(true);
    // the listed ones are the first pairs in file order, each naming its shared parties
    expect(overlaps[0]!.params).toMatchObject({ program: 'P1', other: 'P0', parties: 'DN, BP, LD', overlap: '2016-01/2018-12' });
  });

  it('the listing does no more work than the pairs it lists: examined pairs bounded by the cap', () => {
    const spans = Array.from({ length: 1000 }, () => ({ parties: ['DN', 'BP', 'LD'], from: 2016 * 12, to: 2018 * 12 + 11 }));
    const o = findOverlaps(spans, 200);
    expect(o.count).toBe((1000 * 999) / 2);
    expect(o.examined).toBe(200);
    // 1,000 programs one after the other: no pair overlaps, and the sweep compares none
    const chain = Array.from({ length: 1000 }, (_, i) => ({ parties: ['DN', 'LD'], from: i * 12, to: i * 12 + 11 }));
    expect(findOverlaps(chain, 200)).toMatchObject({ count: 0, examined: 0, pairs: [] });
  });

  it('property: the count equals comparing every pair, and the listing is every pair when under the cap', () => {
    const party = fc.constantFrom('DN', 'LD', 'BP', 'BT');
    const span = fc.record({ parties: fc.uniqueArray(party, { minLength: 2, maxLength: 4 }), from: fc.integer({ min: 0, max: 30 }), len: fc.integer({ min: 0, max: 12 }) });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 25 }), fc.integer({ min: 0, max: 40 }), (raw, cap) => {
        const spans = raw.map((s) => ({ parties: s.parties, from: s.from, to: s.from + s.len }));
        const all: string[] = [];
        for (let i = 0; i < spans.length; i++)
          for (let k = 0; k < i; k++) {
            const shared = spans[i]!.parties.filter((p) => spans[k]!.parties.includes(p));
            if (shared.length >= 2 && Math.max(spans[i]!.from, spans[k]!.from) <= Math.min(spans[i]!.to, spans[k]!.to)) all.push(`${i}/${k}/${shared.join(',')}`);
          }
        const o = findOverlaps(spans, cap);
        expect(o.count).toBe(all.length);
        expect(o.pairs.length).toBe(Math.min(cap, all.length));
        for (const p of o.pairs) expect(all).toContain(`${p.later}/${p.earlier}/${p.shared.join(',')}`);
        if (cap >= all.length) expect(o.pairs.map((p) => `${p.later}/${p.earlier}/${p.shared.join(',')}`)).toEqual(all);
      }),
    );
  });

  it('caps every code, not only overlaps, and maxDetailsPerCode sets the cap', () => {
    const file = loadPrograms({
      boards: [board('DN'), board('LD')],
      programs: [program('P', { reviews: Array.from({ length: 300 }, () => ({ kind: 'interim', date: '2020-01-15' })) })],
    });
    const r = programFindings(file, { maxDetailsPerCode: 10 });
    expect(r.counts['review-outside-program']).toBe(300);
    expect(r.findings.filter((f) => f.code === 'review-outside-program')).toHaveLength(10);
    expect(r.findings.at(-1)!.params['counts']).toBe('review-outside-program: 300');
    expect(checkPrograms(file)).toHaveLength(201);
  });
});

describe('board validity and mergers (issue 9, item 16)', () => {
  // The seeds' boards: Bình Thuận ceased on 2025-06-30 and merged into Lâm Đồng.
  const file = (extra: Record<string, unknown> = {}) =>
    loadPrograms({ boards: seedsJson.boards, programs: [{ code: 'LD-BT-2024', titleVi: 'x', titleEn: 'x', parties: ['LD', 'BT'], period: '2024-2026', signedOn: '2024-01-10', ...extra }] });

  it('a merger in the middle of a program is a warning that names the successor, not an error', () => {
    const r = programFindings(file({ reviews: [{ kind: 'interim', date: '2025-12-20', host: 'LD' }] }));
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => `${f.severity} ${f.code} ${formatPath(f.path)}`)).toEqual(['warning party-merged programs[0].parties[1]']);
    const f = r.findings[0]!;
    expect(f.params).toMatchObject({ board: 'BT', successor: 'LD', until: '2025-06-30', from: '2025-07-01' });
    expect(f.message).toBe('Board BT, a party of program LD-BT-2024, exists until 2025-06-30 and then merged into LD; its reporting obligations end there (the program does not set successorTakesOver).');
    expect(programFindings(file({ successorTakesOver: true })).findings[0]!.messageVi).toContain('LD thực hiện nghĩa vụ báo cáo thay từ 2025-07-01');
  });

  it('a board gone before the program starts is still an error', () => {
    const r = loadPrograms({ boards: seedsJson.boards, programs: [{ code: 'P', titleVi: 'x', titleEn: 'x', parties: ['LD', 'BT'], period: '2026-2027' }] });
    expect(checkPrograms(r).map((f) => `${f.severity} ${f.code}`)).toEqual(['error party-not-valid']);
  });
});

describe('final review timing (issue 9, item 18)', () => {
  const withFinal = (date: string) => codes({ boards: [board('DN'), board('LD')], programs: [program('P', { reviews: [{ kind: 'final', date, covers: '2016-2018' }] })] });
  it('a final review in the last month is normal (the seed’s year-end conference on 26/12); before it, a warning', () => {
    expect(withFinal('2018-12-26')).toEqual([]);
    expect(withFinal('2018-12-01')).toEqual([]);
    expect(withFinal('2018-12')).toEqual([]);
    expect(withFinal('2018-11-30')).toEqual(['warning final-review-before-end programs[0].reviews[0].date']);
  });
});
