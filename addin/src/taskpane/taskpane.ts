/// <reference types="office-js" />
/**
 * The task pane: pick a period, validate or consolidate, follow the progress, read the summary and
 * the findings; a click on a finding goes to its cell. Vietnamese by default, English on request.
 */
import { formatDecimal, Period } from 'hoptac';
import type { Lang } from 'hoptac';
import { findingMessage } from 'hoptac/workbook';
import type { Finding, WorkbookChange } from 'hoptac/workbook';
import { reportRun } from '../core/report.js';
import { consolidateRun, validate } from '../core/run.js';
import type { ConsolidateOutcome, RunSummary, ValidateOutcome } from '../core/run.js';
import { AddinFailure, failureMessage, toFailure } from '../excel/failure.js';
import { goToCell } from '../excel/navigate.js';
import { officeHost } from '../excel/office.js';
import type { ReadProgress } from '../excel/read.js';
import { groupDigits, t } from './strings.js';
import type { StringKey } from './strings.js';

type Kind = 'latest' | 'month' | 'quarter' | 'half' | 'year';
const KINDS: readonly Kind[] = ['latest', 'month', 'quarter', 'half', 'year'];
const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** findings listed per severity in the pane; the rest are on the Kiểm tra sheet */
const LIST_CAP = 200;

interface State {
  lang: Lang;
  running: boolean;
  years: number[];
  /** the latest month every board reported, once a run has read the workbook */
  latest: string | undefined;
  last?: { kind: 'validate'; outcome: ValidateOutcome } | { kind: 'consolidate'; outcome: ConsolidateOutcome };
  message: { tone: 'ok' | 'error' | 'info'; text: () => string } | undefined;
  /** the last report offered for download */
  download: { url: string; file: string } | undefined;
}

const state: State = { lang: 'vi', running: false, years: [], latest: undefined, message: undefined, download: undefined };

function el<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (e === null) throw new Error(`task pane: #${id} is missing`);
  return e as T;
}

function text(key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
  return t(key, state.lang, params);
}

// ---------------------------------------------------------------- period picker

function defaultYears(): number[] {
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

function renderPicker(): void {
  const kind = el<HTMLSelectElement>('kind');
  const year = el<HTMLSelectElement>('year');
  const part = el<HTMLSelectElement>('part');
  fillSelect(kind, KINDS.map((k) => ({ value: k, label: text(`kind.${k}`) })), kind.value || 'latest');
  fillSelect(year, [...state.years].reverse().map((y) => ({ value: String(y), label: String(y) })), year.value);
  const k = kind.value as Kind;
  el('year-row').hidden = k === 'latest';
  el('part-row').hidden = k === 'year' || k === 'latest';
  el('part-label').textContent = k === 'year' || k === 'latest' ? '' : text(`part.${k}`);
  const parts =
    k === 'month'
      ? Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: state.lang === 'vi' ? `Tháng ${i + 1}` : (MONTHS_EN[i] ?? '') }))
      : k === 'quarter'
        ? ROMAN.map((r, i) => ({ value: String(i + 1), label: state.lang === 'vi' ? `Quý ${r}` : `Q${i + 1}` }))
        : k === 'half'
          ? [1, 2].map((h) => ({ value: String(h), label: text(h === 1 ? 'half.1' : 'half.2') }))
          : [];
  fillSelect(part, parts, part.value);
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
function chosenPeriod(): string | undefined {
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

function learnYears(summary: RunSummary): void {
  const { first, last } = summary.months;
  if (first === undefined || last === undefined) return;
  const ys: number[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) ys.push(y);
  if (ys.length > 0) state.years = ys;
  state.latest = summary.latestComplete;
  renderPicker();
}

// ---------------------------------------------------------------- progress and messages

function setBusy(busy: boolean): void {
  state.running = busy;
  if (busy) document.body.dataset['state'] = 'running';
  for (const id of ['validate', 'consolidate', 'report']) el<HTMLButtonElement>(id).disabled = busy;
  el('progress-box').hidden = !busy;
  el('main').setAttribute('aria-busy', busy ? 'true' : 'false');
}

function showProgress(fraction: number, label: string): void {
  const bar = el<HTMLProgressElement>('progress');
  bar.value = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  el('progress-text').textContent = label;
}

function onProgress(p: ReadProgress): void {
  const within = p.rowCount === 0 ? 1 : p.rowsRead / p.rowCount;
  showProgress(
    ((p.sheetIndex + within) / Math.max(1, p.sheetCount)) * 0.8,
    text('reading', { n: p.sheetIndex + 1, total: p.sheetCount, sheet: p.sheet, rows: groupDigits(p.rowsRead, state.lang), rowCount: groupDigits(p.rowCount, state.lang) }),
  );
}

function renderDownload(): void {
  const box = el('download-box');
  const a = el<HTMLAnchorElement>('download');
  box.hidden = state.download === undefined;
  if (state.download === undefined) return;
  a.href = state.download.url;
  a.download = state.download.file;
  a.textContent = text('reportDownload', { file: state.download.file });
}

function onStage(stage: 'checking' | 'verifying' | 'writing'): void {
  showProgress(stage === 'checking' ? 0.85 : stage === 'verifying' ? 0.9 : 0.95, text(`stage.${stage}`));
}

function renderMessage(): void {
  const box = el('message');
  const m = state.message;
  box.hidden = m === undefined;
  box.className = m === undefined ? '' : `message ${m.tone}`;
  box.textContent = m === undefined ? '' : m.text();
}

function fail(e: unknown): void {
  const f = e instanceof AddinFailure ? e : toFailure(e);
  state.message = { tone: 'error', text: () => failureMessage(f.code, f.params, state.lang) };
  renderMessage();
}

// ---------------------------------------------------------------- summary and findings

function renderSummary(): void {
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

/** A decimal string with the language's grouping (`1.234,5` or `1,234.5`); no float on the way. */
function decimalText(v: string): string {
  return formatDecimal(v, state.lang);
}

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
  const v = (x: string | null): string => (x === null ? text('changeNone') : decimalText(x));
  const values = c.kind === 'unit' ? `${c.units?.before ?? ''} → ${c.units?.after ?? ''}` : `${v(c.before)} → ${v(c.after)}`;
  what.textContent = `${c.board} · ${c.indicator}${when === '' ? '' : ` · ${when}`}: ${values}`;
  button.append(loc, kind, what);
  button.addEventListener('click', () => {
    if (c.sheet !== undefined) goToCell(officeHost(), c.sheet, c.cell).catch(fail);
  });
  li.append(button);
  return li;
}

function renderChanges(): void {
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

function renderFindings(): void {
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
  const groups: HTMLElement[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    const section = document.createElement('section');
    section.className = `group ${severity}`;
    const h = document.createElement('h3');
    h.id = `group-${severity}`;
    h.textContent = text(severity === 'error' ? 'group.error' : 'group.warning', { n: groupDigits(list.length, state.lang) });
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
    groups.push(section);
  }
  root.replaceChildren(...groups);
}

// ---------------------------------------------------------------- language

function renderStatic(): void {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = text(node.dataset['i18n'] as StringKey);
  }
  const toggle = el<HTMLButtonElement>('lang');
  toggle.textContent = text('langToggle');
  toggle.setAttribute('aria-label', text('langToggleLabel'));
  toggle.setAttribute('aria-pressed', state.lang === 'en' ? 'true' : 'false');
}

function renderAll(): void {
  renderStatic();
  renderPicker();
  renderMessage();
  renderDownload();
  renderSummary();
  renderChanges();
  renderFindings();
}

function setLang(lang: Lang): void {
  state.lang = lang;
  try {
    localStorage.setItem('hoptac.lang', lang);
  } catch {
    // storage may be unavailable in the Office webview: the choice lasts for this session
  }
  renderAll();
}

// ---------------------------------------------------------------- runs

/** One run in the pane: busy while it lasts, progress from the start, failures shown, `data-state` set at the end. */
async function inPane(body: () => Promise<void>): Promise<void> {
  let end: 'done' | 'failed' = 'failed';
  setBusy(true);
  state.message = undefined;
  renderMessage();
  showProgress(0, text('starting'));
  try {
    await body();
    end = 'done';
  } catch (e) {
    fail(e);
  } finally {
    setBusy(false);
    renderAll();
    document.body.dataset['state'] = end;
  }
}

async function runValidate(): Promise<void> {
  if (state.running) return;
  await inPane(async () => {
    const outcome = await validate(officeHost(), { onProgress, onStage, lang: state.lang });
    state.last = { kind: 'validate', outcome };
    const s = outcome.summary;
    state.message = { tone: s.errors > 0 ? 'info' : 'ok', text: () => text('validated', { errors: groupDigits(s.errors, state.lang), warnings: groupDigits(s.warnings, state.lang) }) };
    learnYears(s);
  });
}

async function runConsolidate(): Promise<void> {
  if (state.running) return;
  const period = chosenPeriod();
  if (period === undefined) return;
  await inPane(async () => {
    const outcome = await consolidateRun(officeHost(), { ...(period === 'latest' ? {} : { period }), onProgress, onStage, lang: state.lang });
    state.last = { kind: 'consolidate', outcome };
    const label = (): string => Period.label(Period.parse(outcome.period), state.lang);
    state.message = outcome.consolidated
      ? { tone: 'ok', text: () => text('consolidated', { period: label() }) }
      : { tone: 'error', text: () => text('notConsolidated', { period: label(), errors: groupDigits(outcome.summary.errors, state.lang) }) };
    learnYears(outcome.summary);
  });
}

/** Offers the bytes for download; false where the host gives the page no way to (no Blob URLs). */
function offerDownload(bytes: Uint8Array, file: string): boolean {
  try {
    if (typeof URL.createObjectURL !== 'function') return false;
    if (state.download !== undefined) URL.revokeObjectURL(state.download.url);
    const blob = new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    state.download = { url: URL.createObjectURL(blob), file };
    renderDownload();
    el<HTMLAnchorElement>('download').click();
    return true;
  } catch {
    state.download = undefined;
    return false;
  }
}

function desktopHost(): boolean {
  try {
    const p = Office.context.platform;
    return p === Office.PlatformType.PC || p === Office.PlatformType.Mac;
  } catch {
    return false;
  }
}

async function runReport(): Promise<void> {
  if (state.running) return;
  const period = chosenPeriod();
  if (period === undefined) return;
  await inPane(async () => {
    const outcome = await reportRun(officeHost(), { ...(period === 'latest' ? {} : { period }), onProgress, onStage: (s) => (s === 'checking' ? onStage(s) : showProgress(0.95, text('stage.report'))), lang: state.lang });
    state.last = { kind: 'validate', outcome };
    const label = (): string => Period.label(Period.parse(outcome.period), state.lang);
    const file = outcome.fileName;
    if (outcome.bytes === undefined) {
      state.message = { tone: 'error', text: () => text('reportNotMade', { period: label(), errors: groupDigits(outcome.summary.errors, state.lang) }) };
    } else if (!offerDownload(outcome.bytes, file)) {
      state.message = { tone: 'error', text: () => text('reportBlocked', { period: outcome.period, file }) };
    } else {
      const size = outcome.bytes.length;
      const note = desktopHost();
      state.message = { tone: 'ok', text: () => `${text('reportReady', { period: label(), file, size: groupDigits(size, state.lang) })}${note ? text('reportDesktopNote', { period: outcome.period, file }) : ''}` };
    }
    learnYears(outcome.summary);
  });
}

function start(): void {
  try {
    const saved = localStorage.getItem('hoptac.lang');
    if (saved === 'en' || saved === 'vi') state.lang = saved;
  } catch {
    // no storage: Vietnamese
  }
  state.years = defaultYears();
  renderStatic();
  renderPicker();
  // the year and month default to last month once the analyst picks another kind of period
  const now = new Date();
  el<HTMLSelectElement>('year').value = String(now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear());
  for (const id of ['kind', 'year', 'part']) el<HTMLSelectElement>(id).addEventListener('change', () => renderPicker());
  el('lang').addEventListener('click', () => setLang(state.lang === 'vi' ? 'en' : 'vi'));
  el('validate').addEventListener('click', () => void runValidate());
  el('consolidate').addEventListener('click', () => void runConsolidate());
  el('report').addEventListener('click', () => void runReport());
  setBusy(false);
  document.body.dataset['state'] = 'idle';
  document.body.dataset['ready'] = 'true';
}

Office.onReady((info) => {
  start();
  if (info.host !== Office.HostType.Excel) {
    fail(new AddinFailure('not-in-excel'));
    for (const id of ['validate', 'consolidate', 'report']) el<HTMLButtonElement>(id).disabled = true;
  }
}).catch(fail);
