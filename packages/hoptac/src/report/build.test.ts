import { describe, expect, it } from 'vitest';
import { builtInCatalogue, consolidate, createObservations } from '../index.js';
import { checkActivities, checkPrograms, loadPrograms, programToDate } from '../program.js';
import { buildReport } from '../report.js';
import type { Block, ReportDocument } from '../report.js';
import { changeFromPct, writeNumber, writeRounded } from './format.js';

const textOf = (b: Block): string => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind === 'table' ? b.caption : b.caption);
const allText = (d: ReportDocument): string[] => d.body.map(textOf);

describe('numbers as the report writes them', () => {
  it('keeps every digit in tables, with the language separators', () => {
    expect(writeNumber('1599.0215', 'vi')).toBe('1.599,0215');
    expect(writeNumber('1599.0215', 'en')).toBe('1,599.0215');
    expect(writeNumber('-1234567', 'vi')).toBe('-1.234.567');
    expect(writeNumber('0.5', 'vi')).toBe('0,5');
  });
  it('rounds sentences once to at most 2 places, half away from zero', () => {
    expect(writeRounded('1599.0215', 'vi')).toBe('1.599,02');
    expect(writeRounded('0.125', 'vi')).toBe('0,13');
    expect(writeRounded('-0.125', 'en')).toBe('-0.13');
    expect(writeRounded('9790.3', 'vi')).toBe('9.790,3');
    expect(writeRounded('9790.30', 'vi')).toBe('9.790,3');
    expect(writeRounded('2.995', 'en')).toBe('3');
  });
  it('derives rises and falls from the ratio to last year', () => {
    expect(changeFromPct('112.5')).toEqual({ direction: 'up', amount: '12.5' });
    expect(changeFromPct('81.82')).toEqual({ direction: 'down', amount: '18.18' });
    expect(changeFromPct('100.00').direction).toBe('level');
    expect(changeFromPct('0.00')).toEqual({ direction: 'down', amount: '100.00' });
    expect(changeFromPct('125.00')).toEqual({ direction: 'up', amount: '25.00' });
  });
});

function twoBoards(blankNov2017: boolean) {
  const months = (v: string) => Array.from({ length: 24 }, () => v);
  const ld = months('5');
  const b = createObservations()
    .board('DN')
    .board('LD')
    .addSeries({ board: 'DN', indicator: 'export_value', start: '2016-01', values: months('10') })
    .addSeries({ board: 'LD', indicator: 'export_value', start: '2016-01', values: blankNov2017 ? ld.map((v, i) => (i === 22 ? null : v)) : ld })
    .target({ board: 'DN', indicator: 'export_value', year: 2017, value: '100' })
    .target({ board: 'LD', indicator: 'export_value', year: 2017, value: '80' });
  return b.build();
}

describe('buildReport', () => {
  it('writes the sentence, the table and the chart from the consolidation', () => {
    const c = consolidate(twoBoards(false), { period: '2017', indicators: ['export_value'] });
    const doc = buildReport({ consolidation: c, catalogue: builtInCatalogue, boards: [{ code: 'DN', name: 'Ban Quản lý các KCN Đồng Nai', province: 'Đồng Nai' }], by: 'DN' });
    // DN 12 × 10 + LD 12 × 5 = 180 of a target of 180: 100.00 %; same as 2016: level
    expect(allText(doc)).toContain('Kim ngạch xuất khẩu năm 2017 của hai Ban đạt 180 triệu USD, bằng 100,00% kế hoạch năm, bằng cùng kỳ.');
    expect(doc.header.issuer[0]?.text).toBe('BAN QUẢN LÝ CÁC KCN ĐỒNG NAI');
    expect(doc.header.placeDate[0]?.text).toBe('Đồng Nai, ngày … tháng … năm …');
    expect(doc.title).toEqual(['BÁO CÁO', 'Kết quả thực hiện Chương trình hợp tác giữa Ban Quản lý các KCN Đồng Nai và LD năm 2017']);
    const table = doc.body.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]?.map((c) => c.runs.map((r) => r.text).join(''))).toEqual([
      'Kim ngạch xuất khẩu', 'triệu USD', '120', '60', '180', '120', '60', '180', '120', '60', '180', '120,00', '75,00', '100,00', '240', '120', '360',
    ]);
    const fig = doc.body.find((b) => b.kind === 'figure');
    expect(fig?.kind === 'figure' && fig.chart.series).toEqual([
      { name: 'Năm 2017', values: ['120', '60'] },
      { name: 'Năm 2016', values: ['120', '60'] },
    ]);
    expect(allText(doc).filter((t) => t === '[điền nội dung]')).toHaveLength(2); // II without a program, and IV
    expect(doc.closing.signature[0]?.[0]?.text).toBe('[điền nội dung]');
  });

  it('writes a missing figure as missing, naming the month and the board', () => {
    const c = consolidate(twoBoards(true), { period: '2017', indicators: ['export_value'] });
    const vi = allText(buildReport({ consolidation: c, catalogue: builtInCatalogue }));
    expect(vi).toContain('Kim ngạch xuất khẩu năm 2017 của hai Ban: chưa đủ số liệu (thiếu tháng 11/2017 của LD).');
    expect(vi.some((t) => t.startsWith('LD: kim ngạch xuất khẩu chưa đủ số liệu (thiếu tháng 11/2017 của LD)'))).toBe(true);
    expect(vi).toContain('Kim ngạch xuất khẩu: kỳ báo cáo, lũy kế từ đầu năm, so với cùng kỳ, lũy kế chưa tổng hợp được, chưa đủ số liệu (thiếu tháng 11/2017 của LD).');
    const en = allText(buildReport({ consolidation: c, catalogue: builtInCatalogue, lang: 'en' }));
    expect(en).toContain('Exports of the two boards in 2017: not enough data (missing November 2017 of LD).');
  });

  it('lists the program’s reviews and activities of the period, and counts them from the start', () => {
    const file = loadPrograms({
      boards: [
        { code: 'DN', nameVi: 'Ban Quản lý các KCN Đồng Nai', nameEn: 'Đồng Nai board', province: 'Đồng Nai', zoneKind: 'KCN' },
        { code: 'LD', nameVi: 'Ban Quản lý các KCN Lâm Đồng', nameEn: 'Lâm Đồng board', province: 'Lâm Đồng', zoneKind: 'KCN' },
        { code: 'BP', nameVi: 'Ban Quản lý KKT Bình Phước', nameEn: 'Bình Phước board', province: 'Bình Phước', zoneKind: 'KKT' },
      ],
      programs: [
        {
          code: 'P',
          titleVi: 'Chương trình hợp tác giữa hai Ban',
          titleEn: 'Cooperation program of two boards',
          parties: ['DN', 'LD'],
          period: '2016-2018',
          reviews: [{ kind: 'interim', date: '2017-12-26', place: 'Đà Lạt', host: 'LD', covers: '2017' }],
          activities: [
            { date: '2016-05-10', kind: 'training', parties: ['DN', 'LD'], descriptionVi: 'Tập huấn thủ tục đầu tư' },
            { date: '2017-03-02', kind: 'investor_referral', parties: ['LD'], descriptionVi: 'Giới thiệu nhà đầu tư Nhật Bản', outcomes: [{ code: 'investors_introduced', value: 3 }, { code: 'projects_resulted', value: 1 }] },
            { date: '2019-01-02', kind: 'delegation', parties: ['DN', 'BP'], descriptionVi: 'Đoàn khảo sát' },
          ],
        },
      ],
    });
    expect(checkActivities(file).map((f) => `${f.code} ${f.path.join('.')}`)).toEqual(['activity-outside-program programs.0.activities.2.date', 'activity-party-not-party programs.0.activities.2.parties.1']);
    expect(checkPrograms(file).filter((f) => f.code.startsWith('activity-'))).toHaveLength(2);
    const program = file.programs[0]!;
    const set = twoBoards(false);
    expect(programToDate(set, program, '2017', { indicators: ['export_value'] }).activities).toEqual({ count: 2, byKind: { training: 1, investor_referral: 1 } });
    const doc = buildReport({ consolidation: consolidate(set, { period: '2017', indicators: ['export_value'] }), catalogue: builtInCatalogue, program, programBoards: file.boards });
    const text = allText(doc);
    expect(text).toContain('Hội nghị sơ kết ngày 26/12/2017 tại Đà Lạt, do Ban Quản lý các KCN Lâm Đồng chủ trì, kỳ: năm 2017.');
    expect(text).toContain('02/03/2017 – Giới thiệu nhà đầu tư: Giới thiệu nhà đầu tư Nhật Bản (Ban Quản lý các KCN Lâm Đồng). Kết quả: nhà đầu tư được giới thiệu: 3; dự án được cấp phép: 1.');
    expect(text).toContain('Từ đầu chương trình đến hết kỳ báo cáo, các Ban đã thực hiện 2 hoạt động hợp tác (tập huấn, trao đổi kinh nghiệm: 1; giới thiệu nhà đầu tư: 1).');
    expect(text.some((t) => t.includes('Đoàn khảo sát'))).toBe(false); // 2019: not in the period
    expect(doc.header.issuer[0]?.text).toBe('BAN QUẢN LÝ CÁC KCN LÂM ĐỒNG'); // the host of the period's review
    expect(doc.title[1]).toBe('Kết quả thực hiện Chương trình hợp tác giữa hai Ban năm 2017');
  });
});
