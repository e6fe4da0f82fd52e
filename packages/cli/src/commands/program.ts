/**
 * `hoptac program FILE.json [--json] [--year YYYY] [--lang vi|en] [--workbook FILE.xlsx]`:
 * validates a program file, prints its timeline, the reporting calendar of a year and the
 * consistency findings; with `--workbook`, the completeness of that workbook against the
 * programs' obligations. Exit 0 without errors, 1 with errors, 2 when unreadable or misused.
 */
import { isHoptacError, type Lang, type ObservationSet } from 'hoptac';
import {
  checkPrograms,
  completeness,
  type Completeness,
  formatPath,
  type ProgramFile,
  programTimeline,
  type ReportDue,
  reportingCalendar,
  safeLoadPrograms,
} from 'hoptac/program';

const TEXT: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  usage: {
    vi: 'Cách dùng: hoptac program FILE.json [--json] [--year YYYY] [--lang vi|en] [--workbook FILE.xlsx]',
    en: 'Usage: hoptac program FILE.json [--json] [--year YYYY] [--lang vi|en] [--workbook FILE.xlsx]',
  },
  unreadable: { vi: 'Không đọc được {file}: {reason}', en: 'Cannot read {file}: {reason}' },
  notJson: { vi: '{file} không phải JSON hợp lệ: {reason}', en: '{file} is not valid JSON: {reason}' },
  noWorkbookReader: { vi: '--workbook cần trình đọc sổ tính .xlsx, chưa có ở đây.', en: '--workbook needs the .xlsx reader, which is not available here.' },
  timeline: { vi: 'Dòng thời gian', en: 'Timeline' },
  calendar: { vi: 'Lịch báo cáo năm {year} ({count} báo cáo)', en: 'Reporting calendar {year} ({count} reports)' },
  calendarLine: { vi: '{due}  {party}  {period}  {cadence} {stage}  ({program}, {indicators} chỉ tiêu)', en: '{due}  {party}  {period}  {cadence} {stage}  ({program}, {indicators} indicators)' },
  findings: { vi: 'Kết quả kiểm tra ({errors} lỗi, {warnings} cảnh báo)', en: 'Findings ({errors} errors, {warnings} warnings)' },
  noFindings: { vi: 'Không có vấn đề.', en: 'No problems found.' },
  error: { vi: 'lỗi', en: 'error' },
  monthly: { vi: 'hàng tháng', en: 'monthly' },
  quarterly: { vi: 'hàng quý', en: 'quarterly' },
  annual: { vi: 'hàng năm', en: 'annual' },
  cumulative: { vi: 'lũy kế', en: 'cumulative' },
  estimate: { vi: 'ước tính', en: 'estimate' },
  final: { vi: 'chính thức', en: 'final' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  completeness: { vi: 'Mức độ đầy đủ so với sổ tính {file}', en: 'Completeness of workbook {file}' },
  completenessLine: {
    vi: '{program}  {party}: {reported}/{expected} báo cáo ({rate} %), thiếu {missing} ô',
    en: '{program}  {party}: {reported}/{expected} reports ({rate} %), {missing} cells missing',
  },
};

/** The command's own text (the library's findings and timeline carry theirs). */
function m(key: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  const text = TEXT[key];
  if (text === undefined) return key;
  return text[lang].replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/**
 * Where the command reads and writes. `stdout`/`stderr` (or the CLI's `out`/`err`) receive text;
 * `readFile` reads the program file (default: the file system, relative to `cwd`);
 * `readWorkbookModel` reads a workbook for `--workbook`.
 */
export interface ProgramIo {
  readonly stdout?: (s: string) => void;
  readonly stderr?: (s: string) => void;
  readonly out?: (s: string) => void;
  readonly err?: (s: string) => void;
  readonly readFile?: (path: string) => Promise<Uint8Array>;
  readonly cwd?: string;
  readonly readWorkbookModel?: (path: string) => Promise<{ readonly observations: ObservationSet }>;
}

interface Args {
  readonly file: string;
  readonly json: boolean;
  readonly year: number | undefined;
  readonly lang: Lang;
  readonly workbook: string | undefined;
}

/** One finding as the command prints it. */
interface OutFinding {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

class Usage extends Error {}

function parseArgs(argv: readonly string[]): Args | 'help' {
  let file: string | undefined;
  let json = false;
  let year: number | undefined;
  let lang: Lang = 'vi';
  let workbook: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Usage(`${name} needs a value`);
      return v;
    };
    if (name === '--help' || name === '-h') return 'help';
    else if (name === '--json') json = true;
    else if (name === '--year') {
      const v = value();
      if (!/^\d{4}$/.test(v) || Number(v) < 1900 || Number(v) > 2999) throw new Usage(`--year ${v}: write a year such as 2017`);
      year = Number(v);
    } else if (name === '--lang') {
      const v = value();
      if (v !== 'vi' && v !== 'en') throw new Usage(`--lang ${v}: vi or en`);
      lang = v;
    } else if (name === '--workbook') workbook = value();
    else if (a === '--') {
      for (const rest of argv.slice(i + 1)) {
        if (file !== undefined) throw new Usage(`one program file only: ${rest}`);
        file = rest;
      }
      break;
    } else if (a.startsWith('-') && a !== '-') throw new Usage(`unknown option ${a}`);
    else if (file !== undefined) throw new Usage(`one program file only: ${a}`);
    else file = a;
  }
  if (file === undefined) throw new Usage('no program file');
  return { file, json, year, lang, workbook };
}

async function defaultReadFile(path: string, cwd: string | undefined): Promise<Uint8Array> {
  const fs = await import('node:fs/promises');
  const p = await import('node:path');
  return fs.readFile(cwd === undefined ? path : p.resolve(cwd, path));
}

function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) if ((argv[i] === '--lang' && argv[i + 1] === 'en') || argv[i] === '--lang=en') return 'en';
  return 'vi';
}

/**
 * Runs `hoptac program` and returns its exit code: 0 without errors, 1 with errors (an invalid file
 * or error findings), 2 when the file cannot be read or is not JSON, or the arguments are wrong.
 * With `--json` it prints `{ ok, findings: [{ severity, code, path, message }], programs, timeline,
 * calendar, completeness }`.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { runProgram } from './commands/program.js';
 * const code = await runProgram(['examples/programs/dong-nai-lam-dong-binh-phuoc.json', '--year', '2017', '--json'], {
 *   stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), readFile: (p) => readFile(p),
 * });
 * // code === 0: the seeds' contradictions are warnings
 * ```
 */
export async function runProgram(argv: readonly string[], io: ProgramIo): Promise<number> {
  const stdout = io.stdout ?? io.out ?? (() => undefined);
  const stderr = io.stderr ?? io.err ?? (() => undefined);
  let args: Args;
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'help') {
      stdout(`${m('usage', {}, langOf(argv))}\n`);
      return 0;
    }
    args = parsed;
  } catch (e) {
    if (!(e instanceof Usage)) throw e;
    const lang = langOf(argv);
    stderr(`hoptac program: ${e.message}\n${m('usage', {}, lang)}\n`);
    return 2;
  }
  const { lang } = args;

  let bytes: Uint8Array;
  try {
    bytes = io.readFile === undefined ? await defaultReadFile(args.file, io.cwd) : await io.readFile(args.file);
  } catch (e) {
    stderr(`${m('unreadable', { file: args.file, reason: e instanceof Error ? e.message : String(e) }, lang)}\n`);
    return 2;
  }
  let json: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    json = JSON.parse(text) as unknown;
  } catch (e) {
    stderr(`${m('notJson', { file: args.file, reason: e instanceof Error ? e.message : String(e) }, lang)}\n`);
    return 2;
  }

  const loaded = safeLoadPrograms(json);
  let file: ProgramFile | undefined;
  const findings: OutFinding[] = [];
  if (loaded.success) {
    file = loaded.data;
    for (const f of checkPrograms(file)) findings.push({ severity: f.severity, code: f.code, path: formatPath(f.path), message: lang === 'vi' ? f.messageVi : f.message });
  } else {
    const issues = loaded.error.issues.length > 0 ? loaded.error.issues : [{ path: [], message: loaded.error.messageIn(lang) }];
    for (const i of issues) findings.push({ severity: 'error', code: 'invalid-program', path: formatPath(i.path), message: i.message });
  }

  const calendar = file !== undefined && args.year !== undefined ? reportingCalendar(file.programs, String(args.year)) : undefined;

  let complete: { program: string; result: Completeness }[] | undefined;
  if (args.workbook !== undefined && file !== undefined) {
    if (io.readWorkbookModel === undefined) {
      stderr(`${m('noWorkbookReader', {}, lang)}\n`);
      return 2;
    }
    let set: ObservationSet;
    try {
      set = (await io.readWorkbookModel(args.workbook)).observations;
    } catch (e) {
      stderr(`${m('unreadable', { file: args.workbook, reason: isHoptacError(e) ? e.messageIn(lang) : e instanceof Error ? e.message : String(e) }, lang)}\n`);
      return 2;
    }
    complete = [];
    for (const p of file.programs) {
      if (p.obligations.length === 0) continue;
      const span = args.year === undefined ? undefined : String(args.year);
      const result = completeness(p, set, span === undefined ? {} : { span });
      if (result.reports.length > 0) complete.push({ program: p.code, result });
    }
  }

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const timeline = file === undefined ? undefined : programTimeline(file);

  if (args.json) {
    const out = {
      ok: errors === 0,
      findings,
      programs: file?.programs ?? null,
      boards: file?.boards ?? null,
      timeline: timeline?.map((e) => ({ date: e.date, kind: e.kind, ...(e.program === undefined ? {} : { program: e.program }), ...(e.board === undefined ? {} : { board: e.board }), text: lang === 'vi' ? e.textVi : e.text })) ?? null,
      calendar: calendar === undefined ? null : { year: args.year, reports: calendar },
      completeness: complete ?? null,
    };
    stdout(`${JSON.stringify(out, null, 2)}\n`);
    return errors > 0 ? 1 : 0;
  }

  const lines: string[] = [];
  if (timeline !== undefined) {
    lines.push(m('timeline', {}, lang));
    for (const e of timeline) lines.push(`  ${e.date.padEnd(10)}  ${lang === 'vi' ? e.textVi : e.text}`);
    lines.push('');
  }
  if (calendar !== undefined) {
    lines.push(m('calendar', { year: args.year ?? '', count: calendar.length }, lang));
    for (const r of calendar) lines.push(`  ${calendarLine(r, lang)}`);
    lines.push('');
  }
  if (complete !== undefined) {
    lines.push(m('completeness', { file: args.workbook ?? '' }, lang));
    for (const { program, result } of complete) {
      for (const p of result.byParty) {
        const missing = result.missing.filter((c) => c.party === p.party).length;
        lines.push(`  ${m('completenessLine', { program, party: p.party, reported: p.reported, expected: p.expected, rate: p.rate ?? '-', missing }, lang)}`);
      }
    }
    lines.push('');
  }
  lines.push(m('findings', { errors, warnings }, lang));
  if (findings.length === 0) lines.push(`  ${m('noFindings', {}, lang)}`);
  for (const f of findings) lines.push(`  ${m(f.severity, {}, lang)}  ${f.code}  ${f.path}: ${f.message}`);
  stdout(`${lines.join('\n')}\n`);
  return errors > 0 ? 1 : 0;
}

function calendarLine(r: ReportDue, lang: Lang): string {
  return m(
    'calendarLine',
    {
      due: r.due,
      party: r.party.padEnd(4),
      period: r.period.padEnd(7),
      cadence: m(r.cadence, {}, lang),
      stage: m(r.stage, {}, lang),
      program: r.program,
      indicators: r.indicators.length,
    },
    lang,
  );
}
