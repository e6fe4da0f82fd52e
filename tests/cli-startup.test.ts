/**
 * The command's start, as a real child process: the bin answers a bare `--version` itself, from
 * package.json, without loading the command (so it answers even where the command is not built),
 * and every other form of it the command answers the same way. At the end, the bin exits once
 * standard output and standard error have taken every byte, however slowly they are read.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, hoptac, ROOT, tempDir } from './helpers/cli.js';

const BIN = join(ROOT, 'packages/cli/bin/hoptac.mjs');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;

const run = (bin: string, args: readonly string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('hoptac --version', () => {
  it('prints the CLI package version, as --version and as -v', () => {
    expect(run(BIN, ['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(run(BIN, ['-v'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('is answered by the bin alone: a copy of the bin with package.json and no built command answers it', () => {
    // the package's shape without dist/: the bin and its package.json (a version of its own)
    const pkg = join(tmp.dir, 'cli');
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    copyFileSync(BIN, join(pkg, 'bin/hoptac.mjs'));
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@hoptac/cli', version: '9.8.7', type: 'module' }));
    expect(run(join(pkg, 'bin/hoptac.mjs'), ['--version'])).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
    // anything else needs the command, which is not there: said plainly, exit 2
    const check = run(join(pkg, 'bin/hoptac.mjs'), ['check', 'x.xlsx']);
    expect(check.code).toBe(2);
    expect(check.stdout).toBe('');
    expect(check.stderr).toMatch(/the command is not built yet: run "npm run build"/);
  });

  it('is answered the same by the command when it comes with other options', () => {
    for (const args of [['--lang', 'en', '--version'], ['--version', '--lang', 'vi']]) {
      expect(run(BIN, args), args.join(' ')).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    }
  });
});

/** Runs the bin with its standard output read in small pieces, a pause after each. */
function runSlowlyRead(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => {
      out.push(b);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('the end of a run', () => {
  it('gives every byte to a slow reader before it exits, with the exit code of the run', async () => {
    // more than a pipe holds (the JSON of the example is over 100 KB), read slowly: the same
    // text and code as the command run in-process
    for (const args of [['consolidate', EXAMPLE, '--json'], ['check', EXAMPLE, '--json', '--lang', 'en']]) {
      const inProcess = await hoptac(args);
      expect(inProcess.stdout.length, args.join(' ')).toBeGreaterThan(5000);
      expect(await runSlowlyRead(args), args.join(' ')).toEqual({ code: inProcess.code, stdout: inProcess.stdout, stderr: inProcess.stderr });
    }
    // an error run: its message on standard error, exit 2
    const missing = await runSlowlyRead(['check', join(tmp.dir, 'missing.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/missing\.xlsx/);
  }, 120_000);
});
