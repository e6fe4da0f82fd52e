import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programChain } from './chain.js';
import { loadPrograms } from './load.js';
import { programTimeline } from './timeline.js';

const seeds = loadPrograms(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));

describe('programTimeline', () => {
  it('orders the seeds’ events', () => {
    expect(programTimeline(seeds).map((e) => `${e.date} ${e.kind} ${e.program ?? e.board ?? ''}`)).toEqual([
      '2007-01-01 program-start DN-LD-2007',
      '2013-01-01 program-start DN-LD-BP-2013',
      '2013-07-04 signed DN-LD-BP-2013',
      '2013-07-04 review DN-LD-2007',
      '2013-12-31 program-end DN-LD-2007',
      '2015-12-31 program-end DN-LD-BP-2013',
      '2016-01-01 program-start DN-LD-BP-2016',
      '2017-12-26 review DN-LD-BP-2016',
      '2018-12 review DN-LD-BP-2016',
      '2018-12-31 program-end DN-LD-BP-2016',
      '2025-07-01 board-merged BT',
      '2025-07-01 board-merged DKN',
      '2025-07-04 board-merged BP',
    ]);
  });

  it('says where, who hosted and what span a review claims, in both languages', () => {
    const e = programTimeline(seeds).find((x) => x.date === '2017-12-26')!;
    expect(e.textVi).toBe('Hội nghị sơ kết chương trình DN-LD-BP-2016 (đã tổ chức) tại Đà Lạt, Lâm Đồng, Ban Quản lý các Khu công nghiệp tỉnh Lâm Đồng chủ trì, Năm 2017');
    expect(e.text).toBe('Interim review of program DN-LD-BP-2016 (held) at Đà Lạt, Lâm Đồng, hosted by Lâm Đồng Industrial Zones Management Board, covering Year 2017');
    const merged = programTimeline(seeds).at(-1)!;
    expect(merged.text).toBe('Bình Phước Economic Zone Management Board merged into Đồng Nai Industrial Zones Management Board (decision 1486/QĐ-TTg)');
  });
});

describe('programChain', () => {
  it('walks predecessors back to the first program', () => {
    expect(programChain(seeds, 'DN-LD-BP-2016').map((p) => p.period)).toEqual(['2007/2013', '2013/2015', '2016/2018']);
    expect(programChain(seeds, 'DN-LD-2007').map((p) => p.code)).toEqual(['DN-LD-2007']);
    expect(() => programChain(seeds, 'nope')).toThrow();
  });
});
