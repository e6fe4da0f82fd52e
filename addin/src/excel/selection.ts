/**
 * Following the analyst's selection on one sheet: Excel's `onSelectionChanged` of that worksheet
 * (ExcelApi 1.7), reduced to the top-left cell selected. Registering writes nothing.
 */
import { parseA1 } from 'hoptac/workbook';
import type { ExcelHost } from './host.js';
import { localAddress } from './read.js';
import { toFailure } from './failure.js';

/** A selected cell: 0-based row and column, and its A1 address. */
export interface SelectedCell {
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

/**
 * Calls `onCell` with the top-left cell of every selection made on `sheet`, unless the sheet is the
 * one whose id is `watched` (already followed). Resolves to the sheet's id, or undefined when the
 * sheet does not exist.
 *
 * @example
 * ```ts
 * await watchSelection(officeHost(), 'Tổng hợp', (c) => showFigureAt(c.row, c.col));
 * ```
 */
export async function watchSelection(host: ExcelHost, sheet: string, onCell: (cell: SelectedCell) => void, watched?: string): Promise<string | undefined> {
  try {
    return await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load('id');
      await context.sync();
      if (ws.isNullObject) return undefined;
      if (ws.id === watched) return watched;
      ws.onSelectionChanged.add(async (args) => {
        const first = localAddress(args.address).split(':')[0] ?? '';
        const at = parseA1(first.replace(/\$/g, ''));
        if (at !== undefined) onCell({ ...at, address: first.replace(/\$/g, '') });
      });
      await context.sync();
      return ws.id;
    });
  } catch (e) {
    throw toFailure(e, { sheet });
  }
}
