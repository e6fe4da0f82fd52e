/**
 * The published packages as users get them: pack the library and the command, lint both tarballs
 * with publint and @arethetypeswrong/cli, install the library into scratch ESM and CJS projects and
 * use it from plain JavaScript and type-checked TypeScript; install the two tarballs alone (no
 * workspace) into an empty project and run the command and its scripts' API there; and check the
 * release: versions in lockstep, complete metadata, `npm publish --dry-run` of both.
 * Needs the built dist (npm test builds first) and the npm registry (or its cache) for the
 * command's own dependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const pkgDir = join(root, 'packages/hoptac');
const cliDir = join(root, 'packages/cli');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
/** A command whose exit code matters: never throws. */
const spawn = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const readJson = <T>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;

interface Manifest {
  name: string;
  version: string;
  description?: string;
  keywords?: string[];
  license?: string;
  repository?: { type?: string; url?: string; directory?: string };
  engines?: { node?: string };
  type?: string;
  sideEffects?: boolean;
  publishConfig?: { access?: string };
  dependencies?: Record<string, string>;
}

let work: string;
let tarball: string;
let cliTarball: string;

/** Packs the package in `dir` into its own folder of `work`; returns the tarball's path. */
function pack(dir: string, into: string): string {
  const dest = join(work, into);
  mkdirSync(dest);
  run('npm', ['pack', '--pack-destination', dest], dir);
  const tgz = readdirSync(dest).find((f) => f.endsWith('.tgz'));
  if (tgz === undefined) throw new Error(`npm pack made no tarball in ${dir}`);
  return join(dest, tgz);
}

beforeAll(() => {
  if (!existsSync(join(pkgDir, 'dist/index.js'))) throw new Error('packages/hoptac/dist is missing: run `npm run build` first (npm test does)');
  if (!existsSync(join(cliDir, 'dist/index.js'))) throw new Error('packages/cli/dist is missing: run `npm run build` first (npm test does)');
  work = mkdtempSync(join(tmpdir(), 'hoptac-pack-'));
  tarball = pack(pkgDir, 'library');
  cliTarball = pack(cliDir, 'command');
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

describe('the packed command (@hoptac/cli)', () => {
  it('ships only bin, dist and metadata, and declares exactly the packages its bundle imports', () => {
    const list = run('tar', ['-tzf', cliTarball], work).split('\n').filter(Boolean);
    expect(list.filter((f) => !(f.startsWith('package/dist/') || ['package/bin/hoptac.mjs', 'package/package.json', 'package/README.md', 'package/LICENSE'].includes(f)))).toEqual([]);
    for (const f of ['package/bin/hoptac.mjs', 'package/dist/main.js', 'package/dist/index.js', 'package/dist/index.d.ts', 'package/LICENSE']) expect(list).toContain(f);
    // every bare import of the bundle, built-ins aside, by package name
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    for (const f of readdirSync(join(cliDir, 'dist')).filter((x) => x.endsWith('.js'))) {
      const text = readFileSync(join(cliDir, 'dist', f), 'utf8');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["']([@a-z][\w./@-]*)["']/g)) {
        const spec = m[1]!.replace(/^node:/, '');
        if (builtins.has(spec) || builtins.has(spec.split('/')[0]!)) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    const manifest = readJson<Manifest>(join(cliDir, 'package.json'));
    expect([...imported].sort()).toEqual(Object.keys(manifest.dependencies ?? {}).sort());
    // the library at exactly its own version: the two are released together
    expect(manifest.dependencies?.['hoptac']).toBe(readJson<Manifest>(join(pkgDir, 'package.json')).version);
  });

  it('passes publint', () => {
    const out = run(bin('publint'), ['run', cliTarball, '--strict'], work);
    expect(out).not.toMatch(/error|warning/i);
  });

  it('passes @arethetypeswrong/cli for ESM (Node 16+ and bundlers): the command is Node-only ESM', () => {
    const out = run(bin('attw'), [cliTarball, '--profile', 'esm-only', '--format', 'table'], work);
    expect(out).toMatch(/node16 \(from ESM\)[^\n]*🟢 \(ESM\)/);
    expect(out).not.toMatch(/❌|💀/);
  });

  it('installed alone with the library, outside any workspace: the command and the scripts\' API work', () => {
    const dir = join(work, 'alone');
    mkdirSync(dir);
    expect(relative(root, dir).startsWith('..')).toBe(true);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch-alone', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball, cliTarball], dir);
    expect(existsSync(join(dir, 'node_modules/@hoptac/cli/src'))).toBe(false);
    copyFileSync(join(root, 'examples/shared-workbook.xlsx'), join(dir, 'so-lieu.xlsx'));
    copyFileSync(join(root, 'examples/programs/dong-nai-lam-dong-binh-phuoc.json'), join(dir, 'programs.json'));
    const hoptac = (...args: string[]) => spawn('npx', ['--no-install', 'hoptac', ...args], dir);

    expect(hoptac('--version')).toEqual({ code: 0, stdout: `${readJson<Manifest>(join(cliDir, 'package.json')).version}\n`, stderr: '' });
    const check = hoptac('check', 'so-lieu.xlsx', '--json');
    expect([check.code, check.stderr]).toEqual([0, '']);
    expect((JSON.parse(check.stdout) as { ok: boolean; findings: unknown[] }).findings).toHaveLength(9);
    const consolidated = hoptac('consolidate', 'so-lieu.xlsx', '--period', 'Quý IV/2017', '--out', 'tong-hop.xlsx', '--json');
    expect(consolidated.code).toBe(0);
    expect(consolidated.stderr).toMatch(/Đã ghi tong-hop\.xlsx/);
    expect(hoptac('consolidate', 'so-lieu.xlsx', '--out', 'tong-hop.xlsx').code).toBe(2); // exists: --force needed
    expect(hoptac('check', 'tong-hop.xlsx').code).toBe(0);
    const template = hoptac('template', '--boards', 'DN,LD', '--from', '2017-01', '--to', '2017-06', '--out', 'mau.xlsx', '--lang', 'en');
    expect(template.code).toBe(0);
    expect(template.stdout).toMatch(/Created mau\.xlsx: 2 boards, 6 months/);
    const checkTemplate = hoptac('check', 'mau.xlsx', '--json');
    expect([checkTemplate.code, checkTemplate.stderr]).toEqual([0, '']);
    const templateJson = JSON.parse(checkTemplate.stdout) as { ok: boolean; findings: unknown[]; counts: unknown };
    expect({ ok: templateJson.ok, findings: templateJson.findings, counts: templateJson.counts }).toEqual({ ok: true, findings: [], counts: { errors: 0, warnings: 0, byCode: {} } });
    const program = hoptac('program', 'programs.json', '--year', '2017', '--json');
    expect(program.code).toBe(0);
    expect((JSON.parse(program.stdout) as { ok: boolean }).ok).toBe(true);
    expect(hoptac('check', 'missing.xlsx')).toMatchObject({ code: 2, stdout: '' });

    // The scripts' API, from plain JavaScript: the same objects the command prints.
    writeFileSync(
      join(dir, 'script.mjs'),
      `import { checkFile, consolidateFile, writeConsolidated, checkProgramFile, CliError } from '@hoptac/cli';
const check = await checkFile('so-lieu.xlsx');
const consolidated = await consolidateFile('so-lieu.xlsx', { period: 'Quý IV/2017' });
const written = await writeConsolidated('so-lieu.xlsx', { period: '2018', out: 'api.xlsx' });
const program = await checkProgramFile('programs.json', { year: 2017 });
let refused = null;
try { await checkFile('missing.xlsx'); } catch (e) { refused = e instanceof CliError ? [e.code, e.messageVi] : String(e); }
console.log(JSON.stringify({ check, consolidated, written: written.period, program, refused }));
`,
    );
    const api = JSON.parse(run('node', ['script.mjs'], dir)) as Record<string, unknown>;
    expect(api['check']).toEqual(JSON.parse(check.stdout));
    expect(api['consolidated']).toEqual(JSON.parse(consolidated.stdout));
    expect(api['written']).toBe('2018');
    expect(existsSync(join(dir, 'api.xlsx'))).toBe(true);
    expect(api['program']).toEqual(JSON.parse(program.stdout));
    expect(api['refused']).toEqual(['not-found', 'không tìm thấy tệp missing.xlsx.']);

    // And through the type checker, as a TypeScript user on Node 16+ resolution.
    writeFileSync(
      join(dir, 'script.ts'),
      `import { checkFile, consolidateFile, CliError } from '@hoptac/cli';
import type { CheckJson, ConsolidationJson, RowJson, CliErrorCode } from '@hoptac/cli';
const check: CheckJson = await checkFile('so-lieu.xlsx', { lang: 'en', timeoutMs: 60_000 });
const r: ConsolidationJson = await consolidateFile('so-lieu.xlsx', { period: '2018' });
const row: RowJson | undefined = r.rows[0];
const lacks: string | undefined = row?.missing?.items[0]?.board;
const code: CliErrorCode = 'not-found';
const ok: boolean = check.ok && new CliError(code, 'en', 'vi').messageIn('vi') === 'vi';
console.log(ok, lacks);
`,
    );
    // Node's own types come from the repository (the registry need not be asked for them).
    const typeRoots = [join(root, 'node_modules/@types')];
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots }, files: ['script.ts'] }));
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
  }, 300_000);
});

describe('the release', () => {
  const lib = () => readJson<Manifest>(join(pkgDir, 'package.json'));
  const cli = () => readJson<Manifest>(join(cliDir, 'package.json'));

  it('versions move in lockstep, and CHANGELOG.md opens with that version', () => {
    expect(cli().version).toBe(lib().version);
    expect(cli().dependencies?.['hoptac']).toBe(lib().version);
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    const first = /^## \[?(\d+\.\d+\.\d+)\]?/m.exec(changelog)?.[1];
    expect(first).toBe(lib().version);
  });

  it('both packages carry complete metadata', () => {
    for (const m of [lib(), cli()]) {
      expect([m.name, typeof m.description, (m.keywords ?? []).length > 3, m.license, m.type, m.engines?.node]).toEqual([m.name, 'string', true, 'MIT', 'module', '>=20']);
      expect(m.repository?.type).toBe('git');
      expect(m.repository?.url).toMatch(/^git\+https:\/\/.+\.git$/);
      expect(m.repository?.directory).toBe(relative(root, m.name === 'hoptac' ? pkgDir : cliDir));
    }
    // the library has no side effects on import; the command's modules do (its worker threads start from them)
    expect(lib().sideEffects).toBe(false);
    expect(cli().publishConfig?.access).toBe('public');
  });

  it.each([
    ['hoptac', () => pkgDir, ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'LICENSE', 'README.md']],
    ['@hoptac/cli', () => cliDir, ['bin/hoptac.mjs', 'dist/main.js', 'dist/index.js', 'dist/index.d.ts', 'LICENSE', 'README.md']],
  ])('npm publish --dry-run accepts %s', (name, dir, expected) => {
    const r = spawn('npm', ['publish', '--dry-run', '--json'], dir());
    expect([r.code, r.stderr.match(/npm (?:ERR!|error).*/g)]).toEqual([0, null]);
    const json = JSON.parse(r.stdout) as Record<string, { name: string; version: string; files: { path: string }[] }> & { name?: string };
    const info = (typeof json.name === 'string' ? json : json[name]) as { name: string; version: string; files: { path: string }[] };
    expect([info.name, info.version]).toEqual([name, lib().version]);
    const files = info.files.map((f) => f.path);
    for (const f of expected) expect(files).toContain(f);
    expect(files.filter((f) => f.startsWith('src/') || f.includes('.test.'))).toEqual([]);
  }, 120_000);
});
