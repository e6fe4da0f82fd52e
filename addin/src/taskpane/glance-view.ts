/**
 * Figures at a glance: after a consolidation, the headline figure of each indicator group with the
 * change against the same period last year, the share of the annual plan where there is one, and
 * the boards side by side against last year. A click selects the figure's row in `Tổng hợp` and
 * shows where the total comes from.
 */
import { ALL, Period } from 'hoptac';
import type { ConsolidatedRow } from 'hoptac';
import { SUMMARY_SHEET, a1, summaryPosition } from 'hoptac/workbook';
import { glanceFigures, planState } from '../core/glance.js';
import type { GlanceFigure } from '../core/glance.js';
import { goToCell } from '../excel/navigate.js';
import { officeHost } from '../excel/office.js';
import { barChart } from './bar-chart.js';
import { showExplanation } from './explain-view.js';
import { boardName, indicatorName, periodLabel, valueText, words } from './figure-words.js';
import { el, state } from './pane-state.js';
import { fail } from './progress.js';

function line(text: string, cls: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = cls;
  s.textContent = text;
  return s;
}

/** Why a figure has no number, in words. */
function statusWords(r: ConsolidatedRow | undefined): string {
  return r?.status === 'undefined' ? words('glance.undefined') : words('glance.missing');
}

function planLine(plan: ConsolidatedRow | undefined): string | undefined {
  const p = planState(plan);
  if (p === undefined) return undefined;
  if (p.kind === 'share') return words('glance.plan', { pct: valueText(p.pct) ?? '' });
  if (p.kind === 'no-plan') return words('glance.no-plan');
  if (p.kind === 'undefined') return undefined;
  return p.boards.length === 0 ? undefined : words('glance.plan-missing', { boards: p.boards.map(boardName).join(', ') });
}

function figureCard(f: GlanceFigure, index: number): HTMLButtonElement {
  const last = state.last;
  const period = last?.kind === 'consolidate' ? last.outcome.period : '';
  const card = document.createElement('button');
  card.type = 'button';
  card.className = `figure ${f.total?.status === 'ok' ? 'ok' : 'gap'}`;
  const plan0 = planState(f.plan);
  if (plan0 !== undefined) card.dataset['plan'] = plan0.kind;
  card.dataset['indicator'] = f.indicator.code;
  const unit = f.total?.unit ?? f.indicator.unit;
  const total = valueText(f.total?.value);
  card.append(
    line(words(`glance.group.${f.group}`), 'figure-group'),
    line(indicatorName(f.indicator), 'figure-name'),
    line(total === undefined ? statusWords(f.total) : `${total} ${unit}`, 'figure-total'),
    line(f.vsLastYear?.status === 'ok' ? words('glance.vs-last-year', { pct: valueText(f.vsLastYear.value) ?? '' }) : words('glance.vs-last-year-none'), 'figure-change'),
  );
  const plan = planLine(f.plan);
  if (plan !== undefined) card.append(line(plan, 'figure-plan'));
  const lastPeriod = Period.toString(Period.shiftYears(Period.parse(period), -1));
  const groups = f.boards.map((b) => {
    const value = valueText(b.value?.value);
    const lastValue = valueText(b.lastYear?.value);
    return { label: b.board, value: b.value?.value ?? undefined, last: b.lastYear?.value ?? undefined, text: words('glance.chart-board', { board: boardName(b.board), value: value ?? statusWords(b.value), last: lastValue ?? statusWords(b.lastYear) }) };
  });
  card.append(barChart(groups, { id: `glance-chart-${index}`, title: words('glance.chart-title', { indicator: indicatorName(f.indicator), period: periodLabel(period), lastPeriod: periodLabel(lastPeriod) }), thisLabel: words('glance.chart-this'), lastLabel: words('glance.chart-last') }));
  card.addEventListener('click', () => {
    if (last?.kind !== 'consolidate' || last.outcome.consolidation === undefined) return;
    const c = last.outcome.consolidation;
    const pos = summaryPosition(c, f.indicator.code, ALL, 'value');
    const notes = summaryPosition(c, f.indicator.code, ALL, 'cumulative');
    showExplanation({ indicator: f.indicator.code, board: ALL, measure: 'value' });
    if (pos !== undefined && notes !== undefined) goToCell(officeHost(), SUMMARY_SHEET, `${a1(pos.row, 0)}:${a1(pos.row, notes.col + 1)}`).catch(fail);
  });
  return card;
}

export function renderGlance(): void {
  const box = el('glance-box');
  const root = el('glance');
  const last = state.last;
  const c = last?.kind === 'consolidate' ? last.outcome.consolidation : undefined;
  box.hidden = c === undefined;
  if (c === undefined || last?.kind !== 'consolidate') return;
  root.replaceChildren(...glanceFigures(c, last.outcome.model.catalogue).map(figureCard));
}
