import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from 'hoptac';
import { englishIn } from '../../../../packages/hoptac/src/messages/english.js';
import { PANE_EN } from './en.js';
import { PANE_VI } from './vi.js';

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
// the command's own words, typed as they are (the pane names the `hoptac report` command)
const COMMAND_WORDS = new Set(['report', 'period']);

describe('the task pane’s words', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(PANE_VI).length).toBeGreaterThan(50);
    expect(Object.keys(PANE_EN).sort()).toEqual(Object.keys(PANE_VI).sort());
    for (const [k, vi] of Object.entries(PANE_VI)) expect(placeholders(PANE_EN[k as keyof typeof PANE_EN]), k).toEqual(placeholders(vi));
  });
  it('keeps English out of Vietnamese, and indicator codes out of both', () => {
    for (const [k, vi] of Object.entries(PANE_VI)) expect(englishIn(vi).filter((w) => !COMMAND_WORDS.has(w)), k).toEqual([]);
    const codes = builtInCatalogue.indicators.map((i) => i.code);
    for (const text of [...Object.values(PANE_VI), ...Object.values(PANE_EN)]) expect(codes.filter((c) => text.includes(c))).toEqual([]);
  });
});
