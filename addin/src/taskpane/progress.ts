/** The pane while a run lasts: buttons disabled, the progress bar and its text; and the message box. */
import type { ReadProgress } from '../excel/read.js';
import { AddinFailure, failureMessage, toFailure } from '../excel/failure.js';
import { el, state, text } from './pane-state.js';
import { groupDigits } from './strings.js';

export const RUN_BUTTONS = ['validate', 'consolidate', 'report'];

export function setBusy(busy: boolean): void {
  state.running = busy;
  if (busy) document.body.dataset['state'] = 'running';
  for (const id of RUN_BUTTONS) el<HTMLButtonElement>(id).disabled = busy;
  el('progress-box').hidden = !busy;
  el('main').setAttribute('aria-busy', busy ? 'true' : 'false');
}

export function showProgress(fraction: number, label: string): void {
  const bar = el<HTMLProgressElement>('progress');
  bar.value = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  el('progress-text').textContent = label;
}

export function onProgress(p: ReadProgress): void {
  const within = p.rowCount === 0 ? 1 : p.rowsRead / p.rowCount;
  showProgress(
    ((p.sheetIndex + within) / Math.max(1, p.sheetCount)) * 0.8,
    text('reading', { n: p.sheetIndex + 1, total: p.sheetCount, sheet: p.sheet, rows: groupDigits(p.rowsRead, state.lang), rowCount: groupDigits(p.rowCount, state.lang) }),
  );
}

export function onStage(stage: 'checking' | 'verifying' | 'writing'): void {
  showProgress(stage === 'checking' ? 0.85 : stage === 'verifying' ? 0.9 : 0.95, text(`stage.${stage}`));
}

export function renderMessage(): void {
  const box = el('message');
  const m = state.message;
  box.hidden = m === undefined;
  box.className = m === undefined ? '' : `message ${m.tone}`;
  box.textContent = m === undefined ? '' : m.text();
}

/** Shows a failure in the analyst's language. */
export function fail(e: unknown): void {
  const f = e instanceof AddinFailure ? e : toFailure(e);
  state.message = { tone: 'error', text: () => failureMessage(f.code, f.params, state.lang) };
  renderMessage();
}
