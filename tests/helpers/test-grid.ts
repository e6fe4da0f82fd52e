/**
 * Test helper for the library's workbook tests: Grids from plain arrays.
 * A string is a text cell, a JS number a number cell (by the 15-digit rule), `null`/`undefined`
 * an absent cell, and a GridCell object is taken as is.
 */
import { excelNumberToDecimal } from '../../packages/hoptac/src/decimal/public.js';
import type { Grid, GridCell, GridSheet } from '../../packages/hoptac/src/workbook/grid.js';

export type CellSpec = string | number | boolean | null | undefined | GridCell;

export function cell(spec: CellSpec): GridCell | undefined {
  if (spec === null || spec === undefined) return undefined;
  if (typeof spec === 'string') return { kind: 'text', value: spec };
  if (typeof spec === 'number') return { kind: 'number', value: excelNumberToDecimal(spec) };
  if (typeof spec === 'boolean') return { kind: 'boolean', value: spec ? 'TRUE' : 'FALSE' };
  return spec;
}

/** A number cell holding an exact decimal text. */
export const num = (value: string, extra: Partial<GridCell> = {}): GridCell => ({ kind: 'number', value, ...extra });
/** An error cell. */
export const err = (value: string): GridCell => ({ kind: 'error', value, formula: 'A1/0' });

export function sheet(name: string, rows: readonly (readonly CellSpec[])[], extra: Partial<Omit<GridSheet, 'name' | 'rows'>> = {}): GridSheet {
  return { name, rows: rows.map((r) => r.map(cell)), ...extra };
}

export function grid(...sheets: GridSheet[]): Grid {
  return { sheets };
}

export const BOARDS_HEADER = ['code', 'name', 'province', 'zone_kind', 'focal_unit'] as const;

/** A Boards sheet for codes. */
export function boardsSheet(...codes: string[]): GridSheet {
  return sheet('Boards', [[...BOARDS_HEADER], ...codes.map((c) => [c, `BQL ${c}`, `Tỉnh ${c}`, 'KCN', 'Phòng KHTH'])]);
}

/** A board sheet: header `code | indicator | unit | months...`, then rows `[code, unit, ...values]`. */
export function boardSheet(name: string, months: readonly CellSpec[], rows: readonly (readonly CellSpec[])[], extra: Partial<Omit<GridSheet, 'name' | 'rows'>> = {}): GridSheet {
  return sheet(name, [['code', 'indicator', 'unit', ...months], ...rows.map(([code, unit, ...vals]) => [code, typeof code === 'string' ? code : '', unit, ...vals])], extra);
}
