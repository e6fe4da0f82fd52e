/** The summary of the last run: boards, months, the latest complete month, errors, warnings, blanks. */
import { Period } from 'hoptac';
import { el, state, text } from './pane-state.js';
import { groupDigits } from './strings.js';
import type { StringKey } from './strings.js';

export function renderSummary(): void {
  const box = el('summary-box');
  const dl = el('summary');
  const last = state.last;
  box.hidden = last === undefined;
  if (last === undefined) return;
  const s = last.outcome.summary;
  const n = (v: number): string => groupDigits(v, state.lang);
  const monthLabel = (m: string): string => Period.label(Period.parse(m), state.lang);
  const rows: [StringKey, string, string?][] = [
    ['summary.boards', n(s.boards)],
    ['summary.months', s.months.first !== undefined && s.months.last !== undefined ? text('summary.monthsRange', { count: n(s.months.count), first: monthLabel(s.months.first), last: monthLabel(s.months.last) }) : n(0)],
    ['summary.latest', s.latestComplete !== undefined ? monthLabel(s.latestComplete) : text('none')],
    ['summary.errors', n(s.errors), s.errors > 0 ? 'error' : 'ok'],
    ['summary.warnings', n(s.warnings), s.warnings > 0 ? 'warning' : 'ok'],
    ['summary.missing', n(s.missingValues), s.missingValues > 0 ? 'warning' : 'ok'],
  ];
  dl.replaceChildren(
    ...rows.flatMap(([k, v, tone]) => {
      const dt = document.createElement('dt');
      dt.textContent = text(k);
      const dd = document.createElement('dd');
      dd.textContent = v;
      if (tone !== undefined) dd.className = tone;
      return [dt, dd];
    }),
  );
}
