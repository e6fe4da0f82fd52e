/** Filling the fake from the library's Grid (a real .xlsx read by the project's reader). */
import { fakeA1 } from './address.js';
import type { FakeCell, FakeSheetInput } from './types.js';
import type { FakeWorkbook } from './workbook.js';

/** Marks merged areas on a sheet of the fake (input merges). */
export function addMerges(book: FakeWorkbook, sheet: string, merges: readonly string[]): void {
  const s = book.find(sheet);
  if (s === undefined) throw new Error(`no sheet ${sheet}`);
  s.merges.push(...merges);
}

/** A grid cell (the library's shape) as the fake stores it: numbers as doubles, as Excel would. */
export function fakeCellOf(cell: { kind: string; value: string; format?: string; formula?: string }): FakeCell | undefined {
  const nf = cell.format ?? 'General';
  const f = cell.formula !== undefined ? { f: `=${cell.formula}` } : {};
  switch (cell.kind) {
    case 'number':
      return { v: Number(cell.value), t: 'Double', nf, ...f };
    case 'text':
      return { v: cell.value, t: 'String', nf, ...f };
    case 'boolean':
      return { v: cell.value === 'TRUE', t: 'Boolean', nf, ...f };
    case 'error':
      return { v: cell.value, t: 'Error', nf, ...f };
    default:
      return cell.formula !== undefined ? { v: '', t: 'Empty', nf, ...f } : undefined;
  }
}

/** A Grid (from the xlsx reader) as the fake's sheets. */
export function fakeSheetsOf(grid: {
  readonly sheets: readonly {
    readonly name: string;
    readonly rows: ReadonlyArray<ReadonlyArray<{ kind: string; value: string; format?: string; formula?: string } | undefined> | undefined>;
    readonly state?: string;
    readonly merges?: readonly string[];
    readonly hiddenRows?: readonly number[];
  }[];
}): FakeSheetInput[] {
  return grid.sheets.map((s) => {
    const cells: Record<string, FakeCell> = {};
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell === undefined) return;
        const fc = fakeCellOf(cell);
        if (fc !== undefined) cells[fakeA1(r, c)] = fc;
      }),
    );
    const visibility = s.state === 'hidden' ? 'Hidden' : s.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    return { name: s.name, visibility, cells, ...(s.merges !== undefined ? { merges: [...s.merges] } : {}), ...(s.hiddenRows !== undefined ? { hiddenRows: [...s.hiddenRows] } : {}) };
  });
}
