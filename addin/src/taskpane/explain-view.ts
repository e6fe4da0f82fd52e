/**
 * Where a figure comes from: the rule applied, each input with its board, month and value and a
 * link that selects its source cell, the rounding, and what is missing. The explanation is the
 * library's `explain`, never recomputed here.
 */
import type { Explanation, ExplanationInput, FigureRef, MissingItem } from 'hoptac';
import { explainFigure } from '../core/explain-figure.js';
import { figureAt } from '../core/figure-at.js';
import { goToCell } from '../excel/navigate.js';
import { officeHost } from '../excel/office.js';
import { boardName, indicatorName, measureName, periodLabel, statusWord, valueText, words } from './figure-words.js';
import { el, state } from './pane-state.js';
import { fail } from './progress.js';

/** Inputs listed per figure part; the rest are counted. */
const INPUTS_CAP = 60;

/** Shows the origin of `figure` of the last consolidation. */
export function showExplanation(figure: FigureRef): void {
  const last = state.last;
  if (last?.kind !== 'consolidate' || last.outcome.consolidation === undefined) return;
  state.explained = { figure, explanation: explainFigure(last.outcome.model, last.outcome.period, figure) };
  renderExplain();
}

/** A cell selected in Tổng hợp: its figure's origin, or a word that it holds none. */
export function onSummaryCell(cell: { row: number; col: number; address: string }): void {
  const last = state.last;
  if (last?.kind !== 'consolidate' || last.outcome.consolidation === undefined) return;
  const figure = figureAt(last.outcome.consolidation, cell.row, cell.col);
  if (figure === undefined) {
    state.explained = { notFigure: cell.address };
    renderExplain();
  } else showExplanation(figure);
}

function p(text: string, cls?: string): HTMLParagraphElement {
  const e = document.createElement('p');
  e.textContent = text;
  if (cls !== undefined) e.className = cls;
  return e;
}

function inputText(i: ExplanationInput): string {
  const value = valueText(i.value) ?? '';
  const board = boardName(i.board);
  const line = i.kind === 'month' ? words('explain.input-month', { board, month: periodLabel(i.month ?? ''), value }) : i.kind === 'opening' ? words('explain.input-opening', { board, value }) : words('explain.input-target', { board, year: i.year ?? '', value });
  return i.estimated === true ? `${line} ${words('explain.estimated')}` : line;
}

function inputItem(i: ExplanationInput): HTMLLIElement {
  const li = document.createElement('li');
  const src = i.source;
  if (src?.cell === undefined) {
    li.textContent = inputText(i);
    return li;
  }
  const where = `${src.sheet}!${src.cell}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'source';
  button.dataset['sheet'] = src.sheet;
  button.dataset['cell'] = src.cell;
  button.title = words('explain.go', { where });
  const loc = document.createElement('span');
  loc.className = 'finding-where';
  loc.textContent = where;
  const what = document.createElement('span');
  what.textContent = inputText(i);
  button.append(loc, what);
  button.addEventListener('click', () => {
    goToCell(officeHost(), src.sheet, src.cell).catch(fail);
  });
  li.append(button);
  return li;
}

function missingText(m: MissingItem): string {
  const board = boardName(m.board);
  if (m.what === 'month') return words('explain.missing-month', { board, month: periodLabel(m.month ?? '') });
  if (m.what === 'target') return words('explain.missing-target', { board, year: m.year ?? '' });
  return words('explain.missing-history', { board });
}

function list(items: readonly HTMLLIElement[], cls: string): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = cls;
  ul.append(...items);
  return ul;
}

/** One explanation (and its parts, for a ratio or a percentage), as nodes. */
function explanationNodes(e: Explanation, depth: number): HTMLElement[] {
  const out: HTMLElement[] = [p(e.text[state.lang], 'rule')];
  if (e.rounding !== undefined) {
    const r = e.rounding;
    out.push(p(words('explain.rounding', { numerator: valueText(r.numerator) ?? '', denominator: valueText(r.denominator) ?? '', times: r.multiplier === '100' ? ' × 100' : '', decimals: r.decimals }), 'rounding'));
  }
  if (e.inputs.length > 0) {
    out.push(p(words('explain.inputs', { n: e.inputs.length }), 'sub'));
    out.push(list(e.inputs.slice(0, INPUTS_CAP).map(inputItem), 'inputs'));
    if (e.inputs.length > INPUTS_CAP) out.push(p(words('explain.more-inputs', { n: e.inputs.length - INPUTS_CAP }), 'more'));
  }
  if (e.missing !== undefined && e.missing.count > 0 && depth === 0) {
    out.push(p(words('explain.missing', { n: e.missing.count }), 'sub missing'));
    out.push(list(e.missing.items.map((m) => Object.assign(document.createElement('li'), { textContent: missingText(m) })), 'missing'));
  }
  if (e.parts !== undefined && depth < 2) {
    e.parts.forEach((part, i) => {
      const section = document.createElement('section');
      section.className = 'part';
      const value = valueText(part.value);
      section.append(p(`${words(i === 0 ? 'explain.numerator' : 'explain.denominator')}: ${indicatorName(catalogueIndicator(part.indicator))} · ${measureName(part.measure)} = ${value ?? statusWord(part.status)}`, 'sub'), ...explanationNodes(part, depth + 1));
      out.push(section);
    });
  }
  return out;
}

function catalogueIndicator(code: string): { nameVi: string; nameEn: string } {
  const last = state.last;
  const found = last?.outcome.model.catalogue.indicators.find((i) => i.code === code);
  return found ?? { nameVi: code, nameEn: code };
}

export function renderExplain(): void {
  const box = el('explain-box');
  const root = el('explain');
  const last = state.last;
  box.hidden = last?.kind !== 'consolidate' || last.outcome.consolidation === undefined;
  if (box.hidden) return;
  const shown = state.explained;
  if (shown === undefined) {
    root.replaceChildren(p(words('explain.hint'), 'hint'));
    return;
  }
  if ('notFigure' in shown) {
    root.replaceChildren(p(words('explain.not-a-figure', { cell: shown.notFigure }), 'hint'));
    return;
  }
  const { figure, explanation } = shown;
  const head = document.createElement('h3');
  head.id = 'explain-figure';
  head.textContent = words('explain.figure', { indicator: indicatorName(catalogueIndicator(figure.indicator)), board: boardName(figure.board), measure: measureName(figure.measure) });
  if (explanation === undefined) {
    root.replaceChildren(head, p(words('explain.no-measure')));
    return;
  }
  const rows = last?.kind === 'consolidate' ? (last.outcome.consolidation?.rows ?? []) : [];
  const unit = rows.find((r) => r.indicator === figure.indicator && r.measure === figure.measure)?.unit ?? '';
  const value = valueText(explanation.value);
  const valueLine = value === undefined ? words('explain.value-none', { status: statusWord(explanation.status) }) : words('explain.value', { value, unit: figure.measure.endsWith('_pct') ? '%' : unit });
  root.replaceChildren(head, p(valueLine, 'value'), ...explanationNodes(explanation, 0));
}
