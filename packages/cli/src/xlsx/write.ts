/**
 * Writing output sheets into a copy of the input workbook (package-edit.ts), or into a new
 * workbook. Every part of the input package is copied byte for byte (its compressed bytes, so its
 * content cannot change), except the few parts a new sheet must be registered in. The file is
 * written whole or not at all (files.ts): a temporary file beside the output, synced, its zip
 * directory read back, then renamed.
 */
import type { OutputSheet } from 'hoptac/workbook';
import { refuseSameFile, writeFileAtomically } from '../files.js';
import type { AtomicHooks } from '../files.js';
import { XlsxError } from './errors.js';
import { resolveLimits } from './limits.js';
import type { XlsxLimits } from './limits.js';
import { addSheets, emptyPackage } from './package-edit.js';
import { readInputBytes } from './input-bytes.js';
import { openPackage } from './package.js';
import { checkSheets } from './write-checks.js';
import { buildZip, openZip } from './zip.js';


/**
 * Writes `outputPath`: the workbook at `inputPath` with `sheets` added (or, where the input already
 * has sheets of those names, e.g. from an earlier run, with those sheets' content replaced). Every
 * other part is copied byte for byte. Text is written as text (never as a formula), numbers as
 * numbers when Excel can hold them (`fitsExcelNumber`), otherwise as text. The input is never
 * opened for writing; the output is written to a temporary file in its folder, synced and renamed.
 *
 * Throws an {@link XlsxError}: the reader's refusals for the input, `same-file` when the output is
 * the input, `invalid-output` for an unusable sheet description, `write-failed` when the output
 * cannot be written.
 *
 * @example
 * ```ts
 * import { writeXlsxWithSheets } from './xlsx/index.js';
 * await writeXlsxWithSheets('shared.xlsx', 'shared-2017-12.xlsx', [summarySheet, findingsSheet]);
 * ```
 */
export async function writeXlsxWithSheets(inputPath: string, outputPath: string, sheets: readonly OutputSheet[], options: WriteOptions = {}): Promise<void> {
  checkSheets(sheets);
  refuseSameFile(inputPath, outputPath);
  const lim = resolveLimits(options.limits);
  const bytes = options.inputBytes ?? (await readInputBytes(inputPath, lim));
  const pkg = openPackage(bytes, lim);
  const items = addSheets(pkg, sheets);
  await writeAtomically(outputPath, buildZip(items), items.length, options.hooks);
}

/** Options of {@link writeXlsxWithSheets}. */
export interface WriteOptions {
  readonly limits?: Partial<XlsxLimits>;
  /**
   * the input's bytes, as read once for the analysis: the output is copied from exactly the bytes
   * that were analysed, never from a second read of a file that may have changed meanwhile
   */
  readonly inputBytes?: Uint8Array;
  /** test hooks of the atomic write */
  readonly hooks?: AtomicHooks;
}

/**
 * Writes a new workbook made only of `sheets` (at least one), atomically like
 * {@link writeXlsxWithSheets}.
 *
 * @example
 * ```ts
 * await writeNewXlsx('report.xlsx', [summarySheet]);
 * ```
 */
export async function writeNewXlsx(outputPath: string, sheets: readonly OutputSheet[]): Promise<void> {
  if (sheets.length === 0) throw new XlsxError('invalid-output', { detail: 'no sheets to write', detailVi: 'không có trang nào để ghi' });
  checkSheets(sheets);
  const items = addSheets(emptyPackage(), sheets);
  await writeAtomically(outputPath, buildZip(items), items.length);
}

/**
 * Writes the zip whole or not at all (files.ts): before the rename, the temporary file's central
 * directory must read back with every entry.
 */
async function writeAtomically(outputPath: string, chunks: readonly Uint8Array[], entries: number, hooks?: AtomicHooks): Promise<void> {
  await writeFileAtomically(
    outputPath,
    chunks,
    (back) => {
      let zip;
      try {
        zip = openZip(back, { ...resolveLimits(undefined), maxFileBytes: Number.MAX_SAFE_INTEGER, maxEntries: Number.MAX_SAFE_INTEGER });
      } catch (e) {
        throw new XlsxError('write-failed', { path: outputPath, detail: `the written file does not read back as a zip (${e instanceof Error ? e.message : String(e)})`, detailVi: 'tệp đã ghi không đọc lại được dưới dạng zip' });
      }
      if (zip.entries.length !== entries) throw new XlsxError('write-failed', { path: outputPath, detail: `the written zip holds ${zip.entries.length} of ${entries} parts`, detailVi: `zip đã ghi chỉ có ${zip.entries.length} trên ${entries} thành phần` });
    },
    hooks,
    outputPath,
  );
}
