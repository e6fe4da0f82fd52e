// npm run bench:workbook: a national-scale shared workbook (63 boards × 24 indicators × 240 months,
// 362,880 value cells), read end to end by the command, each run in its own process:
// - `hoptac check FILE --json` and `hoptac consolidate FILE --period 2024 --json`, wall time from
//   spawn to exit (Node's start and the analysis worker included), against a bare exceljs
//   `Workbook.xlsx.readFile` of the same file (timed inside its process, around the call only:
//   the strict baseline). Targets: ≤ 0.5× the bare load, ≥ 1,000,000 value cells/s, ≤ 200 MB peak.
// - growth: the same workbook with 1×, 2× and 4× the months through `hoptac consolidate` (its last
//   year): time per value cell may grow ≤ 15 % from 1× to 4×; peak memory at 4× ≤ 300 MB.
// - the add-in on the fake Excel host (benchmarks/addin.bench.ts, when present): context.sync()
//   calls and the largest request against the chunks read and written (≤ 2 MB per request).
// Baseline and subject are interleaved run by run; medians are printed with the load average,
// since the machine may be shared. Peak memory is the child's peak RSS (GNU time %M, or maxRSS).
// The generated workbooks are kept in node_modules/.cache/hoptac-bench (deterministic data).
//
//   node benchmarks/workbook.bench.mjs [--runs N] [--no-growth] [--no-addin]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../examples/workbook-data.mjs';
import { load, machineLine, mb, median, runNode, verdict, verdictAtLeast } from './lib/measure.mjs';

const BOARDS = 63;
const FIRST_YEAR = 2005; // 2005-01 .. 2024-12
const MONTHS = 240;
const PERIOD = '2024';
const TARGET_RATIO = 0.5;
const TARGET_CELLS_PER_S = 1_000_000;
const TARGET_MB = 200;
const TARGET_GROWTH = 0.15;
const TARGET_MB_4X = 300;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const cliBin = join(ROOT, 'packages/cli/bin/hoptac.mjs');
const cliMain = join(ROOT, 'packages/cli/dist/main.js');
const CACHE = join(ROOT, 'node_modules/.cache/hoptac-bench');

async function exceljsChild(file) {
  const { default: ExcelJS } = await import('exceljs');
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ms = performance.now() - t0;
  let rows = 0;
  wb.eachSheet((ws) => (rows += ws.actualRowCount));
  process.stdout.write(JSON.stringify({ ms, rows }));
}

/**
 * Writes the national workbook with exceljs's streaming writer (built-in catalogue, 24 rows per board).
 * `months`: how many months from 2005-01 (240 by default; the growth runs take 480 and 960).
 * `revise`: every `revise`-th flow value is written one unit larger (a revised copy, for bench:diff).
 */
export async function generate(file, { revise = 0, months = MONTHS } = {}) {
  const { default: ExcelJS } = await import('exceljs');
  const { builtInCatalogue } = await import('hoptac');
  const rand = prng(63);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const codes = Array.from({ length: BOARDS }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
  const boards = wb.addWorksheet('Boards');
  boards.addRow(['mã', 'tên', 'tỉnh', 'loại', 'đầu mối']).commit();
  codes.forEach((c, i) => boards.addRow([c, `Ban Quản lý ${c}`, `Tỉnh ${i + 1}`, i % 5 === 0 ? 'KKT' : 'KCN', 'Phòng Kế hoạch Tổng hợp']).commit());
  boards.commit();
  const settings = wb.addWorksheet('Settings');
  settings.addRow(['key', 'value']).commit();
  settings.addRow(['number_format', 'vi']).commit();
  settings.commit();
  const targets = wb.addWorksheet('Targets');
  targets.addRow(['board', 'indicator', 'year', 'target']).commit();
  for (const c of codes) for (const ind of ['fdi_capital_new', 'ddi_capital_new', 'export_value']) for (const y of [2023, 2024]) targets.addRow([c, ind, y, Math.round(500 + rand() * 5000)]).commit();
  targets.commit();
  const header = ['mã', 'chỉ tiêu', 'đơn vị tính', 'lũy kế đầu kỳ'];
  for (let m = 0; m < months; m++) header.push(`Tháng ${(m % 12) + 1}/${FIRST_YEAR + Math.floor(m / 12)}`);
  const inds = builtInCatalogue.indicators;
  // parts of a whole (a ratio's numerator, workers from other provinces) stay well below it
  const numerators = new Set([...inds.filter((i) => i.kind === 'ratio').map((i) => i.numerator), 'workers_out_of_province']);
  let cells = 0;
  for (const code of codes) {
    const ws = wb.addWorksheet(code);
    ws.addRow([`BAN QUẢN LÝ ${code}`]).commit();
    ws.addRow([]).commit();
    ws.addRow(header).commit();
    const level = new Map();
    for (const ind of inds) {
      const row = [ind.code, ind.nameVi, ind.unit, ind.kind === 'flow' ? Math.round(rand() * 1e6) / 10 : null];
      for (let m = 0; m < months; m++) {
        let v;
        if (ind.kind === 'flow') {
          v = Math.round(rand() * 1e6) / 100; // up to 10,000 with 2 decimals
          if (revise > 0 && cells % revise === 0) v += 1;
        }
        else if (ind.kind === 'stock') {
          // a ratio's numerator (leased land, foreign workers) stays well below its denominator
          const start = numerators.has(ind.code) ? 100 + rand() * 900 : 100000 + rand() * 100000;
          const prev = level.get(ind.code) ?? Math.round(start);
          v = prev + Math.round(rand() * 50);
          level.set(ind.code, v);
        } else v = Math.round(rand() * 9000) / 100; // a ratio row as boards type it (checked, not used)
        row.push(v);
        cells++;
      }
      ws.addRow(row).commit();
    }
    ws.commit();
  }
  await wb.commit();
  return cells;
}


/** The national workbook with `months` months, generated once into the cache. */
export async function nationalWorkbook(months = MONTHS) {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `national-${BOARDS}x24x${months}-g1.xlsx`);
  if (!existsSync(file)) {
    process.stdout.write(`generating ${BOARDS} boards × 24 indicators × ${months} months (not timed)… `);
    const t0 = performance.now();
    await generate(`${file}.part`, { months });
    renameSync(`${file}.part`, file);
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { file, cells: BOARDS * 24 * months, bytes: statSync(file).size };
}

const hoptac = (args) => runNode([cliBin, ...args]);
const bareLoad = (file) => {
  const r = runNode([fileURLToPath(import.meta.url), '--child', 'exceljs', file], { okCodes: [0] });
  return { ...r, callMs: JSON.parse(r.stdout).ms };
};
const fmtMs = (x) => `${x.toFixed(0)} ms`;
const perSecond = (cells, ms) => Math.round(cells / (ms / 1000)).toLocaleString('en');

async function national(runs) {
  const { file, cells, bytes } = await nationalWorkbook();
  console.log(`\n## national workbook: ${cells.toLocaleString('en')} value cells, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const bare = bareLoad(file);
    const check = hoptac(['check', file, '--json']);
    const cons = hoptac(['consolidate', file, '--period', PERIOD, '--json']);
    rows.push({ bare, check, cons });
    console.log(
      `run ${i + 1}/${runs} (load ${load()}): check ${fmtMs(check.wallMs)} (cpu ${fmtMs(check.cpuMs)}, ${mb(check.maxRssKb).toFixed(0)} MB, exit ${check.status}) | ` +
        `consolidate ${fmtMs(cons.wallMs)} (cpu ${fmtMs(cons.cpuMs)}, ${mb(cons.maxRssKb).toFixed(0)} MB) | ` +
        `exceljs readFile ${fmtMs(bare.callMs)} (process ${fmtMs(bare.wallMs)}, cpu ${fmtMs(bare.cpuMs)}, ${mb(bare.maxRssKb).toFixed(0)} MB)`,
    );
  }
  const m = (f) => median(rows.map(f));
  const bareMs = m((r) => r.bare.callMs);
  const checkMs = m((r) => r.check.wallMs);
  const consMs = m((r) => r.cons.wallMs);
  console.log(`medians: check ${fmtMs(checkMs)}, consolidate ${fmtMs(consMs)}, bare exceljs readFile ${fmtMs(bareMs)} (its whole process ${fmtMs(m((r) => r.bare.wallMs))})`);
  let ok = verdict('check (whole process) / bare exceljs readFile (the call), wall', checkMs / bareMs, TARGET_RATIO);
  ok = verdict('consolidate (whole process) / bare exceljs readFile (the call), wall', consMs / bareMs, TARGET_RATIO) && ok;
  console.log(`  (CPU time against the exceljs process's: check ${(m((r) => r.check.cpuMs) / m((r) => r.bare.cpuMs)).toFixed(2)}×, consolidate ${(m((r) => r.cons.cpuMs) / m((r) => r.bare.cpuMs)).toFixed(2)}×)`);
  ok = verdictAtLeast('check, value cells per second end to end', cells / (checkMs / 1000), TARGET_CELLS_PER_S) && ok;
  ok = verdictAtLeast('consolidate, value cells per second end to end', cells / (consMs / 1000), TARGET_CELLS_PER_S) && ok;
  console.log(`  (per CPU second: check ${perSecond(cells, m((r) => r.check.cpuMs))}, consolidate ${perSecond(cells, m((r) => r.cons.cpuMs))} value cells)`);
  const peak = Math.max(...rows.flatMap((r) => [r.check.maxRssKb, r.cons.maxRssKb]));
  ok = verdict('peak memory of check and consolidate (RSS)', mb(peak), TARGET_MB, ' MB', 0) && ok;
  console.log(`  (exceljs readFile peak ${mb(Math.max(...rows.map((r) => r.bare.maxRssKb))).toFixed(0)} MB)`);
  return ok;
}

async function growth(runs) {
  console.log('\n## growth: 1×, 2×, 4× the months, hoptac consolidate (the last year), each in its own process');
  const sizes = [];
  for (const k of [1, 2, 4]) sizes.push({ k, ...(await nationalWorkbook(MONTHS * k)) });
  const wall = sizes.map(() => []);
  const cpu = sizes.map(() => []);
  const rss = sizes.map(() => []);
  for (let i = 0; i < runs; i++) {
    sizes.forEach((s, j) => {
      const r = hoptac(['consolidate', s.file, '--period', String(FIRST_YEAR + (MONTHS * s.k) / 12 - 1), '--json']);
      wall[j].push(r.wallMs);
      cpu[j].push(r.cpuMs);
      rss[j].push(r.maxRssKb);
    });
    console.log(`run ${i + 1}/${runs} (load ${load()}): ${sizes.map((s, j) => `${s.k}× ${fmtMs(wall[j][i])} (cpu ${fmtMs(cpu[j][i])}, ${mb(rss[j][i]).toFixed(0)} MB)`).join(' | ')}`);
  }
  const perCell = sizes.map((s, j) => (median(wall[j]) * 1e6) / s.cells); // ns per value cell
  const perCellCpu = sizes.map((s, j) => (median(cpu[j]) * 1e6) / s.cells);
  sizes.forEach((s, j) =>
    console.log(`${s.k}×: ${s.cells.toLocaleString('en')} value cells, ${(s.bytes / 1024 / 1024).toFixed(1)} MB: median ${fmtMs(median(wall[j]))}, ${perCell[j].toFixed(0)} ns per cell (cpu ${perCellCpu[j].toFixed(0)} ns), peak ${mb(Math.max(...rss[j])).toFixed(0)} MB`),
  );
  let ok = verdict('time per value cell, 4× against 1× (wall), growth', (perCell[2] / perCell[0] - 1) * 100, TARGET_GROWTH * 100, ' %', 1);
  console.log(`  (by CPU time ${((perCellCpu[2] / perCellCpu[0] - 1) * 100).toFixed(1)} %; 2× against 1× ${((perCell[1] / perCell[0] - 1) * 100).toFixed(1)} % wall)`);
  ok = verdict('peak memory at 4× (RSS)', mb(Math.max(...rss[2])), TARGET_MB_4X, ' MB', 0) && ok;
  return ok;
}

function addin(file, runs) {
  console.log('\n## the add-in on the fake Excel host');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'benchmarks/addin.bench.ts'), file, String(runs)], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status === 0;
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return exceljsChild(args[2]);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Math.max(1, Number(args[at + 1]) || 3) : 3;
  if (!existsSync(cliMain)) {
    console.error('packages/cli/dist/main.js is missing: run "npm run build" first.');
    process.exitCode = 1;
    return;
  }
  console.log(`hoptac workbook benchmark: ${runs} runs of each measurement, baseline and subject interleaved`);
  console.log(machineLine());
  let ok = await national(runs);
  if (!args.includes('--no-growth')) ok = (await growth(runs)) && ok;
  if (!args.includes('--no-addin') && existsSync(join(ROOT, 'benchmarks/addin.bench.ts'))) ok = addin((await nationalWorkbook()).file, runs) && ok;
  console.log(`\nload average at the end: ${load()}`);
  console.log(ok ? 'every workbook target: PASS' : 'some workbook targets: FAIL');
}

// run only as a script (checks.bench.mjs and diff.bench.mjs import generate)
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
