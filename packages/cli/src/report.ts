/**
 * What the commands print: the JSON shapes of the contract and the readable reports. Pure functions
 * from results to text, so tests can pin them without files.
 */
import { formatDecimal, MEASURES, Period } from 'hoptac';
import type { Catalogue, ConsolidatedRow, MissingItem, Param, RuleStats } from 'hoptac';
import { findingMessage, findingTotals } from 'hoptac/workbook';
import type { Finding, FindingTotals } from 'hoptac/workbook';
import { jsonText } from './json-text.js';
import { t } from './messages.js';
import { rowJson } from './row-json.js';
import type { RowJson } from './row-json.js';
import { terminalSafe } from './safe-text.js';
import type { Lang, TextKey } from './messages.js';

export { rowJson } from './row-json.js';
export type { MissingItemJson, MissingJson, RowJson } from './row-json.js';

/** One finding as `--json` prints it: exactly these keys; `sheet` and `cell` are null when absent. */
export interface FindingJson {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  /** the message's params, codes as codes (indicator, board, month `YYYY-MM`, ...) */
  readonly params: Readonly<Record<string, Param>>;
}

/** What `hoptac check --json` prints (and `checkFile` resolves to). */
export interface CheckJson {
  readonly ok: boolean;
  readonly findings: readonly FindingJson[];
  /** exact totals and each code's exact count, also when the list of details is capped */
  readonly counts: CountsJson;
  /** each validation rule's counts: evaluated, violated, skipped for a missing part (see the Rules sheet) */
  readonly rules: readonly RuleStats[];
}

/** The `counts` of `--json`. */
export interface CountsJson {
  readonly errors: number;
  readonly warnings: number;
  readonly byCode: Readonly<Record<string, number>>;
}

/**
 * What `hoptac consolidate --json` prints (and `consolidateFile` resolves to). `period` is null
 * when none was asked for and the workbook has errors; `rows` is empty when it has errors.
 */
export interface ConsolidationJson {
  readonly period: string | null;
  readonly rows: readonly RowJson[];
  readonly findings: readonly FindingJson[];
  readonly counts: CountsJson;
}

export function findingJson(f: Finding, lang: Lang): FindingJson {
  return { severity: f.severity, code: f.code, sheet: f.sheet ?? null, cell: f.cell ?? null, message: findingMessage(f, lang), params: f.params };
}

/** The `check --json` object of an analysis. */
export function checkJson(a: { readonly findings: readonly Finding[]; readonly counts?: Readonly<Record<string, number>>; readonly rules?: readonly RuleStats[] }, lang: Lang): CheckJson {
  const tot = findingTotals(a.findings, a.counts, a.rules);
  return { ok: tot.errors === 0, findings: a.findings.map((f) => findingJson(f, lang)), counts: countsJson(tot), rules: a.rules ?? [] };
}

export function consolidationJson(
  a: { readonly period?: string; readonly rows?: readonly ConsolidatedRow[]; readonly findings: readonly Finding[]; readonly counts?: Readonly<Record<string, number>>; readonly rules?: readonly RuleStats[] },
  lang: Lang,
): ConsolidationJson {
  return { period: a.period ?? null, rows: (a.rows ?? []).map(rowJson), findings: a.findings.map((f) => findingJson(f, lang)), counts: countsJson(findingTotals(a.findings, a.counts, a.rules)) };
}

// how the rows' key starts its line in jsonText of a ConsolidationJson (a top-level key, after `period`)
const ROWS_KEY = '\n  "rows": ';

/**
 * What `hoptac consolidate --json` prints, in the order printed: `jsonText(consolidationJson(a, lang))`,
 * the same text to the byte. When the analysis worker gave the rows as UTF-8 bytes (`rowsJsonBytes`,
 * for a job with `rowsJson`), the text around them is one piece before and one after, and the
 * bytes are the piece between, written as they are: the rows are never objects in this thread, nor
 * text.
 */
export function consolidationJsonPieces(a: Parameters<typeof consolidationJson>[0] & { readonly rowsJsonBytes?: Uint8Array }, lang: Lang): readonly (string | Uint8Array)[] {
  if (a.rowsJsonBytes === undefined) return [jsonText(consolidationJson(a, lang))];
  const text = jsonText(consolidationJson({ ...a, rows: [] }, lang));
  // the first match is the key's own: a JSON string never holds `"` unescaped, so `"rows": ` never matches inside `period`
  const at = text.indexOf(`${ROWS_KEY}[]`) + ROWS_KEY.length;
  return [text.slice(0, at), a.rowsJsonBytes, text.slice(at + '[]'.length)];
}

/** {@link consolidationJsonPieces} as one text (the bytes decoded). */
export function consolidationJsonText(a: Parameters<typeof consolidationJsonPieces>[0], lang: Lang): string {
  return consolidationJsonPieces(a, lang)
    .map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p)))
    .join('');
}

/**
 * The `counts` object of `--json` from the library's one counter (`findingTotals`, given the model's
 * exact `counts` and its `rules`, as the `Kiểm tra` sheet and the add-in count).
 */
export function countsJson(tot: FindingTotals): CountsJson {
  return { errors: tot.errors, warnings: tot.warnings, byCode: tot.byCode };
}

/** A decimal string with the language's grouping: `1.234.567,5` (vi) or `1,234,567.5` (en); the library's one definition. */
export { formatDecimal } from 'hoptac';

function width(s: string): number {
  // NFC Vietnamese letters are one code point each; combining marks take no column.
  return [...s.normalize('NFC')].filter((c) => !/\p{M}/u.test(c)).length;
}

function pad(s: string, w: number, right: boolean): string {
  const n = Math.max(0, w - width(s));
  return right ? ' '.repeat(n) + s : s + ' '.repeat(n);
}

/** A plain text table; `right[i]` right-aligns column i. Control characters are shown escaped. */
export function table(rawRows: readonly (readonly string[])[], right: readonly boolean[]): string {
  const rows = rawRows.map((r) => r.map(terminalSafe));
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows.map((r) => r.map((c, i) => pad(c, widths[i] ?? 0, right[i] === true)).join('  ').trimEnd()).join('\n');
}

/** The readable `check` report: totals, then findings grouped by sheet (workbook-level first). */
export function checkReport(findings: readonly Finding[], lang: Lang, header: readonly string[], totals: FindingTotals = findingTotals(findings)): string {
  const { errors, warnings } = totals;
  const lines = [...header, t(lang, errors > 0 ? 'result-errors' : 'result-ok', { errors, warnings })];
  if (findings.length === 0) {
    lines.push('', t(lang, 'no-findings'));
    return `${lines.join('\n')}\n`;
  }
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet ?? '';
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [f]);
    else g.push(f);
  }
  const order = [...groups.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : 0));
  for (const key of order) {
    const g = groups.get(key)!;
    const c = findingTotals(g);
    const counts = [c.errors > 0 ? t(lang, 'n-errors', { n: c.errors }) : '', c.warnings > 0 ? t(lang, 'n-warnings', { n: c.warnings }) : ''].filter((s) => s !== '').join(', ');
    lines.push('', key === '' ? t(lang, 'workbook-group', { counts }) : t(lang, 'sheet-group', { sheet: terminalSafe(key), counts }));
    const rows = g.map((f) => [`  ${t(lang, f.severity)}`, f.cell ?? '', f.code, findingMessage(f, lang)]);
    lines.push(table(rows, [false, false, false, false]));
  }
  return `${lines.join('\n')}\n`;
}

/** The inputs a block's missing figures lacked, said briefly: months by board, targets by year. */
function missingSummary(group: readonly ConsolidatedRow[], lang: Lang): string | undefined {
  const months: string[] = [];
  const targets = new Map<number, Set<string>>();
  let uncounted = 0;
  for (const r of group) {
    if (r.missing === undefined) continue;
    uncounted = Math.max(uncounted, r.missing.count - r.missing.items.length);
    for (const it of r.missing.items) {
      if (it.what === 'target' && it.year !== undefined) {
        const set = targets.get(it.year) ?? new Set<string>();
        set.add(it.board);
        targets.set(it.year, set);
        continue;
      }
      const s = missingItemText(it, lang);
      if (!months.includes(s)) months.push(s);
    }
  }
  const parts = months.slice(0, 6);
  // a target is missing only where some boards have one (no board with one: `no-plan`, no note)
  for (const [year, set] of targets) parts.push(lang === 'vi' ? `kế hoạch năm ${year} của ${[...set].join(', ')}` : `the ${year} target of ${[...set].join(', ')}`);
  if (parts.length === 0) return undefined;
  const rest = months.length - Math.min(months.length, 6) + uncounted;
  return `${t(lang, 'missing-detail', { items: parts.join('; ') })}${rest > 0 ? ` ${t(lang, 'and-more', { n: rest })}` : ''}`;
}

/** One input a missing figure lacked, in words: `BP Tháng 11/2018`, `BP kế hoạch 2017`, `BP chưa có tháng nào`. */
export function missingItemText(item: MissingItem, lang: Lang): string {
  switch (item.what) {
    case 'month':
      return `${item.board} ${item.month === undefined ? '' : Period.label(Period.parse(item.month), lang)}`.trim();
    case 'target':
      return `${item.board} ${lang === 'vi' ? 'kế hoạch' : 'target'} ${item.year ?? ''}`.trim();
    case 'history':
      return `${item.board} ${lang === 'vi' ? 'chưa có tháng nào' : 'no month reported'}`;
  }
}

/** The readable `consolidate` report: one block per indicator, boards and the total as rows, measures as columns. */
export function consolidationReport(rows: readonly ConsolidatedRow[], catalogue: Catalogue, boards: readonly string[], lang: Lang): string {
  const byIndicator = new Map<string, ConsolidatedRow[]>();
  for (const r of rows) {
    const g = byIndicator.get(r.indicator);
    if (g === undefined) byIndicator.set(r.indicator, [r]);
    else g.push(r);
  }
  const out: string[] = [];
  for (const [code, group] of byIndicator) {
    const ind = catalogue.indicators.find((i) => i.code === code);
    const name = ind === undefined ? code : lang === 'vi' ? ind.nameVi : ind.nameEn;
    const measures = MEASURES.filter((m) => group.some((r) => r.measure === m));
    const rowBoards = [...boards.filter((b) => group.some((r) => r.board === b)), ...new Set(group.map((r) => r.board).filter((b) => !boards.includes(b)))];
    const head = [t(lang, 'col-board'), ...measures.map((m) => t(lang, `m-${m}` as TextKey))];
    const body = rowBoards.map((b) => [
      b === 'ALL' ? t(lang, 'all-boards') : b,
      ...measures.map((m) => {
        const r = group.find((x) => x.board === b && x.measure === m);
        if (r === undefined) return '';
        if (r.status === 'missing') return t(lang, 'value-missing');
        if (r.status === 'no-plan') return t(lang, 'value-no-plan');
        if (r.status === 'undefined' || r.value === null) return t(lang, 'value-undefined');
        return formatDecimal(r.value, lang);
      }),
    ]);
    out.push(terminalSafe(`${name} (${group[0]!.unit}) [${code}]`));
    out.push(table([head, ...body], [false, ...measures.map(() => true)]).replace(/^/gm, '  '));
    const note = missingSummary(group, lang);
    if (note !== undefined) out.push(`  ${terminalSafe(note)}`);
    out.push('');
  }
  return `${out.join('\n')}`;
}
