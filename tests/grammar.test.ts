/**
 * One owner for each small grammar. The library defines decimal text, month text, period text,
 * date number formats, the count of findings, decimal formatting and the joining of what a figure
 * lacks once each; the library, the command and the add-in use that one definition. This test
 * reads the sources (packages/*\/src and addin/src, tests and test helpers aside) and fails where a
 * second definition appears: by its name, or by the regular expression that gives it away.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Grammar {
  readonly name: string;
  /** the one file allowed to define it */
  readonly owner: string;
  /** `function NAME` / `const NAME =` definitions that must stand in the owner only */
  readonly names: readonly string[];
  /** text that gives a second parser or formatter away (source text of a regular expression, a token list) */
  readonly tells: readonly string[];
  /** the owner must hold at least one of these (so the rule cannot pass by a rename) */
  readonly ownerHolds: string;
}

const GRAMMARS: readonly Grammar[] = [
  {
    name: 'decimal text',
    owner: 'packages/hoptac/src/decimal/decimal-text.ts',
    names: ['DECIMAL_TEXT', 'DECIMAL_RE', 'PLAIN_DECIMAL', 'isPlainDecimal', 'isPlainDecimalText', 'splitPlainDecimal', 'unsignedDecimalLength'],
    tells: ['(\\d*)(?:\\.(\\d*))?', '(\\d+)(?:\\.(\\d+))?', '\\d+(\\.\\d+)?', '\\d+(?:\\.\\d+)?'],
    ownerHolds: 'export const DECIMAL_TEXT',
  },
  {
    name: 'month text (YYYY-MM)',
    owner: 'packages/hoptac/src/period/month-text.ts',
    names: ['monthTextIndex', 'isMonthText', 'parseMonthText'],
    tells: ['\\d{4}-\\d{2}$', '(\\d{4})-(\\d{2})$', '\\d{4}-(0[1-9]|1[0-2])$', '(\\d{4})-(\\d{2})(?:-(\\d{2}))?$', 'slice(0, 4)) * 12'],
    ownerHolds: 'export function monthTextIndex',
  },
  {
    name: 'period text',
    owner: 'packages/hoptac/src/period/parse.ts',
    names: ['parsePeriod', 'parsePeriodText'],
    tells: ['-q([1-4])', '-Q([1-4])', '-[hs]([12])', '-H([12])', 'quý\\s'],
    ownerHolds: 'export function parse(',
  },
  {
    name: 'date number formats (isDateFormat)',
    owner: 'packages/hoptac/src/workbook/excel-date.ts',
    names: ['isDateFormat', 'scanDateFormat'],
    tells: ["'dDmMyYhHsS'", '[dmyhsDMYHS]', '/^(h+|m+|s+)$/'],
    ownerHolds: 'export function isDateFormat',
  },
  {
    name: 'the count of findings',
    owner: 'packages/hoptac/src/workbook/totals.ts',
    names: ['findingTotals', 'countSeverities', 'countFindings'],
    tells: [],
    ownerHolds: 'export function findingTotals',
  },
  {
    name: 'decimal formatting',
    owner: 'packages/hoptac/src/decimal/decimal-text.ts',
    names: ['formatDecimal'],
    tells: ['\\B(?=(\\d{3})+(?!\\d))'],
    ownerHolds: 'export function formatDecimal',
  },
  {
    name: 'what a figure lacks (mergeMissing)',
    owner: 'packages/hoptac/src/consolidate/merge-missing.ts',
    names: ['mergeMissing', 'joinMissing'],
    tells: [],
    ownerHolds: 'export function mergeMissing',
  },
];

/**
 * Definitions kept for now, each as [file, grammar] with its reason in a comment; the list may only
 * shrink (the test below fails on an entry that is no longer needed).
 */
const PENDING: ReadonlyArray<readonly [file: string, grammar: string]> = [];

const SOURCE_DIRS = ['packages/hoptac/src', 'packages/cli/src', 'addin/src'];

function isSource(path: string): boolean {
  return /\.(ts|mts|js|mjs)$/.test(path) && !/\.test(-d)?\.ts$/.test(path) && !/(^|\/)test-[a-z-]+\.ts$/.test(path);
}

function sources(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (isSource(e.name)) out.set(relative(root, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  for (const d of SOURCE_DIRS) walk(join(root, d));
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a grammar is defined outside its owner: `file: what` for each name definition or tell found. */
function secondDefinitions(g: Grammar, files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  const defs = g.names.map((n) => [n, new RegExp(`(?:function\\s*\\*?\\s*${escapeRe(n)}\\s*[<(]|(?:const|let|var)\\s+${escapeRe(n)}\\s*[:=])`)] as const);
  for (const [file, text] of files) {
    if (file === g.owner) continue;
    for (const [n, re] of defs) if (re.test(text)) found.push(`${file}: defines ${n}`);
    for (const t of g.tells) if (text.includes(t)) found.push(`${file}: holds ${t}`);
  }
  return found;
}

describe('one owner for each small grammar', () => {
  const files = sources();

  it('reads the sources of the library, the command and the add-in', () => {
    expect([...files.keys()].filter((f) => f.startsWith('packages/hoptac/src/')).length).toBeGreaterThan(50);
    expect([...files.keys()].filter((f) => f.startsWith('packages/cli/src/')).length).toBeGreaterThan(20);
    expect([...files.keys()].filter((f) => f.startsWith('addin/src/')).length).toBeGreaterThan(5);
  });

  for (const g of GRAMMARS) {
    it(`${g.name}: defined in ${g.owner} only`, () => {
      expect(files.get(g.owner), `${g.owner} is missing`).toContain(g.ownerHolds);
      const pending = new Set(PENDING.filter(([, name]) => name === g.name).map(([file]) => file));
      const extra = secondDefinitions(g, files).filter((f) => !pending.has(f.slice(0, f.indexOf(':'))));
      expect(extra).toEqual([]);
    });
  }

  it('every pending exception is still a second definition (the list only shrinks)', () => {
    for (const [file, name] of PENDING) {
      const g = GRAMMARS.find((x) => x.name === name)!;
      expect(secondDefinitions(g, files).some((f) => f.startsWith(`${file}:`)), `${file} no longer defines ${name}: remove it from PENDING`).toBe(true);
    }
  });

  it('finds a planted second definition, by name and by its tell-tale expression', () => {
    const decimal = GRAMMARS.find((g) => g.name === 'decimal text')!;
    const month = GRAMMARS.find((g) => g.name === 'month text (YYYY-MM)')!;
    const fmt = GRAMMARS.find((g) => g.name === 'decimal formatting')!;
    const planted = new Map([
      ['a.ts', 'export function isPlainDecimal(v: string) { return /^-?\\d+(\\.\\d+)?$/.test(v); }'],
      ['b.ts', "const MONTH = /^(\\d{4})-(\\d{2})$/;"],
      ['c.ts', "const g = (s: string) => s.replace(/\\B(?=(\\d{3})+(?!\\d))/g, '.');"],
      ['d.ts', 'export const formatDecimal = (v: string) => v;'],
    ]);
    expect(secondDefinitions(decimal, planted)).toEqual(['a.ts: defines isPlainDecimal', 'a.ts: holds \\d+(\\.\\d+)?']);
    expect(secondDefinitions(month, planted)).toEqual(['b.ts: holds (\\d{4})-(\\d{2})$']);
    expect(secondDefinitions(fmt, planted)).toEqual(['c.ts: holds \\B(?=(\\d{3})+(?!\\d))', 'd.ts: defines formatDecimal']);
  });
});
