/**
 * `hoptac report WORKBOOK --period P [--program PROGRAM.json] --out REPORT.docx [--lang vi|en]
 * [--force] [--by BOARD]`: the draft review report (.docx). A workbook with errors is not
 * reported: exit 1 with its findings and no file.
 */
import { Period } from 'hoptac';
import { flag, parse, str, usageError } from '../args.js';
import { writeReport } from '../api/report.js';
import type { Io } from '../io.js';
import { endProgress, progress } from '../io.js';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { checkReport } from '../report.js';

/** Runs `hoptac report ...` (argv after the command name). Returns the exit code. */
export async function runReport(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const p = parse(argv, { period: { type: 'string' }, program: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, by: { type: 'string' } }, lang);
  const [file, ...extra] = p.positionals;
  if (file === undefined) throw usageError(lang, 'missing-file');
  if (extra.length > 0) throw usageError(lang, 'extra-args', { args: extra.join(' ') });
  const period = str(p, 'period');
  if (period === undefined) throw usageError(lang, 'missing-option', { option: '--period' });
  const out = str(p, 'out');
  if (out === undefined) throw usageError(lang, 'missing-option', { option: '--out' });
  const program = str(p, 'program');
  const by = str(p, 'by');
  progress(io, t(lang, 'consolidating', { period }));
  const timeout = io.env['HOPTAC_TIMEOUT_MS'];
  try {
    const r = await writeReport({
      workbook: file,
      period,
      out,
      lang,
      cwd: io.cwd,
      force: flag(p, 'force'),
      ...(program === undefined ? {} : { program }),
      ...(by === undefined ? {} : { by }),
      ...(timeout === undefined ? {} : { bounds: { timeoutMs: Math.max(1, Number(timeout) || 120_000) } }),
    });
    endProgress(io);
    if (!r.written) {
      io.out(checkReport(r.findings, lang, [t(lang, 'check-title', { path: file })]));
      io.out(`\n${t(lang, 'report-not-written')}\n`);
      return 1;
    }
    io.out(`${t(lang, 'report-written', { path: out, label: Period.label(Period.parse(r.period), lang), bytes: r.bytes })}\n`);
    return 0;
  } finally {
    endProgress(io);
  }
}
