/**
 * Section III of the review report: the shortcomings, that is every total the period lacks (and
 * what it lacks), the indicators without a target, and the workbook's findings.
 */
import { ALL } from '../consolidate/types.js';
import type { ReportContext, ReportTextKey } from './context.js';
import type { Block } from './types.js';
import { lowerFirst, upperFirst, yearOf } from './words.js';

/** Section III's blocks. */
export function shortcomingsSection(x: ReportContext): Block[] {
  const { c, w, lang } = x;
  const body: Block[] = [x.heading(w('s3'), 1), x.heading(w('gapsTitle'), 2)];
  const measureWord = (m: string) => lowerFirst(w(`m.${m}` as ReportTextKey), lang);
  let gaps = 0;
  const noTarget: string[] = [];
  const noPlan: string[] = [];
  for (const code of c.indicators) {
    const i = x.indicators.get(code);
    if (i === undefined) continue;
    const missing = new Map<string, string[]>();
    const undef: string[] = [];
    for (const m of ['value', 'ytd', 'same_period_last_year', 'vs_last_year_pct', 'cumulative'] as const) {
      const r = x.row(code, ALL, m);
      if (r === undefined || r.status === 'ok') continue;
      if (r.status === 'undefined') undef.push(measureWord(m));
      else {
        const what = w('notEnough', { items: x.missingText(r.missing) });
        missing.set(what, [...(missing.get(what) ?? []), measureWord(m)]);
      }
    }
    for (const [what, ms] of missing) {
      gaps++;
      body.push(x.para([{ text: upperFirst(w('gapLine', { name: x.name(i), measures: ms.join(', '), what }), lang) }], { bullet: true }));
    }
    if (undef.length > 0) {
      gaps++;
      body.push(x.para([{ text: upperFirst(w('undefinedLine', { name: x.name(i), measures: undef.join(', ') }), lang) }], { bullet: true }));
    }
    // a plan some boards lack is a gap (naming them); no board with a target: no plan, said apart
    const t = x.row(code, ALL, 'target');
    if (t?.status === 'no-plan') noPlan.push(x.name(i));
    else if (t !== undefined && t.status !== 'ok') noTarget.push(`${x.name(i)} (${[...new Set(t.missing?.items.map((it) => it.board) ?? [])].join(', ')})`);
  }
  if (gaps === 0) body.push(x.para([{ text: w('noGaps') }]));
  if (noTarget.length > 0) body.push(x.para([{ text: w('noTargets', { year: yearOf(c.period), names: noTarget.join('; ') }) }]));
  if (noPlan.length > 0) body.push(x.para([{ text: w('noPlans', { year: yearOf(c.period), names: noPlan.join('; ') }) }]));
  body.push(x.heading(w('findingsTitle'), 2));
  const findings = x.input.findings ?? [];
  if (findings.length === 0) body.push(x.para([{ text: w('noFindings') }]));
  else {
    body.push(x.para([{ text: w('findingsIntro') }]));
    for (const f of findings) {
      const where = f.sheet === undefined ? f.code : f.cell === undefined ? f.sheet : `${f.sheet}!${f.cell}`;
      body.push(x.para([{ text: w('findingLine', { where, message: f.message }) }], { bullet: true }));
    }
  }
  return body;
}
