/**
 * `createObservations()`: the builder of an observation set. Values arrive as decimal text and
 * are stored exactly (`fast-input.ts` reads the common short ones without allocating); `build()`
 * lays them out as series (`freeze.ts`).
 */
import { HoptacError } from '../errors.js';
import { argumentError, expectArray, expectInteger, expectObject } from '../internal/args.js';
import { messageBoth } from '../messages/index.js';
import { parseScaled, type Scaled, trim } from '../decimal/scaled.js';
import { monthIndexText } from '../period/core.js';
import { MAX_YEAR, MIN_YEAR } from '../period/types.js';
import { fastMant, fastParse, monthOf } from './fast-input.js';
import { freezeObservations } from './freeze.js';
import { type ObservationSet, type StoredValue, wrapInternals } from './internals.js';
import { CHUNK_MASK, RawObservations } from './raw-store.js';
import { a1 } from '../workbook/grid.js';
import type { ObservationInput, OpeningInput, SeriesInput, TargetInput } from './types.js';

const ADD = 'createObservations().add';
const ADD_SERIES = 'createObservations().addSeries';
const MAX_SAFE = 9007199254740991n; // Number.MAX_SAFE_INTEGER
const SHEET_ROW = Symbol('hoptac.addSheetRow');

/** A row's sources without objects: value `k` came from cell (`row`, `cols[k]`) of sheet number `sheet` (`cols[k] < 0`: none). */
interface RowSources {
  readonly sheet: number;
  readonly row: number;
  readonly cols: Int32Array;
}
type SheetRowFn = (series: SeriesInput, sheet: string, row: number, cols: Int32Array) => void;

/** Builds an {@link ObservationSet}. Methods return the builder so calls chain. */
export interface ObservationBuilder {
  /** Registers a board (so it counts in `ALL` even before it reports anything). */
  board(code: string): ObservationBuilder;
  /** Adds one observation; `value: null` is a reported blank (missing). */
  add(observation: ObservationInput): ObservationBuilder;
  /**
   * Adds a run of consecutive months of one board and indicator (a row of a board sheet):
   * `values[k]` is the month `start + k`; `null` is a reported blank, `undefined` adds nothing.
   * The fast way to load many values.
   */
  addSeries(series: SeriesInput): ObservationBuilder;
  /** Sets a flow's cumulative total before the board's first month. */
  opening(opening: OpeningInput): ObservationBuilder;
  /** Sets a board's annual target. */
  target(target: TargetInput): ObservationBuilder;
  /** Freezes what was added. Throws `duplicate-observation` when a month was given twice. */
  build(): ObservationSet;
}

/** Codes numbered in the order first seen, remembering the last one asked (rows repeat it). */
class CodeTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  private last = '';
  private lastI = -1;
  constructor(private readonly field: 'board' | 'indicator') {}
  of(code: string, fn: string): number {
    if (code === this.last) return this.lastI;
    let i = this.index.get(code);
    if (i === undefined) {
      if (typeof code !== 'string' || code.length === 0) throw argumentError(fn, this.field, 'code', code);
      i = this.list.length;
      this.list.push(code);
      this.index.set(code, i);
    }
    this.last = code;
    this.lastI = i;
    return i;
  }
}

// A wrong type is the caller's (invalid-argument); text that is not a decimal is the data's.
function exact(v: string, what: string, fn: string, field: string): Scaled {
  if (typeof v !== 'string') throw argumentError(fn, field, 'decimal', v);
  const d = parseScaled(v);
  if (d === undefined) throw new HoptacError('invalid-observation', { reason: messageBoth('reason.not-a-decimal', { where: what, text: v.length > 60 ? `${v.slice(0, 60)}…` : v }) });
  return trim(d);
}

/**
 * Stores observation `n`'s value. The where-arguments are plain values so the hot path allocates
 * nothing; they are only read to word an error. `k` is the index in addSeries' values, -1 for add.
 */
function storeValue(st: RawObservations, n: number, v: string | null, atBoard: string, atIndicator: string, atMonth: number, k: number): void {
  const j = n & CHUNK_MASK;
  if (v === null) {
    st.scale[j] = -1;
    return;
  }
  const s = typeof v === 'string' ? fastParse(v) : -1;
  if (s >= 0) {
    st.mant[j] = fastMant;
    st.scale[j] = s;
    return;
  }
  if (typeof v !== 'string') {
    if (k < 0) throw argumentError(ADD, 'value', 'decimal-or-null', v);
    throw argumentError(ADD_SERIES, `values[${k}]`, 'decimal-or-null', v);
  }
  const where = `${atBoard}/${atIndicator}/${monthIndexText(atMonth)}`;
  const d = exact(v, where, '', '');
  if (d.scale > 32000) throw new HoptacError('invalid-observation', { reason: messageBoth('reason.too-many-places', { where }) });
  if (d.int <= MAX_SAFE && d.int >= -MAX_SAFE) st.mant[j] = Number(d.int);
  else st.big.set(n, d);
  st.scale[j] = d.scale;
}

/** addSeries' loop: one raw observation per value given (`undefined` adds nothing), a run per stretch without a gap. */
function appendRow(st: RawObservations, b: number, i: number, m0: number, sr: SeriesInput, rowSources: RowSources | undefined): void {
  const values = sr.values;
  const est = sr.status === 'estimated' ? 1 : 0;
  const srcs = rowSources === undefined ? sr.sources : undefined;
  let next = -1; // the value index that continues the current run
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v === undefined) continue;
    const n = st.length;
    if (n === st.cap) st.grow();
    const j = n & CHUNK_MASK;
    storeValue(st, n, v, sr.board, sr.indicator, m0 + k, k);
    if (k !== next || j === 0) st.runFor(b, i, m0 + k, est);
    next = k + 1;
    st.length = n + 1;
    if (rowSources !== undefined) {
      const c = rowSources.cols[k]!;
      if (c >= 0) st.sources.setCell(n, rowSources.sheet, rowSources.row, c);
    } else if (srcs !== undefined) {
      const src = srcs[k];
      if (src !== undefined) st.sources.set(n, src);
    }
  }
}

/** `add`: one observation appended to the store (no closure: this is the hot path). */
function storeObservation(st: RawObservations, boards: CodeTable, indicators: CodeTable, o: ObservationInput): void {
  if (typeof o !== 'object' || o === null) throw argumentError(ADD, 'observation', 'object', o);
  const n = st.length;
  if (n === st.cap) st.grow();
  const b = boards.of(o.board, ADD);
  const i = indicators.of(o.indicator, ADD);
  const m = monthOf(o.month, ADD, 'month');
  storeValue(st, n, o.value, o.board, o.indicator, m, -1);
  st.runFor(b, i, m, o.status === 'estimated' ? 1 : 0);
  st.length = n + 1;
  if (o.source !== undefined) st.sources.set(n, o.source);
}

/** `addSeries`: a run of consecutive months appended to the store. */
function storeSeries(st: RawObservations, boards: CodeTable, indicators: CodeTable, sr: SeriesInput, rowSources?: RowSources): void {
  expectObject(ADD_SERIES, 'series', sr);
  const b = boards.of(sr.board, ADD_SERIES);
  const i = indicators.of(sr.indicator, ADD_SERIES);
  const m0 = monthOf(sr.start, ADD_SERIES, 'start');
  const values = sr.values;
  expectArray(ADD_SERIES, 'values', values, 'value-list');
  const srcs = sr.sources;
  if (srcs !== undefined) expectArray(ADD_SERIES, 'sources', srcs, 'value-list');
  appendRow(st, b, i, m0, sr, rowSources);
}

/** `build`: the openings keyed by board × indicator, then the store frozen into series. */
function buildObservations(
  boards: CodeTable,
  indicators: CodeTable,
  st: RawObservations,
  openings: ReadonlyMap<string, { board: number; indicator: number } & StoredValue>,
  targets: Map<string, StoredValue>,
): ObservationSet {
  const nI = indicators.list.length;
  const byKey = new Map<number, StoredValue>();
  for (const o of openings.values()) byKey.set(o.board * nI + o.indicator, { value: o.value, source: o.source });
  return wrapInternals(freezeObservations({ boards: boards.list, indicators: indicators.list, st, openings: byKey, targets }), st.length);
}

/**
 * Starts an observation set. Add values as decimal strings; they are stored exactly.
 *
 * @example
 * ```ts
 * import { createObservations, consolidate } from 'hoptac';
 * const set = createObservations()
 *   .add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: '1520.5' })
 *   .add({ board: 'DN', indicator: 'export_value', month: '2017-02', value: '1490' })
 *   .build();
 * consolidate(set, { period: '2017-01/2017-02', indicators: ['export_value'] }).rows[0]?.value; // '3010.5'
 * ```
 */
export function createObservations(): ObservationBuilder {
  const boards = new CodeTable('board');
  const indicators = new CodeTable('indicator');
  const st = new RawObservations();
  const openings = new Map<string, { board: number; indicator: number } & StoredValue>();
  const targets = new Map<string, StoredValue>();
  let built = false;
  const guard = () => {
    if (built) throw new HoptacError('invalid-observation', { reason: messageBoth('reason.already-built') });
  };

  const builder: ObservationBuilder & { [SHEET_ROW]: SheetRowFn } = {
    board(code) {
      guard();
      boards.of(code, 'createObservations().board');
      return builder;
    },
    add(o) {
      if (built) guard();
      storeObservation(st, boards, indicators, o);
      return builder;
    },
    addSeries(sr) {
      if (built) guard();
      storeSeries(st, boards, indicators, sr);
      return builder;
    },
    [SHEET_ROW](sr, sheet, row, cols) {
      if (built) guard();
      storeSeries(st, boards, indicators, sr, { sheet: st.sources.sheetNumber(sheet), row, cols });
    },
    opening(o) {
      guard();
      const fn = 'createObservations().opening';
      expectObject(fn, 'opening', o);
      const b = boards.of(o.board, fn);
      const i = indicators.of(o.indicator, fn);
      openings.set(`${b}|${i}`, { board: b, indicator: i, value: exact(o.value, `${o.board}/${o.indicator}`, fn, 'value'), source: o.source });
      return builder;
    },
    target(t) {
      guard();
      const fn = 'createObservations().target';
      expectObject(fn, 'target', t);
      expectInteger(fn, 'year', t.year, MIN_YEAR, MAX_YEAR);
      const b = boards.of(t.board, fn);
      const i = indicators.of(t.indicator, fn);
      targets.set(`${b}|${i}|${t.year}`, { value: exact(t.value, `${t.board}/${t.indicator}/${t.year}`, fn, 'value'), source: t.source });
      return builder;
    },
    build() {
      guard();
      built = true;
      return buildObservations(boards, indicators, st, openings, targets);
    },
  };
  return builder;
}

/**
 * @internal `addSeries` for the workbook reader, without a `Source` object per value: value `k` of
 * `series` came from cell (`row`, `cols[k]`) (0-based) of sheet `sheet`, none where `cols[k] < 0`.
 * Reads back exactly as `addSeries` with `sources[k] = { sheet, cell: a1(row, cols[k]) }`.
 */
export function addSheetRow(builder: ObservationBuilder, series: SeriesInput, sheet: string, row: number, cols: Int32Array): void {
  const own = (builder as { [SHEET_ROW]?: SheetRowFn })[SHEET_ROW];
  if (own !== undefined) {
    own(series, sheet, row, cols);
    return;
  }
  const sources = Array.from(series.values, (_, k) => (cols[k] !== undefined && cols[k]! >= 0 ? { sheet, cell: a1(row, cols[k]!) } : undefined));
  builder.addSeries({ ...series, sources });
}
