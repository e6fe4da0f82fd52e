/**
 * `hoptac diff OLD.xlsx NEW.xlsx [--json] [--period P]`: what changed between two copies of the
 * shared workbook, and which consolidated figures moved. Exit 0 (no errors in either file), 1
 * (errors in either) or 2 (a file cannot be read, or wrong usage).
 */
import { Period } from 'hoptac';
import type { ChangeKind } from 'hoptac';
import type { WorkbookChange } from 'hoptac/workbook';
import { DiffFileError, compareFiles, diffJson } from '../api/diff.js';
import { InputError, flag, parse, str, usageError } from '../args.js';
import type { Comparison, CompareSide } from '../compare.js';
import type { Io } from '../io.js';
import { jsonText } from '../json-text.js';
import { endProgress, progress } from '../io.js';
import { t } from '../messages.js';
import type { Lang, TextKey } from '../messages.js';
import { findingTotals } from 'hoptac/workbook';
import { formatDecimal, table } from '../report.js';

/** Runs `hoptac diff ...` (argv after the command name). Returns the exit code. */
export async function runDiff(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const p = parse(argv, { json: { type: 'boolean' }, period: { type: 'string' } }, lang);
  const [older, newer, ...extra] = p.positionals;
  if (older === undefined || newer === undefined) throw usageError(lang, 'diff-two-files');
  if (extra.length > 0) throw usageError(lang, 'extra-args', { args: extra.join(' ') });
  const periodText = str(p, 'period');
  let period: string | undefined;
  if (periodText !== undefined) {
    const r = Period.safeParse(periodText);
    if (!r.success) throw usageError(lang, 'bad-period', { message: r.error.messageIn(lang) });
    period = Period.toString(r.data);
  }
  progress(io, t(lang, 'comparing', { old: older, new: newer }));
  let c: Comparison;
  try {
    const timeoutMs = io.env['HOPTAC_TIMEOUT_MS'] === undefined ? undefined : Math.max(1, Number(io.env['HOPTAC_TIMEOUT_MS']) || 120_000);
    c = await compareFiles(older, newer, { cwd: io.cwd, ...(period === undefined ? {} : { period }), ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  } catch (e) {
    if (e instanceof DiffFileError) throw new InputError(e.messageIn(lang));
    throw e;
  } finally {
    endProgress(io);
  }
  if (flag(p, 'json')) io.out(jsonText(diffJson(c, lang)));
  else io.out(diffReport(c, older, newer, lang));
  return c.old.ok && c.new.ok ? 0 : 1;
}

const KIND_KEYS: Readonly<Record<ChangeKind, TextKey>> = {
  revised: 'kind-revised',
  added: 'kind-added',
  removed: 'kind-removed',
  finalized: 'kind-finalized',
  target: 'kind-target',
  opening: 'kind-opening',
  unit: 'kind-unit',
};

function sideLine(which: 'diff-old' | 'diff-new', path: string, s: CompareSide, lang: Lang): string {
  const { errors, warnings } = findingTotals(s.findings, s.counts, s.rules);
  const range = s.months.length > 0 ? ` (${s.months[0]!} … ${s.months[s.months.length - 1]!})` : '';
  return t(lang, which, { path, boards: s.boards, months: s.months.length, range, values: formatDecimal(String(s.values), lang), errors, warnings });
}

/** after − before as a percentage of before, rounded half away from zero to 2 places (exact). */
export function relativePct(before: string, after: string): string | undefined {
  const parse = (v: string): { int: bigint; scale: number } => {
    const neg = v.startsWith('-');
    const [i = '0', f = ''] = (neg ? v.slice(1) : v).split('.');
    const int = BigInt(i + f);
    return { int: neg ? -int : int, scale: f.length };
  };
  const x = parse(before);
  const y = parse(after);
  if (x.int === 0n) return undefined;
  const s = Math.max(x.scale, y.scale);
  const xi = x.int * 10n ** BigInt(s - x.scale);
  const yi = y.int * 10n ** BigInt(s - y.scale);
  // (y − x) / |x| × 100, to 2 places: × 10^4, then round half away from zero
  const num = (yi - xi) * 10000n;
  const den = xi < 0n ? -xi : xi;
  const neg = num < 0n;
  const a = neg ? -num : num;
  let q = a / den;
  if ((a % den) * 2n >= den) q += 1n;
  const digits = q.toString().padStart(3, '0');
  return `${neg ? '-' : '+'}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function changeRow(c: WorkbookChange, lang: Lang): string[] {
  const when = c.month !== undefined ? Period.label(Period.parse(c.month), lang) : c.year !== undefined ? String(c.year) : '';
  const where = c.sheet === undefined ? '' : c.cell === undefined ? c.sheet : `${c.sheet}!${c.cell}`;
  const v = (x: string | null) => (x === null ? t(lang, 'diff-none') : formatDecimal(x, lang));
  let values: string;
  let rel = '';
  if (c.kind === 'unit') values = `${c.units?.before ?? ''} → ${c.units?.after ?? ''}`;
  else {
    values = `${v(c.before)} → ${v(c.after)}`;
    const pct = c.before !== null && c.after !== null && c.before !== c.after ? relativePct(c.before, c.after) : undefined;
    if (pct !== undefined) rel = `${formatDecimal(pct, lang)} %`;
  }
  return [`  ${t(lang, KIND_KEYS[c.kind])}`, c.indicator, when, where, values, rel];
}

/** The readable `diff` report: both files, the counts, the changes by board, the figures that moved. */
export function diffReport(c: Comparison, older: string, newer: string, lang: Lang): string {
  const lines = [t(lang, 'diff-title', { old: older, new: newer }), sideLine('diff-old', older, c.old, lang), sideLine('diff-new', newer, c.new, lang)];
  const counts = new Map<ChangeKind, number>();
  for (const x of c.changes) counts.set(x.kind, (counts.get(x.kind) ?? 0) + 1);
  if (c.changes.length === 0) lines.push('', t(lang, 'diff-no-changes'));
  else {
    const parts = (Object.keys(KIND_KEYS) as ChangeKind[]).filter((k) => counts.has(k)).map((k) => `${counts.get(k)!} ${t(lang, KIND_KEYS[k])}`);
    lines.push('', t(lang, 'diff-count', { n: c.changes.length, parts: parts.join(', ') }));
    const byBoard = new Map<string, WorkbookChange[]>();
    for (const x of c.changes) {
      const g = byBoard.get(x.board);
      if (g === undefined) byBoard.set(x.board, [x]);
      else g.push(x);
    }
    for (const [board, list] of byBoard) {
      lines.push('', t(lang, 'diff-board', { board, n: list.length }));
      lines.push(table(list.map((x) => changeRow(x, lang)), [false, false, false, false, false, true]));
    }
  }
  lines.push('');
  if (c.periods.length === 0) lines.push(t(lang, 'diff-no-period'));
  else if (!c.old.ok || !c.new.ok) lines.push(t(lang, 'diff-not-consolidated'));
  else {
    const labels = c.periods.map((p) => Period.label(Period.parse(p), lang)).join(', ');
    if (c.affected.length === 0) lines.push(t(lang, 'diff-affected-none', { periods: labels }));
    else {
      lines.push(t(lang, 'diff-affected', { periods: labels, n: c.affected.length }));
      const v = (x: string | null) => (x === null ? t(lang, 'value-missing') : formatDecimal(x, lang));
      const rows = c.affected.map((a) => [`  ${Period.label(Period.parse(a.period), lang)}`, a.indicator, a.board === 'ALL' ? t(lang, 'all-boards') : a.board, t(lang, `m-${a.measure}` as TextKey), `${v(a.before)} → ${v(a.after)}`]);
      lines.push(table(rows, [false, false, false, false, false]));
    }
  }
  if (!c.old.ok || !c.new.ok) lines.push('', t(lang, 'diff-has-errors'));
  return `${lines.join('\n')}\n`;
}
