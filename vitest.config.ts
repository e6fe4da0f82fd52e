import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./packages/hoptac/src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^hoptac\/workbook$/, replacement: src('workbook.ts') },
      { find: /^hoptac\/program$/, replacement: src('program.ts') },
      { find: /^hoptac\/report$/, replacement: src('report.ts') },
      { find: /^@hoptac\/cli\/docx$/, replacement: fileURLToPath(new URL('./packages/cli/src/docx/index.ts', import.meta.url)) },
      { find: /^hoptac$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'addin/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    // In CI, also a machine-readable result, from which .ci/run prints a one-line count.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'tests/output/vitest.json' }]] : ['default'],
    hookTimeout: 180_000,
  },
});
