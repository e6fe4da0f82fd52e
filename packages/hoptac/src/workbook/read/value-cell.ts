/**
 * A value cell: one reader for every sheet's value cells (board months, openings, targets). It
 * returns the cell's exact decimal, or {@link CELL_BLANK} / {@link CELL_BAD}, and reports what is
 * wrong with the cell. This is the hot path of the read: no allocation for a good cell.
 */
import { isPlainDecimalText } from '../../decimal/decimal-text.js';
import { normalizeDecimal, significantDigits } from '../../decimal/public.js';
import { isDateFormat } from '../excel-date.js';
import type { GridCell, GridSheet } from '../grid.js';
import { type Collector, shown } from '../internal/collector.js';
import { type NumberFormat, parseTextNumber } from '../number-text.js';
import { storedDoubleLost } from '../stored-double.js';
import { placeAt } from './context.js';
import { EXCEL_ERRORS } from './labels.js';

/** Value cell states, as kept per month position: nothing written. */
export const CELL_BLANK = 0;
/** A value cell that holds an exact decimal. */
export const CELL_VALUE = 1;
/** A value cell that cannot be used (reported). */
export const CELL_BAD = 2;

/** What reading a value cell gives: its exact decimal, or one of the states {@link CELL_BLANK} and {@link CELL_BAD}. */
export type CellRead = string | typeof CELL_BLANK | typeof CELL_BAD;

const NUMBER_FORMAT_TEXT: Readonly<Record<NumberFormat, string>> = { vi: 'vi (1.234.567,5)', en: 'en (1,234,567.5)' };

/** Reads value cells written in one number format; remembers the last number format's date test. */
export class ValueCellReader {
  private lastFormat: string | undefined;
  private lastIsDate = false;
  private readonly formatText: string;

  constructor(
    private readonly out: Collector,
    private readonly numberFormat: NumberFormat,
  ) {
    this.formatText = NUMBER_FORMAT_TEXT[numberFormat];
  }

  /** The cell's exact decimal, or CELL_BLANK, or CELL_BAD (with its finding). */
  read(cell: GridCell | undefined, idx: number, sheet: GridSheet, r: number, c: number): CellRead {
    if (cell === undefined || cell === null) return CELL_BLANK;
    if (cell.noCachedValue === true) {
      this.out.add('no-cached-value', 'no-cached-value', placeAt(idx, sheet, r, c), { formula: shown(cell.formula ?? '') });
      return CELL_BAD;
    }
    switch (cell.kind) {
      case 'number':
        return this.number(cell, idx, sheet, r, c);
      case 'empty':
        return CELL_BLANK;
      case 'text':
        return this.text(cell.value, idx, sheet, r, c);
      case 'error':
        this.out.add('formula-error', 'formula-error', placeAt(idx, sheet, r, c), { value: shown(cell.value) });
        return CELL_BAD;
      case 'boolean':
        this.out.add('boolean-value', 'boolean-value', placeAt(idx, sheet, r, c), { value: cell.value });
        return CELL_BAD;
      default:
        this.out.add('not-a-number', 'not-a-number', placeAt(idx, sheet, r, c), { value: shown(String((cell as { value?: unknown }).value ?? '')), format: this.formatText });
        return CELL_BAD;
    }
  }

  private number(cell: GridCell, idx: number, sheet: GridSheet, r: number, c: number): CellRead {
    const fmt = cell.format;
    if (fmt !== undefined && fmt !== this.lastFormat) {
      this.lastFormat = fmt;
      this.lastIsDate = isDateFormat(fmt);
    }
    if (fmt !== undefined && this.lastIsDate) {
      this.out.add('date-value', 'date-value', placeAt(idx, sheet, r, c), { format: fmt });
      return CELL_BAD;
    }
    if (cell.raw !== undefined && cell.formula === undefined) this.checkRaw(cell.raw, cell.value, idx, sheet, r, c);
    const value = cell.value;
    if (isPlainDecimalText(value)) return value;
    // not the Grid's plain form: accept any exact decimal text, refuse the rest
    try {
      return normalizeDecimal(String(value));
    } catch {
      this.out.add('not-a-number', 'not-a-number', placeAt(idx, sheet, r, c), { value: shown(String(value)), format: this.formatText });
      return CELL_BAD;
    }
  }

  private text(text: string, idx: number, sheet: GridSheet, r: number, c: number): CellRead {
    const t = parseTextNumber(text, this.numberFormat);
    if (t.kind === 'blank') return CELL_BLANK;
    if (t.kind === 'zero') return '0';
    if (t.kind === 'invalid') {
      if (EXCEL_ERRORS.has(text.trim().toUpperCase())) this.out.add('formula-error', 'formula-error', placeAt(idx, sheet, r, c), { value: shown(text) });
      else this.out.add('not-a-number', 'not-a-number', placeAt(idx, sheet, r, c), { value: shown(text), format: this.formatText });
      return CELL_BAD;
    }
    this.out.add('text-number', 'text-number', placeAt(idx, sheet, r, c), { value: shown(text), read: t.value });
    if (t.value.length > 16) {
      const digits = significantDigits(t.value);
      if (digits > 15) this.out.add('precision-loss', 'precision-loss.text', placeAt(idx, sheet, r, c), { value: shown(text), digits });
    }
    return t.value;
  }

  /** A number whose written text a double cannot hold: `precision-loss` beyond 15 digits. */
  private checkRaw(rawText: string, value: string, idx: number, sheet: GridSheet, r: number, c: number): void {
    let raw: string;
    try {
      raw = normalizeDecimal(rawText);
    } catch {
      return;
    }
    if (raw === value) return;
    if (!storedDoubleLost(raw)) return;
    const digits = significantDigits(raw);
    if (digits > 15) this.out.add('precision-loss', 'precision-loss.number', placeAt(idx, sheet, r, c), { raw, value, digits });
  }
}

/** The state of a read (CELL_BLANK, CELL_VALUE or CELL_BAD). */
export function cellState(v: CellRead): number {
  return typeof v === 'string' ? CELL_VALUE : v;
}
