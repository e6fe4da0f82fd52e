import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardSheet, boardsSheet, grid } from '../../../../tests/helpers/test-grid.js';
import { readWorkbook } from '../workbook/read/index.js';
import { addSheetRow, createObservations, type ObservationBuilder } from './builder.js';
import { diffObservations } from './diff.js';
import type { ObservationSet } from './internals.js';
import { observations } from './list.js';
import { fromObservationData, observationData } from './transfer.js';
import type { Source } from './types.js';

// A1 text by its definition, written out here: columns are bijective base 26 (A..Z, AA..), rows count from 1
function letters(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
const a1Text = (row: number, col: number) => `${letters(col)}${row + 1}`;

const plainCell = fc.tuple(fc.integer({ min: 0, max: 1_100_000 }), fc.oneof(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 100_000_000 }))).map(([r, c]) => a1Text(r, c));
const oddCell = fc.oneof(
  fc.constantFrom('', 'a1', 'A0', 'A01', '$B$2', 'AAAAAAA1', 'A99999999999', ' A1', 'A1 ', 'Sheet1!A1', 'R1C1', 'AB', '12', 'Ô1'),
  fc.string({ maxLength: 12 }),
);
const sheetName = fc.oneof(fc.constantFrom('DN', 'LD', 'Targets'), fc.string({ maxLength: 10 }));
/** A source as a caller writes it: `{sheet}` alone, or with an A1 cell, or with any other cell text. */
const source: fc.Arbitrary<Source> = fc.oneof(
  sheetName.map((sheet) => ({ sheet })),
  fc.tuple(sheetName, plainCell).map(([sheet, cell]) => ({ sheet, cell })),
  fc.tuple(sheetName, oddCell).map(([sheet, cell]) => ({ sheet, cell })),
);
const value = fc.oneof(fc.constantFrom(null, '0', '1.5', '-7'), fc.integer().map(String));
const entry = fc.record({ value, source: fc.option(source, { nil: undefined }) });

/** Every stored observation's source, month by month (`null`: none). */
const sourcesOf = (set: ObservationSet) => [...observations(set)].map((o) => [o.month, o.source ?? null] as const);

/** What was given, month by month from 2017-01. */
function expected(entries: readonly { source?: Source | undefined }[]) {
  return entries.map((e, k) => [`${2017 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`, e.source ?? null] as const);
}

/** The sources of `added` changes against an empty set, by month. */
function diffSources(set: ObservationSet) {
  return diffObservations(createObservations().build(), set).map((c) => [c.month, c.source ?? null] as const);
}

describe('sources read back as given', () => {
  it('through add, addSeries, build, a structured clone of the transfer data and diff', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 30 }), fc.boolean(), (entries, one) => {
        const b = createObservations();
        if (one) entries.forEach((e, k) => b.add({ board: 'DN', indicator: 'export_value', month: expected(entries)[k]![0], value: e.value, ...(e.source === undefined ? {} : { source: e.source }) }));
        else b.addSeries({ board: 'DN', indicator: 'export_value', start: '2017-01', values: entries.map((e) => e.value), sources: entries.map((e) => e.source) });
        const set = b.build();
        const want = expected(entries);
        expect(sourcesOf(set)).toStrictEqual(want);
        expect(sourcesOf(fromObservationData(structuredClone(observationData(set))))).toStrictEqual(want);
        expect(diffSources(set)).toStrictEqual(want.filter((_, k) => entries[k]!.value !== null));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a source that is not a plain { sheet, cell } as given, and reads { sheet, cell: undefined } as { sheet }', () => {
    const odd = { sheet: 'DN', cell: 'D5', note: 'typed by hand' } as Source;
    const set = createObservations()
      .add({ board: 'DN', indicator: 'x', month: '2017-01', value: '1', source: odd })
      .add({ board: 'DN', indicator: 'x', month: '2017-02', value: '2', source: { sheet: 'DN', cell: undefined } as unknown as Source })
      .build();
    const [a, b] = [...observations(set)];
    expect(a?.source).toBe(odd);
    expect(JSON.stringify(b?.source)).toBe('{"sheet":"DN"}');
  });

  it('across chunks of observations and rows longer than a chunk', () => {
    const n = 20_000;
    const values = Array.from({ length: n }, (_, k) => (k % 7 === 3 ? null : String(k)));
    const sources = values.map((_, k) => (k % 5 === 1 ? undefined : { sheet: `S${k % 3}`, cell: a1Text(k, k % 40) }));
    const b = createObservations().addSeries({ board: 'DN', indicator: 'x', start: '1950-01', values, sources });
    for (let k = 0; k < 9000; k++) b.add({ board: 'LD', indicator: 'x', month: `${1950 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`, value: '1', source: { sheet: 'LD', cell: a1Text(k, 2) } });
    const set = b.build();
    const dn = [...observations(set)].filter((o) => o.board === 'DN');
    expect(dn.map((o) => o.value)).toEqual(values);
    expect(dn.map((o) => o.source)).toEqual(sources);
    expect([...observations(set)].filter((o) => o.board === 'LD').map((o) => o.source?.cell)).toEqual(Array.from({ length: 9000 }, (_, k) => a1Text(k, 2)));
  });
});

describe("the workbook reader's row of sources", () => {
  it('addSheetRow gives each value its cell, as A1 text computed independently, like addSeries with objects', () => {
    fc.assert(
      fc.property(fc.array(fc.option(value, { nil: undefined }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_000 }), sheetName, (values, row, first, sheet) => {
        // columns rise by one or two (a spacer column), some value indexes have none
        const cols = Int32Array.from(values, (_, k) => (k % 11 === 10 ? -1 : first + k + Math.floor(k / 4)));
        const series = { board: 'DN', indicator: 'x', start: '2017-01', values };
        const fast = createObservations();
        addSheetRow(fast, series, sheet, row, cols);
        // a builder without the internal path takes the objects' way
        const inner = createObservations();
        const plain: ObservationBuilder = { ...inner, addSeries: (sr) => (inner.addSeries(sr), plain) };
        addSheetRow(plain, series, sheet, row, cols);
        const want = values.flatMap((v, k) => (v === undefined ? [] : [cols[k]! < 0 ? null : { sheet, cell: a1Text(row, cols[k]!) }]));
        expect([...observations(fast.build())].map((o) => o.source ?? null)).toStrictEqual(want);
        expect([...observations(inner.build())].map((o) => o.source ?? null)).toStrictEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('readWorkbook gives every month cell of a board sheet its A1 address, estimated months too', () => {
    const months = Array.from({ length: 30 }, (_, k) => `T${(k % 12) + 1}/${2016 + Math.floor(k / 12)}${k === 29 ? ' (ước)' : ''}`);
    const row = (code: string, unit: string, base: number): (string | number | null)[] => [code, unit, ...months.map((_, k) => (k % 9 === 4 ? null : base + k))];
    const g = grid(boardsSheet('DN'), boardSheet('DN', months, [row('export_value', 'triệu USD', 100), row('import_value', 'triệu USD', 500)]));
    const model = readWorkbook(g);
    // header row 1; values from column D (index 3), indicator rows 2 and 3; an empty cell is a reported blank, with its cell too
    const want = ['export_value', 'import_value'].flatMap((ind, i) =>
      months.map((_, k) => ({ indicator: ind, value: k % 9 === 4 ? null : String((i === 0 ? 100 : 500) + k), cell: a1Text(i + 1, 3 + k), status: k === 29 ? 'estimated' : 'final' })),
    );
    const got = [...observations(model.observations)].map((o) => ({ indicator: o.indicator, value: o.value, cell: o.source?.cell, status: o.status, sheet: o.source?.sheet }));
    expect(got).toEqual(want.map((w) => ({ ...w, sheet: 'DN' })));
  });
});
