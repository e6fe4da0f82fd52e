// The add-in on the national workbook, on the fake Excel host (tests/helpers/fake-office), as part
// of `npm run bench:workbook`: how many `context.sync()` calls a check and a consolidation take
// against the chunks the data needs, and the largest request and response, against 2 MB (Excel on
// the web refuses 5 MB). Counts and bytes, not time: the fake host is not Excel.
//
//   node --import tsx benchmarks/addin.bench.ts FILE.xlsx
import { readXlsx } from '../packages/cli/src/xlsx/index.js';
import { consolidateRun, validate } from '../addin/src/core/run.js';
import { DEFAULT_BLOCK_CELLS } from '../addin/src/excel/read.js';
import { FakeWorkbook, fakeSheetsOf } from '../tests/helpers/fake-office/index.js';

const TARGET_BYTES = 2 * 1024 * 1024;
const file = process.argv[2];
if (file === undefined) throw new Error('usage: addin.bench.ts FILE.xlsx');
const grid = await readXlsx(file);
const sheets = fakeSheetsOf(grid);

// The chunks the data needs: one request per block of rows of at most `blockCells` cells.
const blocks = (blockCells: number) => {
  let n = 0;
  for (const s of grid.sheets) {
    const rows = s.rows.length;
    let cols = 1;
    for (let r = 0; r < rows; r++) cols = Math.max(cols, s.rows[r]?.length ?? 0); // rows may have holes
    if (rows > 0) n += Math.ceil(rows / Math.max(1, Math.floor(blockCells / cols)));
  }
  return n;
};
const readChunks = blocks(DEFAULT_BLOCK_CELLS);
const verifyChunks = blocks(DEFAULT_BLOCK_CELLS * 2); // the fingerprint pass before writing reads larger blocks
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
let ok = true;
const bytes = (book: FakeWorkbook) => {
  const within = book.largestRequestBytes <= TARGET_BYTES && book.largestResponseBytes <= TARGET_BYTES;
  ok &&= within;
  return `largest request ${mb(book.largestRequestBytes)}, largest response ${mb(book.largestResponseBytes)} (target ≤ 2 MB each) ${within ? 'PASS' : 'FAIL'}`;
};
const ratio = (syncs: number, chunks: number) => `${syncs} syncs for ${chunks} chunks (${(syncs / chunks).toFixed(2)}×)`;

console.log(`${grid.sheets.length} sheets, ${grid.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r === undefined ? 0 : r.length), 0), 0).toLocaleString('en')} cell positions`);
const checked = new FakeWorkbook(sheets);
await validate(checked.host());
console.log(`check (validate): ${ratio(checked.syncs, readChunks)} (2 more list the sheets), ${bytes(checked)}`);

const consolidated = new FakeWorkbook(sheets);
const at: Record<string, number> = {};
const out = await consolidateRun(consolidated.host(), { period: '2024', onStage: (stage) => (at[stage] = consolidated.syncs) });
const read = at['checking'] ?? NaN;
const verify = (at['writing'] ?? NaN) - (at['verifying'] ?? NaN);
const write = consolidated.syncs - (at['writing'] ?? NaN);
console.log(`consolidate 2024: ${consolidated.syncs} syncs in all: reading ${ratio(read, readChunks)}; verifying before writing ${ratio(verify, verifyChunks)}; writing ${out.written.length} sheets and the snapshot ${write} syncs; ${bytes(consolidated)}`);
console.log(ok ? 'every add-in target: PASS' : 'some add-in targets: FAIL');
if (!ok) process.exitCode = 1;
