/**
 * Section II of the review report: the program's reviews and cooperation activities in the period,
 * and the count of activities since the program began.
 */
import { bounds, monthIndexText } from '../period/core.js';
import { label as periodLabel } from '../period/format.js';
import { parse as parsePeriod } from '../period/parse.js';
import { activitiesBetween } from '../program/activities.js';
import type { Activity } from '../program/types.js';
import type { ReportContext } from './context.js';
import { writeNumber } from './format.js';
import type { Block, Run } from './types.js';
import { countKinds, dayLabel, lowerFirst, outcomeLabel } from './words.js';

/** Section II's blocks, for the months `from`..`to` ('YYYY-MM') of the period. */
export function activitiesSection(x: ReportContext, from: string, to: string): Block[] {
  const { w, lang } = x;
  const body: Block[] = [x.heading(w('s2'), 1)];
  const program = x.input.program;
  if (program === undefined) {
    body.push(x.para([{ text: w('noProgram'), italic: true }]));
    body.push(x.para([{ text: w('fill'), placeholder: true }]));
    return body;
  }
  body.push(x.heading(w('reviewsTitle'), 2));
  const reviews = program.reviews.filter((r) => r.date.slice(0, 7) >= from && r.date.slice(0, 7) <= to);
  if (reviews.length === 0) body.push(x.para([{ text: w('noReviews') }]));
  for (const r of reviews) {
    const parts = [
      `${w(`review.${r.kind}`)} ${w('onDate', { date: dayLabel(r.date, lang) })}`,
      r.place === undefined ? '' : w('reviewAt', { place: r.place }),
      r.host === undefined ? '' : w('reviewHost', { host: x.boardName(r.host) }),
      r.covers === undefined ? '' : w('reviewCovers', { period: lowerFirst(periodLabel(parsePeriod(r.covers), lang), lang) }),
      r.status === 'planned' ? w('reviewPlanned') : '',
    ];
    body.push(x.para([{ text: `${parts.join('')}.` }], { bullet: true }));
  }
  body.push(x.heading(w('activitiesTitle'), 2));
  const acts = activitiesBetween(program, from, to);
  if (acts.length === 0) body.push(x.para([{ text: w('noActivities') }]));
  for (const a of acts) body.push(x.para(activityRuns(x, a), { bullet: true }));
  const [p0] = bounds(parsePeriod(program.period));
  const sinceStart = activitiesBetween(program, monthIndexText(p0), to);
  if (sinceStart.length > 0) {
    const kinds = countKinds(sinceStart);
    const kindText = kinds.length === 0 ? '' : ` (${kinds.map(([k, count]) => `${lowerFirst(w(`kind.${k}`), lang)}: ${writeNumber(String(count), lang)}`).join('; ')})`;
    body.push(x.para([{ text: w('activitiesToDate', { n: writeNumber(String(sinceStart.length), lang), kinds: kindText }) }]));
  }
  return body;
}

function activityRuns(x: ReportContext, a: Activity): Run[] {
  const { w, lang } = x;
  const parties = a.parties.map(x.boardName).join(', ');
  const description = lang === 'en' && a.descriptionEn !== undefined ? a.descriptionEn : a.descriptionVi;
  const outcomes = a.outcomes.map((o) => `${outcomeLabel(o.code, lang)}: ${writeNumber(String(o.value), lang)}`).join('; ');
  return [
    { text: `${dayLabel(a.date, lang)} – ${w(`kind.${a.kind}`)}: `, bold: true },
    { text: `${description.replace(/\.\s*$/, '')} (${parties}).${outcomes === '' ? '' : w('outcomes', { items: outcomes })}` },
  ];
}
