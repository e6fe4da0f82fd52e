import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Grid, GridSheet } from 'hoptac/workbook';
import { readWorkbook } from 'hoptac/workbook';
import { observations } from 'hoptac';
import { describe, expect, it } from 'vitest';
import { makeXlsx } from '../../../../tests/helpers/make-xlsx.js';
import { isXlsxError } from './errors.js';
import { readXlsxLazy } from './lazy-read.js';
import { readXlsx } from './read.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/shared-workbook.xlsx', import.meta.url));

/** A sheet as plain data (getters read), for comparing a lazy sheet with an eager one. */
function plain(s: GridSheet): unknown {
  return {
    name: s.name,
    state: s.state,
    rows: s.rows,
    hiddenRows: s.hiddenRows ?? [],
    merges: s.merges ?? [],
    duplicateCells: s.duplicateCells ?? [],
    withoutPart: s.withoutPart === true,
  };
}

describe('readXlsxLazy', () => {
  it('gives every sheet of the example workbook exactly as the whole read does, also after release', async () => {
    const bytes = new Uint8Array(readFileSync(EXAMPLE));
    const eager = await readXlsx(bytes);
    const lazy = readXlsxLazy(bytes);
    expect(lazy.sheets.map((s) => s.name)).toEqual(eager.sheets.map((s) => s.name));
    lazy.sheets.forEach((s, i) => expect(plain(s)).toEqual(plain(eager.sheets[i]!)));
    for (const s of lazy.sheets) s.release?.();
    lazy.sheets.forEach((s, i) => expect(plain(s)).toEqual(plain(eager.sheets[i]!)));
    lazy.finish();
  });

  it('gives readWorkbook the same model as the whole read, releasing each board sheet before the next is read', async () => {
    const bytes = new Uint8Array(readFileSync(EXAMPLE));
    const eager = readWorkbook(await readXlsx(bytes));
    const lazy = readXlsxLazy(bytes);
    // watch the lazy sheets: which are held (read and not released) when a sheet is first read
    const held = new Set<string>();
    const heldAtRead: [string, string[]][] = [];
    const watched: Grid = {
      sheets: lazy.sheets.map((s) => ({
        name: s.name,
        state: s.state ?? 'visible',
        get rows() {
          if (!held.has(s.name)) {
            heldAtRead.push([s.name, [...held]]);
            held.add(s.name);
          }
          return s.rows;
        },
        get duplicateCells() {
          return s.duplicateCells ?? [];
        },
        get hiddenRows() {
          return s.hiddenRows ?? [];
        },
        get merges() {
          return s.merges ?? [];
        },
        release() {
          held.delete(s.name);
          s.release?.();
        },
      })),
    };
    const model = readWorkbook(watched);
    lazy.finish();
    expect(model.findings).toEqual(eager.findings);
    expect(model.counts).toEqual(eager.counts);
    expect(model.months).toEqual(eager.months);
    expect(model.observations.size).toBe(eager.observations.size);
    expect([...observations(model.observations)]).toEqual([...observations(eager.observations)]);
    // the example's boards: when a board sheet is first read, no other board sheet is held
    const boards = new Set(model.boards.map((b) => b.code));
    expect(boards.size).toBeGreaterThan(1);
    const boardReads = heldAtRead.filter(([name]) => boards.has(name));
    expect(boardReads.map(([name]) => name).sort()).toEqual([...boards].sort());
    for (const [, before] of boardReads) expect(before.filter((n) => boards.has(n))).toEqual([]);
    // and every sheet is let go at the end
    expect([...held]).toEqual([]);
  });

  it('refuses a broken sheet the model never reads, in finish()', () => {
    const ok = '<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c></row>';
    const bytes = makeXlsx({ sheets: [{ name: 'Boards', xml: ok }, { name: 'Tổng hợp', xml: '<row r="1"><c r="A1"><v>1</v></row>' }] });
    const grid = readXlsxLazy(bytes);
    readWorkbook(grid); // the tool's own output sheet is not read by the model
    let err: unknown;
    try {
      grid.finish();
    } catch (e) {
      err = e;
    }
    expect(isXlsxError(err) && err.code).toBe('corrupt');
  });

  it('counts each sheet once against the cell cap, however often it is read', () => {
    const row = (r: number) => `<row r="${r}">${[1, 2, 3, 4, 5].map((c) => `<c r="${String.fromCharCode(64 + c)}${r}"><v>${r * c}</v></c>`).join('')}</row>`;
    const xml = [1, 2].map(row).join(''); // 10 cells a sheet
    const bytes = makeXlsx({ sheets: [{ name: 'A', xml }, { name: 'B', xml }] });
    const grid = readXlsxLazy(bytes, { maxCells: 20 });
    const [a, b] = grid.sheets;
    for (let i = 0; i < 5; i++) {
      expect(a!.rows.length).toBe(2);
      a!.release?.();
    }
    expect(b!.rows[1]![4]!.value).toBe('10');
    grid.finish();
    // a third sheet's cells go over the cap: refused
    const three = readXlsxLazy(makeXlsx({ sheets: [{ name: 'A', xml }, { name: 'B', xml }, { name: 'C', xml }] }), { maxCells: 20 });
    let err: unknown;
    try {
      three.finish();
    } catch (e) {
      err = e;
    }
    expect(isXlsxError(err) && err.code).toBe('too-large');
  });

  it('refuses a sheet whose part is missing at once, as the whole read does', async () => {
    const bytes = makeXlsx({
      sheets: [{ name: 'A', xml: '' }],
      extra: { 'xl/_rels/workbook.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>' },
    });
    const codes: unknown[] = [];
    for (const read of [() => readXlsxLazy(bytes), () => readXlsx(bytes)]) {
      try {
        await read();
        codes.push('read');
      } catch (e) {
        codes.push(isXlsxError(e) ? e.code : String(e));
      }
    }
    expect(codes).toEqual(['missing-part', 'missing-part']);
  });
});
