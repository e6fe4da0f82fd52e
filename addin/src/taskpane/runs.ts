/** The three runs the pane starts: validate, consolidate, report. One at a time, each in {@link inPane}. */
import { Period } from 'hoptac';
import { reportRun } from '../core/report.js';
import { consolidateRun, validate } from '../core/run.js';
import { SUMMARY_SHEET } from 'hoptac/workbook';
import { periodGaps } from '../core/period-gaps.js';
import { officeHost } from '../excel/office.js';
import { watchSelection } from '../excel/selection.js';
import { onSummaryCell } from './explain-view.js';
import { words } from './figure-words.js';
import { desktopHost, offerDownload } from './download.js';
import { state, text } from './pane-state.js';
import { chosenPeriod, learnYears } from './period-picker.js';
import { fail, onProgress, onStage, renderMessage, setBusy, showProgress } from './progress.js';
import { renderAll } from './render.js';
import { groupDigits } from './strings.js';

/** Follows the analyst's selection in Tổng hợp (once per sheet: the sheet is kept, never re-created). */
async function followSummarySelection(): Promise<void> {
  if (!officeHost().supports('1.7')) return;
  const id = await watchSelection(officeHost(), SUMMARY_SHEET, onSummaryCell, state.watchedSheet);
  if (id !== undefined) state.watchedSheet = id;
}

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

export async function runValidate(): Promise<void> {
  if (state.running) return;
  await inPane(async () => {
    const outcome = await validate(officeHost(), { onProgress, onStage, lang: state.lang });
    state.last = { kind: 'validate', outcome };
    const s = outcome.summary;
    state.message = { tone: s.errors > 0 ? 'info' : 'ok', text: () => text('validated', { errors: groupDigits(s.errors, state.lang), warnings: groupDigits(s.warnings, state.lang) }) };
    learnYears(s);
  });
}

export async function runConsolidate(): Promise<void> {
  if (state.running) return;
  const period = chosenPeriod();
  if (period === undefined) return;
  await inPane(async () => {
    const outcome = await consolidateRun(officeHost(), { ...(period === 'latest' ? {} : { period }), onProgress, onStage, lang: state.lang });
    state.last = { kind: 'consolidate', outcome };
    delete state.explained;
    const label = (): string => Period.label(Period.parse(outcome.period), state.lang);
    const gaps = outcome.consolidation === undefined ? undefined : periodGaps(outcome.consolidation);
    const lacking = gaps === undefined ? 0 : gaps.missing.length + gaps.undefined.length;
    state.message = !outcome.consolidated
      ? { tone: 'error', text: () => text('notConsolidated', { period: label(), errors: groupDigits(outcome.summary.errors, state.lang) }) }
      : lacking > 0
        ? { tone: 'warning', text: () => words('consolidated-gaps', { period: label(), missing: groupDigits(lacking, state.lang) }) }
        : { tone: 'ok', text: () => text('consolidated', { period: label() }) };
    learnYears(outcome.summary);
    if (outcome.consolidated) await followSummarySelection();
  });
}

export async function runReport(): Promise<void> {
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
