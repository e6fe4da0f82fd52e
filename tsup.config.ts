import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const lib = (p: string) => fileURLToPath(new URL(`./packages/hoptac/src/${p}`, import.meta.url));

export default defineConfig([
  {
    // The published library: ESM + CJS, each with its own declarations; dependencies stay external.
    name: 'hoptac',
    entry: {
      index: 'packages/hoptac/src/index.ts',
      workbook: 'packages/hoptac/src/workbook.ts',
      program: 'packages/hoptac/src/program.ts',
      report: 'packages/hoptac/src/report.ts',
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
    external: ['zod'],
  },
  {
    // The `hoptac` command and its scripts' API (`@hoptac/cli`): Node only, ESM, importing the
    // library by name at run time; declarations for the API.
    name: 'cli',
    entry: { main: 'packages/cli/src/main.ts', index: 'packages/cli/src/api/index.ts' },
    outDir: 'packages/cli/dist',
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    // everything but the analysis worker, which the next build writes beside it
    clean: ['!analysis-worker.cjs', '!analysis-worker.cjs.map'],
    dts: { entry: { index: 'packages/cli/src/api/index.ts' } },
    external: ['hoptac', 'hoptac/workbook', 'hoptac/program', 'hoptac/report', 'exceljs', 'fflate', 'docx', 'docx/charts'],
  },
  {
    // The command's analysis worker (packages/cli/src/analysis-worker.ts): one small file with the
    // library code it needs inside (from source, so no build order), minified, so a worker thread
    // is ready soon after it starts. No zod, no writer, no fflate, no exceljs, no docx. CommonJS
    // (`analysis-worker.cjs`): a worker thread then loads it without Node's ES module loader, whose
    // own modules it would first have to load (ready in 79 ms against 85-90 on the bench machine).
    name: 'cli-worker',
    entry: { 'analysis-worker': 'packages/cli/src/analysis-worker.ts' },
    outDir: 'packages/cli/dist',
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    clean: false,
    dts: false,
    splitting: false,
    minify: true,
    noExternal: [/^hoptac(\/|$)/],
    esbuildOptions(options) {
      options.alias = { hoptac: lib('index.ts'), 'hoptac/workbook': lib('workbook.ts') };
    },
  },
  {
    // The Excel add-in: browser bundles with the library inside (from source, so no build order).
    name: 'addin',
    entry: { taskpane: 'addin/src/taskpane/taskpane.ts', commands: 'addin/src/commands/commands.ts' },
    outDir: 'addin/dist',
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    sourcemap: true,
    clean: true,
    dts: false,
    minify: true, // an app bundle, not a library: the pane loads faster over slow office links
    noExternal: [/.*/],
    // clean empties addin/dist, so the html, css, icons and manifest are put back after every build
    onSuccess: 'node addin/scripts/copy-static.mjs',
    esbuildOptions(options) {
      options.alias = {
        hoptac: lib('index.ts'),
        'hoptac/workbook': lib('workbook.ts'),
        'hoptac/program': lib('program.ts'),
        'hoptac/report': lib('report.ts'),
        // the .docx renderer the `hoptac report` command uses, so both write the same document
        '@hoptac/cli/docx': fileURLToPath(new URL('./packages/cli/src/docx/index.ts', import.meta.url)),
      };
    },
  },
]);
