/**
 * The review report from a script: the same function `hoptac report` calls. Reads the workbook
 * through the bounded reader, consolidates the period, builds the report model (hoptac/report)
 * and renders it with the shared .docx renderer, then writes it atomically. Exported by the scripts
 * API (`packages/cli/src/api/index.ts`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { Period, isHoptacError } from 'hoptac';
import type { Lang } from 'hoptac';
import { loadPrograms } from 'hoptac/program';
import type { Program, ProgramFile } from 'hoptac/program';
import { buildReport } from 'hoptac/report';
import type { ReportDocument } from 'hoptac/report';
import type { Finding } from 'hoptac/workbook';
import { analysisWorker, analyzeIsolated } from '../analyze.js';
import type { Analysis, AnalysisBounds } from '../analyze.js';
import { cliError } from '../cli-error.js';
import { renderDocx, workbookReportInput } from '../docx/index.js';
import { fsReason, resolvePath, sameFile, writeAtomic } from '../files.js';
import { stopStarted } from '../xlsx/bounded-worker.js';
import type { StartedWorker } from '../xlsx/bounded-worker.js';
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

/** The program file asked for and its program covering the period (both undefined when none was asked for). */
interface ChosenProgram {
  readonly file?: ProgramFile | undefined;
  readonly program?: Program | undefined;
}

/** Reads and checks the program file `programPath` (relative to `cwd`) and picks the program of `period`; throws a {@link CliError}. */
function programOf(programPath: string | undefined, cwd: string, period: string): ChosenProgram {
  if (programPath === undefined) return {};
  const path = resolvePath(cwd, programPath);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw cliError('cannot-read', 'cannot-read', () => ({ path: programPath, reason: fsReason(e) }), e);
  }
  let file: ProgramFile;
  try {
    file = loadPrograms(text);
  } catch (e) {
    if (isHoptacError(e)) throw cliError(e.code, 'bad-program-file', (l) => ({ path: programPath, reason: l === 'vi' ? e.messageVi : e.message }), e);
    throw e;
  }
  const program = programFor(file, period);
  if (program === undefined) throw cliError('no-program-covers', 'no-program-covers', () => ({ path: programPath, period }));
  return { file, program };
}

/**
 * Writes the review report of `period` for `workbook` to `out` (.docx). Rejects with a
 * {@link CliError} (stable `code`, English `message`, Vietnamese `messageVi`): `invalid-period`,
 * `out-not-docx`, `out-is-input`, `out-exists` (without `force`), `not-found`, `is-directory`,
 * `cannot-read` or the program loader's code for the program file, `no-program-covers`, the
 * reader's code for a refused workbook, and `write-failed` (or the writer's code) for the .docx.
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
  if (!parsed.success) throw cliError('invalid-period', 'bad-period', (l) => ({ message: parsed.error.messageIn(l) }), parsed.error);
  const period = Period.toString(parsed.data);
  const input = resolvePath(cwd, options.workbook);
  const out = resolvePath(cwd, options.out);
  const outPath = () => ({ path: options.out });
  if (!/\.docx$/i.test(options.out)) throw cliError('out-not-docx', 'out-not-docx', outPath);
  if (sameFile(input, out)) throw cliError('out-is-input', 'out-is-input', outPath);
  if (existsSync(out) && options.force !== true) throw cliError('out-exists', 'out-exists', outPath);
  if (!existsSync(input)) throw cliError('not-found', 'not-found', () => ({ path: options.workbook }));
  if (statSync(input).isDirectory()) throw cliError('is-directory', 'is-directory', () => ({ path: options.workbook }));

  // The worker starts before the program file is read and checked, so it loads meanwhile.
  let worker: StartedWorker | undefined;
  let chosen: ChosenProgram;
  let analysis: Analysis;
  try {
    worker = analysisWorker(options.bounds ?? {});
    chosen = programOf(options.program, cwd, period);
    analysis = await analyzeIsolated({ path: input, period, lang }, options.bounds ?? {}, worker);
  } catch (e) {
    if (isXlsxError(e)) throw cliError(e.code, 'file-refused', (l) => ({ path: options.workbook, message: e.messageIn(l) }), e);
    throw e;
  } finally {
    if (worker !== undefined) stopStarted(worker); // not given its job: the program file was refused
  }
  const { file, program } = chosen;
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
    if (isXlsxError(e)) throw cliError(e.code, 'cannot-write', (l) => ({ path: options.out, reason: e.messageIn(l) }), e);
    throw cliError('write-failed', 'cannot-write', () => ({ path: options.out, reason: fsReason(e) }), e);
  }
  return { written: true, out, period, bytes: bytes.length, findings, document };
}
