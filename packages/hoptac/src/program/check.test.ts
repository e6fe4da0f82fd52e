import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../indicator/define.js';
import { checkPrograms } from './check.js';
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
      'error party-not-valid programs[0].period',
      'error party-not-valid programs[0].reviews[0].date',
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
