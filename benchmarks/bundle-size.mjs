// The size of a one-line import of the BUILT library, as a browser app's bundler sees it: esbuild,
// platform browser, minified, from a scratch directory outside the workspace (so the workspace's
// tsconfig paths, which point at the sources, play no part). Used by tests/size.test.ts (the
// budgets) and by benchmarks/import.bench.mjs (the report).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const pkg = fileURLToPath(new URL('../packages/hoptac', import.meta.url));

/**
 * Bundles `export { names } from 'specifier'` (a re-export, so nothing is shaken away as unused)
 * and returns its minified and gzip sizes in bytes and the input files that reached the bundle.
 */
export async function bundleSize(specifier, names) {
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-size-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(pkg, join(dir, 'node_modules', 'hoptac'), 'dir');
    writeFileSync(join(dir, 'entry.js'), `export { ${names.join(', ')} } from '${specifier}';\n`);
    const r = await build({
      entryPoints: [join(dir, 'entry.js')],
      absWorkingDir: dir,
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      outfile: join(dir, 'out.js'),
    });
    const code = r.outputFiles[0].contents;
    const output = Object.values(r.metafile.outputs)[0];
    return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs: Object.keys(output.inputs), exports: output.exports };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
