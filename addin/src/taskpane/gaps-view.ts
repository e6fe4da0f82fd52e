/**
 * What the chosen period's figures lack, counted for what they count: the period's figures still
 * missing, those undefined, and (apart) the blank cells of the whole workbook; then each missing
 * figure and why.
 */
import type { ConsolidatedRow } from 'hoptac';
import { periodGaps } from '../core/period-gaps.js';
import { boardName, indicatorName, measureName, periodLabel, words } from './figure-words.js';
import { el, state } from './pane-state.js';
import { groupDigits } from './strings.js';

/** Missing figures listed; the rest are counted (the notes of Tổng hợp have them all). */
const GAPS_CAP = 20;

function why(r: ConsolidatedRow): string {
  if (r.status === 'undefined') return words('gaps.why-zero');
  const items = r.missing?.items ?? [];
  const months = items.filter((m) => m.what === 'month');
  if (months.length > 0) return words('gaps.why-months', { count: r.missing?.count ?? months.length, months: months.map((m) => `${boardName(m.board)} ${periodLabel(m.month ?? '')}`).join(', ') });
  const target = items.find((m) => m.what === 'target');
  if (target !== undefined) return words('gaps.why-target', { year: target.year ?? '' });
  return words('gaps.why-history');
}

export function renderGaps(): void {
  const box = el('gaps-box');
  const last = state.last;
  const c = last?.kind === 'consolidate' ? last.outcome.consolidation : undefined;
  box.hidden = c === undefined;
  if (c === undefined || last?.kind !== 'consolidate') return;
  const gaps = periodGaps(c);
  const names = new Map(last.outcome.model.catalogue.indicators.map((i) => [i.code, indicatorName(i)] as const));
  const n = (v: number): string => groupDigits(v, state.lang);
  const counts: [string, string, string][] = [
    ['gaps-missing', words('gaps.missing'), n(gaps.missing.length)],
    ['gaps-undefined', words('gaps.undefined'), n(gaps.undefined.length)],
    ['gaps-blank', words('gaps.blank-cells'), n(last.outcome.summary.missingValues)],
  ];
  const dl = el('gaps');
  dl.replaceChildren(
    ...counts.flatMap(([id, label, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.id = id;
      dd.textContent = value;
      dd.className = value === '0' ? 'ok' : 'warning';
      return [dt, dd];
    }),
  );
  const all = [...gaps.missing, ...gaps.undefined];
  const ul = el('gaps-list');
  ul.replaceChildren(
    ...all.slice(0, GAPS_CAP).map((r) => {
      const li = document.createElement('li');
      li.dataset['indicator'] = r.indicator;
      li.dataset['board'] = r.board;
      li.textContent = words('gaps.item', { indicator: names.get(r.indicator) ?? r.indicator, board: boardName(r.board), measure: measureName(r.measure), why: why(r) });
      return li;
    }),
  );
  if (all.length > GAPS_CAP) ul.append(Object.assign(document.createElement('li'), { className: 'more', textContent: words('gaps.more', { n: all.length - GAPS_CAP }) }));
}
