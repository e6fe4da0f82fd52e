/**
 * The README docs test's own harness (tests/helpers/docs.ts) fails where it must: a wrong value, a
 * wrong or unclaimed print, a missing throw, a comment that looks checked but checks nothing.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractBlocks, instrument, runBlock, valueOf } from './helpers/docs.js';
import type { DocBlock } from './helpers/docs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'tests', 'output', 'docs-harness');
const block = (code: string): DocBlock => ({ file: 'X.md', line: 10, lang: 'ts', code });
const failures = (code: string) => runBlock(block(code), root, out).failures;

describe('docs harness', () => {
  it('extracts ts/js/mjs blocks with their markdown line and opt-out reason, and nothing else', () => {
    const md = ['# t', '```sh', 'npm test', '```', '```ts', 'const a = 1;', '```', '<!-- not run: a fragment -->', '```js', 'x;', '```', '````mjs', '```', '````'].join('\n');
    expect(extractBlocks('R.md', md)).toEqual([
      { file: 'R.md', line: 6, lang: 'ts', code: 'const a = 1;' },
      { file: 'R.md', line: 10, lang: 'js', code: 'x;', optOut: 'a fragment' },
      { file: 'R.md', line: 13, lang: 'mjs', code: '```' },
    ]);
  });

  it('reads a value comment, with or without a note in parentheses', () => {
    expect(valueOf(" '2017-Q4'")).toBe("'2017-Q4'");
    expect(valueOf(" '1.2505'  (exact: a shift of the point)")).toBe("'1.2505'");
    expect(valueOf(" { a: [1, -2, null, undefined, true], 'b c': `d` }")).toBe("{ a: [1, -2, null, undefined, true], 'b c': `d` }");
    expect(valueOf(" 'a' + 'b'")).toBeUndefined();
    expect(valueOf(' f(1)')).toBeUndefined();
    expect(valueOf(' [x]')).toBeUndefined();
  });

  it('passes a block whose comments are right', () => {
    const code = [
      "import { Period } from 'hoptac';",
      "const q = Period.parse('2017-Q4'); // { kind: 'quarter', year: 2017, quarter: 4 }",
      "Period.toString(q); // '2017-Q4'  (canonical)",
      "[1, 2].map((n) => n * 2); // [2, 4]",
      "console.log('a', 1); // prints a 1",
      "for (const x of ['x', 'y']) console.log(x); // prints:",
      '// x',
      '// y',
      "Period.parse('nonsense'); // throws HoptacError 'invalid-period'",
      'await Promise.resolve(3); // 3',
      'const n: number = 2; // a note, not checked',
    ].join('\n');
    const run = runBlock(block(code), root, out);
    expect(run.failures).toEqual([]);
    expect(run.checks.map((c) => `${c.line} ${c.kind}`)).toEqual(['11 value', '12 value', '13 value', '14 prints', '15 prints', '18 throws', '19 value']);
  });

  it('fails a wrong value, naming the markdown line, what came out and what the comment says', () => {
    expect(failures("1 + 1; // 3")).toEqual(['X.md:10 `// 3`: got 2, the comment says 3']);
    expect(failures("const o = { a: '1', b: 2 }; // { a: '1' }")).toEqual(["X.md:10 `// { a: '1' }`: got { a: '1', b: 2 }, the comment says { a: '1' }"]);
    expect(failures("'2017/2017'; // '2017-01/2017-12' (lũy kế)")).toHaveLength(1);
  });

  it('fails a wrong print, a print no comment claims, and a throw that does not happen or has another code', () => {
    expect(failures("console.log('programs,0'); // prints programs")).toEqual(['X.md:10 `// prints programs`: got programs,0, the comment says programs']);
    expect(failures("console.log('x');\nconst a = 1; // 1\nconsole.log('y'); // prints y")).toEqual(['X.md:12 `// prints y`: printed lines no `// prints` claims: ["x"]']);
    expect(failures("console.log('x');")).toEqual(['X.md:10 (end of block): printed lines no `// prints` claims: ["x"]']);
    expect(failures("JSON.parse('{'); // throws HoptacError 'x'")[0]).toMatch(/^X\.md:10 `\/\/ throws HoptacError 'x'`: got SyntaxError/);
    expect(failures("JSON.parse('1'); // throws SyntaxError")).toEqual(['X.md:10 `// throws SyntaxError`: got no error, the comment says SyntaxError']);
  });

  it('fails a block that does not run to its end', () => {
    expect(failures('grid.sheets; // 1')[0]).toMatch(/^X\.md:10: the block did not run to its end \(ReferenceError: grid is not defined\)/);
  });

  it('refuses a comment that looks checked but would check nothing', () => {
    expect(() => instrument(block("f(\n  1); \n// { value: '47', rate: { ... } }"), 'file:///x')).toThrow(/X\.md:12: .* is not at the end of a top-level statement/);
    expect(() => instrument(block("function f() {\n  return 1; // 1\n}"), 'file:///x')).toThrow(/X\.md:11: .* is not at the end of a top-level statement/);
    expect(() => instrument(block("f(); // '1' + x"), 'file:///x')).toThrow(/X\.md:10: .* starts like a value but is not a literal value/);
    expect(() => instrument(block('f(); // throws invalid-program with paths'), 'file:///x')).toThrow(/write `\/\/ throws ErrorName 'code'`/);
    expect(() => instrument(block('f(); // prints:\nf();'), 'file:///x')).toThrow(/needs the printed lines/);
    expect(() => instrument(block("if (a) b(); // 1"), 'file:///x')).toThrow(/a value comment follows an expression/);
  });
});
