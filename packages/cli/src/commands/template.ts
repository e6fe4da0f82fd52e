/** `hoptac template`: an empty workbook in format 1, ready to send to the boards. */
import { existsSync } from 'node:fs';
import { Period, builtInCatalogue } from 'hoptac';
import type { MonthPeriod } from 'hoptac';
import { flag, parse, str, usageError } from '../args.js';
import { cliError } from '../cli-error.js';
import { fsReason, resolvePath, writeAtomic } from '../files.js';
import type { Io } from '../io.js';
import { endProgress, progress } from '../io.js';
import { t } from '../messages.js';
import type { Lang } from '../messages.js';
import { buildTemplate } from '../template/build.js';
import { isXlsxError } from '../xlsx/index.js';
import { indicatorCount } from './summary.js';

const BOARD = /^[A-Z0-9_]{1,16}$/;
const MAX_MONTHS = 1200;

function monthOption(lang: Lang, option: string, value: string | undefined): MonthPeriod {
  if (value === undefined) throw usageError(lang, 'missing-option', { option });
  const r = Period.safeParse(value);
  if (!r.success || r.data.kind !== 'month') throw usageError(lang, 'bad-month', { option, value });
  return r.data;
}

/** Runs `hoptac template ...` (argv after the command name). Returns the exit code. */
export async function runTemplate(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const p = parse(argv, { boards: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } }, lang);
  if (p.positionals.length > 0) throw usageError(lang, 'extra-args', { args: p.positionals.join(' ') });
  const boardsText = str(p, 'boards');
  if (boardsText === undefined) throw usageError(lang, 'missing-option', { option: '--boards' });
  const boards = boardsText.split(',').map((b) => b.trim());
  if (boards.some((b) => !BOARD.test(b)) || new Set(boards).size !== boards.length) throw usageError(lang, 'bad-boards', { value: boardsText });
  const from = monthOption(lang, '--from', str(p, 'from'));
  const to = monthOption(lang, '--to', str(p, 'to'));
  if (Period.compare(from, to) > 0) throw usageError(lang, 'bad-range', { from: Period.toString(from), to: Period.toString(to) });
  const count = Period.monthCount(Period.span(from, to));
  if (count > MAX_MONTHS) throw usageError(lang, 'range-too-long', { count, max: MAX_MONTHS });
  const outText = str(p, 'out');
  if (outText === undefined) throw usageError(lang, 'missing-option', { option: '--out' });
  const out = resolvePath(io.cwd, outText);
  if (existsSync(out) && !flag(p, 'force')) throw cliError('out-exists', 'out-exists', () => ({ path: outText }));

  progress(io, t(lang, 'writing', { path: outText }));
  const catalogue = builtInCatalogue;
  const wb = buildTemplate({ boards, from, to, catalogue });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  try {
    await writeAtomic(out, bytes);
  } catch (e) {
    endProgress(io);
    // the writer's refusals carry both languages; anything else is a bare file system error
    if (isXlsxError(e)) throw cliError(e.code, 'cannot-write', (l) => ({ path: outText, reason: e.messageIn(l) }), e);
    throw cliError('write-failed', 'cannot-write', () => ({ path: outText, reason: fsReason(e) }), e);
  }
  endProgress(io);
  const indicators = indicatorCount(catalogue);
  io.out(`${t(lang, 'wrote-template', { path: outText, boards: boards.length, months: count, from: Period.toString(from), to: Period.toString(to), indicators, ratios: catalogue.indicators.filter((i) => i.kind === 'ratio').length })}\n`);
  return 0;
}
