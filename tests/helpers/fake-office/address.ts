/** A1 addresses and cell keys in the fake host. */
import { FakeOfficeError } from './errors.js';
import type { FakeArea } from './types.js';

/** Columns in a sheet (XFD). */
export const FAKE_COLS = 16384;
/** Rows in a sheet. */
export const FAKE_ROWS = 1048576;

/** The key of a cell in a sheet's map. */
export const cellKey = (r: number, c: number): number => r * FAKE_COLS + c;

/** The 0-based row and column of a cell key. */
export function keyCell(k: number): { r: number; c: number } {
  return { r: Math.floor(k / FAKE_COLS), c: k % FAKE_COLS };
}

export function colName(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The A1 address of a 0-based cell. */
export function fakeA1(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

export function parseCell(ref: string): { r: number; c: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (m === null) throw new FakeOfficeError('InvalidArgument', `bad address ${ref}`);
  let c = 0;
  for (const ch of m[1]!.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** `A1:C3` (or `Sheet!A1:C3`, or one cell) as a rectangle. */
export function parseArea(ref: string): FakeArea {
  const local = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const [a, b] = local.split(':');
  const p = parseCell(a!);
  const q = b === undefined ? p : parseCell(b);
  return { r: Math.min(p.r, q.r), c: Math.min(p.c, q.c), rc: Math.abs(q.r - p.r) + 1, cc: Math.abs(q.c - p.c) + 1 };
}

/** True when two rectangles share at least one cell. */
export function areasIntersect(a: FakeArea, b: FakeArea): boolean {
  return a.r < b.r + b.rc && b.r < a.r + a.rc && a.c < b.c + b.cc && b.c < a.c + a.cc;
}

/** True when `inner` lies wholly inside `outer`. */
export function areaWithin(inner: FakeArea, outer: FakeArea): boolean {
  return inner.r >= outer.r && inner.c >= outer.c && inner.r + inner.rc <= outer.r + outer.rc && inner.c + inner.cc <= outer.c + outer.cc;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!A1:B2` (one cell: `Sheet!A1`), as Excel writes a range's address. */
export function areaAddress(sheet: string, g: FakeArea): string {
  const a = fakeA1(g.r, g.c);
  const b = fakeA1(g.r + g.rc - 1, g.c + g.cc - 1);
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}
