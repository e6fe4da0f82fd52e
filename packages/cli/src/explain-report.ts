/**
 * What `hoptac explain` prints: the JSON shape of one explained figure (and `explainFile`'s result)
 * and its readable text. Pure functions from an explanation to text, so tests can pin them.
 */
import { Period } from 'hoptac';
import type { Catalogue, Explanation, ExplanationInput, ExplanationRule, Measure, RowStatus, RuleStats } from 'hoptac';
import type { Finding } from 'hoptac/workbook';
import { t } from './messages.js';
import type { Lang, TextKey } from './messages.js';
import { findingTotals } from 'hoptac/workbook';
import { countsJson, findingJson, formatDecimal, missingItemText, table } from './report.js';
import type { CountsJson, FindingJson, MissingJson } from './report.js';
import { terminalSafe } from './safe-text.js';

/** One value an explained figure used, as `--json` prints it: `month`, `year`, `sheet`, `cell` are null when they do not apply. */
export interface ExplanationInputJson {
  readonly board: string;
  readonly indicator: string;
  /** `month`: a board's monthly value; `opening`: its opening total; `target`: its target for the year */
  readonly kind: 'month' | 'opening' | 'target';
  readonly month: string | null;
  readonly year: number | null;
  /** exact decimal text, in the indicator's catalogue unit */
  readonly value: string;
  /** the source cell: sheet name and A1 reference */
  readonly sheet: string | null;
  readonly cell: string | null;
  /** true when the month is still an estimate (ước tính) */
  readonly estimated: boolean;
}

/** How a ratio or percentage was rounded: once, half away from zero, from the exact quotient. */
export interface ExplanationRoundingJson {
  readonly numerator: string;
  readonly denominator: string;
  readonly multiplier: '1' | '100';
  readonly decimals: number;
}

/** One explained figure as `--json` prints it. */
export interface ExplanationJson {
  readonly indicator: string;
  /** a board code or `ALL` */
  readonly board: string;
  readonly measure: Measure;
  readonly period: string;
  readonly value: string | null;
  readonly unit: string;
  readonly status: RowStatus;
  /** `flow-sum-of-months`, `flow-opening-plus-months`, `stock-last-month`, `ratio-of-parts`, `percentage-of-figures`, `target-of-year` or `sum-of-boards` */
  readonly rule: ExplanationRule;
  /** the rule in words, in `--lang` */
  readonly text: string;
  /** every value it used, with its source cell (a ratio's or percentage's are in `parts`) */
  readonly inputs: readonly ExplanationInputJson[];
  /** what it lacked (exact count, first 20 items); null unless the status is `missing` */
  readonly missing: MissingJson | null;
  readonly rounding: ExplanationRoundingJson | null;
  /** a ratio's or percentage's numerator and denominator figures, explained the same way */
  readonly parts: readonly [ExplanationJson, ExplanationJson] | null;
}

/** What `hoptac explain --json` prints (and `explainFile` resolves to); `figure` is null when the workbook has errors. */
export interface ExplainJson {
  readonly period: string | null;
  readonly figure: ExplanationJson | null;
  readonly findings: readonly FindingJson[];
  readonly counts: CountsJson;
}

const isPct = (m: Measure) => m === 'vs_last_year_pct' || m === 'ytd_target_pct';

function unitOf(e: Explanation, catalogue: Catalogue): string {
  const ind = catalogue.indicators.find((i) => i.code === e.indicator);
  return isPct(e.measure) && ind?.kind !== 'ratio' ? '%' : (ind?.unit ?? '');
}

function inputJson(i: ExplanationInput): ExplanationInputJson {
  return {
    board: i.board,
    indicator: i.indicator,
    kind: i.kind,
    month: i.month ?? null,
    year: i.year ?? null,
    value: i.value,
    sheet: i.source?.sheet ?? null,
    cell: i.source?.cell ?? null,
    estimated: i.estimated === true,
  };
}

/** The `--json` shape of an explanation (parts included), with its words in `lang`. */
export function explanationJson(e: Explanation, catalogue: Catalogue, lang: Lang): ExplanationJson {
  return {
    indicator: e.indicator,
    board: e.board,
    measure: e.measure,
    period: e.period,
    value: e.value,
    unit: unitOf(e, catalogue),
    status: e.status,
    rule: e.rule,
    text: e.text[lang],
    inputs: e.inputs.map(inputJson),
    missing:
      e.status === 'missing' && e.missing !== undefined
        ? { count: e.missing.count, items: e.missing.items.map((i) => ({ board: i.board, indicator: i.indicator, what: i.what, month: i.month ?? null, year: i.year ?? null })) }
        : null,
    rounding: e.rounding === undefined ? null : { numerator: e.rounding.numerator, denominator: e.rounding.denominator, multiplier: e.rounding.multiplier, decimals: e.rounding.decimals },
    parts: e.parts === undefined ? null : [explanationJson(e.parts[0], catalogue, lang), explanationJson(e.parts[1], catalogue, lang)],
  };
}

/** The `explain --json` object of an analysis. */
export function explainJson(
  a: { readonly period?: string; readonly explanation?: Explanation; readonly catalogue: Catalogue; readonly findings: readonly Finding[]; readonly counts?: Readonly<Record<string, number>>; readonly rules?: readonly RuleStats[] },
  lang: Lang,
): ExplainJson {
  return {
    period: a.period ?? null,
    figure: a.explanation === undefined ? null : explanationJson(a.explanation, a.catalogue, lang),
    findings: a.findings.map((f) => findingJson(f, lang)),
    counts: countsJson(findingTotals(a.findings, a.counts, a.rules)),
  };
}

const monthWords = (month: string, lang: Lang) => Period.label(Period.parse(month), lang);

/** When an input applies: its month, `opening`, or its target's year. */
function whenText(i: ExplanationInputJson, lang: Lang): string {
  if (i.kind === 'month' && i.month !== null) return monthWords(i.month, lang);
  if (i.kind === 'opening') return t(lang, 'explain-opening');
  return t(lang, 'explain-target-year', { year: i.year ?? '' });
}

/** The name of an explained figure: indicator (unit) [code] · board · measure. */
function figureName(e: ExplanationJson, catalogue: Catalogue, lang: Lang): string {
  const ind = catalogue.indicators.find((i) => i.code === e.indicator);
  const name = ind === undefined ? e.indicator : lang === 'vi' ? ind.nameVi : ind.nameEn;
  const board = e.board === 'ALL' ? `${t(lang, 'all-boards')} (ALL)` : e.board;
  return `${name} (${e.unit}) [${e.indicator}] · ${board} · ${t(lang, `m-${e.measure}` as TextKey)}`;
}

function valueLine(e: ExplanationJson, lang: Lang): string {
  if (e.status === 'ok' && e.value !== null) return t(lang, 'explain-value', { value: `${formatDecimal(e.value, lang)} ${e.unit}`.trim() });
  return t(lang, `explain-status-${e.status}` as TextKey);
}

/** The lines of one explained figure (and, indented, its parts). */
function figureLines(e: ExplanationJson, catalogue: Catalogue, lang: Lang): string[] {
  const lines = [valueLine(e, lang), t(lang, 'explain-rule', { text: e.text })];
  if (e.parts !== null) {
    const [num, den] = e.parts;
    for (const [key, part] of [['explain-numerator', num], ['explain-denominator', den]] as const) {
      lines.push(`${t(lang, key)}: ${figureName(part, catalogue, lang)}`);
      lines.push(...figureLines(part, catalogue, lang).map((l) => `  ${l}`));
    }
    if (e.rounding !== null && e.value !== null) {
      const r = e.rounding;
      const times = r.multiplier === '100' ? ' × 100' : '';
      lines.push(t(lang, 'explain-rounding', { numerator: formatDecimal(r.numerator, lang), denominator: formatDecimal(r.denominator, lang), times, value: formatDecimal(e.value, lang), decimals: r.decimals }));
    }
  } else if (e.inputs.length > 0) {
    lines.push(t(lang, 'explain-inputs', { n: e.inputs.length, unit: e.unit }));
    const head = [t(lang, 'col-board'), t(lang, 'explain-col-when'), t(lang, 'explain-col-value'), t(lang, 'explain-col-cell')];
    const body = e.inputs.map((i) => [
      i.board,
      whenText(i, lang),
      `${formatDecimal(i.value, lang)}${i.estimated ? t(lang, 'explain-estimated') : ''}`,
      i.sheet === null ? '' : i.cell === null ? i.sheet : `${i.sheet}!${i.cell}`,
    ]);
    lines.push(...table([head, ...body], [false, false, true, false]).split('\n').map((l) => `  ${l}`));
  }
  if (e.missing !== null) {
    const items = [...new Set(e.missing.items.map((i) => missingItemText({ board: i.board, indicator: i.indicator, what: i.what, ...(i.month === null ? {} : { month: i.month }), ...(i.year === null ? {} : { year: i.year }) }, lang)))];
    const more = e.missing.count - e.missing.items.length;
    lines.push(t(lang, 'explain-missing', { n: e.missing.count, items: `${items.join(', ')}${more > 0 ? ` ${t(lang, 'and-more', { n: more })}` : ''}` }));
  }
  return lines;
}

/** The readable `explain` report of one figure: its name and period, value, rule, inputs with their source cells, and what it lacks. */
export function explainReport(e: ExplanationJson, catalogue: Catalogue, lang: Lang, path: string): string {
  const period = Period.label(Period.parse(e.period), lang);
  const lines = [t(lang, 'explain-title', { label: period, period: e.period, path }), figureName(e, catalogue, lang), ...figureLines(e, catalogue, lang)];
  return `${lines.map(terminalSafe).join('\n')}\n`;
}
