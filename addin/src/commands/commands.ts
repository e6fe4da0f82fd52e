/// <reference types="office-js" />
/**
 * Ribbon commands (the manifest's FunctionFile). `consolidate` runs at once for the latest month
 * every board has reported, with bounded work: a workbook too large for a ribbon command (which
 * Office stops after 5 minutes) is left to the task pane. The outcome is shown in a small dialog.
 *
 * This file is the folder's entry: commands/ holds the ribbon commands and their dialog's text. It
 * may import core/ and excel/, never taskpane/.
 */
import { Period } from 'hoptac';
import type { Lang } from 'hoptac';
import { consolidateRun } from '../core/run.js';
import { failureMessage, toFailure } from '../excel/failure.js';
import { officeHost } from '../excel/office.js';
import { commandText } from './text.js';

/** The function name the manifest's ExecuteFunction action calls. */
export const CONSOLIDATE_FUNCTION = 'consolidate';

/** Cells (in the used ranges) a ribbon run may read; beyond it the task pane takes over. */
export const COMMAND_MAX_CELLS = 1_000_000;

/** The dialog closes itself (and the command completes) after this many milliseconds at most. */
const DIALOG_TIMEOUT_MS = 60_000;

function language(): Lang {
  try {
    const saved = localStorage.getItem('hoptac.lang');
    if (saved === 'en' || saved === 'vi') return saved;
  } catch {
    // no storage
  }
  return 'vi';
}

/** Shows a message in a small dialog; resolves when it is closed (or could not be opened). */
function notify(tone: 'ok' | 'error', message: string, lang: Lang): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL('message.html', window.location.href);
    url.searchParams.set('tone', tone);
    url.searchParams.set('lang', lang);
    url.searchParams.set('text', message);
    try {
      Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        const done = (): void => {
          clearTimeout(timer);
          try {
            dialog.close();
          } catch {
            // already closed
          }
          resolve();
        };
        const timer = setTimeout(done, DIALOG_TIMEOUT_MS);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      });
    } catch {
      resolve();
    }
  });
}

/** The ribbon's Consolidate button. */
export async function consolidateCommand(event: Office.AddinCommands.Event): Promise<void> {
  const lang = language();
  try {
    const outcome = await consolidateRun(officeHost(), { maxCells: COMMAND_MAX_CELLS, activate: true, lang });
    const label = Period.label(Period.parse(outcome.period), lang);
    const message = outcome.consolidated
      ? commandText('done', lang, { period: label, errors: outcome.summary.errors, warnings: outcome.summary.warnings })
      : commandText('errors', lang, { period: label, errors: outcome.summary.errors });
    await notify(outcome.consolidated ? 'ok' : 'error', message, lang);
  } catch (e) {
    const f = toFailure(e);
    await notify('error', failureMessage(f.code, f.params, lang), lang);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate(CONSOLIDATE_FUNCTION, consolidateCommand);
}).catch(() => undefined);

// Older Office builds look the ExecuteFunction name up as a global function instead.
(globalThis as unknown as Record<string, unknown>)[CONSOLIDATE_FUNCTION] = consolidateCommand;
