import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from 'hoptac';
import { englishIn } from '../../../hoptac/src/messages/english.js';
import { CLI_EN } from './en.js';
import { CLI_VI } from './vi.js';

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
// English plurals: filled by the command's `t` from n, errors and warnings
const PLURALS = new Set(['s', 'es', 'ws']);
// the command's own words: its commands and the values of its options, typed as they are
const COMMAND_WORDS = new Set(['check', 'consolidate', 'template', 'diff', 'program', 'report', 'explain', 'due', 'period']);

describe('the command’s words', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(CLI_VI).length).toBeGreaterThan(100);
    expect(Object.keys(CLI_EN).sort()).toEqual(Object.keys(CLI_VI).sort());
    for (const [k, vi] of Object.entries(CLI_VI)) {
      expect(placeholders(CLI_EN[k as keyof typeof CLI_EN]).filter((p) => !PLURALS.has(p)), k).toEqual(placeholders(vi));
    }
  });
  it('keeps English out of Vietnamese, and indicator codes out of both', () => {
    for (const [k, vi] of Object.entries(CLI_VI)) expect(englishIn(vi).filter((w) => !COMMAND_WORDS.has(w)), k).toEqual([]);
    const codes = builtInCatalogue.indicators.map((i) => i.code);
    for (const text of [...Object.values(CLI_VI), ...Object.values(CLI_EN)]) expect(codes.filter((c) => text.includes(c))).toEqual([]);
  });
});
