/**
 * `diffFiles`: what `hoptac diff OLD.xlsx NEW.xlsx --json` prints, as a function for scripts. Both
 * files are read through the command's guarded reader, in one bounded worker.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Period } from 'hoptac';
import type { ChangeKind, Lang, Measure } from 'hoptac';
import { findingMessage } from 'hoptac/workbook';
import type { Finding } from 'hoptac/workbook';
import { CompareFileError, compareIsolated } from '../compare.js';
import type { Comparison, Which } from '../compare.js';
import { XlsxError } from '../xlsx/index.js';
import { CliError } from '../cli-error.js';
import type { CliErrorCode } from '../cli-error.js';

/** One change, as `diff --json` prints it. `month` or `year` is present when the change has one. */
export interface ChangeJson {
  readonly kind: ChangeKind;
  readonly board: string;
  readonly indicator: string;
  readonly month?: string;
  readonly year?: number;
  /** exact decimal in the catalogue unit, or null; for `unit`, one of the row's unit in the catalogue unit */
  readonly before: string | null;
  readonly after: string | null;
  /** in NEW (in OLD for `removed`); null when unknown */
  readonly sheet: string | null;
  readonly cell: string | null;
}

/** One consolidated figure that differs between the two files. */
export interface AffectedJson {
  readonly indicator: string;
  readonly board: string;
  readonly measure: Measure;
  readonly period: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** A finding of either file, as `check --json` prints it, plus the file it is in. */
export interface DiffFindingJson {
  readonly file: Which;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
}

/** What {@link diffFiles} returns: the `diff --json` document. */
export interface DiffJson {
  /** true when neither file has an error */
  readonly ok: boolean;
  readonly changes: readonly ChangeJson[];
  readonly affected: readonly AffectedJson[];
  readonly findings: readonly DiffFindingJson[];
}

export interface DiffOptions {
  /** the period of `affected` (any period form); default: the latest complete month of NEW, plus its year */
  readonly period?: string;
  /** language of the findings' messages (default `vi`) */
  readonly lang?: Lang;
  /** directory relative paths are resolved against (default: the process's) */
  readonly cwd?: string;
  /** wall-time limit of each file's reading worker, in ms (default 120,000; both files are read at once) */
  readonly timeoutMs?: number;
}

/**
 * A file that cannot be read (missing, not an .xlsx, over a limit...): which one and why, in both
 * languages. A {@link CliError}, like every refusal of the scripts API, so one `catch` serves all.
 */
export class DiffFileError extends CliError {
  readonly which: Which;
  readonly path: string;
  constructor(which: Which, path: string, code: string, en: string, vi: string) {
    super(code as CliErrorCode, `${path}: ${en}`, `${path}: ${vi}`);
    this.which = which;
    this.path = path;
  }
}

/** The document of `diff --json` from a comparison. */
export function diffJson(c: Comparison, lang: Lang): DiffJson {
  const finding = (file: Which) => (f: Finding): DiffFindingJson => ({ file, severity: f.severity, code: f.code, sheet: f.sheet ?? null, cell: f.cell ?? null, message: findingMessage(f, lang) });
  return {
    ok: c.old.ok && c.new.ok,
    changes: c.changes.map((x) => ({
      kind: x.kind,
      board: x.board,
      indicator: x.indicator,
      ...(x.month === undefined ? {} : { month: x.month }),
      ...(x.year === undefined ? {} : { year: x.year }),
      before: x.before,
      after: x.after,
      sheet: x.sheet ?? null,
      cell: x.cell ?? null,
    })),
    affected: c.affected.map((a) => ({ indicator: a.indicator, board: a.board, measure: a.measure, period: a.period, before: a.before, after: a.after })),
    findings: [...c.old.findings.map(finding('old')), ...c.new.findings.map(finding('new'))],
  };
}

function checkPath(which: Which, path: string, shown: string): void {
  if (!existsSync(path)) throw new DiffFileError(which, shown, 'not-found', 'the file was not found.', 'không tìm thấy tệp.');
  if (statSync(path).isDirectory()) throw new DiffFileError(which, shown, 'is-directory', 'it is a directory, not a file.', 'đây là một thư mục, không phải tệp.');
}

/** Runs the comparison; a file that cannot be read becomes a {@link DiffFileError}. */
export async function compareFiles(oldPath: string, newPath: string, options: DiffOptions = {}): Promise<Comparison> {
  const cwd = options.cwd ?? process.cwd();
  const paths = { old: resolve(cwd, oldPath), new: resolve(cwd, newPath) };
  const shown = { old: oldPath, new: newPath };
  checkPath('old', paths.old, oldPath);
  checkPath('new', paths.new, newPath);
  const period = options.period === undefined ? undefined : Period.toString(Period.parse(options.period));
  try {
    return await compareIsolated({ old: paths.old, new: paths.new, ...(period === undefined ? {} : { period }) }, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
  } catch (e) {
    if (e instanceof CompareFileError) throw new DiffFileError(e.which, shown[e.which], e.error.code, e.error.messageIn('en'), e.error.messageIn('vi'));
    if (e instanceof XlsxError) throw new DiffFileError('new', `${oldPath}, ${newPath}`, e.code, e.messageIn('en'), e.messageIn('vi'));
    throw e;
  }
}

/**
 * Compares two copies of the shared workbook, as `hoptac diff OLD NEW --json` does: every change
 * (revised, added, removed, finalized, target, opening, unit) matched by board, indicator and
 * month, grouped by board and largest relative change first; the consolidated figures that differ
 * for the period; and both files' findings. Throws {@link DiffFileError} when a file cannot be
 * read, and `HoptacError` `invalid-period` for a bad period.
 *
 * @example
 * ```ts
 * import { diffFiles } from '@hoptac/cli';
 * const d = await diffFiles('so-lieu-thang-11.xlsx', 'so-lieu-thang-12.xlsx', { lang: 'en' });
 * d.changes.filter((c) => c.kind === 'finalized').length; // estimates made final since November
 * ```
 */
export async function diffFiles(oldPath: string, newPath: string, options: DiffOptions = {}): Promise<DiffJson> {
  return diffJson(await compareFiles(oldPath, newPath, options), options.lang ?? 'vi');
}
