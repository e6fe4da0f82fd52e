/**
 * The review report from a script: the same function `hoptac report` calls. Reads the workbook
 * through the bounded reader, consolidates the period, builds the report model (hoptac/report)
 * and renders it with the shared .docx renderer, then writes it atomically. Exported by the scripts
 * API (`packages/cli/src/api/index.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { Period, isHoptacError } from 'hoptac';
import type { Lang } from 'hoptac';
import { loadPrograms } from 'hoptac/program';
import type { Program, ProgramFile } from 'hoptac/program';
import { buildReport } from 'hoptac/report';
import type { ReportDocument } from 'hoptac/report';
import type { Finding } from 'hoptac/workbook';
import { analyzeIsolated } from '../analyze.js';
import type { AnalysisBounds } from '../analyze.js';
import { InputError, UsageError } from '../args.js';
import { renderDocx, workbookReportInput } from '../docx/index.js';
import { fsReason, resolvePath, sameFile, writeAtomic } from '../files.js';
import { t } from '../messages.js';
import { isXlsxError } from '../xlsx/index.js';

/** What {@link writeReport} is asked. */
export interface WriteReportOptions {
  /** the shared workbook (.xlsx) */
  readonly workbook: string;
  /** the period: `2017`, `2017-Q4`, `Quý IV/2017`, ... */
  readonly period: string;
  /** where the .docx goes; an existing file only with `force` */
  readonly out: string;
  /** a program file (JSON, hoptac-programs/1): the program whose period contains the report's */
  readonly program?: string;
  readonly lang?: Lang;
  readonly force?: boolean;
  /** the issuing board (a code of the workbook's Boards sheet, or a name); default: the host of the period's review */
  readonly by?: string;
  /** creation time written into the document (default: now) */
  readonly created?: Date;
  /** the directory relative paths are resolved against (default: the process's) */
  readonly cwd?: string;
  readonly bounds?: Partial<AnalysisBounds>;
}

/** What {@link writeReport} did. */
export interface WriteReportResult {
  /** false when the workbook has errors: nothing was consolidated or written */
  readonly written: boolean;
  /** the absolute path of the .docx */
  readonly out: string;
  /** canonical period text */
  readonly period: string;
  readonly bytes: number;
  readonly findings: readonly Finding[];
  /** the report's model, when written */
  readonly document?: ReportDocument;
}

/** The program of `file` whose period contains `period` (most parties first); undefined when none. */
export function programFor(file: ProgramFile, period: string): Program | undefined {
  const p = Period.parse(period);
  const covering = file.programs.filter((q) => Period.contains(Period.parse(q.period), p));
  return [...covering].sort((a, b) => b.parties.length - a.parties.length)[0];
}

/**
 * Writes the review report of `period` for `workbook` to `out` (.docx). Throws {@link InputError}
 * for a file that cannot be read or written and {@link UsageError} for a wrong request (a bad
 * period, an existing `out` without `force`, no program covering the period).
 *
 * @example
 * ```ts
 * import { writeReport } from '@hoptac/cli';
 * const r = await writeReport({ workbook: 'so-lieu.xlsx', period: '2017', out: 'bao-cao-2017.docx' });
 * r.written; // false when the workbook has errors (see r.findings)
 * ```
 */
export async function writeReport(options: WriteReportOptions): Promise<WriteReportResult> {
  const lang = options.lang ?? 'vi';
  const cwd = options.cwd ?? process.cwd();
  const parsed = Period.safeParse(options.period);
  if (!parsed.success) throw new UsageError(t(lang, 'bad-period', { message: parsed.error.messageIn(lang) }));
  const period = Period.toString(parsed.data);
  const input = resolvePath(cwd, options.workbook);
  const out = resolvePath(cwd, options.out);
  if (!/\.docx$/i.test(options.out)) throw new UsageError(t(lang, 'out-not-docx', { path: options.out }));
  if (sameFile(input, out)) throw new UsageError(t(lang, 'out-is-input', { path: options.out }));
  if (existsSync(out) && options.force !== true) throw new UsageError(t(lang, 'out-exists', { path: options.out }));
  if (!existsSync(input)) throw new InputError(t(lang, 'not-found', { path: options.workbook }));

  let file: ProgramFile | undefined;
  let program: Program | undefined;
  if (options.program !== undefined) {
    const path = resolvePath(cwd, options.program);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new InputError(t(lang, 'cannot-read', { path: options.program, reason: fsReason(e) }));
    }
    try {
      file = loadPrograms(text);
    } catch (e) {
      if (isHoptacError(e)) throw new InputError(t(lang, 'bad-program-file', { path: options.program, reason: lang === 'vi' ? e.messageVi : e.message }));
      throw e;
    }
    program = programFor(file, period);
    if (program === undefined) throw new UsageError(t(lang, 'no-program-covers', { path: options.program, period }));
  }

  let analysis;
  try {
    analysis = await analyzeIsolated({ path: input, period, lang }, options.bounds ?? {});
  } catch (e) {
    if (isXlsxError(e)) throw new InputError(`${options.workbook}: ${e.messageIn(lang)}`);
    throw e;
  }
  const findings = analysis.findings;
  if (analysis.rows === undefined || analysis.consolidatedBoards === undefined) return { written: false, out, period, bytes: 0, findings };
  const document = buildReport(
    workbookReportInput({
      period,
      boards: analysis.consolidatedBoards,
      rows: analysis.rows,
      catalogue: analysis.catalogue,
      boardInfo: analysis.boardInfo ?? [],
      findings,
      lang,
      ...(program === undefined || file === undefined ? {} : { program: { program, boards: file.boards } }),
      ...(options.by === undefined ? {} : { by: options.by }),
    }),
  );
  const bytes = await renderDocx(document, { created: options.created ?? new Date() });
  try {
    await writeAtomic(out, bytes);
  } catch (e) {
    throw new InputError(t(lang, 'cannot-write', { path: options.out, reason: fsReason(e) }));
  }
  return { written: true, out, period, bytes: bytes.length, findings, document };
}
