/** What changed since the last consolidation, each change a button that goes to its cell. */
import { Period } from 'hoptac';
import type { WorkbookChange } from 'hoptac/workbook';
import { goToCell } from '../excel/navigate.js';
import { officeHost } from '../excel/office.js';
import { decimalText } from './decimal-text.js';
import { LIST_CAP, el, state, text } from './pane-state.js';
import { fail } from './progress.js';
import { groupDigits } from './strings.js';

function changeItem(c: WorkbookChange): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'change';
  button.dataset['kind'] = c.kind;
  if (c.sheet !== undefined) button.dataset['sheet'] = c.sheet;
  if (c.cell !== undefined) button.dataset['cell'] = c.cell;
  const place = c.sheet === undefined ? '' : c.cell === undefined ? c.sheet : `${c.sheet}!${c.cell}`;
  button.title = text('goTo', { where: place });
  const loc = document.createElement('span');
  loc.className = 'finding-where';
  loc.textContent = place;
  const kind = document.createElement('span');
  kind.className = 'finding-code';
  kind.textContent = text(`change.${c.kind}`);
  const what = document.createElement('span');
  what.className = 'finding-message';
  const when = c.month !== undefined ? Period.label(Period.parse(c.month), state.lang) : c.year !== undefined ? String(c.year) : '';
  const v = (x: string | null): string => (x === null ? text('changeNone') : decimalText(x, state.lang));
  const values = c.kind === 'unit' ? `${c.units?.before ?? ''} → ${c.units?.after ?? ''}` : `${v(c.before)} → ${v(c.after)}`;
  what.textContent = `${c.board} · ${c.indicator}${when === '' ? '' : ` · ${when}`}: ${values}`;
  button.append(loc, kind, what);
  button.addEventListener('click', () => {
    if (c.sheet !== undefined) goToCell(officeHost(), c.sheet, c.cell).catch(fail);
  });
  li.append(button);
  return li;
}

export function renderChanges(): void {
  const box = el('changes-box');
  const root = el('changes');
  const last = state.last;
  box.hidden = last?.kind !== 'consolidate';
  if (last?.kind !== 'consolidate') return;
  const { changes, since } = last.outcome;
  const sinceText = since === undefined ? '' : since.slice(0, 16).replace('T', ' ');
  const p = document.createElement('p');
  p.id = 'changes-summary';
  if (changes === undefined) {
    p.textContent = text('changesFirst');
    root.replaceChildren(p);
    return;
  }
  p.textContent = changes.length === 0 ? text('changesNone', { since: sinceText }) : text('changesCount', { n: groupDigits(changes.length, state.lang), since: sinceText });
  const ul = document.createElement('ul');
  ul.append(...changes.slice(0, LIST_CAP).map(changeItem));
  root.replaceChildren(p, ul);
  if (changes.length > LIST_CAP) {
    const more = document.createElement('p');
    more.className = 'more';
    more.textContent = text('changesMore', { n: groupDigits(changes.length - LIST_CAP, state.lang) });
    root.append(more);
  }
}
