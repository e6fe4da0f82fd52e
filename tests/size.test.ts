/**
 * The light library's budgets: a browser app importing one thing from the BUILT `hoptac` gets a
 * small bundle (esbuild, minified). Bytes, not time: nothing here depends on the machine's load.
 * Needs the built dist (npm test builds first). Also what the command loads where its speed is
 * decided: the analysis worker's bundle, and the modules the main thread loads before the job.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSize } from '../benchmarks/bundle-size.mjs';

const root = resolve(import.meta.dirname, '..');
const KB = 1000;

beforeAll(() => {
  if (!existsSync(join(root, 'packages/hoptac/dist/index.js'))) throw new Error('packages/hoptac/dist is missing: run `npm run build` first (npm test does)');
});

describe('bundle budgets of the built library', () => {
  it('import { consolidate }: at most 60 KB minified and 20 KB gzip, no zod', async () => {
    const b = await bundleSize('hoptac', ['consolidate']);
    expect(b.exports).toEqual(['consolidate']);
    expect(b.minified).toBeGreaterThan(1 * KB); // the function itself is there
    expect(b.minified).toBeLessThanOrEqual(60 * KB);
    expect(b.gzip).toBeLessThanOrEqual(20 * KB);
    expect(b.inputs.filter((f) => /node_modules\/(zod|decimal\.js)\//.test(f))).toEqual([]);
  });

  it('import { Period }: at most 25 KB minified', async () => {
    const b = await bundleSize('hoptac', ['Period']);
    expect(b.exports).toEqual(['Period']);
    expect(b.minified).toBeGreaterThan(1 * KB);
    expect(b.minified).toBeLessThanOrEqual(25 * KB);
  });

  it('the measure can fail: the program entry, which carries zod, is far above the budget', async () => {
    const b = await bundleSize('hoptac/program', ['loadPrograms']);
    expect(b.inputs.some((f) => f.includes('node_modules/zod/'))).toBe(true);
    expect(b.minified).toBeGreaterThan(60 * KB);
  });

  it('keeps sideEffects: false in the package (what lets bundlers drop unused files)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages/hoptac/package.json'), 'utf8')) as { sideEffects?: unknown };
    expect(pkg.sideEffects).toBe(false);
  });
});

describe("the command's analysis worker and its main thread", () => {
  const cliDist = join(root, 'packages/cli/dist');
  // the modules a built file was made of, from its source map (paths relative to dist/)
  const sourcesOf = (file: string): string[] => (JSON.parse(readFileSync(join(cliDist, `${file}.map`), 'utf8')) as { sources: string[] }).sources;

  it('the worker bundles the reader and the library it needs, and nothing of zod, exceljs, docx, fflate, the writer or the command texts', () => {
    if (!existsSync(join(cliDist, 'analysis-worker.cjs'))) throw new Error('packages/cli/dist is missing: run `npm run build` first (npm test does)');
    const sources = sourcesOf('analysis-worker.cjs');
    expect(sources).toContain('../src/xlsx/sheet-scan.ts'); // the reader is there
    expect(sources).toContain('../../hoptac/src/workbook/read/read-workbook.ts');
    // the command's own texts are ../src/messages.ts, ../src/cli-messages/ and ../src/report.ts (the library's are ../../hoptac/src/)
    expect(sources.filter((f) => /node_modules|zod|exceljs|docx|fflate|\/xlsx\/write|^\.\.\/src\/(messages\.ts|cli-messages\/|report\.ts)/.test(f))).toEqual([]);
  });

  it('the main thread reaches the job of check and consolidate without the package reader, the writer or fflate', () => {
    // the chunks check and consolidate import before the analysis, by their source maps
    const main = readFileSync(join(cliDist, 'main.js'), 'utf8');
    for (const command of ['check', 'consolidate']) {
      const entry = new RegExp(`"\\./(${command}-[A-Z0-9]+\\.js)"`).exec(main)?.[1];
      expect(entry, command).toBeDefined();
      const seen = new Set<string>();
      const visit = (file: string): void => {
        if (seen.has(file)) return;
        seen.add(file);
        const text = readFileSync(join(cliDist, file), 'utf8');
        // static imports only: what a dynamic import() loads comes later, when asked for
        for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm)) visit((m[1] ?? m[2])!);
      };
      visit(entry!);
      const sources = [...seen].flatMap((f) => (existsSync(join(cliDist, `${f}.map`)) ? sourcesOf(f) : []));
      expect(sources, command).toContain('../src/load.ts');
      expect(sources.filter((f) => /fflate|\/xlsx\/(package|zip|write|read)\.ts$/.test(f)), command).toEqual([]);
      expect(/from\s*"fflate"/.test([...seen].map((f) => readFileSync(join(cliDist, f), 'utf8')).join('\n')), command).toBe(false);
    }
  });
});
