/** The three runs the pane starts: validate, consolidate, report. One at a time, each in {@link inPane}. */
import { Period } from 'hoptac';
import { reportRun } from '../core/report.js';
import { consolidateRun, validate } from '../core/run.js';
import { officeHost } from '../excel/office.js';
import { desktopHost, offerDownload } from './download.js';
import { state, text } from './pane-state.js';
import { chosenPeriod, learnYears } from './period-picker.js';
import { fail, onProgress, onStage, renderMessage, setBusy, showProgress } from './progress.js';
import { renderAll } from './render.js';
import { groupDigits } from './strings.js';

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
    const label = (): string => Period.label(Period.parse(outcome.period), state.lang);
    state.message = outcome.consolidated
      ? { tone: 'ok', text: () => text('consolidated', { period: label() }) }
      : { tone: 'error', text: () => text('notConsolidated', { period: label(), errors: groupDigits(outcome.summary.errors, state.lang) }) };
    learnYears(outcome.summary);
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
