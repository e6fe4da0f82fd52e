/**
 * Section I of the review report: results by indicator group, each with its sentences (the total,
 * then each board), a table of the measures and a bar chart of the boards against last year.
 */
import { ALL, type ConsolidatedRow } from '../consolidate/types.js';
import type { Indicator } from '../indicator/types.js';
import { label as periodLabel } from '../period/format.js';
import { parse as parsePeriod } from '../period/parse.js';
import { INDICATOR_GROUPS } from '../program/groups.js';
import type { IndicatorGroup } from '../program/types.js';
import type { ReportContext } from './context.js';
import { changeFromPct, writeNumber, writeRounded } from './format.js';
import type { Block, Cell, Figure, Run, Table } from './types.js';
import { cellLength, lowerFirst, merge, shiftYear, unitName, upperFirst } from './words.js';

/** The groups, in the order the boards report them, each with its chart's indicator. */
const GROUPS: readonly (readonly [IndicatorGroup, string])[] = [
  ['investment', 'fdi_capital_new'],
  ['production', 'export_value'],
  ['labour', 'workers_total'],
  ['land', 'leased_land_area'],
  ['environment', 'wastewater_plants'],
];

const TABLE_MEASURES = ['value', 'ytd', 'same_period_last_year', 'ytd_target_pct', 'cumulative'] as const;

/** Section I's blocks: a heading, then per group its sentences, table and chart, then the rounding note. */
export function resultsSection(x: ReportContext): Block[] {
  const { c, w } = x;
  const body: Block[] = [x.heading(w('s1'), 1)];
  let groupNo = 0;
  let tableNo = 0;
  const present = new Set(c.indicators);
  for (const [group, chartIndicator] of GROUPS) {
    const codes = (INDICATOR_GROUPS.get(group) ?? []).filter((code) => present.has(code) && x.indicators.has(code));
    if (codes.length === 0) continue;
    groupNo++;
    body.push(x.heading(`${groupNo}. ${w(`group.${group}`)}`, 2));
    for (const code of codes) body.push(x.para(allSentence(x, x.indicators.get(code)!)));
    const boardSentences = c.boards.map((b) => boardSentence(x, b, codes));
    if (boardSentences.length > 0) {
      body.push(x.para([{ text: w('inWhich') }]));
      for (const s of boardSentences) body.push(x.para(s, { bullet: true }));
    }
    tableNo++;
    body.push(groupTable(x, tableNo, group, codes));
    const chartCode = present.has(chartIndicator) ? chartIndicator : codes.find((code) => x.indicators.get(code)?.kind !== 'ratio');
    if (chartCode !== undefined) body.push(groupFigure(x, tableNo, x.indicators.get(chartCode)!));
  }
  body.push(x.para([{ text: w('roundingNote'), italic: true }], { note: true }));
  return body;
}

function unitText(x: ReportContext, i: Indicator): string {
  return i.unit === '%' ? '%' : ` ${unitName(i.unit, x.lang)}`;
}

/** The sentence on an indicator's total: the figure, year to date, % of plan, change on last year. */
function allSentence(x: ReportContext, i: Indicator): Run[] {
  const { w, lang } = x;
  const v = x.row(i.code, ALL, 'value');
  const base = { name: x.name(i), period: x.periodText, of: x.ofBoards };
  if (v === undefined || v.status !== 'ok' || v.value === null) {
    return [{ text: `${upperFirst(w('notANumber', { ...base, what: x.notNumber(v) }), lang)}.` }];
  }
  const key = i.kind === 'flow' ? 'flowReached' : 'stockWas';
  const [before, after] = w(key, { ...base, value: '\u0000' }).split('\u0000');
  const runs: Run[] = [{ text: upperFirst(before ?? '', lang) }, x.figure(v, writeRounded(v.value, lang)), { text: `${unitText(x, i)}${after ?? ''}` }];
  if (i.kind !== 'ratio') {
    if (x.period.kind !== 'year' && i.kind === 'flow') {
      const ytd = x.row(i.code, ALL, 'ytd');
      if (ytd?.status === 'ok' && ytd.value !== null) {
        const [b2] = w('ytdPart', { value: '\u0000' }).split('\u0000');
        runs.push({ text: b2 ?? '' }, x.figure(ytd, writeRounded(ytd.value, lang)), { text: unitText(x, i) });
      }
    }
    const plan = x.row(i.code, ALL, 'ytd_target_pct');
    const target = x.row(i.code, ALL, 'target');
    if (plan?.status === 'ok' && plan.value !== null) {
      const [b3, a3] = w('ofPlan', { pct: '\u0000' }).split('\u0000');
      runs.push({ text: b3 ?? '' }, x.figure(plan, writeNumber(plan.value, lang)), { text: a3 ?? '' });
    } else if (plan !== undefined && target !== undefined && x.c.boards.some((b) => x.row(i.code, b, 'target')?.status === 'ok')) {
      runs.push({ text: w('planMissing', { what: x.notNumber(plan) }) });
    }
    const pct = x.row(i.code, ALL, 'vs_last_year_pct');
    if (pct?.status === 'ok' && pct.value !== null) runs.push(...changeRuns(x, pct, pct.value));
    else if (pct !== undefined) runs.push({ text: w('lastYearMissing', { what: x.notNumber(pct) }) });
  }
  runs.push({ text: '.' });
  return merge(runs);
}

function changeRuns(x: ReportContext, r: ConsolidatedRow, pct: string): Run[] {
  const ch = changeFromPct(pct);
  if (ch.direction === 'level') return [{ text: x.w('level') }];
  const [b, a] = x.w(ch.direction, { pct: '\u0000' }).split('\u0000');
  return [{ text: b ?? '' }, x.figure(r, writeNumber(ch.amount, x.lang)), { text: a ?? '' }];
}

/** One board's sentence on a group: each indicator's figure and its change on last year. */
function boardSentence(x: ReportContext, board: string, codes: readonly string[]): Run[] {
  const { w, lang } = x;
  const runs: Run[] = [{ text: `${x.boardName(board)}: ` }];
  codes.forEach((code, k) => {
    const i = x.indicators.get(code)!;
    const v = x.row(code, board, 'value');
    if (k > 0) runs.push({ text: '; ' });
    runs.push({ text: `${lowerFirst(x.name(i), lang)} ` });
    if (v === undefined || v.status !== 'ok' || v.value === null) {
      runs.push({ text: x.notNumber(v) });
      return;
    }
    runs.push(x.figure(v, writeRounded(v.value, lang)), { text: unitText(x, i) });
    const pct = x.row(code, board, 'vs_last_year_pct');
    if (pct?.status === 'ok' && pct.value !== null) {
      const ch = changeFromPct(pct.value);
      if (ch.direction === 'level') runs.push({ text: ` (${w('level').replace(/^, /, '')})` });
      else {
        const [b, a] = w(ch.direction, { pct: '\u0000' }).split('\u0000');
        runs.push({ text: ` (${(b ?? '').replace(/^, /, '')}` }, x.figure(pct, writeNumber(ch.amount, lang)), { text: `${a ?? ''})` });
      }
    }
  });
  runs.push({ text: '.' });
  return merge(runs);
}

function groupTable(x: ReportContext, no: number, group: IndicatorGroup, codes: readonly string[]): Table {
  const { c, w, lang } = x;
  const cols = [...c.boards, ALL];
  const head1: Cell[] = [
    { runs: [{ text: w('colIndicator') }], align: 'center', bold: true },
    { runs: [{ text: w('colUnit') }], align: 'center', bold: true },
    ...TABLE_MEASURES.map((m): Cell => ({ runs: [{ text: w(`m.${m}`) }], align: 'center', span: cols.length, bold: true })),
  ];
  const head2: Cell[] = [{ runs: [] }, { runs: [] }, ...TABLE_MEASURES.flatMap(() => cols.map((b): Cell => ({ runs: [{ text: b === ALL ? w('total') : b }], align: 'center', bold: true })))];
  const body = codes.map((code): Cell[] => {
    const i = x.indicators.get(code)!;
    return [
      { runs: [{ text: upperFirst(x.name(i), lang) }], align: 'left' },
      { runs: [{ text: unitName(i.unit, lang) }], align: 'center' },
      ...TABLE_MEASURES.flatMap((m) =>
        cols.map((b): Cell => {
          const r = x.row(code, b, m);
          if (r === undefined) return { runs: [{ text: w('cellNotApplicable') }], align: 'center' };
          if (r.status === 'ok' && r.value !== null) return { runs: [x.figure(r, writeNumber(r.value, lang))], align: 'right' };
          return { runs: [{ text: w(r.status === 'undefined' ? 'cellUndefined' : r.status === 'no-plan' ? 'cellNoPlan' : 'cellMissing') }], align: 'center' };
        }),
      ),
    ];
  });
  return {
    kind: 'table',
    caption: w('tableCaption', { n: no, group: w(`group.${group}`), period: x.periodText }),
    // each figure column as wide as its longest text (so numbers do not wrap), the names take the rest
    widths: [30, 9, ...body[0]!.slice(2).map((_, k) => Math.max(4, ...body.map((r) => cellLength(r[k + 2]))) + 1)],
    header: [head1, head2],
    rows: body,
    wide: true,
  };
}

function groupFigure(x: ReportContext, no: number, i: Indicator): Figure {
  const { c, lang } = x;
  const thisPeriod = periodLabel(x.period, lang);
  const lastPeriod = periodLabel(parsePeriod(shiftYear(c.period)), lang);
  const values = (measure: string) =>
    c.boards.map((b) => {
      const r = x.row(i.code, b, measure);
      return r?.status === 'ok' ? r.value : null;
    });
  return {
    kind: 'figure',
    chart: {
      type: 'bar',
      title: `${upperFirst(x.name(i), lang)} (${unitName(i.unit, lang)})`,
      unit: unitName(i.unit, lang),
      categories: [...c.boards],
      series: [
        { name: thisPeriod, values: values('value') },
        { name: lastPeriod, values: values('same_period_last_year') },
      ],
    },
    caption: x.w('figureCaption', { n: no, name: upperFirst(x.name(i), lang), period: x.periodText, unit: unitName(i.unit, lang) }),
  };
}
