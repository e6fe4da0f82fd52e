/**
 * The command's start, as a real child process: the bin answers a bare `--version` itself, from
 * package.json, without loading the command (so it answers even where the command is not built),
 * and every other form of it the command answers the same way.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers/cli.js';

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
