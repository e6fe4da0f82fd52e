/**
 * The published package as users get it: pack the library, lint the tarball with publint and
 * @arethetypeswrong/cli, install it into scratch ESM and CJS projects, and use it from plain
 * JavaScript and from type-checked TypeScript in both module systems.
 * Needs the built dist (npm test builds first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const pkgDir = join(root, 'packages/hoptac');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });

let work: string;
let tarball: string;

beforeAll(() => {
  if (!existsSync(join(pkgDir, 'dist/index.js'))) throw new Error('packages/hoptac/dist is missing: run `npm run build` first (npm test does)');
  work = mkdtempSync(join(tmpdir(), 'hoptac-pack-'));
  run('npm', ['pack', '--pack-destination', work], pkgDir);
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (tgz === undefined) throw new Error('npm pack made no tarball');
  tarball = join(work, tgz);
}, 120_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('the packed library', () => {
  it('ships only dist and package.json metadata', () => {
    const list = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);
    expect(list.every((f) => f.startsWith('package/dist/') || ['package/package.json', 'package/README.md', 'package/LICENSE'].includes(f))).toBe(true);
    expect(list).toContain('package/dist/index.d.cts');
    expect(list).toContain('package/dist/workbook.d.ts');
  });

  it('runs in browsers too: no Node built-in, no Office, no exceljs in the library', () => {
    const files = readdirSync(join(pkgDir, 'dist')).filter((f) => /\.(c?js)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(pkgDir, 'dist', f), 'utf8');
      expect([f, text.match(/\b(?:require\(|from )["'](?:node:|fs|path|os|child_process|worker_threads|exceljs)["'/]/g)]).toEqual([f, null]);
      expect([f, /\bOffice\.|\bExcel\.run/.test(text)]).toEqual([f, false]);
    }
  });

  it('passes publint', () => {
    const out = run(bin('publint'), ['run', tarball, '--strict'], work);
    expect(out).not.toMatch(/error|warning/i);
  });

  it('passes @arethetypeswrong/cli for node16 (CJS and ESM) and bundlers', () => {
    // attw exits non-zero on any problem (execFileSync then throws); node10 resolution, which has
    // no subpath exports at all, is out of scope.
    const out = run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'table'], work);
    expect(out).not.toMatch(/❌|💀 Resolution failed\s*│\s*(?!.*ignored)/);
  });

  it('installs into scratch ESM and CJS projects and works from JavaScript and TypeScript', () => {
    for (const type of ['module', 'commonjs'] as const) {
      const dir = join(work, type);
      mkdirSync(dir);
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `scratch-${type}`, private: true, type }));
      run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], dir);
      const use = type === 'module'
        ? `import { consolidate, createObservations, Period } from 'hoptac';\nimport { a1 } from 'hoptac/workbook';\nimport * as program from 'hoptac/program';\n`
        : `const { consolidate, createObservations, Period } = require('hoptac');\nconst { a1 } = require('hoptac/workbook');\nconst program = require('hoptac/program');\n`;
      const body = `const set = createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-10', value: '0.1' }).add({ board: 'DN', indicator: 'export_value', month: '2017-11', value: '0.2' }).add({ board: 'DN', indicator: 'export_value', month: '2017-12', value: '0.3' }).build();
const r = consolidate(set, { period: Period.parse('Quý IV/2017'), indicators: ['export_value'], measures: ['value'] });
console.log(JSON.stringify([r.rows[0].value, a1(6, 27), typeof program]));\n`;
      writeFileSync(join(dir, 'index.js'), use + body);
      expect(run('node', ['index.js'], dir).trim()).toBe('["0.6","AB7","object"]');
      // The same through the type checker, in the module system of the project.
      const ts = use.replace(/const \{ (.*) \} = require\('([^']+)'\);/g, "import { $1 } from '$2';").replace(/const program = require\('hoptac\/program'\);/, "import * as program from 'hoptac/program';");
      writeFileSync(join(dir, 'index.ts'), `${ts}import type { ConsolidatedRow } from 'hoptac';\n${body.replace('r.rows[0].value', '(r.rows[0] as ConsolidatedRow).value')}`);
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['es2022', 'dom'] }, files: ['index.ts'] }));
      run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
    }
  }, 240_000);
});
