/**
 * The consolidated rows of `consolidate --json`: each row's JSON shape, and the rows' part of the
 * output as text. No imports but types and json-text.ts, so the analysis worker (its own small
 * bundle, see analysis-worker.ts) can make that text where the rows are, and the main thread
 * receives it as UTF-8 bytes, moved rather than copied, instead of thousands of objects (see
 * `consolidationJsonPieces` in report.ts).
 */
import type { ConsolidatedRow, Measure } from 'hoptac';
import { escapeRawInJson } from './json-text.js';

/** One input a missing figure lacked, as `--json` prints it: `month` or `year` is null when it does not apply. */
export interface MissingItemJson {
  readonly board: string;
  readonly indicator: string;
  /** `month`: that month was not reported; `target`: no target for that year; `history`: no month reported up to the period's end */
  readonly what: 'month' | 'target' | 'history';
  readonly month: string | null;
  readonly year: number | null;
}

/** What a missing figure lacked: the exact count and the first items (at most 20). */
export interface MissingJson {
  readonly count: number;
  readonly items: readonly MissingItemJson[];
}

/**
 * One consolidated row as `--json` prints it: exactly these keys; `missing` is null unless the
 * status is `missing`. `no-plan`: a target or % of target of an indicator no board has a target for
 * in the year (no plan, not a gap: value and `missing` null).
 */
export interface RowJson {
  readonly indicator: string;
  readonly board: string;
  readonly measure: Measure;
  readonly value: string | null;
  readonly unit: string;
  readonly status: 'ok' | 'missing' | 'undefined' | 'no-plan';
  /** present (true) only when the figure is built from an estimated month (ước tính) */
  readonly estimated?: true;
  readonly missing: MissingJson | null;
}

export function rowJson(r: ConsolidatedRow): RowJson {
  const missing =
    r.missing === undefined
      ? null
      : { count: r.missing.count, items: r.missing.items.map((i) => ({ board: i.board, indicator: i.indicator, what: i.what, month: i.month ?? null, year: i.year ?? null })) };
  return { indicator: r.indicator, board: r.board, measure: r.measure, value: r.value, unit: r.unit, status: r.status, missing, ...(r.estimated === true ? { estimated: true as const } : {}) };
}

// JSON.stringify({ rows }, null, 2) is this, the rows array indented as the value of a top-level key, and this.
const ROWS_OPEN = '{\n  "rows": ';
const ROWS_CLOSE = '\n}';

/**
 * The `rows` array of `consolidate --json` as `jsonText` prints it inside the output object: the
 * text after `"rows": `, indented for that depth (`[]` when there are none), with DEL and the C1
 * controls escaped as `jsonText` escapes them.
 *
 * @example
 * ```ts
 * rowsJsonText([]); // '[]'
 * ```
 */
export function rowsJsonText(rows: readonly ConsolidatedRow[]): string {
  const text = JSON.stringify({ rows: rows.map(rowJson) }, null, 2);
  return escapeRawInJson(text.slice(ROWS_OPEN.length, text.length - ROWS_CLOSE.length));
}

/**
 * {@link rowsJsonText} as UTF-8 bytes, for the analysis worker to move to the main thread, which
 * writes them as they are. A national consolidation's rows are 2.3 million characters, a two-byte
 * string as soon as one unit is `người`: posted as text, it was copied into the message, copied
 * out of it, joined to the rest of the output and encoded again, about 70 ms on the benchmark
 * machine against 15 ms for encoding it once and moving the bytes.
 *
 * @example
 * ```ts
 * new TextDecoder().decode(rowsJsonBytes([])); // '[]'
 * ```
 */
export function rowsJsonBytes(rows: readonly ConsolidatedRow[]): Uint8Array {
  return new TextEncoder().encode(rowsJsonText(rows));
}
