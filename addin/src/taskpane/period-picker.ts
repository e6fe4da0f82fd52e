/**
 * The period picker: kind of period (latest complete month, month, quarter, half, year), year and
 * part, and the canonical period text it stands for.
 */
import { Period } from 'hoptac';
import type { RunSummary } from '../core/run.js';
import { el, state, text } from './pane-state.js';

type Kind = 'latest' | 'month' | 'quarter' | 'half' | 'year';
const KINDS: readonly Kind[] = ['latest', 'month', 'quarter', 'half', 'year'];
const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The years offered before a run has read the workbook: 2000 to this year. */
export function defaultYears(): number[] {
  const now = new Date().getFullYear();
  const ys: number[] = [];
  for (let y = 2000; y <= now; y++) ys.push(y);
  return ys;
}

function fillSelect(select: HTMLSelectElement, options: readonly { value: string; label: string }[], keep: string): void {
  select.replaceChildren(
    ...options.map((o) => {
      const opt = document.createElement('option');
      opt.value = o.value;
      opt.textContent = o.label;
      return opt;
    }),
  );
  if (options.some((o) => o.value === keep)) select.value = keep;
}

function partsOf(k: Kind): { value: string; label: string }[] {
  if (k === 'month') return Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: state.lang === 'vi' ? `Tháng ${i + 1}` : (MONTHS_EN[i] ?? '') }));
  if (k === 'quarter') return ROMAN.map((r, i) => ({ value: String(i + 1), label: state.lang === 'vi' ? `Quý ${r}` : `Q${i + 1}` }));
  if (k === 'half') return [1, 2].map((h) => ({ value: String(h), label: text(h === 1 ? 'half.1' : 'half.2') }));
  return [];
}

export function renderPicker(): void {
  const kind = el<HTMLSelectElement>('kind');
  const year = el<HTMLSelectElement>('year');
  const part = el<HTMLSelectElement>('part');
  fillSelect(kind, KINDS.map((k) => ({ value: k, label: text(`kind.${k}`) })), kind.value || 'latest');
  fillSelect(year, [...state.years].reverse().map((y) => ({ value: String(y), label: String(y) })), year.value);
  const k = kind.value as Kind;
  el('year-row').hidden = k === 'latest';
  el('part-row').hidden = k === 'year' || k === 'latest';
  el('part-label').textContent = k === 'year' || k === 'latest' ? '' : text(`part.${k}`);
  fillSelect(part, partsOf(k), part.value);
  const p = chosenPeriod();
  el('period-label').textContent =
    p === 'latest'
      ? state.latest === undefined
        ? text('chosenLatest')
        : text('chosenLatestKnown', { period: Period.label(Period.parse(state.latest), state.lang) })
      : p === undefined
        ? ''
        : text('chosen', { period: Period.label(Period.parse(p), state.lang) });
}

/** The picker's period as canonical text (`2017-12`, `2017-Q4`, `2017-H2`, `2017`), or `latest`. */
export function chosenPeriod(): string | undefined {
  const k = el<HTMLSelectElement>('kind').value as Kind;
  if (k === 'latest') return 'latest';
  const y = el<HTMLSelectElement>('year').value;
  const p = el<HTMLSelectElement>('part').value;
  if (y === '') return undefined;
  if (k === 'year') return y;
  if (p === '') return undefined;
  if (k === 'month') return `${y}-${p.padStart(2, '0')}`;
  if (k === 'quarter') return `${y}-Q${p}`;
  return `${y}-H${p}`;
}

/** After a run: offer the workbook's years, and remember its latest complete month. */
export function learnYears(summary: RunSummary): void {
  const { first, last } = summary.months;
  if (first === undefined || last === undefined) return;
  const ys: number[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) ys.push(y);
  if (ys.length > 0) state.years = ys;
  state.latest = summary.latestComplete;
  renderPicker();
}

/** Listens to the picker's three selects, and starts on last month's year. */
export function startPicker(): void {
  state.years = defaultYears();
  renderPicker();
  // the year and month default to last month once the analyst picks another kind of period
  const now = new Date();
  el<HTMLSelectElement>('year').value = String(now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear());
  for (const id of ['kind', 'year', 'part']) el<HTMLSelectElement>(id).addEventListener('change', () => renderPicker());
}
