import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./packages/hoptac/src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^hoptac\/workbook$/, replacement: src('workbook.ts') },
      { find: /^hoptac\/program$/, replacement: src('program.ts') },
      { find: /^hoptac$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'addin/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
