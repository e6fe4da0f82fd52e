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
 */
import { readFileSync } from 'node:fs';
import { InputError, UsageError, parse } from './args.js';
import { CliError } from './cli-error.js';
import type { CliErrorCode } from './cli-error.js';
import type { Io } from './io.js';
import { processIo } from './io.js';
import { langFromArgv, t } from './messages.js';
import type { Lang } from './messages.js';
import { helpText, shortUsage } from './usage.js';

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

const COMMANDS = ['check', 'consolidate', 'explain', 'template', 'program', 'diff', 'report'] as const;
type Command = (typeof COMMANDS)[number];

async function dispatch(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  // Global options may come before the command: `hoptac --lang en check FILE`.
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '--') i += argv[i] === '--lang' ? 2 : 1;
  const prefix = argv.slice(0, i);
  if (prefix.length > 0 || i >= argv.length) {
    const p = parse(prefix, { version: { type: 'boolean', short: 'v' } }, lang);
    if (p.values['version'] === true) {
      io.out(`${version()}\n`);
      return 0;
    }
    if (i >= argv.length) {
      if (p.values['help'] === true) {
        io.out(helpText(lang));
        return 0;
      }
      throw new UsageError(t(lang, 'no-command'));
    }
    return dispatch([argv[i]!, ...prefix, ...argv.slice(i + 1)], io, lang);
  }
  const first = argv[0]!;
  if (!(COMMANDS as readonly string[]).includes(first)) {
    if (first === 'help') {
      const topic = argv[1];
      io.out(topic !== undefined && topic !== 'help' && (COMMANDS as readonly string[]).includes(topic) ? helpText(lang, topic as Command) : helpText(lang));
      return 0;
    }
    throw new UsageError(t(lang, 'unknown-command', { name: first }));
  }
  const command = first as Command;
  const rest = argv.slice(1);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(helpText(lang, command));
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
  try {
    return await dispatch(argv, io, lang);
  } catch (e) {
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
}
