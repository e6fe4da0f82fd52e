/**
 * What every section of the review report shares: the language and its words, the period, the
 * boards' names, the consolidated rows by key, and the small builders of runs and paragraphs.
 * Built once per report by {@link reportContext}.
 */
import { type ConsolidatedRow, type Consolidation, type MissingSummary } from '../consolidate/types.js';
import type { Indicator } from '../indicator/types.js';
import { type Lang, type MessageKey, messageTextOf } from '../messages/index.js';
import { label as periodLabel } from '../period/format.js';
import { parse as parsePeriod } from '../period/parse.js';
import type { Period } from '../period/types.js';
import type { Board } from '../program/types.js';
import type { ReportInput } from './build.js';
import { writeNumber } from './format.js';
import type { Paragraph, Run } from './types.js';
import { lowerFirst, monthLabel } from './words.js';

type Params = Readonly<Record<string, string | number>>;

/** A key of the report's section of the catalogue (`report.<key>`). */
export type ReportTextKey = MessageKey extends infer K ? (K extends `report.${infer T}` ? T : never) : never;

const VI_COUNT = ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const EN_COUNT = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export interface ReportContext {
  readonly input: ReportInput;
  readonly lang: Lang;
  readonly c: Consolidation;
  readonly period: Period;
  /** the period inside a sentence: 'năm 2017', 'quý IV/2017'; '2017', 'Q4 2017', 'first half of 2017' */
  readonly periodText: string;
  /** 'của ba Ban' / 'of the three boards' */
  readonly ofBoards: string;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly boardInfo: ReadonlyMap<string, { readonly name?: string; readonly province?: string }>;
  readonly programBoards: ReadonlyMap<string, Board>;
  /** a report text in the report's language */
  w(key: ReportTextKey, params?: Params): string;
  boardName(code: string): string;
  row(indicator: string, board: string, measure: string): ConsolidatedRow | undefined;
  name(i: Indicator): string;
  /** a run that shows a consolidated figure (and says which) */
  figure(r: ConsolidatedRow, text: string): Run;
  /** what a missing figure lacks, in words */
  missingText(m: MissingSummary | undefined): string;
  /** why a row has no number, in words */
  notNumber(r: ConsolidatedRow | undefined): string;
  para(runs: readonly Run[], extra?: Partial<Omit<Paragraph, 'kind' | 'runs'>>): Paragraph;
  heading(text: string, level: 1 | 2): Paragraph;
}

export function reportContext(input: ReportInput): ReportContext {
  const lang = input.lang ?? 'vi';
  const w = (key: ReportTextKey, params: Params = {}): string => messageTextOf(lang, `report.${key}`, params) ?? key;
  const c = input.consolidation;
  const period = parsePeriod(c.period);
  const periodText = lang === 'vi' ? lowerFirst(periodLabel(period, lang), lang) : period.kind === 'year' ? String(period.year) : period.kind === 'half' ? lowerFirst(periodLabel(period, lang), lang) : periodLabel(period, lang);
  const boardInfo = new Map((input.boards ?? []).map((b) => [b.code, b] as const));
  const programBoards = new Map((input.programBoards ?? []).map((b) => [b.code, b] as const));
  const rows = new Map<string, ConsolidatedRow>();
  for (const r of c.rows) rows.set(`${r.indicator}|${r.board}|${r.measure}`, r);
  const n = c.boards.length;
  const countWord = (lang === 'vi' ? VI_COUNT : EN_COUNT)[n];
  const missingText = (m: MissingSummary | undefined): string => {
    if (m === undefined) return '';
    const items = m.items.map((it) =>
      it.what === 'month'
        ? w('missMonth', { month: monthLabel(it.month ?? '', lang), board: it.board })
        : it.what === 'target'
          ? w('missTarget', { year: it.year ?? '', board: it.board })
          : w('missHistory', { board: it.board, month: monthLabel(it.month ?? '', lang) }),
    );
    const unique = [...new Set(items)];
    const more = m.count - m.items.length;
    return `${unique.join(', ')}${more > 0 ? `, ${w('andMore', { n: writeNumber(String(more), lang) })}` : ''}`;
  };
  return {
    input,
    lang,
    c,
    period,
    periodText,
    ofBoards: countWord === undefined || n < 2 ? w('ofAllBoards') : w('ofBoards', { n: countWord }),
    indicators: new Map(input.catalogue.indicators.map((i) => [i.code, i] as const)),
    boardInfo,
    programBoards,
    w,
    boardName: (code) => {
      const pb = programBoards.get(code);
      if (pb !== undefined) return lang === 'vi' ? pb.nameVi : pb.nameEn;
      const b = boardInfo.get(code);
      return b?.name !== undefined && b.name !== '' ? b.name : code;
    },
    row: (indicator, board, measure) => rows.get(`${indicator}|${board}|${measure}`),
    name: (i) => (lang === 'vi' ? i.nameVi : i.nameEn),
    figure: (r, text) => ({ text, figure: { indicator: r.indicator, board: r.board, measure: r.measure } }),
    missingText,
    notNumber: (r) => (r === undefined ? w('notEnough', { items: '' }) : r.status === 'undefined' ? w('undefinedFigure') : w('notEnough', { items: missingText(r.missing) })),
    para: (runs, extra = {}) => ({ kind: 'paragraph', runs, align: 'justify', ...extra }),
    heading: (text, level) => ({ kind: 'paragraph', runs: [{ text, bold: true }], heading: level, align: 'left' }),
  };
}
