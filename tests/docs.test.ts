/**
 * The README examples run. Every ```ts/```js/```mjs block of README.md, packages/*\/README.md and
 * addin/README.md runs as written against the built packages (cwd the repository root), and every
 * result its comments state is checked (convention: tests/helpers/docs.ts, README "Examples in this
 * README are tested"). Relative links of those files lead to a file and heading that exist.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBlocks } from './helpers/docs.js';
import { runBlock } from './helpers/docs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'tests', 'output', 'docs');
const files = ['README.md', ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/README.md`), 'addin/README.md'].filter((f) => existsSync(join(root, f)));
const blocks = readBlocks(root, files);

/**
 * Blocks that opt out with `<!-- not run: REASON -->`, as `file: reason`. Keep it short: a block
 * that cannot run is a block no one has checked.
 */
const OPT_OUTS: readonly string[] = [];

describe('README examples', () => {
  it('the built packages are there to run against', () => {
    for (const f of ['packages/hoptac/dist/index.js', 'packages/hoptac/dist/workbook.js', 'packages/hoptac/dist/program.js']) expect(existsSync(join(root, f)), `${f}: run \`npm run build\` first`).toBe(true);
  });

  it('finds the blocks, and opts out of only the listed ones', () => {
    expect(blocks.length).toBeGreaterThan(5);
    const optOuts = blocks.filter((b) => b.optOut !== undefined).map((b) => `${b.file}: ${b.optOut}`);
    console.info(`README blocks: ${blocks.length} run, ${optOuts.length} opted out${optOuts.map((o) => `\n  - ${o}`).join('')}`);
    for (const o of optOuts) expect(o, 'an opt-out needs its reason').toMatch(/: \S/);
    expect(optOuts).toEqual(OPT_OUTS);
  });

  for (const block of blocks.filter((b) => b.optOut === undefined)) {
    it(`${block.file}:${block.line} runs and prints what its comments say`, () => {
      const run = runBlock(block, root, out);
      expect(run.failures, run.failures.join('\n')).toEqual([]);
    });
  }
});

/** GitHub's heading anchors: lower case, punctuation but - and _ dropped, spaces to -. */
function anchors(markdown: string): Set<string> {
  const set = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h = inFence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h === null) continue;
    set.add(h[1]!.toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-'));
  }
  return set;
}

describe('README links', () => {
  for (const file of files) {
    it(`${file}: every relative link leads to a file (and heading) that exists`, () => {
      const text = readFileSync(join(root, file), 'utf8').replace(/```[^]*?```/g, '');
      const broken: string[] = [];
      for (const m of text.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/i.test(target)) continue;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const full = path === '' ? join(root, file) : normalize(join(root, dirname(file), path));
        if (!existsSync(full)) broken.push(`${target}: no such file`);
        else if (anchor !== undefined && full.endsWith('.md') && !anchors(readFileSync(full, 'utf8')).has(anchor)) broken.push(`${target}: no such heading`);
      }
      // a file named in backticks as if it were there (`WORKBOOK-FORMAT.md`) must be there too
      for (const m of text.matchAll(/`([\w./-]+\.md)`/g)) if (!existsSync(join(root, dirname(file), m[1]!)) && !existsSync(join(root, m[1]!))) broken.push(`\`${m[1]}\`: no such file`);
      expect(broken).toEqual([]);
    });
  }
});
