/**
 * The review report's entry: its input, and {@link buildReport}, which puts the sections together
 * (results.ts, activities-section.ts, shortcomings.ts over one context.ts) under the document's
 * heading, title and closing.
 */
import type { Consolidation } from '../consolidate/types.js';
import type { Catalogue } from '../indicator/types.js';
import type { Lang } from '../messages/index.js';
import { bounds, monthIndexText } from '../period/core.js';
import type { Board, Program } from '../program/types.js';
import { activitiesSection } from './activities-section.js';
import { type ReportContext, reportContext } from './context.js';
import { resultsSection } from './results.js';
import { shortcomingsSection } from './shortcomings.js';
import type { Block, ReportDocument } from './types.js';
import { dayLabel, lowerFirst } from './words.js';

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
  const x = reportContext(input);
  const { c, w, lang, periodText } = x;
  const [m0, m1] = bounds(x.period);
  const periodFrom = monthIndexText(m0);
  const periodTo = monthIndexText(m1);
  const body: Block[] = [
    ...resultsSection(x),
    ...activitiesSection(x, periodFrom, periodTo),
    ...shortcomingsSection(x),
    // IV. directions: for the office to write
    x.heading(w('s4'), 1),
    x.para([{ text: w('fill'), placeholder: true }]),
  ];

  // heading, title, closing
  const issuerCode = input.by ?? hostOfPeriod(input.program, periodFrom, periodTo);
  const issuerName = issuerCode === undefined ? undefined : x.boardInfo.has(issuerCode) || x.programBoards.has(issuerCode) ? x.boardName(issuerCode) : issuerCode;
  const province = issuerCode === undefined ? undefined : (x.boardInfo.get(issuerCode)?.province ?? x.programBoards.get(issuerCode)?.province);
  const placeDate = placeDateText(x, province !== undefined && province !== '' ? province : '…');
  const names = c.boards.map(x.boardName);
  const joined = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${w('and')} ${names[names.length - 1]}`;
  const program = input.program;
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

/** 'Đồng Nai, ngày … tháng … năm …' or 'Đồng Nai, 26 December 2017'. */
function placeDateText(x: ReportContext, place: string): string {
  const { w, lang } = x;
  const date = x.input.date;
  if (date === undefined) return lang === 'vi' ? w('placeDate', { place, day: '…', month: '…', year: '…' }) : w('placeDate', { place, date: '…' });
  return lang === 'vi' ? w('placeDate', { place, day: date.slice(8, 10), month: date.slice(5, 7), year: date.slice(0, 4) }) : w('placeDate', { place, date: dayLabel(date, 'en') });
}

function hostOfPeriod(program: Program | undefined, from: string, to: string): string | undefined {
  if (program === undefined) return undefined;
  const inPeriod = program.reviews.filter((r) => r.host !== undefined && r.date.slice(0, 7) >= from && r.date.slice(0, 7) <= to);
  return (inPeriod.find((r) => r.status === 'held') ?? inPeriod[0])?.host;
}
