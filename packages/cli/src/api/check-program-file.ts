import { CliError } from '../cli-error.js';
import { ProgramFileError, runProgramCheck } from '../commands/program.js';
import type { ProgramCheckOptions, ProgramJson } from '../commands/program.js';

/** Options of {@link checkProgramFile}: those of `hoptac program`. */
export type CheckProgramFileOptions = Pick<ProgramCheckOptions, 'lang' | 'year' | 'by' | 'workbook'>;

/**
 * Checks a cooperation-program file (JSON), as `hoptac program FILE --json` does: validation with
 * every issue's path, the consistency findings (capped per code, `counts` exact), the timeline,
 * with `year` the reporting calendar (reports due in that year, or with `by: 'period'` whose period
 * ends in it), with `workbook` the completeness of that workbook, read by the guarded reader.
 * Resolves to exactly the object the command prints; `ok` is false when a finding is an error.
 * Rejects with a {@link CliError}: `not-found`, `cannot-read`, `too-large`, `not-utf8`, `not-json`,
 * `workbook-refused`.
 *
 * @example
 * ```ts
 * import { checkProgramFile } from '@hoptac/cli';
 * const r = await checkProgramFile('examples/programs/dong-nai-lam-dong-binh-phuoc.json', { year: 2017, lang: 'en' });
 * console.log(r.ok, r.findings.map((f) => f.code).includes('review-span-mismatch')); // prints true true
 * ```
 */
export async function checkProgramFile(path: string, options: CheckProgramFileOptions = {}): Promise<ProgramJson> {
  try {
    return (await runProgramCheck(path, { ...options, cwd: process.cwd() })).json;
  } catch (e) {
    if (e instanceof ProgramFileError) throw new CliError(e.code, e.messageEn, e.messageVi, { cause: e });
    throw e;
  }
}
