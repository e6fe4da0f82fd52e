/**
 * The light library's budgets: a browser app importing one thing from the BUILT `hoptac` gets a
 * small bundle (esbuild, minified). Bytes, not time: nothing here depends on the machine's load.
 * Needs the built dist (npm test builds first).
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
