/**
 * The observation store: integer-coded keys, scaled-integer values in typed arrays.
 *
 * Exactness: every value is kept as an integer mantissa at its series' common scale. Mantissas
 * live in a Float64Array only while they, and any sum of a whole series of them, are safe integers
 * (below 2^52 in magnitude, checked when the set is built); integer arithmetic on such doubles is
 * exact. A series that could leave that range is kept as bigints instead. No fraction ever goes
 * through binary floating point.
 */
import { HoptacError } from '../errors.js';
import { argumentError, expectArray, expectInteger, expectObject } from '../internal/args.js';
import { messageBoth } from '../messages/index.js';
import { expectMonth } from '../period/guard.js';
import { format, parseScaled, pow10, type Scaled, trim } from '../decimal/scaled.js';
import { monthIndex, monthIndexText } from '../period/core.js';
import { parse as parsePeriod } from '../period/parse.js';
import { MAX_YEAR, MIN_YEAR, type MonthPeriod } from '../period/types.js';

const ADD = 'createObservations().add';
const ADD_SERIES = 'createObservations().addSeries';
import type { Observation, ObservationInput, ObservationStatus, OpeningInput, SeriesInput, Source, TargetInput } from './types.js';

/** Slot flags. */
export const ABSENT = 0;
export const VALUE = 1;
export const BLANK = 2;

const SAFE_SUM = 2 ** 52;
const MAX_SAFE = 9007199254740991n; // Number.MAX_SAFE_INTEGER

/** One board × indicator run of months, starting at its board's first month. */
export interface Series {
  readonly board: number;
  readonly indicator: number;
  readonly start: number; // month index of slot 0
  readonly flags: Uint8Array;
  readonly scale: number;
  /** mantissas at `scale` when the series is safe for exact double integer arithmetic */
  readonly mant: Float64Array | undefined;
  /** mantissas at `scale` otherwise */
  readonly big: readonly bigint[] | undefined;
  readonly estimated: Uint8Array | undefined;
  readonly firstObs: Int32Array; // observation number of each slot, -1 if none
}

export interface SetInternals {
  readonly boards: readonly string[];
  readonly indicators: readonly string[];
  readonly boardFirst: Int32Array; // first month index per board (-1: none)
  readonly boardLast: Int32Array;
  readonly series: (Series | undefined)[]; // index board * nIndicators + indicator
  readonly openings: ReadonlyMap<number, { readonly value: Scaled; readonly source: Source | undefined }>;
  readonly targets: ReadonlyMap<string, { readonly value: Scaled; readonly source: Source | undefined }>;
  readonly sources: readonly (Source | undefined)[];
}

const INTERNALS = Symbol('hoptac.observations');

/**
 * An immutable set of observations, openings and targets, ready to consolidate. Build one with
 * {@link createObservations}.
 */
export interface ObservationSet {
  /** board codes, in the order they were first seen or registered */
  readonly boards: readonly string[];
  /** indicator codes, in the order they were first seen */
  readonly indicators: readonly string[];
  /** number of stored observations (reported values and reported blanks) */
  readonly size: number;
  /** @internal */
  readonly [INTERNALS]: SetInternals;
}

/** @internal An ObservationSet around internals (built by the builder, or copied whole between threads). */
export function wrapInternals(inner: SetInternals): ObservationSet {
  let size = 0;
  for (const sr of inner.series) if (sr !== undefined) for (let k = 0; k < sr.flags.length; k++) if (sr.flags[k] !== ABSENT) size++;
  return Object.freeze({ boards: inner.boards, indicators: inner.indicators, size, [INTERNALS]: inner });
}

/** @internal */
export function internals(set: ObservationSet, fn = 'consolidate', field = 'set'): SetInternals {
  const i = typeof set === 'object' && set !== null ? (set as { [INTERNALS]?: SetInternals })[INTERNALS] : undefined;
  if (i === undefined) throw argumentError(fn, field, 'observation-set', set);
  return i;
}

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

/** Struct-of-arrays store of raw observations, grown together (one capacity check per add). */
class Store {
  cap: number;
  length = 0;
  board: Int32Array;
  indicator: Int32Array;
  month: Int32Array;
  scale: Int16Array; // -1: a reported blank
  mant: Float64Array;
  constructor(cap = 4096) {
    this.cap = cap;
    this.board = new Int32Array(cap);
    this.indicator = new Int32Array(cap);
    this.month = new Int32Array(cap);
    this.scale = new Int16Array(cap);
    this.mant = new Float64Array(cap);
  }
  grow(): void {
    const cap = this.cap * 2;
    const g = <T extends Int32Array | Int16Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.board = g(this.board, (n) => new Int32Array(n));
    this.indicator = g(this.indicator, (n) => new Int32Array(n));
    this.month = g(this.month, (n) => new Int32Array(n));
    this.scale = g(this.scale, (n) => new Int16Array(n));
    this.mant = g(this.mant, (n) => new Float64Array(n));
    this.cap = cap;
  }
}

// Fast exact read of a plain decimal with at most 15 significant digits: its integer mantissa (a
// safe integer) goes to fastMant, its scale is returned; -1 sends the text to the general reader.
// While the true mantissa is below 1e15 every partial value is a safe integer, so the arithmetic is
// exact; at or above 1e15 the (then rounded) value is still >= 1e15 and the text is refused here.
let fastMant = 0;
function fastParse(s: string): number {
  const n = s.length;
  if (n === 0 || n > 17) return -1;
  let i = 0;
  let neg = false;
  if (s.charCodeAt(0) === 45 /* - */) {
    neg = true;
    i = 1;
  }
  const first = i;
  let m = 0;
  let c = 0;
  for (; i < n; i++) {
    c = s.charCodeAt(i) - 48;
    if (c >>> 0 > 9) break;
    m = m * 10 + c;
  }
  let scale = 0;
  if (i < n) {
    if (c !== -2 /* . */ || i + 1 === n) return -1;
    const start = ++i;
    for (; i < n; i++) {
      c = s.charCodeAt(i) - 48;
      if (c >>> 0 > 9) return -1;
      m = m * 10 + c;
    }
    scale = n - start;
  } else if (i === first) return -1;
  if (m >= 1e15) return -1;
  fastMant = neg && m !== 0 ? -m : m;
  return scale;
}

function monthOf(m: string | MonthPeriod, fn: string, field: string): number {
  if (typeof m !== 'string') {
    expectMonth(fn, field, m);
    return monthIndex(m);
  }
  // fast path for canonical 'YYYY-MM'
  if (m.length === 7 && m.charCodeAt(4) === 45) {
    const d0 = m.charCodeAt(0) - 48;
    const d1 = m.charCodeAt(1) - 48;
    const d2 = m.charCodeAt(2) - 48;
    const d3 = m.charCodeAt(3) - 48;
    const d5 = m.charCodeAt(5) - 48;
    const d6 = m.charCodeAt(6) - 48;
    if (d0 >>> 0 <= 9 && d1 >>> 0 <= 9 && d2 >>> 0 <= 9 && d3 >>> 0 <= 9 && d5 >>> 0 <= 9 && d6 >>> 0 <= 9) {
      const y = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
      const mo = d5 * 10 + d6;
      if (y >= 1900 && y <= 2999 && mo >= 1 && mo <= 12) return y * 12 + mo - 1;
    }
  }
  const p = parsePeriod(m);
  if (p.kind !== 'month') throw new HoptacError('invalid-observation', { reason: messageBoth('reason.not-a-month', { text: m }) });
  return monthIndex(p);
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
  const boards: string[] = [];
  const boardIdx = new Map<string, number>();
  const indicators: string[] = [];
  const indIdx = new Map<string, number>();
  const st = new Store();
  const big = new Map<number, Scaled>(); // observation number -> value too large for a safe mantissa
  const sources: (Source | undefined)[] = [];
  const estimated = new Set<number>();
  const openings = new Map<string, { board: number; indicator: number; value: Scaled; source: Source | undefined }>();
  const targets = new Map<string, { value: Scaled; source: Source | undefined }>();
  let lastBoard = '';
  let lastBoardI = -1;
  let lastInd = '';
  let lastIndI = -1;
  let built = false;

  const board = (code: string, fn: string): number => {
    if (code === lastBoard) return lastBoardI;
    let b = boardIdx.get(code);
    if (b === undefined) {
      if (typeof code !== 'string' || code.length === 0) throw argumentError(fn, 'board', 'code', code);
      b = boards.length;
      boards.push(code);
      boardIdx.set(code, b);
    }
    lastBoard = code;
    lastBoardI = b;
    return b;
  };
  const indicator = (code: string, fn: string): number => {
    if (code === lastInd) return lastIndI;
    let i = indIdx.get(code);
    if (i === undefined) {
      if (typeof code !== 'string' || code.length === 0) throw argumentError(fn, 'indicator', 'code', code);
      i = indicators.length;
      indicators.push(code);
      indIdx.set(code, i);
    }
    lastInd = code;
    lastIndI = i;
    return i;
  };
  // A wrong type is the caller's (invalid-argument); text that is not a decimal is the data's.
  const exact = (v: string, what: string, fn: string, field: string): Scaled => {
    if (typeof v !== 'string') throw argumentError(fn, field, 'decimal', v);
    const d = parseScaled(v);
    if (d === undefined) throw new HoptacError('invalid-observation', { reason: messageBoth('reason.not-a-decimal', { where: what, text: v.length > 60 ? `${v.slice(0, 60)}…` : v }) });
    return trim(d);
  };
  const guard = () => {
    if (built) throw new HoptacError('invalid-observation', { reason: messageBoth('reason.already-built') });
  };

  // The where-arguments are plain values so the hot path allocates nothing; they are only read to
  // word an error.
  // `k` is the index in addSeries' values, -1 for add.
  const store = (n: number, v: string | null, atBoard: string, atIndicator: string, atMonth: number, k: number): void => {
    if (v === null) {
      st.scale[n] = -1;
      return;
    }
    const s = typeof v === 'string' ? fastParse(v) : -1;
    if (s >= 0) {
      st.mant[n] = fastMant;
      st.scale[n] = s;
      return;
    }
    const where = () => `${atBoard}/${atIndicator}/${monthIndexText(atMonth)}`;
    if (typeof v !== 'string') {
      if (k < 0) throw argumentError('createObservations().add', 'value', 'decimal-or-null', v);
      throw argumentError('createObservations().addSeries', `values[${k}]`, 'decimal-or-null', v);
    }
    const d = exact(v, where(), '', '');
    if (d.scale > 32000) throw new HoptacError('invalid-observation', { reason: messageBoth('reason.too-many-places', { where: where() }) });
    if (d.int <= MAX_SAFE && d.int >= -MAX_SAFE) st.mant[n] = Number(d.int);
    else big.set(n, d);
    st.scale[n] = d.scale;
  };

  const builder: ObservationBuilder = {
    board(code) {
      guard();
      board(code, 'createObservations().board');
      return builder;
    },
    add(o) {
      if (built) guard();
      if (typeof o !== 'object' || o === null) throw argumentError(ADD, 'observation', 'object', o);
      const n = st.length;
      if (n === st.cap) st.grow();
      st.board[n] = board(o.board, ADD);
      st.indicator[n] = indicator(o.indicator, ADD);
      const m = monthOf(o.month, ADD, 'month');
      st.month[n] = m;
      store(n, o.value, o.board, o.indicator, m, -1);
      st.length = n + 1;
      if (o.source !== undefined) sources[n] = o.source;
      if (o.status === 'estimated') estimated.add(n);
      return builder;
    },
    addSeries(sr) {
      if (built) guard();
      expectObject(ADD_SERIES, 'series', sr);
      const b = board(sr.board, ADD_SERIES);
      const i = indicator(sr.indicator, ADD_SERIES);
      const m0 = monthOf(sr.start, ADD_SERIES, 'start');
      const values = sr.values;
      expectArray(ADD_SERIES, 'values', values, 'value-list');
      const srcs = sr.sources;
      if (srcs !== undefined) expectArray(ADD_SERIES, 'sources', srcs, 'value-list');
      const est = sr.status === 'estimated';
      for (let k = 0; k < values.length; k++) {
        const v = values[k];
        if (v === undefined) continue;
        const n = st.length;
        if (n === st.cap) st.grow();
        st.board[n] = b;
        st.indicator[n] = i;
        st.month[n] = m0 + k;
        store(n, v, sr.board, sr.indicator, m0 + k, k);
        st.length = n + 1;
        if (srcs !== undefined) {
          const src = srcs[k];
          if (src !== undefined) sources[n] = src;
        }
        if (est) estimated.add(n);
      }
      return builder;
    },
    opening(o) {
      guard();
      const fn = 'createObservations().opening';
      expectObject(fn, 'opening', o);
      const b = board(o.board, fn);
      const i = indicator(o.indicator, fn);
      openings.set(`${b}|${i}`, { board: b, indicator: i, value: exact(o.value, `${o.board}/${o.indicator}`, fn, 'value'), source: o.source });
      return builder;
    },
    target(t) {
      guard();
      const fn = 'createObservations().target';
      expectObject(fn, 'target', t);
      expectInteger(fn, 'year', t.year, MIN_YEAR, MAX_YEAR);
      const b = board(t.board, fn);
      const i = indicator(t.indicator, fn);
      targets.set(`${b}|${i}|${t.year}`, { value: exact(t.value, `${t.board}/${t.indicator}/${t.year}`, fn, 'value'), source: t.source });
      return builder;
    },
    build() {
      guard();
      built = true;
      return freeze();
    },
  };

  function freeze(): ObservationSet {
    const nB = boards.length;
    const nI = indicators.length;
    const nObs = st.length;
    const B = st.board;
    const I = st.indicator;
    const M = st.month;
    const S = st.scale;
    const V = st.mant;
    const boardFirst = new Int32Array(nB).fill(-1);
    const boardLast = new Int32Array(nB).fill(-1);
    for (let k = 0; k < nObs; k++) {
      const b = B[k]!;
      const m = M[k]!;
      if (boardFirst[b] === -1 || m < boardFirst[b]!) boardFirst[b] = m;
      if (m > boardLast[b]!) boardLast[b] = m;
    }
    // Per series: common scale, largest mantissa, whether any value is big.
    const nS = nB * nI;
    const sScale = new Int32Array(nS);
    const sCount = new Int32Array(nS);
    const sMax = new Float64Array(nS);
    const sBig = new Uint8Array(nS);
    const hasBig = big.size > 0;
    for (let k = 0; k < nObs; k++) {
      const key = B[k]! * nI + I[k]!;
      sCount[key]!++;
      const s = S[k]!;
      if (s > sScale[key]!) sScale[key] = s;
      if (hasBig && big.has(k)) sBig[key] = 1;
    }
    for (let k = 0; k < nObs; k++) {
      const key = B[k]! * nI + I[k]!;
      const s = S[k]!;
      if (s < 0 || sBig[key]) continue;
      const shiftBy = sScale[key]! - s;
      const a = shiftBy === 0 ? Math.abs(V[k]!) : Math.abs(V[k]!) * 10 ** shiftBy; // magnitude estimate for the safety check only
      if (a > sMax[key]!) sMax[key] = a;
    }
    const series: (Series | undefined)[] = new Array(nS);
    for (let b = 0; b < nB; b++) {
      const start = boardFirst[b]!;
      const len = start < 0 ? 0 : boardLast[b]! - start + 1;
      for (let i = 0; i < nI; i++) {
        const key = b * nI + i;
        if (sCount[key] === 0) continue;
        const safe = !sBig[key] && sMax[key]! * len < SAFE_SUM && sMax[key]! < SAFE_SUM;
        const firstObs = new Int32Array(len).fill(-1);
        series[key] = {
          board: b,
          indicator: i,
          start,
          flags: new Uint8Array(len),
          scale: sScale[key]!,
          mant: safe ? new Float64Array(len) : undefined,
          big: safe ? undefined : new Array<bigint>(len).fill(0n),
          estimated: undefined,
          firstObs,
        };
      }
    }
    for (let k = 0; k < nObs; k++) {
      const key = B[k]! * nI + I[k]!;
      const sr = series[key]!;
      const slot = M[k]! - sr.start;
      if (sr.flags[slot] !== ABSENT) {
        throw new HoptacError('duplicate-observation', { board: boards[B[k]!]!, indicator: indicators[I[k]!]!, month: monthIndexText(M[k]!) });
      }
      sr.firstObs[slot] = k;
      const s = S[k]!;
      if (s < 0) {
        sr.flags[slot] = BLANK;
        continue;
      }
      sr.flags[slot] = VALUE;
      const shiftBy = sr.scale - s;
      if (sr.mant !== undefined) {
        sr.mant[slot] = shiftBy === 0 ? V[k]! : V[k]! * 10 ** shiftBy; // exact: checked safe above
      } else {
        const d = big.get(k) ?? { int: BigInt(V[k]!), scale: s };
        (sr.big as bigint[])[slot] = d.int * pow10(shiftBy);
      }
    }
    if (estimated.size > 0) {
      for (const k of estimated) {
        const key = B[k]! * nI + I[k]!;
        const sr = series[key]! as { estimated: Uint8Array | undefined; flags: Uint8Array; start: number };
        if (sr.estimated === undefined) sr.estimated = new Uint8Array(sr.flags.length);
        sr.estimated[M[k]! - sr.start] = 1;
      }
    }
    const openingMap = new Map<number, { value: Scaled; source: Source | undefined }>();
    for (const o of openings.values()) openingMap.set(o.board * nI + o.indicator, { value: o.value, source: o.source });
    const inner: SetInternals = {
      boards: Object.freeze([...boards]),
      indicators: Object.freeze([...indicators]),
      boardFirst,
      boardLast,
      series,
      openings: openingMap,
      targets,
      sources,
    };
    return Object.freeze({ boards: inner.boards, indicators: inner.indicators, size: nObs, [INTERNALS]: inner });
  }

  return builder;
}

/** The exact value of a slot as a scaled decimal (`undefined` unless it holds a value). */
export function slotValue(sr: Series, slot: number): Scaled | undefined {
  if (slot < 0 || slot >= sr.flags.length || sr.flags[slot] !== VALUE) return undefined;
  if (sr.mant !== undefined) return { int: BigInt(sr.mant[slot]!), scale: sr.scale };
  return { int: sr.big![slot]!, scale: sr.scale };
}

/**
 * Every stored observation, board by board, indicator by indicator, month by month.
 *
 * @example
 * ```ts
 * import { createObservations, observations } from 'hoptac';
 * const set = createObservations().add({ board: 'LD', indicator: 'workers_total', month: '2017-12', value: '12500' }).build();
 * [...observations(set)][0]?.value; // '12500'
 * ```
 */
export function* observations(set: ObservationSet): Generator<Observation> {
  const s = internals(set, 'observations');
  for (const sr of s.series) {
    if (sr === undefined) continue;
    for (let slot = 0; slot < sr.flags.length; slot++) {
      const f = sr.flags[slot];
      if (f === ABSENT) continue;
      const v = slotValue(sr, slot);
      const src = s.sources[sr.firstObs[slot]!];
      const status: ObservationStatus = sr.estimated?.[slot] === 1 ? 'estimated' : 'final';
      yield {
        board: s.boards[sr.board]!,
        indicator: s.indicators[sr.indicator]!,
        month: monthIndexText(sr.start + slot),
        value: v === undefined ? null : format(trim(v)),
        status,
        ...(src === undefined ? {} : { source: src }),
      };
    }
  }
}
