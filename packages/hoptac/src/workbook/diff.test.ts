/**
 * diffWorkbooks on Grids: a property test (random edits between two copies; the diff reports
 * exactly the edits made, the expected set derived from the edits themselves), unit tests of the
 * order and the kinds, and the snapshot round trip.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffObservations } from '../observation/diff.js';
import { createObservations } from '../observation/set.js';
import { affectedFigures } from './affected.js';
import { diffWorkbooks, type WorkbookChange } from './diff.js';
import type { Grid, GridCell, GridSheet } from './grid.js';
import { readWorkbook } from './read/index.js';
import { loadWorkbookSnapshot, snapshotObservations, takeWorkbookSnapshot } from './snapshot.js';

// ---- a small workbook model, independent of the reader ---------------------------------------

/** indicators used, with the catalogue unit and an exact rescaling unit (×1000 when written in it) */
const INDS = [
  { code: 'export_value', unit: 'triệu USD', finer: 'nghìn USD', flow: true },
  { code: 'fdi_capital_new', unit: 'triệu USD', finer: 'nghìn USD', flow: true },
  { code: 'ddi_capital_new', unit: 'tỷ đồng', finer: 'triệu đồng', flow: true },
  { code: 'workers_total', unit: 'người', finer: undefined, flow: false },
] as const;

interface SheetState {
  titles: number;
  /** indicator codes in row order */
  rows: string[];
  /** months (index into MONTHS) in column order */
  cols: number[];
  /** rows written in the finer unit (values × 1000 as written) */
  finer: Set<string>;
  /** estimated months */
  estimated: Set<number>;
}
interface State {
  boards: string[];
  sheets: Map<string, SheetState>;
  /** `board|indicator|month` -> value in the catalogue unit (canonical), absent = blank */
  values: Map<string, string>;
  /** `board|indicator` -> opening */
  openings: Map<string, string>;
  /** `board|indicator|year` -> target */
  targets: Map<string, string>;
}

const MONTHS = ['2017-10', '2017-11', '2017-12', '2018-01'];
const header = (m: string) => `T${Number(m.slice(5))}/${m.slice(0, 4)}`;

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** decimal text × 1000, by moving the point (exact) */
function times1000(v: string): string {
  const [i, f = ''] = v.split('.');
  const g = (f + '000').slice(0, 3);
  const rest = f.slice(3);
  const int = (i! + g).replace(/^0+(?=\d)/, '');
  return rest === '' ? int : `${int}.${rest}`;
}

const text = (value: string): GridCell => ({ kind: 'text', value });
const num = (value: string): GridCell => ({ kind: 'number', value });

function render(s: State): Grid {
  const sheets: GridSheet[] = [];
  sheets.push({ name: 'Boards', rows: [['code', 'name', 'province', 'zone_kind', 'focal_unit'].map(text), ...s.boards.map((b) => [b, `BQL ${b}`, 'x', 'KCN', 'x'].map(text))] });
  const targetRows = [...s.targets].map(([k, v]) => {
    const [b, i, y] = k.split('|');
    return [text(b!), text(i!), num(y!), num(v)];
  });
  sheets.push({ name: 'Targets', rows: [['board', 'indicator', 'year', 'target'].map(text), ...targetRows] });
  for (const b of s.boards) {
    const st = s.sheets.get(b)!;
    const rows: (GridCell | undefined)[][] = [];
    for (let t = 0; t < st.titles; t++) rows.push([text(`TIÊU ĐỀ ${t + 1}`)]);
    rows.push([text('code'), text('indicator'), text('unit'), text('opening'), ...st.cols.map((m) => text(header(MONTHS[m]!) + (st.estimated.has(m) ? ' (ước)' : '')))]);
    for (const code of st.rows) {
      const ind = INDS.find((i) => i.code === code)!;
      const finer = st.finer.has(code);
      const w = (v: string | undefined) => (v === undefined ? undefined : num(finer ? times1000(v) : v));
      rows.push([text(code), text(code), text(finer ? ind.finer! : ind.unit), w(s.openings.get(`${b}|${code}`)), ...st.cols.map((m) => w(s.values.get(`${b}|${code}|${MONTHS[m]}`)))]);
    }
    sheets.push({ name: b, rows });
  }
  return { sheets };
}

/** Where a value sits in a state's layout. */
function cellOf(s: State, board: string, indicator: string, month: string): string {
  const st = s.sheets.get(board)!;
  return colName(4 + st.cols.indexOf(MONTHS.indexOf(month))) + String(st.titles + 2 + st.rows.indexOf(indicator));
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomValue(r: () => number): string {
  const cents = Math.floor(r() * 1_000_000) + 1; // 0.01 .. 10000.00, never 0
  const s = String(cents).padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`.replace(/\.?0+$/, '') || '0';
}

function shuffle<T>(xs: T[], r: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function randomState(r: () => number): State {
  const boards = ['DN', 'LD', 'BP'].slice(0, 1 + Math.floor(r() * 3));
  const s: State = { boards, sheets: new Map(), values: new Map(), openings: new Map(), targets: new Map() };
  for (const b of boards) {
    s.sheets.set(b, { titles: Math.floor(r() * 3), rows: INDS.map((i) => i.code), cols: MONTHS.map((_, k) => k), finer: new Set(), estimated: new Set(r() < 0.3 ? [2] : []) });
    for (const ind of INDS) {
      if (ind.flow && r() < 0.5) s.openings.set(`${b}|${ind.code}`, randomValue(r));
      if (ind.flow && r() < 0.5) s.targets.set(`${b}|${ind.code}|2017`, randomValue(r));
      for (const m of MONTHS) if (r() < 0.8) s.values.set(`${b}|${ind.code}|${m}`, randomValue(r));
    }
  }
  return s;
}

function clone(s: State): State {
  const sheets = new Map<string, SheetState>([...s.sheets].map(([k, v]) => [k, { titles: v.titles, rows: [...v.rows], cols: [...v.cols], finer: new Set(v.finer), estimated: new Set(v.estimated) }]));
  return { boards: [...s.boards], sheets, values: new Map(s.values), openings: new Map(s.openings), targets: new Map(s.targets) };
}

type Edit = 'revise' | 'add' | 'remove' | 'move-rows' | 'move-columns' | 'title-rows' | 'unit' | 'finalize' | 'target' | 'opening';
const EDITS: readonly Edit[] = ['revise', 'add', 'remove', 'move-rows', 'move-columns', 'title-rows', 'unit', 'finalize', 'target', 'opening'];

/** Applies random edits; returns the new state and the changes they make, derived from the edits. */
function edit(old: State, r: () => number, count: number): { next: State; expected: string[] } {
  const next = clone(old);
  const touched = new Set<string>(); // value cells edited (each at most once)
  const expected: string[] = [];
  const valueEdits: { b: string; i: string; m: string }[] = [];
  const units: { b: string; i: string; before: string; after: string }[] = [];
  const finalized: { b: string; m: number }[] = [];
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  for (let n = 0; n < count; n++) {
    const kind = pick(EDITS);
    const b = pick(next.boards);
    const st = next.sheets.get(b)!;
    const ind = pick(INDS);
    const m = pick(MONTHS);
    const key = `${b}|${ind.code}|${m}`;
    if (kind === 'revise' || kind === 'add' || kind === 'remove') {
      if (touched.has(key)) continue;
      const has = next.values.has(key);
      const v = next.values.get(key);
      if (kind === 'revise' && v !== undefined) next.values.set(key, v.includes('.') ? `${v}1` : `${v}.1`); // a last digit more: another value
      else if (kind === 'add' && !has) next.values.set(key, randomValue(r));
      else if (kind === 'remove' && has) next.values.delete(key);
      else continue;
      touched.add(key);
      valueEdits.push({ b, i: ind.code, m });
    } else if (kind === 'move-rows') shuffle(st.rows, r);
    else if (kind === 'move-columns') shuffle(st.cols, r);
    else if (kind === 'title-rows') st.titles += 1 + Math.floor(r() * 3);
    else if (kind === 'unit') {
      if (ind.finer === undefined || units.some((u) => u.b === b && u.i === ind.code)) continue;
      const wasFiner = st.finer.has(ind.code);
      if (wasFiner) st.finer.delete(ind.code);
      else st.finer.add(ind.code);
      units.push({ b, i: ind.code, before: wasFiner ? ind.finer : ind.unit, after: wasFiner ? ind.unit : ind.finer });
    } else if (kind === 'finalize') {
      const est = [...st.estimated];
      if (est.length === 0) continue;
      st.estimated.delete(est[0]!);
      finalized.push({ b, m: est[0]! });
    } else if (kind === 'target') {
      const tk = `${b}|${ind.code}|2017`;
      if (!ind.flow || expected.some((e) => e.startsWith(`target ${b} ${ind.code}`))) continue;
      const before = next.targets.get(tk);
      const after = randomValue(r);
      if (before === after) continue;
      next.targets.set(tk, after);
      expected.push(`target ${b} ${ind.code} 2017: ${before ?? null} -> ${after} @Targets`);
    } else if (kind === 'opening') {
      const ok = `${b}|${ind.code}`;
      if (!ind.flow || expected.some((e) => e.startsWith(`opening ${b} ${ind.code}`))) continue;
      const before = next.openings.get(ok);
      const after = before === undefined ? randomValue(r) : undefined;
      if (after === undefined) next.openings.delete(ok);
      else next.openings.set(ok, after);
      expected.push(`opening ${b} ${ind.code}: ${before ?? null} -> ${after ?? null} @${b}`);
    }
  }
  // month changes, from the edited cells and the finalized columns: before and after as the edits left them
  const cells = new Map<string, { b: string; i: string; m: string }>();
  for (const e of valueEdits) cells.set(`${e.b}|${e.i}|${e.m}`, e);
  for (const f of finalized) for (const ind of INDS) cells.set(`${f.b}|${ind.code}|${MONTHS[f.m]}`, { b: f.b, i: ind.code, m: MONTHS[f.m]! });
  for (const [key, { b, i, m }] of cells) {
    const before = old.values.get(key);
    const after = next.values.get(key);
    const wasEst = old.sheets.get(b)!.estimated.has(MONTHS.indexOf(m));
    const isEst = next.sheets.get(b)!.estimated.has(MONTHS.indexOf(m));
    let kind: string;
    if (before === undefined && after === undefined) continue;
    if (before === undefined) kind = 'added';
    else if (after === undefined) kind = 'removed';
    else if (wasEst && !isEst) kind = 'finalized';
    else if (before !== after) kind = 'revised';
    else continue;
    const where = after === undefined ? `${b}!${cellOf(old, b, i, m)}` : `${b}!${cellOf(next, b, i, m)}`;
    expected.push(`${kind} ${b} ${i} ${m}: ${before ?? null} -> ${after ?? null} @${where}`);
  }
  for (const u of units) {
    const st = next.sheets.get(u.b)!;
    const scale = (unit: string) => (unit === 'nghìn USD' || unit === 'triệu đồng' ? '0.001' : '1');
    expected.push(`unit ${u.b} ${u.i}: ${scale(u.before)} -> ${scale(u.after)} @${u.b}!C${st.titles + 2 + st.rows.indexOf(u.i)} (${u.before} -> ${u.after})`);
  }
  return { next, expected };
}

function shown(c: WorkbookChange): string {
  const when = c.month ?? (c.year === undefined ? '' : String(c.year));
  const where = c.kind === 'target' ? '@Targets' : c.kind === 'opening' ? `@${c.sheet}` : `@${c.sheet}!${c.cell}`;
  return `${c.kind} ${c.board} ${c.indicator}${when === '' ? '' : ` ${when}`}: ${c.before} -> ${c.after} ${where}${c.units ? ` (${c.units.before} -> ${c.units.after})` : ''}`;
}

describe('diffWorkbooks: the property', () => {
  test('for random edits (revise, add, remove, move rows and columns, title rows, exact unit changes, finalize, targets, openings) the diff is exactly the edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 12 }), (seed, count) => {
        const r = prng(seed);
        const old = randomState(r);
        const { next, expected } = edit(old, r, count);
        const got = diffWorkbooks(readWorkbook(render(old)), readWorkbook(render(next))).map(shown);
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 150 },
    );
  });

  test('a workbook compared with itself, or with its own snapshot, has no change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const model = readWorkbook(render(randomState(prng(seed))));
        expect(diffWorkbooks(model, model)).toEqual([]);
        const snap = loadWorkbookSnapshot(JSON.stringify(takeWorkbookSnapshot(model)));
        expect(diffWorkbooks(snap, model)).toEqual([]);
        expect(diffObservations(snapshotObservations(snap), model.observations)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  test('against a snapshot of the old copy, the diff is the same as against the old copy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 8 }), (seed, count) => {
        const r = prng(seed);
        const old = randomState(r);
        const { next } = edit(old, r, count);
        const a = readWorkbook(render(old));
        const b = readWorkbook(render(next));
        expect(diffWorkbooks(takeWorkbookSnapshot(a), b)).toEqual(diffWorkbooks(a, b));
      }),
      { numRuns: 40 },
    );
  });
});

describe('diffWorkbooks: kinds and order', () => {
  const sheetOf = (name: string, months: string[], rows: (string | number | null)[][]): GridSheet => ({
    name,
    rows: [['code', 'indicator', 'unit', ...months].map(text), ...rows.map((row) => row.map((v, k) => (v === null ? undefined : typeof v === 'number' || k >= 3 ? num(String(v)) : text(v))))],
  });
  const boards: GridSheet = { name: 'Boards', rows: [['code', 'name', 'province', 'zone_kind', 'focal_unit'].map(text), ...['DN', 'LD'].map((b) => [b, b, 'x', 'KCN', 'x'].map(text))] };
  const older: Grid = {
    sheets: [
      boards,
      sheetOf('DN', ['T11/2017', 'Tháng 12/2017 (ước)'], [['export_value', 'x', 'triệu USD', '100', '50'], ['import_value', 'x', 'triệu USD', '10', '20']]),
      sheetOf('LD', ['T11/2017', 'T12/2017'], [['export_value', 'x', 'triệu USD', '0', '7']]),
    ],
  };
  const newer: Grid = {
    sheets: [
      boards,
      sheetOf('DN', ['T11/2017', 'T12/2017'], [['export_value', 'x', 'triệu USD', '101', '50'], ['import_value', 'x', 'nghìn USD', '10000', null]]),
      sheetOf('LD', ['T11/2017', 'T12/2017'], [['export_value', 'x', 'triệu USD', '3', '7.7']]),
    ],
  };

  test('each kind, located, grouped by board, largest relative change first (exact)', () => {
    const got = diffWorkbooks(readWorkbook(older), readWorkbook(newer)).map(shown);
    expect(got).toEqual([
      // DN: import 2017-12 gone (infinite), export 2017-11 +1 % (1/100), export 2017-12 final at the same value (0), the unit (none)
      'removed DN import_value 2017-12: 20 -> null @DN!E3',
      'revised DN export_value 2017-11: 100 -> 101 @DN!D2',
      'finalized DN export_value 2017-12: 50 -> 50 @DN!E2',
      'unit DN import_value: 1 -> 0.001 @DN!C3 (triệu USD -> nghìn USD)',
      // LD: from zero (infinite), then +10 %
      'revised LD export_value 2017-11: 0 -> 3 @LD!D2',
      'revised LD export_value 2017-12: 7 -> 7.7 @LD!E2',
    ]);
  });

  test('affected: the consolidated figures that moved, and only those', () => {
    const a = readWorkbook(older);
    const b = readWorkbook(newer);
    const changes = diffWorkbooks(a, b);
    const aff = affectedFigures(a, b, { periods: ['2017-12'], changes }).filter((x) => x.measure === 'value').map((x) => `${x.indicator} ${x.board} ${x.before} -> ${x.after}`);
    // by hand: DN export 50 -> 50, LD 7 -> 7.7, ALL 57 -> 57.7; DN import 20 -> missing, ALL import missing either way (LD has no row)
    expect(aff).toEqual(['export_value LD 7 -> 7.7', 'export_value ALL 57 -> 57.7', 'import_value DN 20 -> null']);
    // with all indicators consolidated (no changes given) the answer is the same
    expect(affectedFigures(a, b, { periods: ['2017-12'] })).toEqual(affectedFigures(a, b, { periods: ['2017-12'], changes }));
  });

  test('affected, when the copies list different boards: figures matched by board, one only the newer has and one only the older has', () => {
    const withBoards = (codes: string[], sheets: GridSheet[]): Grid => ({
      sheets: [{ name: 'Boards', rows: [['code', 'name', 'province', 'zone_kind', 'focal_unit'].map(text), ...codes.map((b) => [b, b, 'x', 'KCN', 'x'].map(text))] }, ...sheets],
    });
    const dn = sheetOf('DN', ['T12/2017'], [['export_value', 'x', 'triệu USD', '50']]);
    const ld = sheetOf('LD', ['T12/2017'], [['export_value', 'x', 'triệu USD', '7']]);
    const hn = sheetOf('HN', ['T12/2017'], [['export_value', 'x', 'triệu USD', '5']]);
    const a = readWorkbook(withBoards(['DN', 'LD'], [dn, ld]));
    const b = readWorkbook(withBoards(['DN', 'HN'], [dn, hn]));
    const values = (x: readonly { measure: string; indicator: string; board: string; before: string | null; after: string | null }[]) =>
      x.filter((f) => f.measure === 'value').map((f) => `${f.indicator} ${f.board} ${f.before} -> ${f.after}`);
    // by hand: ALL 50 + 7 = 57 before, 50 + 5 = 55 after; HN only after; LD only before; DN unchanged
    expect(values(affectedFigures(a, b, { periods: ['2017-12'], changes: diffWorkbooks(a, b) }))).toEqual(['export_value HN null -> 5', 'export_value ALL 57 -> 55', 'export_value LD 7 -> null']);
  });

  test('diffObservations: a blank and an absent month are the same; 1.50 equals 1.5', () => {
    const a = createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: null }).add({ board: 'DN', indicator: 'export_value', month: '2017-02', value: '1.50' }).build();
    const b = createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-02', value: '1.5' }).build();
    expect(diffObservations(a, b)).toEqual([]);
  });

  test('a snapshot whose content was altered is refused', () => {
    const snap = takeWorkbookSnapshot(readWorkbook(older));
    const text = JSON.stringify(snap).replace('"100"', '"999"');
    expect(() => loadWorkbookSnapshot(text)).toThrow(/hash/);
    expect(() => loadWorkbookSnapshot('{')).toThrow(/JSON/);
  });
});
