/** The findings of the last run, errors then warnings, each a button that goes to its cell. */
import { findingMessage } from 'hoptac/workbook';
import type { Finding } from 'hoptac/workbook';
import { goToCell } from '../excel/navigate.js';
import { officeHost } from '../excel/office.js';
import { words } from './figure-words.js';
import { LIST_CAP, el, state, text } from './pane-state.js';
import { fail } from './progress.js';
import { groupDigits } from './strings.js';

function where(f: Finding): string {
  if (f.sheet === undefined) return '';
  return f.cell === undefined ? f.sheet : `${f.sheet}!${f.cell}`;
}

function findingItem(f: Finding): HTMLLIElement {
  const li = document.createElement('li');
  const msg = document.createElement('span');
  msg.className = 'finding-message';
  msg.textContent = findingMessage(f, state.lang);
  const code = document.createElement('span');
  code.className = 'finding-code';
  code.textContent = f.code;
  const place = where(f);
  if (f.sheet === undefined) {
    const div = document.createElement('div');
    div.className = 'finding';
    div.append(code, msg);
    li.append(div);
    return li;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'finding';
  button.dataset['sheet'] = f.sheet;
  if (f.cell !== undefined) button.dataset['cell'] = f.cell;
  button.dataset['code'] = f.code;
  button.title = text('goTo', { where: place });
  const loc = document.createElement('span');
  loc.className = 'finding-where';
  loc.textContent = place;
  button.append(loc, code, msg);
  button.addEventListener('click', () => {
    goToCell(officeHost(), f.sheet ?? '', f.cell).catch(fail);
  });
  li.append(button);
  return li;
}

type GroupKind = 'period-error' | 'period-warning' | 'other-error' | 'other-warning' | 'error' | 'warning';

function group(kind: GroupKind, severity: 'error' | 'warning', list: readonly Finding[]): HTMLElement {
  const section = document.createElement('section');
  section.className = `group ${severity}${kind.startsWith('period') ? ' period' : ''}`;
  const h = document.createElement('h3');
  h.id = `group-${kind}`;
  const n = groupDigits(list.length, state.lang);
  h.textContent = kind === 'error' || kind === 'warning' ? text(kind === 'error' ? 'group.error' : 'group.warning', { n }) : words(`findings.${kind}`, { n });
  section.setAttribute('aria-labelledby', h.id);
  const ul = document.createElement('ul');
  ul.append(...list.slice(0, LIST_CAP).map(findingItem));
  section.append(h, ul);
  if (list.length > LIST_CAP) {
    const more = document.createElement('p');
    more.className = 'more';
    more.textContent = text('more', { n: groupDigits(list.length - LIST_CAP, state.lang) });
    section.append(more);
  }
  return section;
}

/** After a consolidation, the findings that touch the period first; otherwise by severity. */
export function renderFindings(): void {
  const box = el('findings-box');
  const root = el('findings');
  const last = state.last;
  box.hidden = last === undefined;
  if (last === undefined) return;
  const findings = last.outcome.findings;
  if (findings.length === 0) {
    const p = document.createElement('p');
    p.textContent = text('noFindings');
    root.replaceChildren(p);
    return;
  }
  const touching = last.kind === 'consolidate' ? last.outcome.periodFindings : undefined;
  const groups: HTMLElement[] = [];
  for (const [scope, inPeriod] of touching === undefined ? ([['all', undefined]] as const) : ([['period', true], ['other', false]] as const)) {
    for (const severity of ['error', 'warning'] as const) {
      const list = findings.filter((f) => f.severity === severity && (inPeriod === undefined || touching!.has(f) === inPeriod));
      if (list.length > 0) groups.push(group(scope === 'all' ? severity : `${scope}-${severity}`, severity, list));
    }
  }
  root.replaceChildren(...groups);
}
