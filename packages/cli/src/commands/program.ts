/**
 * `hoptac program FILE.json [--year YYYY [--by due|period]] [--workbook FILE.xlsx] [--json]`:
 * validates a program file, prints its timeline, the reporting calendar of a year and the
 * consistency findings; with `--workbook`, the completeness of that workbook against the programs'
 * obligations. Exit 0 without errors, 1 with errors, 2 when unreadable or misused.
 *
 * The work is one function, {@link runProgramCheck}, that returns the `--json` object and the exit
 * code; the command only parses its arguments and prints, so scripts get exactly what the command
 * prints.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ObservationSet } from 'hoptac';
import {
  completeness,
  type Completeness,
  formatPath,
  type ProgramFile,
  type ProgramFinding,
  programFindings,
  programTimeline,
  type ReportDue,
  reportingCalendar,
  safeLoadPrograms,
} from 'hoptac/program';
import { InputError, flag, parse, str, usageError } from '../args.js';
import { fsReason, resolvePath } from '../files.js';
import type { Io } from '../io.js';
import { jsonText } from '../json-text.js';
import { endProgress, progress } from '../io.js';
import { t } from '../messages.js';
import type { Lang, TextKey } from '../messages.js';
import { formatDecimal } from '../report.js';

/** A program file larger than this is refused before it is read (a real one is a few hundred KB). */
export const MAX_PROGRAM_BYTES = 16 * 1024 * 1024;

/** The reason a program or workbook file cannot be used (exit 2): a stable code and both languages. */
export class ProgramFileError extends InputError {
  readonly code: 'not-found' | 'cannot-read' | 'too-large' | 'not-utf8' | 'not-json' | 'workbook-refused';
  readonly messageVi: string;
  readonly messageEn: string;
  constructor(code: ProgramFileError['code'], lang: Lang, texts: { readonly vi: string; readonly en: string }) {
    super(texts[lang]);
    this.code = code;
    this.messageVi = texts.vi;
    this.messageEn = texts.en;
  }
}

const both = (key: TextKey, params: Readonly<Record<string, string | number>>) => ({ vi: t('vi', key, params), en: t('en', key, params) });

/** Options of {@link runProgramCheck}. */
export interface ProgramCheckOptions {
  /** language of messages (default `vi`) */
  readonly lang?: Lang;
  /** the year of the reporting calendar (and of completeness, with `workbook`) */
  readonly year?: number;
  /** `due` (default): reports due in `year`; `period`: reports whose period ends in `year` */
  readonly by?: 'due' | 'period';
  /** a workbook (.xlsx) to measure completeness against the obligations */
  readonly workbook?: string;
  /** relative paths are resolved against it (default: the process's directory) */
  readonly cwd?: string;
  /** at most this many findings of each code are listed (default 200); `counts` stays exact */
  readonly maxDetailsPerCode?: number;
  /** reads the workbook; default: the command's guarded .xlsx reader and `readWorkbook` */
  readonly readWorkbookModel?: (absolutePath: string) => Promise<{ readonly observations: ObservationSet }>;
}

/** One finding as the command prints it. */
export interface ProgramFindingJson {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/** What `hoptac program --json` prints. */
export interface ProgramJson {
  readonly ok: boolean;
  /** exact number of findings of each code, even when the list is capped */
  readonly counts: Readonly<Record<string, number>>;
  readonly findings: readonly ProgramFindingJson[];
  readonly programs: ProgramFile['programs'] | null;
  readonly boards: ProgramFile['boards'] | null;
  readonly timeline: readonly { readonly date: string; readonly kind: string; readonly program?: string; readonly board?: string; readonly text: string }[] | null;
  readonly calendar: { readonly year: number; readonly by: 'due' | 'period'; readonly reports: readonly ReportDue[] } | null;
  readonly completeness: readonly { readonly program: string; readonly result: Completeness }[] | null;
}

/** The result of {@link runProgramCheck}: the `--json` object and the command's exit code. */
export interface ProgramCheckResult {
  readonly json: ProgramJson;
  /** 0 without errors, 1 with errors */
  readonly exitCode: 0 | 1;
}

async function readProgramText(pathText: string, cwd: string, lang: Lang): Promise<string> {
  const path = resolvePath(cwd, pathText);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ProgramFileError('cannot-read', lang, both('cannot-read', { path: pathText, reason: lang === 'vi' ? 'đây là một thư mục' : 'it is a directory' }));
    size = st.size;
  } catch (e) {
    if (e instanceof ProgramFileError) throw e;
    if ((e as { code?: unknown }).code === 'ENOENT') throw new ProgramFileError('not-found', lang, both('not-found', { path: pathText }));
    throw new ProgramFileError('cannot-read', lang, both('cannot-read', { path: pathText, reason: fsReason(e) }));
  }
  if (size > MAX_PROGRAM_BYTES) throw new ProgramFileError('too-large', lang, both('program-too-large', { path: pathText, size, max: MAX_PROGRAM_BYTES }));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ProgramFileError('cannot-read', lang, both('cannot-read', { path: pathText, reason: fsReason(e) }));
  }
  if (bytes.length > MAX_PROGRAM_BYTES) throw new ProgramFileError('too-large', lang, both('program-too-large', { path: pathText, size: bytes.length, max: MAX_PROGRAM_BYTES }));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ProgramFileError('not-utf8', lang, both('program-not-utf8', { path: pathText }));
  }
}

/** The workbook's observations, read in the analysis worker as `check` reads it (see observationsIsolated). */
async function defaultWorkbookReader(absolutePath: string): Promise<{ readonly observations: ObservationSet }> {
  const { observationsIsolated } = await import('../analyze.js');
  return { observations: await observationsIsolated(absolutePath) };
}

async function readObservations(pathText: string, cwd: string, lang: Lang, reader: NonNullable<ProgramCheckOptions['readWorkbookModel']>): Promise<ObservationSet> {
  const path = resolvePath(cwd, pathText);
  try {
    if (statSync(path).isDirectory()) throw new ProgramFileError('cannot-read', lang, both('cannot-read', { path: pathText, reason: lang === 'vi' ? 'đây là một thư mục' : 'it is a directory' }));
  } catch (e) {
    if (e instanceof ProgramFileError) throw e;
    if ((e as { code?: unknown }).code === 'ENOENT') throw new ProgramFileError('not-found', lang, both('not-found', { path: pathText }));
    throw new ProgramFileError('cannot-read', lang, both('cannot-read', { path: pathText, reason: fsReason(e) }));
  }
  try {
    return (await reader(path)).observations;
  } catch (e) {
    // The reader's own errors carry both languages (XlsxError, HoptacError); anything else its message.
    const m = e as { messageIn?: (l: Lang) => string; messageVi?: string; message?: string };
    const text = (l: Lang) => (typeof m.messageIn === 'function' ? m.messageIn(l) : l === 'vi' && typeof m.messageVi === 'string' ? m.messageVi : fsReason(e));
    throw new ProgramFileError('workbook-refused', lang, { vi: `${pathText}: ${text('vi')}`, en: `${pathText}: ${text('en')}` });
  }
}

function findingJson(f: ProgramFinding, lang: Lang, prefix: readonly (string | number)[] = []): ProgramFindingJson {
  return { severity: f.severity, code: f.code, path: formatPath([...prefix, ...f.path]), message: lang === 'vi' ? f.messageVi : f.message };
}

/**
 * Everything `hoptac program FILE --json` does, as one function: reads and validates the program
 * file, checks it (at most `maxDetailsPerCode` findings listed per code, `counts` exact), builds
 * the timeline, the calendar of `year` (reports due in it, or with `by: 'period'` whose period ends
 * in it) and, with `workbook`, the completeness of that workbook. Resolves to the object the
 * command prints and its exit code (0, or 1 with errors); rejects with a {@link ProgramFileError}
 * (exit 2: missing, unreadable, too large, not JSON, a refused workbook).
 *
 * @example
 * ```ts
 * import { runProgramCheck } from './commands/program.js';
 * const { json, exitCode } = await runProgramCheck('examples/programs/dong-nai-lam-dong-binh-phuoc.json', { year: 2017, lang: 'en' });
 * exitCode; // 0: the seeds' contradictions are warnings
 * json.calendar?.reports.length; // 57 reports due in 2017
 * ```
 */
export async function runProgramCheck(path: string, options: ProgramCheckOptions = {}): Promise<ProgramCheckResult> {
  const lang = options.lang ?? 'vi';
  const cwd = options.cwd ?? process.cwd();
  const by = options.by ?? 'due';
  const text = await readProgramText(path, cwd, lang);
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (e) {
    throw new ProgramFileError('not-json', lang, both('program-not-json', { path, reason: e instanceof Error ? e.message : String(e) }));
  }

  const loaded = safeLoadPrograms(data);
  let file: ProgramFile | undefined;
  const findings: ProgramFindingJson[] = [];
  const counts: Record<string, number> = {};
  let errors = 0;
  if (loaded.success) {
    file = loaded.data;
    const checked = programFindings(file, options.maxDetailsPerCode === undefined ? {} : { maxDetailsPerCode: options.maxDetailsPerCode });
    for (const f of checked.findings) findings.push(findingJson(f, lang));
    Object.assign(counts, checked.counts);
    errors += checked.ok ? 0 : 1;
  } else {
    const issues = loaded.error.issues.length > 0 ? loaded.error.issues : [{ path: [], message: loaded.error.messageIn(lang) }];
    for (const i of issues) {
      const vi = (i as { readonly messageVi?: unknown }).messageVi;
      findings.push({ severity: 'error', code: 'invalid-program', path: formatPath(i.path), message: lang === 'vi' && typeof vi === 'string' ? vi : i.message });
    }
    counts['invalid-program'] = issues.length;
    errors++;
  }

  const span = options.year === undefined ? undefined : String(options.year);
  const calendar = file !== undefined && span !== undefined ? reportingCalendar(file, span, { by }) : undefined;

  let complete: { program: string; result: Completeness }[] | undefined;
  if (options.workbook !== undefined && file !== undefined) {
    const set = await readObservations(options.workbook, cwd, lang, options.readWorkbookModel ?? defaultWorkbookReader);
    complete = [];
    for (const [i, p] of file.programs.entries()) {
      if (p.obligations.length === 0) continue;
      const result = completeness(p, set, { boards: file.boards, by, ...(span === undefined ? {} : { span }) });
      if (result.reports.length === 0) continue;
      complete.push({ program: p.code, result });
      for (const f of result.findings) {
        counts[f.code] = (counts[f.code] ?? 0) + 1;
        findings.push(findingJson(f, lang, ['programs', i]));
      }
    }
  }

  const timeline = file === undefined ? undefined : programTimeline(file);
  const json: ProgramJson = {
    ok: errors === 0,
    counts,
    findings,
    programs: file?.programs ?? null,
    boards: file?.boards ?? null,
    timeline:
      timeline?.map((e) => ({ date: e.date, kind: e.kind, ...(e.program === undefined ? {} : { program: e.program }), ...(e.board === undefined ? {} : { board: e.board }), text: lang === 'vi' ? e.textVi : e.text })) ??
      null,
    calendar: calendar === undefined || options.year === undefined ? null : { year: options.year, by, reports: calendar },
    completeness: complete ?? null,
  };
  return { json, exitCode: errors === 0 ? 0 : 1 };
}

/** C0 and C1 control characters (ESC, CR, OSC...) from a file shown as `\u001b`, never sent to the terminal. */
function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const num = (n: number, lang: Lang) => formatDecimal(String(n), lang);
const pct = (rate: string | null, lang: Lang) => (rate === null ? '-' : formatDecimal(rate, lang));

function calendarLine(r: ReportDue, lang: Lang): string {
  const what =
    r.kind === 'targets' ? t(lang, 'program-targets') : `${t(lang, r.cadence)} ${t(lang, r.stage)}`;
  const party = r.onBehalfOf === undefined ? r.party : `${r.party} (${t(lang, 'program-on-behalf', { board: r.onBehalfOf })})`;
  return t(lang, 'program-calendar-line', { due: r.due, party: party.padEnd(4), period: r.period.padEnd(7), what, program: r.program, indicators: num(r.indicators.length, lang) });
}

/** The readable report of {@link runProgramCheck}'s result: the same facts as `--json`. */
export function programReport(json: ProgramJson, pathText: string, lang: Lang, workbook?: string): string {
  const lines: string[] = [];
  if (json.programs !== null && json.boards !== null) {
    lines.push(t(lang, 'program-title', { path: pathText, programs: num(json.programs.length, lang), boards: num(json.boards.length, lang) }), '');
  }
  if (json.timeline !== null) {
    lines.push(t(lang, 'program-timeline'));
    for (const e of json.timeline) lines.push(`  ${e.date.padEnd(10)}  ${e.text}`);
    lines.push('');
  }
  if (json.calendar !== null) {
    const { year, by, reports } = json.calendar;
    lines.push(t(lang, by === 'due' ? 'program-calendar-due' : 'program-calendar-period', { year, count: num(reports.length, lang) }));
    for (const r of reports) lines.push(`  ${calendarLine(r, lang)}`);
    lines.push('');
  }
  if (json.completeness !== null) {
    lines.push(t(lang, 'program-completeness', { path: workbook ?? '' }));
    for (const { program, result } of json.completeness) {
      const total = result.total;
      lines.push(`  ${t(lang, 'program-completeness-total', { program, reported: num(total.reported, lang), expected: num(total.expected, lang), rate: pct(total.rate, lang) })}`);
      for (const p of result.byParty) {
        const missing = result.missing.filter((c) => c.party === p.party).length + result.missingTargets.filter((c) => c.party === p.party).length;
        lines.push(`  ${t(lang, 'program-completeness-party', { program, party: p.party, reported: num(p.reported, lang), expected: num(p.expected, lang), rate: pct(p.rate, lang), missing: num(missing, lang) })}`);
      }
      if (result.notCarried.length > 0) {
        const w = result.withoutNotCarried.total;
        lines.push(
          `  ${t(lang, 'program-completeness-without', { program, n: result.notCarried.length, codes: result.notCarried.join(', '), reported: num(w.reported, lang), expected: num(w.expected, lang), rate: pct(w.rate, lang) })}`,
        );
      }
      // per indicator: the incomplete ones by name, the complete ones counted (--json lists them all)
      const whole = result.byIndicator.filter((x) => x.expected > 0 && x.reported === x.expected).length;
      if (whole > 0) lines.push(`  ${t(lang, 'program-completeness-indicators-whole', { program, n: whole, rate: pct('100.00', lang) })}`);
      for (const x of result.byIndicator) {
        if (x.expected > 0 && x.reported === x.expected) continue;
        const targets = x.kind === 'targets' ? ` (${t(lang, 'program-targets')})` : '';
        lines.push(`  ${t(lang, 'program-completeness-indicator', { program, indicator: x.indicator, targets, reported: num(x.reported, lang), expected: num(x.expected, lang), rate: pct(x.rate, lang) })}`);
      }
      if (result.missingTargets.length > 0) {
        lines.push(`  ${t(lang, 'program-missing-targets', { program, items: result.missingTargets.map((m) => `${m.party} ${m.indicator} ${m.year}`).join(', ') })}`);
      }
    }
    lines.push('');
  }
  const errors = Object.entries(json.counts)
    .filter(([code]) => json.findings.find((f) => f.code === code)?.severity === 'error')
    .reduce((n, [, c]) => n + c, 0);
  const warnings = Object.entries(json.counts)
    .filter(([code]) => json.findings.find((f) => f.code === code)?.severity === 'warning')
    .reduce((n, [, c]) => n + c, 0);
  lines.push(t(lang, 'program-findings', { errors: num(errors, lang), warnings: num(warnings, lang) }));
  if (json.findings.length === 0) lines.push(`  ${t(lang, 'no-findings')}`);
  for (const f of json.findings) lines.push(`  ${t(lang, f.severity)}  ${f.code}  ${f.path === '' ? '' : `${f.path}: `}${f.message}`);
  return `${lines.map(printable).join('\n')}\n`;
}

/** Runs `hoptac program ...` (argv after the command name). Returns the exit code. */
export async function runProgram(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const p = parse(argv, { json: { type: 'boolean' }, year: { type: 'string' }, by: { type: 'string' }, workbook: { type: 'string' } }, lang);
  const [file, ...extra] = p.positionals;
  if (file === undefined) throw usageError(lang, 'program-missing-file');
  if (extra.length > 0) throw usageError(lang, 'extra-args', { args: extra.join(' ') });
  const yearText = str(p, 'year');
  if (yearText !== undefined && (!/^\d{4}$/.test(yearText) || Number(yearText) < 1900 || Number(yearText) > 2999)) throw usageError(lang, 'program-bad-year', { value: yearText });
  const byText = str(p, 'by');
  if (byText !== undefined && byText !== 'due' && byText !== 'period') throw usageError(lang, 'program-bad-by', { value: byText });
  if (byText !== undefined && yearText === undefined) throw usageError(lang, 'program-by-needs-year');
  const workbook = str(p, 'workbook');
  progress(io, t(lang, 'reading', { path: file }));
  let result: ProgramCheckResult;
  try {
    result = await runProgramCheck(file, {
      lang,
      cwd: io.cwd,
      ...(yearText === undefined ? {} : { year: Number(yearText) }),
      ...(byText === undefined ? {} : { by: byText }),
      ...(workbook === undefined ? {} : { workbook }),
    });
  } finally {
    endProgress(io);
  }
  if (flag(p, 'json')) io.out(jsonText(result.json));
  else io.out(programReport(result.json, file, lang, workbook));
  return result.exitCode;
}

