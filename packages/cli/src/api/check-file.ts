import { loadAnalysis } from '../load.js';
import { checkJson } from '../report.js';
import type { CheckJson } from '../report.js';
import { scriptBounds, scriptIo } from './script-io.js';
import type { FileOptions } from './script-io.js';

/**
 * Checks an .xlsx workbook against format 1, as `hoptac check FILE --json` does: the same guarded
 * reader in a worker with the same time and memory limits. Resolves to exactly the object the
 * command prints, `{ ok, findings: [{ severity, code, sheet, cell, message }], counts }` (`ok` is false
 * when a finding is an error). Rejects with a {@link CliError} when the file cannot be read or is
 * refused (`not-found`, `not-zip`, `encrypted`, `timeout`, ...).
 *
 * @example
 * ```ts
 * import { checkFile } from '@hoptac/cli';
 * const { ok, findings } = await checkFile('examples/shared-workbook.xlsx', { lang: 'en' });
 * console.log(ok, findings.length); // prints true 7
 * ```
 */
export async function checkFile(path: string, options: FileOptions = {}): Promise<CheckJson> {
  const lang = options.lang ?? 'vi';
  const { analysis } = await loadAnalysis(path, scriptIo(), lang, {}, scriptBounds(options));
  return checkJson(analysis, lang);
}
