import { runConsolidation } from '../consolidation.js';
import { consolidationJson } from '../report.js';
import type { ConsolidationJson } from '../report.js';
import { scriptBounds, scriptIo } from './script-io.js';
import type { FileOptions } from './script-io.js';

/** Options of {@link writeConsolidated}. */
export interface WriteConsolidatedOptions extends FileOptions {
  /** any period form; absent: the latest month every board reported */
  readonly period?: string;
  /** the new workbook to write; never the input */
  readonly out: string;
  /** overwrite `out` when it exists (default: refuse with `out-exists`) */
  readonly force?: boolean;
}

/**
 * Writes what `hoptac consolidate FILE --out OUT` writes: a new workbook with every part of the
 * input copied byte for byte plus the `Tổng hợp` and `Kiểm tra` sheets (in `lang`), written whole
 * or not at all; the input is never opened for writing. A workbook with errors still gets its
 * `Kiểm tra` sheet. Resolves to what {@link consolidateFile} resolves to. Rejects with a
 * {@link CliError}: `out-exists` (without `force`), `out-is-input`, a write failure, or anything
 * {@link consolidateFile} rejects with.
 *
 * @example
 * ```ts
 * import { writeConsolidated } from '@hoptac/cli';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const out = join(tmpdir(), 'tong-hop-2018.xlsx');
 * const r = await writeConsolidated('examples/shared-workbook.xlsx', { period: '2018', out, force: true });
 * console.log(r.period); // prints 2018
 * ```
 */
export async function writeConsolidated(path: string, options: WriteConsolidatedOptions): Promise<ConsolidationJson> {
  const lang = options.lang ?? 'vi';
  const { analysis } = await runConsolidation(path, { period: options.period, out: options.out, force: options.force === true }, scriptIo(), lang, scriptBounds(options));
  return consolidationJson(analysis, lang);
}
