import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const lib = (p: string) => fileURLToPath(new URL(`./packages/hoptac/src/${p}`, import.meta.url));

export default defineConfig([
  {
    // The published library: ESM + CJS, each with its own declarations.
    name: 'hoptac',
    entry: {
      index: 'packages/hoptac/src/index.ts',
      workbook: 'packages/hoptac/src/workbook.ts',
      program: 'packages/hoptac/src/program.ts',
    },
    outDir: 'packages/hoptac/dist',
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    minify: false,
    external: ['decimal.js', 'zod'],
  },
]);
