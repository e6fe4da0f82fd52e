/**
 * The `hoptac` command: `check`, `consolidate`, `explain`, `template`, `program`, `diff` and `report`.
 *
 * Exit codes: 0 no errors (warnings allowed), 1 the workbook has errors, 2 unreadable input or
 * wrong usage. Results go to standard output; usage, errors and progress (on a terminal only) to
 * standard error. An unexpected failure prints one line (a stack trace only with HOPTAC_DEBUG=1).
 *
 * The folder: commands/ (one file per command), api/ (the scripts API, the same work as the
 * commands), xlsx/ (the guarded .xlsx reader and writer), docx/ and template/; the files beside them
 * are the shared steps (load, analyze, report, messages, files). This file is imported by
 * bin/hoptac.mjs only; the library is imported through its public entries only.
 *
 * It loads almost nothing on its own: `--version` answers from package.json, `--help` loads the
 * help texts only (no library), and `check`, `consolidate`, `explain` and `report` start their analysis
 * worker before anything else, so it loads while the command and the file do.
 */
import { readFileSync } from 'node:fs';
import type { CliErrorCode } from './cli-error.js';
import type { Io } from './io.js';
import { processIo } from './io.js';
import type { Lang, TextKey } from './messages.js';
import type { CommandName } from './usage.js';

export type { Io } from './io.js';

/** The command's version (the CLI package's). */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Refusals that are a matter of how the command was called: shown with the short usage. */
const USAGE_CODES: ReadonlySet<CliErrorCode> = new Set<CliErrorCode>(['invalid-period', 'no-complete-month', 'out-is-input', 'out-exists', 'unknown-indicator', 'unknown-board', 'invalid-measure', 'out-not-docx', 'no-program-covers']);

const COMMANDS = ['check', 'consolidate', 'explain', 'template', 'program', 'diff', 'report'] as const satisfies readonly CommandName[];
type Command = (typeof COMMANDS)[number];

/** The help text of the command, or of one command (the texts are loaded only when asked for). */
async function help(lang: Lang, command?: Command): Promise<string> {
  return (await import('./usage.js')).helpText(lang, command);
}

/** Reads `--lang` (or `--lang=xx`) from raw arguments before full parsing, so even usage errors speak it. */
function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return 'vi';
}

/** Where the command's name is: after the global options that may come first (`hoptac --lang en check FILE`). */
function commandAt(argv: readonly string[]): number {
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '--') i += argv[i] === '--lang' ? 2 : 1;
  return i;
}

/** The commands that analyse a workbook in the analysis worker. */
const ANALYSING: ReadonlySet<string> = new Set(['check', 'consolidate', 'explain', 'report']);
const ASKS_HELP_OR_VERSION: ReadonlySet<string> = new Set(['--help', '-h', '--version', '-v']);

/** Whether the command will analyse a workbook, judged from argv alone (a wrong guess costs a worker start, never a result). */
function willAnalyse(argv: readonly string[]): boolean {
  const at = argv[commandAt(argv)];
  return at !== undefined && ANALYSING.has(at) && !argv.some((a) => ASKS_HELP_OR_VERSION.has(a));
}

/**
 * The global options when they are all plain ones (`--version`, `-v`, `--help`, `-h`, `--lang vi|en`):
 * read without loading the parser and its messages. Anything else is left to the full parse.
 */
function plainGlobalOptions(prefix: readonly string[]): { version: boolean; help: boolean } | undefined {
  const seen = { version: false, help: false };
  for (let i = 0; i < prefix.length; i++) {
    const a = prefix[i]!;
    if (a === '--version' || a === '-v') seen.version = true;
    else if (a === '--help' || a === '-h') seen.help = true;
    else if (a === '--lang' && (prefix[i + 1] === 'vi' || prefix[i + 1] === 'en')) i++;
    else if (a !== '--lang=vi' && a !== '--lang=en') return undefined;
  }
  return seen;
}

/** The global options, parsed strictly (a mistake is a usage error). */
async function globalOptions(prefix: readonly string[], lang: Lang): Promise<{ version: boolean; help: boolean }> {
  const plain = plainGlobalOptions(prefix);
  if (plain !== undefined) return plain;
  const { parse } = await import('./args.js');
  const p = parse(prefix, { version: { type: 'boolean', short: 'v' } }, lang);
  return { version: p.values['version'] === true, help: p.values['help'] === true };
}

/** A usage mistake, with the parser's words (loaded only then). */
async function usageMistake(lang: Lang, key: TextKey, params?: Readonly<Record<string, string>>): Promise<Error> {
  return (await import('./args.js')).usageError(lang, key, params);
}

async function dispatch(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const i = commandAt(argv);
  const prefix = argv.slice(0, i);
  if (prefix.length > 0 || i >= argv.length) {
    const p = await globalOptions(prefix, lang);
    if (p.version) {
      io.out(`${version()}\n`);
      return 0;
    }
    if (i >= argv.length) {
      if (p.help) {
        io.out(await help(lang));
        return 0;
      }
      throw await usageMistake(lang, 'no-command');
    }
    return dispatch([argv[i]!, ...prefix, ...argv.slice(i + 1)], io, lang);
  }
  const first = argv[0]!;
  if (!(COMMANDS as readonly string[]).includes(first)) {
    if (first === 'help') {
      const topic = argv[1];
      io.out(await help(lang, topic !== undefined && topic !== 'help' && (COMMANDS as readonly string[]).includes(topic) ? (topic as Command) : undefined));
      return 0;
    }
    throw await usageMistake(lang, 'unknown-command', { name: first });
  }
  const command = first as Command;
  const rest = argv.slice(1);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(await help(lang, command));
    return 0;
  }
  // Each command is loaded when used, so `--help` and `--version` start fast.
  switch (command) {
    case 'check':
      return (await import('./commands/check.js')).runCheck(rest, io, lang);
    case 'consolidate':
      return (await import('./commands/consolidate.js')).runConsolidate(rest, io, lang);
    case 'explain':
      return (await import('./commands/explain.js')).runExplain(rest, io, lang);
    case 'template':
      return (await import('./commands/template.js')).runTemplate(rest, io, lang);
    case 'program':
      return (await import('./commands/program.js')).runProgram(rest, io, lang);
    case 'diff':
      return (await import('./commands/diff.js')).runDiff(rest, io, lang);
    case 'report':
      return (await import('./commands/report.js')).runReport(rest, io, lang);
  }
}

/**
 * Runs the `hoptac` command with its arguments (without `node` and the script) and returns the exit
 * code. `io` defaults to the process's streams; tests pass their own.
 *
 * @example
 * ```ts
 * import { run } from './main.js';
 * process.exitCode = await run(['check', 'so-lieu.xlsx', '--json']);
 * ```
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const lang = langFromArgv(argv);
  let stopUnused: (() => void) | undefined;
  try {
    if (willAnalyse(argv)) stopUnused = (await import('./analyze.js')).startAnalysisEarly();
    return await dispatch(argv, io, lang);
  } catch (e) {
    return await failure(e, io, lang);
  } finally {
    stopUnused?.();
  }
}

/** What the command says about a failure, and its exit code. */
async function failure(e: unknown, io: Io, lang: Lang): Promise<number> {
  const [{ InputError, UsageError }, { CliError }, { t }, { shortUsage }] = await Promise.all([import('./args.js'), import('./cli-error.js'), import('./messages.js'), import('./usage.js')]);
  if (e instanceof UsageError) {
    io.err(`${t(lang, 'usage-error', { detail: e.message })}\n\n${shortUsage(lang)}\n${t(lang, 'see-help')}\n`);
    return 2;
  }
  if (e instanceof CliError && USAGE_CODES.has(e.code)) {
    io.err(`${t(lang, 'usage-error', { detail: e.messageIn(lang) })}\n\n${shortUsage(lang)}\n${t(lang, 'see-help')}\n`);
    return 2;
  }
  if (e instanceof CliError) {
    io.err(`hoptac: ${e.messageIn(lang)}\n`);
    return 2;
  }
  if (e instanceof InputError) {
    io.err(`hoptac: ${e.message}\n`);
    return 2;
  }
  if (io.env['HOPTAC_DEBUG'] === '1') io.err(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  io.err(`${t(lang, 'internal', { message })}\n`);
  return 2;
}
