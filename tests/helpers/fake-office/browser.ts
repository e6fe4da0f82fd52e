/**
 * The fake Office host as the page sees it: bundled into an IIFE and served in place of office.js
 * by the end-to-end test. It builds a {@link FakeWorkbook} from `globalThis.__HOPTAC_FAKE_INPUT__`
 * (set by the test before the page loads) and defines `Office` and `Excel`; the test inspects it
 * through `globalThis.__hoptacFake`.
 */
import { FakeWorkbook } from './index.js';
import type { FakeOptions, FakeSheetInput } from './index.js';

interface Input {
  readonly sheets: readonly FakeSheetInput[];
  readonly options?: FakeOptions;
}

const g = globalThis as unknown as Record<string, unknown>;
const input = (g['__HOPTAC_FAKE_INPUT__'] ?? { sheets: [] }) as Input;
const book = new FakeWorkbook(input.sheets, input.options ?? {});
const host = book.host();
const actions = new Map<string, (event: unknown) => unknown>();
const dialogs: string[] = [];

const Office = {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
  context: {
    displayLanguage: 'vi-VN',
    requirements: {
      isSetSupported: (name: string, version?: string): boolean => (name === 'ExcelApi' ? host.supports(version ?? '1.1') : true),
    },
    ui: {
      displayDialogAsync(url: string, _options: unknown, callback?: (r: unknown) => void): void {
        dialogs.push(url);
        // the analyst reads the message and closes the dialog (Office reports event 12006)
        const dialog = {
          close(): void {},
          addEventHandler(type: string, handler: (arg: unknown) => void): void {
            if (type === 'dialogEventReceived') setTimeout(() => handler({ error: 12006 }), 20);
          },
        };
        callback?.({ status: 'succeeded', value: dialog });
      },
      messageParent(): void {},
    },
  },
  actions: {
    associate(name: string, fn: (event: unknown) => unknown): void {
      actions.set(name, fn);
    },
  },
  HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
};

const Excel = { run: <T,>(batch: (context: never) => Promise<T>): Promise<T> => host.run(batch as never) };

g['Office'] = Office;
g['Excel'] = Excel;
g['__hoptacFake'] = {
  book,
  actions,
  dialogs,
  snapshot: () => book.snapshot(),
  ops: () => book.ops.map((o) => ({ ...o })),
  cellsOf: (name: string) => book.cellsOf(name),
  layoutOf: (name: string) => book.layoutOf(name),
};
