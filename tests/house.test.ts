/**
 * The house's rules, as a test: no source file outside tests longer than 400 lines, no function
 * longer than 80, and a header comment (what lives there, what may import it) in the index/main file
 * of every source folder. Measured with the TypeScript parser (helpers/house-scan.ts).
 *
 * The allowlists record the offenders of the day the rule was written, with their lengths then: an
 * entry lets its file or function stay as long as it is, never grow. Remove an entry when its
 * offender is gone; the lists are meant to end empty.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { functionLengths, headerComment, isFolderHeader, isTestPath, lineCount, mainFileOf, readSource, sourceFiles, sourceFolders } from './helpers/house-scan.js';

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

/** Source files longer than 400 lines, with their length when the rule was written. */
const LONG_FILES: Readonly<Record<string, number>> = {
};

/** Functions longer than 80 lines (`file#outer.inner`), with their length when the rule was written. */
const LONG_FUNCTIONS: Readonly<Record<string, number>> = {
};

/** Source folders whose index/main file has no header comment yet. */
const FOLDERS_WITHOUT_HEADER: readonly string[] = [
  'packages/hoptac/src/messages/en',
  'packages/hoptac/src/messages/vi',
  'packages/hoptac/src/workbook/internal',
  'addin/src',
];

const files = sourceFiles(ROOT);
const measured = new Map<string, ReturnType<typeof functionLengths>>();
/** The functions of a source file, parsed once per run. */
const functionsOf = (f: string) => measured.get(f) ?? measured.set(f, functionLengths(f, readSource(ROOT, f))).get(f)!;

describe('the house scan', () => {
  it('sees the source and leaves tests out', () => {
    expect(files).toContain('packages/hoptac/src/consolidate/consolidate.ts');
    expect(files).toContain('addin/src/excel/read.ts');
    expect(files).toContain('packages/hoptac/src/workbook/read/read-workbook.ts');
    expect(files.filter(isTestPath)).toEqual([]);
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(false);
    expect(isTestPath('packages/cli/src/xlsx/test-helpers.ts')).toBe(true);
  });

  it('measures every kind of function, by name and nesting', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = [
      `export function outer() {\n${body(3)}\n  function inner() {\n${body(2)}\n  }\n  return inner;\n}`,
      `const arrow = () => {\n${body(4)}\n};`,
      `class Box {\n  method() {\n${body(1)}\n  }\n  constructor() {}\n}`,
      `const obj = { prop: function () {\n${body(2)}\n} };`,
      `[1].map((x) => {\n${body(2)}\n  return x;\n});`,
    ].join('\n');
    const got = Object.fromEntries(functionLengths('x.ts', text).map((f) => [f.name, f.lines]));
    expect(got).toEqual({ outer: 10, 'outer.inner': 4, arrow: 6, 'Box.method': 3, 'Box.constructor': 1, prop: 4, '[1].map(callback)': 5 });
  });

  it('reads a folder header and tells one that names no importer', () => {
    expect(isFolderHeader(headerComment('#!/usr/bin/env node\n/**\n * The workbook reader, step by step. Imported only by workbook.ts and tests.\n */\nexport {};\n'))).toBe(true);
    expect(isFolderHeader(headerComment('/** Small. */\nexport {};\n'))).toBe(false);
    expect(isFolderHeader(headerComment('export const x = 1; // a trailing comment that says import a lot of words here\n'))).toBe(false);
    expect(lineCount('a\nb\n')).toBe(2);
  });
});

describe('the house rules', () => {
  it(`no source file is longer than ${MAX_FILE_LINES} lines, unless listed and not grown`, () => {
    const offenders: string[] = [];
    for (const f of files) {
      const n = lineCount(readSource(ROOT, f));
      if (n <= MAX_FILE_LINES) continue;
      const allowed = LONG_FILES[f];
      if (allowed === undefined) offenders.push(`${f}: ${n} lines (at most ${MAX_FILE_LINES}): split it by concept`);
      else if (n > allowed) offenders.push(`${f}: grew from ${allowed} to ${n} lines (listed to shrink, never to grow)`);
    }
    expect(offenders).toEqual([]);
  });

  it(`no function is longer than ${MAX_FUNCTION_LINES} lines, unless listed and not grown`, () => {
    const offenders: string[] = [];
    for (const f of files) {
      for (const fn of functionsOf(f)) {
        if (fn.lines <= MAX_FUNCTION_LINES) continue;
        const key = `${f}#${fn.name}`;
        const allowed = LONG_FUNCTIONS[key];
        if (allowed === undefined) offenders.push(`${key} (line ${fn.line}): ${fn.lines} lines (at most ${MAX_FUNCTION_LINES})`);
        else if (fn.lines > allowed) offenders.push(`${key} (line ${fn.line}): grew from ${allowed} to ${fn.lines} lines`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every source folder has a header comment in its index/main file saying what lives there and what may import it', () => {
    const missing: string[] = [];
    for (const folder of sourceFolders(ROOT)) {
      if (FOLDERS_WITHOUT_HEADER.includes(folder)) continue;
      const main = mainFileOf(ROOT, folder);
      if (main === undefined) missing.push(`${folder}: no index.ts, main.ts or ${folder.split('/').at(-1)}.ts to carry the header`);
      else if (!isFolderHeader(headerComment(readSource(ROOT, main)))) missing.push(`${main}: no header comment saying what lives in ${folder}/ and what may import it`);
    }
    expect(missing).toEqual([]);
  });

  // Entries whose offender is gone are printed, not failed, while the rooms are being rebuilt: the
  // lists are trimmed by hand.
  afterAll(() => {
    const folders = sourceFolders(ROOT);
    const gone = [
      ...Object.keys(LONG_FILES).filter((f) => !files.includes(f) || lineCount(readSource(ROOT, f)) <= MAX_FILE_LINES),
      ...Object.keys(LONG_FUNCTIONS).filter((k) => {
        const [f, name] = k.split('#') as [string, string];
        return !files.includes(f) || !functionsOf(f).some((fn) => fn.name === name && fn.lines > MAX_FUNCTION_LINES);
      }),
      ...FOLDERS_WITHOUT_HEADER.filter((d) => {
        const main = folders.includes(d) ? mainFileOf(ROOT, d) : undefined;
        return main === undefined ? !folders.includes(d) : isFolderHeader(headerComment(readSource(ROOT, main)));
      }),
    ];
    if (gone.length > 0) console.info(`house allowlists: no longer needed, to remove:\n  ${gone.join('\n  ')}`);
  });
});
