/// <reference types="office-js" />
/**
 * The task pane: pick a period, validate or consolidate, follow the progress, read the summary and
 * the findings; a click on a finding goes to its cell. Vietnamese by default, English on request.
 *
 * This folder holds the pane's parts, one per file: the state and its helpers (`pane-state.ts`), the
 * period picker, the progress and message box, the summary, findings and changes views, the report
 * download, the runs, and the texts (`strings.ts`). Only this file starts anything; the parts import
 * `../core` and `../excel`, never the other way round.
 */
import { AddinFailure } from '../excel/failure.js';
import { el, state } from './pane-state.js';
import { startPicker } from './period-picker.js';
import { RUN_BUTTONS, fail, setBusy } from './progress.js';
import { renderStatic, savedLang, setLang } from './render.js';
import { runConsolidate, runReport, runValidate } from './runs.js';

function start(): void {
  state.lang = savedLang();
  renderStatic();
  startPicker();
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
    for (const id of RUN_BUTTONS) el<HTMLButtonElement>(id).disabled = true;
  }
}).catch(fail);
