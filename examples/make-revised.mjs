#!/usr/bin/env node
// A revised copy of examples/shared-workbook.xlsx, as the next monthly exchange might bring it: one
// value corrected, the missing month filled in late, one value withdrawn, LD's scaled row retyped in
// the catalogue's unit (the same amounts), two LD rows moved, a target changed. `REVISIONS` lists
// the edits with the values before and after, as plain data (the golden tests read it).
//
//   node examples/make-revised.mjs [OUT.xlsx]     (default: a temporary file; prints its path)
//
// Deterministic: the same edits to the same workbook every time.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { MISSING, MONTHS, SCALED, workbookData } from './workbook-data.mjs';

const FIRST_MONTH_COL = 5; // E: every board sheet of the example has every month, in order, from E

const data = workbookData();
const valueOf = (board, indicator, month) => data.rows.find((r) => r.board === board && r.indicator === indicator).cells.find((c) => c.month === month).value;
const target = (board, indicator, year) => data.targets.find((t) => t.board === board && t.indicator === indicator && t.year === year).target;

/** Adds two decimal strings exactly (BigInt). */
function plus(a, b) {
  const places = Math.max((a.split('.')[1] ?? '').length, (b.split('.')[1] ?? '').length);
  const units = (x) => BigInt(x.replace('.', '') + '0'.repeat(places - (x.split('.')[1] ?? '').length));
  const s = (units(a) + units(b)).toString().padStart(places + 1, '0');
  const out = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
  return out.includes('.') ? out.replace(/0+$/, '').replace(/\.$/, '') : out;
}

/**
 * The edits, in the catalogue unit. `kind` is what `hoptac diff` calls it. Rows move and the unit
 * change converts exactly, so they change no value.
 */
export const REVISIONS = [
  { kind: 'revised', board: 'DN', indicator: 'export_value', month: '2018-11', before: valueOf('DN', 'export_value', '2018-11'), after: plus(valueOf('DN', 'export_value', '2018-11'), '12.5') },
  { kind: 'added', board: MISSING.board, indicator: MISSING.indicator, month: MISSING.month, before: null, after: '321.75' },
  { kind: 'removed', board: 'LD', indicator: 'import_value', month: '2018-10', before: valueOf('LD', 'import_value', '2018-10'), after: null },
  { kind: 'unit', board: SCALED.board, indicator: SCALED.indicator, before: '0.001', after: '1', units: { before: SCALED.unit, after: 'triệu USD' } },
  { kind: 'target', board: 'DN', indicator: 'export_value', year: 2018, before: target('DN', 'export_value', 2018), after: plus(target('DN', 'export_value', 2018), '500') },
];

/** The rows swapped on LD (moved: no change). */
export const MOVED = { board: 'LD', rows: ['export_value', 'import_value'] };

function rowOf(ws, code) {
  let found;
  ws.eachRow((row) => {
    if (found === undefined && String(row.getCell(1).value ?? '').trim() === code) found = row;
  });
  if (found === undefined) throw new Error(`no row ${code} on ${ws.name}`);
  return found;
}

const monthCol = (month) => FIRST_MONTH_COL + MONTHS.indexOf(month);

/** The revised copy's bytes. */
export async function makeRevisedWorkbook(source = fileURLToPath(new URL('./shared-workbook.xlsx', import.meta.url))) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(source));
  const sheet = (name) => wb.getWorksheet(name);
  for (const r of REVISIONS) {
    if (r.kind === 'revised' || r.kind === 'added') rowOf(sheet(r.board), r.indicator).getCell(monthCol(r.month)).value = Number(r.after);
    else if (r.kind === 'removed') rowOf(sheet(r.board), r.indicator).getCell(monthCol(r.month)).value = null;
    else if (r.kind === 'target') {
      const ws = sheet('Targets');
      ws.eachRow((row) => {
        if (row.getCell(1).value === r.board && row.getCell(2).value === r.indicator && Number(row.getCell(3).value) === r.year) row.getCell(4).value = Number(r.after);
      });
    } else if (r.kind === 'unit') {
      // the same amounts, written in the catalogue's unit: every value and the opening ÷ 1000
      const row = rowOf(sheet(r.board), r.indicator);
      const d = data.rows.find((x) => x.board === r.board && x.indicator === r.indicator);
      row.getCell(3).value = r.units.after;
      if (d.opening !== null) row.getCell(4).value = Number(d.opening);
      for (const c of d.cells) if (c.value !== null) row.getCell(monthCol(c.month)).value = Number(c.value);
    }
  }
  // move two LD rows: swap their contents (each row keeps its own values)
  const ws = sheet(MOVED.board);
  const [a, b] = MOVED.rows.map((code) => rowOf(ws, code));
  const last = Math.max(a.cellCount, b.cellCount);
  for (let c = 1; c <= last; c++) {
    const x = a.getCell(c).value;
    a.getCell(c).value = b.getCell(c).value;
    b.getCell(c).value = x;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? join(tmpdir(), 'shared-workbook-revised.xlsx');
  writeFileSync(out, await makeRevisedWorkbook());
  console.log(out);
}
