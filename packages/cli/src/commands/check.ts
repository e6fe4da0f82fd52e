/** `hoptac check FILE [--json]`: every finding of format 1, exit 0 (no errors), 1 (errors) or 2. */
import { readWorkbook } from 'hoptac/workbook';
import { flag, parse, usageError } from '../args.js';
import type { Io } from '../io.js';
import { endProgress, progress } from '../io.js';
import { loadGrid } from '../load.js';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { checkReport, countSeverities, findingJson } from '../report.js';
import { modelSummary } from './summary.js';

/** Runs `hoptac check ...` (argv after the command name). Returns the exit code. */
export async function runCheck(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const p = parse(argv, { json: { type: 'boolean' } }, lang);
  const [file, ...extra] = p.positionals;
  if (file === undefined) throw usageError(lang, 'missing-file');
  if (extra.length > 0) throw usageError(lang, 'extra-args', { args: extra.join(' ') });
  const { grid } = await loadGrid(file, io, lang);
  progress(io, t(lang, 'checking'));
  const model = readWorkbook(grid);
  endProgress(io);
  const { errors } = countSeverities(model.findings);
  if (flag(p, 'json')) {
    io.out(`${JSON.stringify({ ok: errors === 0, findings: model.findings.map((f) => findingJson(f, lang)) }, null, 2)}\n`);
  } else {
    io.out(checkReport(model.findings, lang, [t(lang, 'check-title', { path: file }), modelSummary(model, lang)]));
  }
  return errors === 0 ? 0 : 1;
}
