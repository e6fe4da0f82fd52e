import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, cliError } from '../cli-error.js';
import type { Io } from '../io.js';
import { run } from '../main.js';

/** Options of {@link checkProgramFile}: those of `hoptac program`. */
export interface CheckProgramFileOptions {
  /** language of the messages (default `vi`) */
  readonly lang?: 'vi' | 'en';
  /** the year of the reporting calendar (`--year`) */
  readonly year?: number;
  /** a shared workbook (.xlsx) to measure completeness against (`--workbook`); read by the guarded reader */
  readonly workbook?: string;
}

/** One finding of a program file, as `hoptac program --json` prints it. */
export interface ProgramFindingJson {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  /** where in the file, e.g. `programs[2].reviews[1].covers` */
  readonly path: string;
  readonly message: string;
}

/** What `hoptac program --json` prints. */
export interface ProgramJson {
  /** false when a finding is an error (or the file is not a valid program file) */
  readonly ok: boolean;
  readonly findings: readonly ProgramFindingJson[];
  /** the rest of the command's output: `programs`, `boards`, `timeline`, `calendar`, `completeness` */
  readonly [key: string]: unknown;
}

/** Runs `hoptac program` itself with `--json` and captures what it prints. */
async function programCommand(argv: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    errIsTTY: false,
    env: process.env,
    cwd,
  };
  const code = await run(['program', ...argv], io);
  return { code, stdout, stderr };
}

/** The command's one line, without its `hoptac ...:` prefix. */
function firstLine(stderr: string): string {
  return (stderr.trim().split('\n')[0] ?? '').replace(/^hoptac( program)?: /, '');
}

/**
 * Checks a cooperation-program file (JSON), as `hoptac program FILE --json` does: validation with
 * every issue's path, the consistency findings, the timeline, and with `year` the reporting
 * calendar, with `workbook` the completeness of that workbook. Resolves to exactly the object the
 * command prints. Rejects with a {@link CliError}: `not-found`, `is-directory`, or
 * `program-unreadable` (not JSON, unreadable, or options the command refuses).
 *
 * @example
 * ```ts
 * import { checkProgramFile } from '@hoptac/cli';
 * const r = await checkProgramFile('examples/programs/dong-nai-lam-dong-binh-phuoc.json', { year: 2017, lang: 'en' });
 * console.log(r.ok, r.findings.map((f) => f.code).includes('review-span-mismatch')); // prints true true
 * ```
 */
export async function checkProgramFile(path: string, options: CheckProgramFileOptions = {}): Promise<ProgramJson> {
  const cwd = process.cwd();
  const full = resolve(cwd, path);
  if (!existsSync(full)) throw cliError('not-found', 'not-found', () => ({ path }));
  if (statSync(full).isDirectory()) throw cliError('is-directory', 'is-directory', () => ({ path }));
  const argv = [path, '--json', ...(options.year === undefined ? [] : ['--year', String(options.year)]), ...(options.workbook === undefined ? [] : ['--workbook', options.workbook])];
  const lang = options.lang ?? 'vi';
  const r = await programCommand([...argv, '--lang', lang], cwd);
  if (r.code !== 2) return JSON.parse(r.stdout) as ProgramJson;
  // Refused: the same one line in both languages.
  const other = await programCommand([...argv, '--lang', lang === 'vi' ? 'en' : 'vi'], cwd);
  const [vi, en] = lang === 'vi' ? [r.stderr, other.stderr] : [other.stderr, r.stderr];
  throw new CliError('program-unreadable', firstLine(en), firstLine(vi));
}
