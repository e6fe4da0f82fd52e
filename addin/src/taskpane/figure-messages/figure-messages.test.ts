import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from 'hoptac';
import { englishIn } from '../../../../packages/hoptac/src/messages/english.js';
import { FIGURES_EN } from './en.js';
import { FIGURES_VI } from './vi.js';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the pane’s figure words', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(FIGURES_EN).sort()).toEqual(Object.keys(FIGURES_VI).sort());
    for (const [k, vi] of Object.entries(FIGURES_VI)) expect(placeholders(FIGURES_EN[k as keyof typeof FIGURES_EN]), k).toEqual(placeholders(vi));
  });
  it('keeps English out of Vietnamese, and indicator codes out of both', () => {
    for (const [k, vi] of Object.entries(FIGURES_VI)) expect(englishIn(vi), k).toEqual([]);
    const codes = builtInCatalogue.indicators.map((i) => i.code);
    for (const text of [...Object.values(FIGURES_VI), ...Object.values(FIGURES_EN)]) expect(codes.filter((c) => text.includes(c))).toEqual([]);
  });
});
