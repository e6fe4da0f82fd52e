import { ALL, type ConsolidatedRow, type Consolidation, type MissingSummary } from '../consolidate/types.js';
import type { Catalogue, Indicator } from '../indicator/types.js';
import { fillPlaceholders, type Lang } from '../messages/index.js';
import { REPORT_TEXT, type ReportTextKey } from '../messages/report.js';
import { label as periodLabel } from '../period/format.js';
import { parse as parsePeriod } from '../period/parse.js';
import { bounds, monthIndexText } from '../period/core.js';
import { activitiesBetween } from '../program/activities.js';
import { UNITS } from '../unit/units.js';
import { INDICATOR_GROUPS } from '../program/groups.js';
import type { Activity, Board, IndicatorGroup, Program } from '../program/types.js';
import { changeFromPct, writeNumber, writeRounded } from './format.js';
import type { Block, Cell, Figure, Paragraph, ReportDocument, Run, Table } from './types.js';

/** A board as the report names it. */
export interface ReportBoard {
  readonly code: string;
  readonly name?: string;
  readonly province?: string;
}

/** A workbook finding as the report lists it (its message already in the report's language). */
export interface ReportFinding {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly message: string;
}

/** What {@link buildReport} needs. */
export interface ReportInput {
  /** the period's consolidation (every measure; `consolidate` or `consolidateWorkbook` gives it) */
  readonly consolidation: Consolidation;
  readonly catalogue: Catalogue;
  /** the boards' names and provinces (the workbook's `Boards` sheet); codes stand in for missing names */
  readonly boards?: readonly ReportBoard[];
  /** the workbook's findings, messages in the report's language */
  readonly findings?: readonly ReportFinding[];
  /** the cooperation program the report is about: its title, reviews and activities */
  readonly program?: Program;
  /** the program file's boards (names of activity parties and review hosts) */
  readonly programBoards?: readonly Board[];
  /** the issuing board (a code of `boards`, or a name); default: the host of the period's review */
  readonly by?: string;
  /** the report's date (ISO `2017-12-26`); default: left for the office to fill in */
  readonly date?: string;
  readonly lang?: Lang;
}

type Params = Readonly<Record<string, string | number>>;

/** The groups, in the order the boards report them, each with its chart's indicator. */
const GROUPS: readonly (readonly [IndicatorGroup, string])[] = [
  ['investment', 'fdi_capital_new'],
  ['production', 'export_value'],
  ['labour', 'workers_total'],
  ['land', 'leased_land_area'],
  ['environment', 'wastewater_plants'],
];

const TABLE_MEASURES = ['value', 'ytd', 'same_period_last_year', 'ytd_target_pct', 'cumulative'] as const;
const VI_COUNT = ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const EN_COUNT = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Builds the review report of a period as a pure document model: the heading of an administrative
 * document (Nghị định 30/2020/NĐ-CP), the title, I. results by indicator group (sentences, a table
 * and a bar chart per group), II. cooperation activities from the program, III. shortcomings from
 * the findings and the missing figures, IV. directions, recipients and signature left as
 * `[điền nội dung]` for the office. Every number in it is a consolidated figure (sentences round
 * to 2 places; tables are exact); a missing figure is written as missing, naming what it lacks.
 *
 * @example
 * ```ts
 * import { consolidate, createObservations } from 'hoptac';
 * import { buildReport } from 'hoptac/report';
 * const set = createObservations().board('DN').board('LD')
 *   .addSeries({ board: 'DN', indicator: 'export_value', start: '2016-01', values: Array(24).fill('10') })
 *   .addSeries({ board: 'LD', indicator: 'export_value', start: '2016-01', values: Array(24).fill('5') })
 *   .build();
 * const doc = buildReport({ consolidation: consolidate(set, { period: '2017', indicators: ['export_value'] }), catalogue: (await import('hoptac')).builtInCatalogue });
 * doc.title; // ['BÁO CÁO', 'Kết quả thực hiện Chương trình hợp tác giữa DN và LD năm 2017']
 * ```
 */
export function buildReport(input: ReportInput): ReportDocument {
  const lang = input.lang ?? 'vi';
  const w = (key: ReportTextKey, params: Params = {}): string => fillPlaceholders(REPORT_TEXT[key][lang], params);
  const c = input.consolidation;
  const period = parsePeriod(c.period);
  // inside a sentence: 'năm 2017', 'quý IV/2017'; '2017', 'Q4 2017', 'December 2017', 'first half of 2017'
  const periodText = lang === 'vi' ? lowerFirst(periodLabel(period, lang), lang) : period.kind === 'year' ? String(period.year) : period.kind === 'half' ? lowerFirst(periodLabel(period, lang), lang) : periodLabel(period, lang);
  const boardInfo = new Map((input.boards ?? []).map((b) => [b.code, b] as const));
  const programBoards = new Map((input.programBoards ?? []).map((b) => [b.code, b] as const));
  const boardName = (code: string): string => {
    const pb = programBoards.get(code);
    if (pb !== undefined) return lang === 'vi' ? pb.nameVi : pb.nameEn;
    const b = boardInfo.get(code);
    return b?.name !== undefined && b.name !== '' ? b.name : code;
  };
  const indicators = new Map(input.catalogue.indicators.map((i) => [i.code, i] as const));
  const rows = new Map<string, ConsolidatedRow>();
  for (const r of c.rows) rows.set(`${r.indicator}|${r.board}|${r.measure}`, r);
  const row = (indicator: string, board: string, measure: string) => rows.get(`${indicator}|${board}|${measure}`);
  const name = (i: Indicator): string => (lang === 'vi' ? i.nameVi : i.nameEn);
  const n = c.boards.length;
  const countWord = (lang === 'vi' ? VI_COUNT : EN_COUNT)[n];
  const ofBoards = countWord === undefined || n < 2 ? w('ofAllBoards') : w('ofBoards', { n: countWord });

  const figure = (r: ConsolidatedRow, text: string): Run => ({ text, figure: { indicator: r.indicator, board: r.board, measure: r.measure } });
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
  const notNumber = (r: ConsolidatedRow | undefined): string =>
    r === undefined ? w('notEnough', { items: '' }) : r.status === 'undefined' ? w('undefinedFigure') : w('notEnough', { items: missingText(r.missing) });

  const body: Block[] = [];
  const para = (runs: readonly Run[], extra: Partial<Omit<Paragraph, 'kind' | 'runs'>> = {}): Paragraph => ({ kind: 'paragraph', runs, align: 'justify', ...extra });
  const heading = (text: string, level: 1 | 2): Paragraph => ({ kind: 'paragraph', runs: [{ text, bold: true }], heading: level, align: 'left' });

  // ---------------------------------------------------------------- I. results
  body.push(heading(w('s1'), 1));
  let groupNo = 0;
  let tableNo = 0;
  const present = new Set(c.indicators);
  for (const [group, chartIndicator] of GROUPS) {
    const codes = (INDICATOR_GROUPS.get(group) ?? []).filter((code) => present.has(code) && indicators.has(code));
    if (codes.length === 0) continue;
    groupNo++;
    body.push(heading(`${groupNo}. ${w(`group.${group}`)}`, 2));
    for (const code of codes) body.push(para(allSentence(indicators.get(code)!)));
    const boardSentences = c.boards.map((b) => boardSentence(b, codes));
    if (boardSentences.length > 0) {
      body.push(para([{ text: w('inWhich') }]));
      for (const s of boardSentences) body.push(para(s, { bullet: true }));
    }
    tableNo++;
    body.push(groupTable(tableNo, group, codes));
    const chartCode = present.has(chartIndicator) ? chartIndicator : codes.find((code) => indicators.get(code)?.kind !== 'ratio');
    if (chartCode !== undefined) body.push(groupFigure(tableNo, indicators.get(chartCode)!));
  }
  body.push(para([{ text: w('roundingNote'), italic: true }], { note: true }));

  function unitText(i: Indicator): string {
    return i.unit === '%' ? '%' : ` ${unitName(i.unit, lang)}`;
  }

  function allSentence(i: Indicator): Run[] {
    const v = row(i.code, ALL, 'value');
    const base = { name: name(i), period: periodText, of: ofBoards };
    if (v === undefined || v.status !== 'ok' || v.value === null) {
      return [{ text: `${upperFirst(w('notANumber', { ...base, what: notNumber(v) }), lang)}.` }];
    }
    const key = i.kind === 'flow' ? 'flowReached' : 'stockWas';
    const [before, after] = w(key, { ...base, value: '\u0000' }).split('\u0000');
    const runs: Run[] = [{ text: upperFirst(before ?? '', lang) }, figure(v, writeRounded(v.value, lang)), { text: `${unitText(i)}${after ?? ''}` }];
    if (i.kind !== 'ratio') {
      if (period.kind !== 'year' && i.kind === 'flow') {
        const ytd = row(i.code, ALL, 'ytd');
        if (ytd?.status === 'ok' && ytd.value !== null) {
          const [b2] = w('ytdPart', { value: '\u0000' }).split('\u0000');
          runs.push({ text: b2 ?? '' }, figure(ytd, writeRounded(ytd.value, lang)), { text: unitText(i) });
        }
      }
      const plan = row(i.code, ALL, 'ytd_target_pct');
      const target = row(i.code, ALL, 'target');
      if (plan?.status === 'ok' && plan.value !== null) {
        const [b3, a3] = w('ofPlan', { pct: '\u0000' }).split('\u0000');
        runs.push({ text: b3 ?? '' }, figure(plan, writeNumber(plan.value, lang)), { text: a3 ?? '' });
      } else if (plan !== undefined && target !== undefined && someBoardHasTarget(i.code)) {
        runs.push({ text: w('planMissing', { what: notNumber(plan) }) });
      }
      const pct = row(i.code, ALL, 'vs_last_year_pct');
      if (pct?.status === 'ok' && pct.value !== null) runs.push(...changeRuns(pct, pct.value));
      else if (pct !== undefined) runs.push({ text: w('lastYearMissing', { what: notNumber(pct) }) });
    }
    runs.push({ text: '.' });
    return merge(runs);
  }

  function changeRuns(r: ConsolidatedRow, pct: string): Run[] {
    const ch = changeFromPct(pct);
    if (ch.direction === 'level') return [{ text: w('level') }];
    const [b, a] = w(ch.direction, { pct: '\u0000' }).split('\u0000');
    return [{ text: b ?? '' }, figure(r, writeNumber(ch.amount, lang)), { text: a ?? '' }];
  }

  function someBoardHasTarget(code: string): boolean {
    return c.boards.some((b) => row(code, b, 'target')?.status === 'ok');
  }

  function boardSentence(board: string, codes: readonly string[]): Run[] {
    const runs: Run[] = [{ text: `${boardName(board)}: ` }];
    codes.forEach((code, k) => {
      const i = indicators.get(code)!;
      const v = row(code, board, 'value');
      if (k > 0) runs.push({ text: '; ' });
      runs.push({ text: `${lowerFirst(name(i), lang)} ` });
      if (v === undefined || v.status !== 'ok' || v.value === null) {
        runs.push({ text: notNumber(v) });
        return;
      }
      runs.push(figure(v, writeRounded(v.value, lang)), { text: unitText(i) });
      const pct = row(code, board, 'vs_last_year_pct');
      if (pct?.status === 'ok' && pct.value !== null) {
        const ch = changeFromPct(pct.value);
        if (ch.direction === 'level') runs.push({ text: ` (${w('level').replace(/^, /, '')})` });
        else {
          const [b, a] = w(ch.direction, { pct: '\u0000' }).split('\u0000');
          runs.push({ text: ` (${(b ?? '').replace(/^, /, '')}` }, figure(pct, writeNumber(ch.amount, lang)), { text: `${a ?? ''})` });
        }
      }
    });
    runs.push({ text: '.' });
    return merge(runs);
  }

  function groupTable(no: number, group: IndicatorGroup, codes: readonly string[]): Table {
    const cols = [...c.boards, ALL];
    const head1: Cell[] = [
      { runs: [{ text: w('colIndicator') }], align: 'center', bold: true },
      { runs: [{ text: w('colUnit') }], align: 'center', bold: true },
      ...TABLE_MEASURES.map((m): Cell => ({ runs: [{ text: w(`m.${m}`) }], align: 'center', span: cols.length, bold: true })),
    ];
    const head2: Cell[] = [{ runs: [] }, { runs: [] }, ...TABLE_MEASURES.flatMap(() => cols.map((b): Cell => ({ runs: [{ text: b === ALL ? w('total') : b }], align: 'center', bold: true })))];
    const body = codes.map((code): Cell[] => {
      const i = indicators.get(code)!;
      return [
        { runs: [{ text: upperFirst(name(i), lang) }], align: 'left' },
        { runs: [{ text: unitName(i.unit, lang) }], align: 'center' },
        ...TABLE_MEASURES.flatMap((m) =>
          cols.map((b): Cell => {
            const r = row(code, b, m);
            if (r === undefined) return { runs: [{ text: w('cellNotApplicable') }], align: 'center' };
            if (r.status === 'ok' && r.value !== null) return { runs: [figure(r, writeNumber(r.value, lang))], align: 'right' };
            return { runs: [{ text: w(r.status === 'undefined' ? 'cellUndefined' : r.status === 'no-plan' ? 'cellNoPlan' : 'cellMissing') }], align: 'center' };
          }),
        ),
      ];
    });
    return {
      kind: 'table',
      caption: w('tableCaption', { n: no, group: w(`group.${group}`), period: periodText }),
      // each figure column as wide as its longest text (so numbers do not wrap), the names take the rest
      widths: [30, 9, ...body[0]!.slice(2).map((_, k) => Math.max(4, ...body.map((r) => cellLength(r[k + 2]))) + 1)],
      header: [head1, head2],
      rows: body,
      wide: true,
    };
  }

  function groupFigure(no: number, i: Indicator): Figure {
    const thisPeriod = periodLabel(period, lang);
    const lastPeriod = periodLabel(parsePeriod(shiftYear(c.period)), lang);
    const values = (measure: string) => c.boards.map((b) => {
      const r = row(i.code, b, measure);
      return r?.status === 'ok' ? r.value : null;
    });
    return {
      kind: 'figure',
      chart: {
        type: 'bar',
        title: `${upperFirst(name(i), lang)} (${unitName(i.unit, lang)})`,
        unit: unitName(i.unit, lang),
        categories: [...c.boards],
        series: [
          { name: thisPeriod, values: values('value') },
          { name: lastPeriod, values: values('same_period_last_year') },
        ],
      },
      caption: w('figureCaption', { n: no, name: upperFirst(name(i), lang), period: periodText, unit: unitName(i.unit, lang) }),
    };
  }

  // ---------------------------------------------------------------- II. cooperation activities
  body.push(heading(w('s2'), 1));
  const program = input.program;
  const [m0, m1] = bounds(period);
  const periodFrom = monthIndexText(m0);
  const periodTo = monthIndexText(m1);
  if (program === undefined) {
    body.push(para([{ text: w('noProgram'), italic: true }]));
    body.push(para([{ text: w('fill'), placeholder: true }]));
  } else {
    body.push(heading(w('reviewsTitle'), 2));
    const reviews = program.reviews.filter((r) => r.date.slice(0, 7) >= periodFrom && r.date.slice(0, 7) <= periodTo);
    if (reviews.length === 0) body.push(para([{ text: w('noReviews') }]));
    for (const r of reviews) {
      const parts = [
        `${w(`review.${r.kind}`)} ${w('onDate', { date: dayLabel(r.date, lang) })}`,
        r.place === undefined ? '' : w('reviewAt', { place: r.place }),
        r.host === undefined ? '' : w('reviewHost', { host: boardName(r.host) }),
        r.covers === undefined ? '' : w('reviewCovers', { period: lowerFirst(periodLabel(parsePeriod(r.covers), lang), lang) }),
        r.status === 'planned' ? w('reviewPlanned') : '',
      ];
      body.push(para([{ text: `${parts.join('')}.` }], { bullet: true }));
    }
    body.push(heading(w('activitiesTitle'), 2));
    const acts = activitiesBetween(program, periodFrom, periodTo);
    if (acts.length === 0) body.push(para([{ text: w('noActivities') }]));
    for (const a of acts) body.push(para(activityRuns(a), { bullet: true }));
    const [p0] = bounds(parsePeriod(program.period));
    const sinceStart = activitiesBetween(program, monthIndexText(p0), periodTo);
    if (sinceStart.length > 0) {
      const kinds = countKinds(sinceStart);
      const kindText = kinds.length === 0 ? '' : ` (${kinds.map(([k, count]) => `${lowerFirst(w(`kind.${k}`), lang)}: ${writeNumber(String(count), lang)}`).join('; ')})`;
      body.push(para([{ text: w('activitiesToDate', { n: writeNumber(String(sinceStart.length), lang), kinds: kindText }) }]));
    }
  }

  function activityRuns(a: Activity): Run[] {
    const parties = a.parties.map(boardName).join(', ');
    const description = lang === 'en' && a.descriptionEn !== undefined ? a.descriptionEn : a.descriptionVi;
    const outcomes = a.outcomes.map((o) => `${outcomeLabel(o.code, lang)}: ${writeNumber(String(o.value), lang)}`).join('; ');
    return [
      { text: `${dayLabel(a.date, lang)} – ${w(`kind.${a.kind}`)}: `, bold: true },
      { text: `${description.replace(/\.\s*$/, '')} (${parties}).${outcomes === '' ? '' : w('outcomes', { items: outcomes })}` },
    ];
  }

  // ---------------------------------------------------------------- III. shortcomings
  body.push(heading(w('s3'), 1));
  body.push(heading(w('gapsTitle'), 2));
  let gaps = 0;
  const noTarget: string[] = [];
  const noPlan: string[] = [];
  for (const code of c.indicators) {
    const i = indicators.get(code);
    if (i === undefined) continue;
    const missing = new Map<string, string[]>();
    const undef: string[] = [];
    for (const m of ['value', 'ytd', 'same_period_last_year', 'vs_last_year_pct', 'cumulative'] as const) {
      const r = row(code, ALL, m);
      if (r === undefined || r.status === 'ok') continue;
      if (r.status === 'undefined') undef.push(measureWord(m));
      else {
        const what = w('notEnough', { items: missingText(r.missing) });
        missing.set(what, [...(missing.get(what) ?? []), measureWord(m)]);
      }
    }
    for (const [what, ms] of missing) {
      gaps++;
      body.push(para([{ text: upperFirst(w('gapLine', { name: name(i), measures: ms.join(', '), what }), lang) }], { bullet: true }));
    }
    if (undef.length > 0) {
      gaps++;
      body.push(para([{ text: upperFirst(w('undefinedLine', { name: name(i), measures: undef.join(', ') }), lang) }], { bullet: true }));
    }
    // a plan some boards lack is a gap (naming them); no board with a target: no plan, said apart
    const t = row(code, ALL, 'target');
    if (t?.status === 'no-plan') noPlan.push(name(i));
    else if (t !== undefined && t.status !== 'ok') noTarget.push(`${name(i)} (${[...new Set(t.missing?.items.map((it) => it.board) ?? [])].join(', ')})`);
  }
  if (gaps === 0) body.push(para([{ text: w('noGaps') }]));
  if (noTarget.length > 0) body.push(para([{ text: w('noTargets', { year: yearOf(c.period), names: noTarget.join('; ') }) }]));
  if (noPlan.length > 0) body.push(para([{ text: w('noPlans', { year: yearOf(c.period), names: noPlan.join('; ') }) }]));
  body.push(heading(w('findingsTitle'), 2));
  const findings = input.findings ?? [];
  if (findings.length === 0) body.push(para([{ text: w('noFindings') }]));
  else {
    body.push(para([{ text: w('findingsIntro') }]));
    for (const f of findings) {
      const where = f.sheet === undefined ? f.code : f.cell === undefined ? f.sheet : `${f.sheet}!${f.cell}`;
      body.push(para([{ text: w('findingLine', { where, message: f.message }) }], { bullet: true }));
    }
  }

  function measureWord(m: string): string {
    return lowerFirst(w(`m.${m}` as ReportTextKey), lang);
  }

  // ---------------------------------------------------------------- IV. directions
  body.push(heading(w('s4'), 1));
  body.push(para([{ text: w('fill'), placeholder: true }]));

  // ---------------------------------------------------------------- heading, title, closing
  const issuerCode = input.by ?? hostOfPeriod(program, periodFrom, periodTo);
  const issuerName = issuerCode === undefined ? undefined : boardInfo.has(issuerCode) || programBoards.has(issuerCode) ? boardName(issuerCode) : issuerCode;
  const province = issuerCode === undefined ? undefined : (boardInfo.get(issuerCode)?.province ?? programBoards.get(issuerCode)?.province);
  const place = province !== undefined && province !== '' ? province : '…';
  const placeDate =
    input.date === undefined
      ? lang === 'vi'
        ? w('placeDate', { place, day: '…', month: '…', year: '…' })
        : w('placeDate', { place, date: '…' })
      : lang === 'vi'
        ? w('placeDate', { place, day: input.date.slice(8, 10), month: input.date.slice(5, 7), year: input.date.slice(0, 4) })
        : w('placeDate', { place, date: dayLabel(input.date, 'en') });
  const names = c.boards.map(boardName);
  const joined = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${w('and')} ${names[names.length - 1]}`;
  const programTitle = program === undefined ? w('defaultProgram', { boards: joined }) : lang === 'vi' ? program.titleVi : lowerFirst(program.titleEn, lang);
  const subject = w('subject', { program: programTitle, period: periodText });
  return {
    lang,
    period: c.period,
    header: {
      issuer: issuerName === undefined ? [{ text: w('fill'), placeholder: true, bold: true }] : [{ text: issuerName.toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en-US'), bold: true }],
      number: [{ text: w('number') }],
      motto: [w('motto1'), w('motto2')],
      placeDate: [{ text: placeDate, italic: true }],
    },
    title: [w('report'), subject],
    body,
    closing: {
      recipientsTitle: w('recipients'),
      recipients: [[{ text: `- ${w('fill')}`, placeholder: true }]],
      signature: [[{ text: w('fill'), placeholder: true, bold: true }]],
    },
    properties: { title: `${w('report')} ${subject}`, subject, creator: 'hoptac' },
  };
}

function cellLength(c: Cell | undefined): number {
  return c === undefined ? 0 : c.runs.reduce((a, r) => a + r.text.length, 0);
}

function hostOfPeriod(program: Program | undefined, from: string, to: string): string | undefined {
  if (program === undefined) return undefined;
  const inPeriod = program.reviews.filter((r) => r.host !== undefined && r.date.slice(0, 7) >= from && r.date.slice(0, 7) <= to);
  return (inPeriod.find((r) => r.status === 'held') ?? inPeriod[0])?.host;
}

function countKinds(acts: readonly Activity[]): [Activity['kind'], number][] {
  const m = new Map<Activity['kind'], number>();
  for (const a of acts) m.set(a.kind, (m.get(a.kind) ?? 0) + 1);
  return [...m];
}

const OUTCOME: Readonly<Record<string, { vi: string; en: string }>> = {
  investors_introduced: { vi: 'nhà đầu tư được giới thiệu', en: 'investors introduced' },
  projects_resulted: { vi: 'dự án được cấp phép', en: 'projects that resulted' },
  participants: { vi: 'người tham dự', en: 'participants' },
  workers_supplied: { vi: 'lao động được hỗ trợ', en: 'workers supplied' },
};

function outcomeLabel(code: string, lang: Lang): string {
  return OUTCOME[code]?.[lang] ?? code;
}

function upperFirst(s: string, lang: Lang): string {
  return s === '' ? s : s.charAt(0).toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en-US') + s.slice(1);
}

function unitName(unit: string, lang: Lang): string {
  return lang === 'en' ? (UNITS.find((u) => u.code === unit)?.en ?? unit) : unit;
}

function lowerFirst(s: string, lang: Lang): string {
  if (s === '') return s;
  return s.charAt(0).toLocaleLowerCase(lang === 'vi' ? 'vi-VN' : 'en-US') + s.slice(1);
}

function yearOf(period: string): string {
  return period.slice(0, 4);
}

function shiftYear(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthLabel(month: string, lang: Lang): string {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  return lang === 'vi' ? `${m}/${y}` : `${EN_MONTHS[m - 1] ?? ''} ${y}`;
}

function dayLabel(date: string, lang: Lang): string {
  if (date.length < 10) return monthLabel(date, lang);
  const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return lang === 'vi' ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : `${d} ${EN_MONTHS[m - 1] ?? ''} ${y}`;
}

/** Joins neighbouring runs that look the same (fewer runs, same text). */
function merge(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.figure === undefined && r.figure === undefined && last.bold === r.bold && last.italic === r.italic && last.placeholder === r.placeholder) {
      out[out.length - 1] = { ...last, text: last.text + r.text };
    } else out.push(r);
  }
  return out;
}
