/**
 * Going to a finding's place: activate its sheet and select its cell. Selecting moves the cursor
 * only; nothing on the sheet is written or formatted.
 */
import type { ExcelHost } from './host.js';
import { AddinFailure, toFailure } from './failure.js';

/**
 * Activates `sheet` and selects `cell` (A1 form) on it, when given.
 *
 * @example
 * ```ts
 * await goToCell(officeHost(), 'DN', 'AL7'); // the finding's place, selected
 * ```
 */
export async function goToCell(host: ExcelHost, sheet: string, cell?: string): Promise<void> {
  try {
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load('name');
      await context.sync();
      if (ws.isNullObject) throw new AddinFailure('item-not-found');
      ws.activate();
      if (cell !== undefined && cell !== '') ws.getRange(cell).select();
      await context.sync();
    });
  } catch (e) {
    throw toFailure(e, { sheet });
  }
}
