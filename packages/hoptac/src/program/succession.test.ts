import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consolidate, createObservations, observations } from '../index.js';
import { loadPrograms } from './load.js';
import { finalSuccessor, rollUpSuccessors } from './succession.js';

const seeds = loadPrograms(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));

describe('finalSuccessor', () => {
  it('follows successors to the end', () => {
    expect(finalSuccessor(seeds.boards, 'BP')).toBe('DN');
    expect(finalSuccessor(seeds.boards, 'DKN')).toBe('LD');
    expect(finalSuccessor(seeds.boards, 'DN')).toBe('DN');
    expect(finalSuccessor(seeds.boards, 'ZZ')).toBe('ZZ');
  });
});

describe('rollUpSuccessors', () => {
  it('a merged board’s same period last year includes its predecessors', () => {
    const set = createObservations()
      .add({ board: 'DN', indicator: 'workers_total', month: '2024-12', value: '600000' })
      .add({ board: 'BP', indicator: 'workers_total', month: '2024-12', value: '90000.5' })
      .add({ board: 'DN', indicator: 'workers_total', month: '2025-12', value: '700000' })
      .add({ board: 'LD', indicator: 'workers_total', month: '2025-12', value: '1' })
      .add({ board: 'LD', indicator: 'workers_total', month: '2024-12', value: '1' })
      .build();
    const merged = rollUpSuccessors(set, seeds.boards);
    expect(merged.boards).toEqual(['DN', 'LD']);
    const rows = consolidate(merged, { period: '2025-12', indicators: ['workers_total'], measures: ['value', 'same_period_last_year', 'vs_last_year_pct'], withoutAll: true }).rows;
    expect(rows.filter((r) => r.board === 'DN').map((r) => `${r.measure} ${r.value}`)).toEqual(['value 700000', 'same_period_last_year 690000.5', 'vs_last_year_pct 101.45']);
  });

  it('a member that counts and left the month blank makes the merged month missing, not a partial sum', () => {
    const set = createObservations()
      .add({ board: 'DN', indicator: 'export_value', month: '2024-01', value: '10' })
      .add({ board: 'BP', indicator: 'export_value', month: '2024-01', value: null })
      .add({ board: 'DN', indicator: 'export_value', month: '2024-02', value: '10' })
      .add({ board: 'BP', indicator: 'export_value', month: '2024-02', value: '2', status: 'estimated' })
      .add({ board: 'DN', indicator: 'export_value', month: '2024-03', value: '10' })
      .build();
    const out = [...observations(rollUpSuccessors(set, seeds.boards))].map((o) => `${o.board} ${o.month} ${String(o.value)} ${o.status}`);
    expect(out).toEqual(['DN 2024-01 null final', 'DN 2024-02 12 estimated', 'DN 2024-03 null final']);
  });

  it('leaves out a member’s months outside its validity, and does not expect them', () => {
    const set = createObservations()
      .add({ board: 'BP', indicator: 'export_value', month: '2025-06', value: '3' })
      .add({ board: 'BP', indicator: 'export_value', month: '2025-07', value: '3' }) // after 2025-07-03
      .add({ board: 'DN', indicator: 'export_value', month: '2025-06', value: '10' })
      .add({ board: 'DN', indicator: 'export_value', month: '2025-07', value: '14' })
      .build();
    expect([...observations(rollUpSuccessors(set, seeds.boards))].map((o) => `${o.month} ${String(o.value)}`)).toEqual(['2025-06 13', '2025-07 14']);
  });

  it('adds openings and targets', () => {
    const set = createObservations()
      .add({ board: 'DN', indicator: 'fdi_capital_new', month: '2024-01', value: '1' })
      .add({ board: 'BP', indicator: 'fdi_capital_new', month: '2024-01', value: '2' })
      .opening({ board: 'DN', indicator: 'fdi_capital_new', value: '100' })
      .opening({ board: 'BP', indicator: 'fdi_capital_new', value: '20.5' })
      .target({ board: 'DN', indicator: 'fdi_capital_new', year: 2024, value: '50' })
      .target({ board: 'BP', indicator: 'fdi_capital_new', year: 2024, value: '5' })
      .build();
    const rows = consolidate(rollUpSuccessors(set, seeds.boards), { period: '2024-01', indicators: ['fdi_capital_new'], measures: ['value', 'target', 'cumulative'], withoutAll: true }).rows;
    expect(rows.map((r) => `${r.measure} ${r.value}`)).toEqual(['value 3', 'target 55', 'cumulative 123.5']);
  });
});
