/**
 * `consolidate --json` with the rows made into text by the analysis worker prints, to the byte,
 * what `jsonText(consolidationJson(...))` prints from the rows as objects: real workbooks with
 * rows, without rows (errors) and without a period, and rows holding DEL and C1 controls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidatedRow } from 'hoptac';
import { EXAMPLE, hoptac, tempDir } from '../../../tests/helpers/cli.js';
import { estimatedExample, plant, sheet } from '../../../tests/helpers/workbooks.js';
import { analyze } from './analysis-worker.js';
import { jsonText } from './json-text.js';
import type { Lang } from './messages.js';
import type { Io } from './io.js';
import { run } from './main.js';
import { consolidationJson, consolidationJsonPieces, consolidationJsonText } from './report.js';
import { rowsJsonBytes, rowsJsonText } from './row-json.js';

const { dir, cleanup } = tempDir('hoptac-row-json-');
afterAll(cleanup);

let estimated: string;
let withErrors: string;
let noBoards: string;
let small: string;

beforeAll(async () => {
  // DN's December 2018 header typed as an estimated month: rows with `"estimated": true`
  estimated = await estimatedExample(EXAMPLE, dir);
  small = await plant(dir, 'small', () => undefined);
  withErrors = await plant(dir, 'errors', (w) => void (sheet(w, 'DN').getCell('E2').value = 'mười'));
  noBoards = await plant(dir, 'no-boards', (w) => w.removeWorksheet(sheet(w, 'Boards').id));
});

/** What `consolidate FILE [--period P] --json` printed before the rows came as text: from the rows as objects. */
async function theOldWay(path: string, period: string | undefined, lang: Lang): Promise<string> {
  const analysis = await analyze({ path, period: period ?? 'latest', lang });
  return jsonText(consolidationJson(analysis, lang));
}

async function consolidateJson(path: string, period: string | undefined, lang: Lang): Promise<{ code: number; stdout: string }> {
  return hoptac(['consolidate', path, ...(period === undefined ? [] : ['--period', period]), '--json', '--lang', lang]);
}

/** The same through an Io that takes bytes as the process's does: what reached it, as bytes, and how many pieces came as bytes. */
async function consolidateJsonBytes(path: string, period: string | undefined, lang: Lang): Promise<{ code: number; stdout: Buffer; bytePieces: number }> {
  const pieces: Buffer[] = [];
  let bytePieces = 0;
  const io: Io = {
    out: (s) => void pieces.push(Buffer.from(s, 'utf8')),
    outBytes: (b) => {
      bytePieces++;
      pieces.push(Buffer.from(b));
    },
    err: () => undefined,
    errIsTTY: false,
    env: {},
    cwd: process.cwd(),
  };
  const code = await run(['consolidate', path, ...(period === undefined ? [] : ['--period', period]), '--json', '--lang', lang], io);
  return { code, stdout: Buffer.concat(pieces), bytePieces };
}

describe('consolidate --json, rows made into text by the worker', () => {
  it('the worker sends the rows as text only when asked, and the spliced text is the old one', async () => {
    const asText = await analyze({ path: EXAMPLE, period: '2018', lang: 'vi', rowsJson: true });
    expect(asText.rows).toBeUndefined();
    const bytes = asText.rowsJsonBytes!;
    // a buffer of its own, so moving it to the main thread moves nothing else
    expect([bytes.byteOffset, bytes.buffer.byteLength]).toEqual([0, bytes.length]);
    expect(new TextDecoder().decode(bytes).startsWith('[\n    {\n      "indicator": ')).toBe(true);
    const asObjects = await analyze({ path: EXAMPLE, period: '2018', lang: 'vi' });
    expect(asObjects.rowsJsonBytes).toBeUndefined();
    expect(asObjects.rows?.length).toBeGreaterThan(100);
    expect(new TextDecoder().decode(bytes)).toBe(rowsJsonText(asObjects.rows!));
    expect(consolidationJsonText(asText, 'vi')).toBe(jsonText(consolidationJson(asObjects, 'vi')));
    // the rows are the middle piece, as the worker made them
    const pieces = consolidationJsonPieces(asText, 'vi');
    expect(pieces.map((p) => typeof p)).toEqual(['string', 'object', 'string']);
    expect(pieces[1]).toBe(bytes);
    // without rowsJsonBytes it is the old text itself, in one piece
    expect(consolidationJsonPieces(asObjects, 'en')).toEqual([jsonText(consolidationJson(asObjects, 'en'))]);
  });

  it.each([
    ['the example, 2018', () => EXAMPLE, '2018', 'vi'],
    ['the example, 2017-Q4, English', () => EXAMPLE, '2017-Q4', 'en'],
    ['the example, the latest complete month', () => EXAMPLE, undefined, 'vi'],
    ['an estimated month', () => estimated, '2018-12', 'en'],
    ['a small workbook', () => small, '2017-Q1', 'vi'],
  ] as const)('%s: the same bytes as before, rows included', async (_, path, period, lang) => {
    const expected = await theOldWay(path(), period, lang);
    expect(JSON.parse(expected).rows.length).toBeGreaterThan(0);
    const r = await consolidateJson(path(), period, lang);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
    // where the output takes bytes (the process's does), the rows go to it as bytes: the same bytes
    const b = await consolidateJsonBytes(path(), period, lang);
    expect(b.code).toBe(0);
    expect(b.bytePieces).toBe(1);
    expect(b.stdout.equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  it('estimated rows keep their key', async () => {
    const r = await consolidateJson(estimated, '2018-12', 'vi');
    expect(r.stdout).toContain('"estimated": true');
  });

  it.each([
    ['errors: a period, no rows', () => withErrors, '2017-03', 'vi'],
    ['errors, no period asked', () => withErrors, undefined, 'en'],
    ['no Boards sheet: no period, no rows', () => noBoards, undefined, 'vi'],
  ] as const)('%s: the same bytes as before', async (_, path, period, lang) => {
    const expected = await theOldWay(path(), period, lang);
    expect(expected).toContain('\n  "rows": [],\n');
    const r = await consolidateJson(path(), period, lang);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(expected);
  });

  it('without a period asked and no complete month the period prints as null', async () => {
    const r = await consolidateJson(noBoards, undefined, 'vi');
    expect(r.stdout.startsWith('{\n  "period": null,\n  "rows": [],\n  "findings": [\n')).toBe(true);
  });
});

describe('rowsJsonText', () => {
  const row = (board: string, over: Partial<ConsolidatedRow> = {}): ConsolidatedRow => ({ indicator: 'export_value', board, measure: 'value', value: '1.5', unit: 'triệu USD', status: 'ok', ...over });
  const rows: ConsolidatedRow[] = [
    row('DN'),
    row('B\u009b31m\u007f', { status: 'missing', value: null, missing: { count: 2, items: [{ board: 'B\u0085', indicator: 'export_value', what: 'month', month: '2018-12' }, { board: 'LD', indicator: 'export_value', what: 'target', year: 2018 }] } }),
    row('ALL', { estimated: true }),
  ];

  it('escapes DEL and the C1 controls as jsonText does, and splices into the same text', () => {
    const text = rowsJsonText(rows);
    expect(text).toContain('"board": "B\\u009b31m\\u007f"');
    expect(text).toContain('"board": "B\\u0085"');
    expect(text).not.toMatch(/[\u007f-\u009f]/);
    for (const period of ['2018', undefined]) {
      const a = { ...(period === undefined ? {} : { period }), findings: [], counts: {}, rules: [] };
      expect(consolidationJsonText({ ...a, rowsJsonBytes: rowsJsonBytes(rows) }, 'en')).toBe(jsonText(consolidationJson({ ...a, rows }, 'en')));
    }
  });

  it('no rows: `[]`, as JSON.stringify prints an empty array', () => {
    expect(rowsJsonText([])).toBe('[]');
    const a = { period: '2018-12', findings: [], counts: {}, rules: [] };
    expect(consolidationJsonText({ ...a, rowsJsonBytes: rowsJsonBytes([]) }, 'vi')).toBe(jsonText(consolidationJson(a, 'vi')));
  });
});
