/**
 * `@hoptac/cli` for scripts (Node only): the functions the `hoptac` command itself runs, resolving
 * to exactly what its `--json` prints, with the same guarded reader, worker, time and memory limits.
 * Files that cannot be read or are refused reject with a {@link CliError} (stable `code`, English
 * `message`, Vietnamese `messageVi`): the command's one line.
 *
 * api/ may import the command's own modules (commands/, docx/, xlsx/, load, messages) and the
 * library; it is imported by scripts (the package's `index` entry) and by commands/ for the shared
 * steps, never by the library or the add-in.
 */
export { checkFile } from './check-file.js';
export { consolidateFile } from './consolidate-file.js';
export type { ConsolidateFileOptions } from './consolidate-file.js';
export { explainFile } from './explain-file.js';
export type { ExplainFileOptions } from './explain-file.js';
export type { ExplainJson, ExplanationInputJson, ExplanationJson, ExplanationRoundingJson } from '../explain-report.js';
export { writeConsolidated } from './write-consolidated.js';
export type { WriteConsolidatedOptions } from './write-consolidated.js';
export { checkProgramFile } from './check-program-file.js';
export type { CheckProgramFileOptions } from './check-program-file.js';
export type { ProgramFindingJson, ProgramJson } from '../commands/program.js';
export type { FileOptions } from './script-io.js';
export { CliError } from '../cli-error.js';
export type { CliErrorCode } from '../cli-error.js';
export type { CheckJson, ConsolidationJson, CountsJson, FindingJson, MissingItemJson, MissingJson, RowJson } from '../report.js';
export { diffFiles, DiffFileError } from './diff.js';
export type { AffectedJson, ChangeJson, DiffFindingJson, DiffJson, DiffOptions } from './diff.js';
export { writeReport, programFor } from './report.js';
export type { WriteReportOptions, WriteReportResult } from './report.js';
