// npm run bench:workbook: a national-scale shared workbook (63 boards × 24 indicators × 240 months,
// about 363,000 value cells) through `hoptac consolidate` end to end (read the .xlsx, check every
// cell, consolidate a year), against a bare exceljs `Workbook.xlsx.readFile` of the same file.
//
// The workbook is generated into a temporary directory first (not timed). Each measurement runs in
// its own child process, so each peak memory figure (maxRSS) is that measurement's alone.
// Targets: ours at most 1.0× the bare load's time, and at most 300 MB peak.
//
//   node benchmarks/workbook.bench.mjs [--runs N] [--keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../examples/workbook-data.mjs';

const BOARDS = 63;
const FIRST_YEAR = 2005; // 2005-01 .. 2024-12
const MONTHS = 240;
const PERIOD = '2024';
const TARGET_RATIO = 1.0;
const TARGET_MB = 300;

const cliMain = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));

function rss() {
  // kilobytes; VmHWM is the same figure, read from /proc where there is one
  return process.resourceUsage().maxRSS;
}

async function child(kind, file) {
  if (kind === 'ours') {
    const { run } = await import(cliMain);
    let bytes = 0;
    const io = { out: (s) => (bytes += s.length), err: () => {}, errIsTTY: false, env: {}, cwd: process.cwd() };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const code = await run(['consolidate', file, '--period', PERIOD, '--json'], io);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: rss(), code, outputChars: bytes }));
  } else {
    const { default: ExcelJS } = await import('exceljs');
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    let cells = 0;
    wb.eachSheet((ws) => (cells += ws.actualRowCount));
    process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: rss(), code: 0, rows: cells }));
  }
}


/**
 * Writes the national workbook with exceljs's streaming writer (built-in catalogue, 24 rows per board).
 * `revise`: every `revise`-th flow value is written one unit larger (a revised copy, for bench:diff).
 */
export async function generate(file, { revise = 0 } = {}) {
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
  for (let m = 0; m < MONTHS; m++) header.push(`Tháng ${(m % 12) + 1}/${FIRST_YEAR + Math.floor(m / 12)}`);
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
      for (let m = 0; m < MONTHS; m++) {
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

function measure(kind, file) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${kind} child failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(r.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2]);
  const runs = Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 3);
  if (!existsSync(cliMain)) {
    console.error('packages/cli/dist/main.js is missing: run "npm run build" first.');
    process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-bench-'));
  const file = join(dir, 'national.xlsx');
  try {
    process.stdout.write(`Generating ${BOARDS} boards × 24 indicators × ${MONTHS} months… `);
    const g0 = performance.now();
    const cells = await generate(file);
    console.log(`${cells.toLocaleString('en')} value cells, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, ${((performance.now() - g0) / 1000).toFixed(1)} s (not timed)`);
    const ours = [];
    const bare = [];
    for (let i = 0; i < runs; i++) {
      // alternate, so neither side always runs on a warmer machine
      bare.push(measure('exceljs', file));
      ours.push(measure('ours', file));
      const o = ours[i];
      const b = bare[i];
      console.log(
        `run ${i + 1}/${runs}: hoptac ${o.ms.toFixed(0)} ms (cpu ${o.cpuMs.toFixed(0)} ms), ${(o.maxRssKb / 1024).toFixed(0)} MB (exit ${o.code}) | ` +
          `exceljs readFile ${b.ms.toFixed(0)} ms (cpu ${b.cpuMs.toFixed(0)} ms), ${(b.maxRssKb / 1024).toFixed(0)} MB | ratio ${(o.ms / b.ms).toFixed(2)}×`,
      );
    }
    const oMs = median(ours.map((x) => x.ms));
    const bMs = median(bare.map((x) => x.ms));
    const oMb = Math.max(...ours.map((x) => x.maxRssKb)) / 1024;
    const bMb = Math.max(...bare.map((x) => x.maxRssKb)) / 1024;
    const ratio = oMs / bMs;
    const cpuRatio = median(ours.map((x) => x.cpuMs)) / median(bare.map((x) => x.cpuMs));
    console.log('');
    console.log(`machine: ${cpus().length} CPU(s), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (a busy machine makes wall times noisy; CPU times less so)`);
    console.log(`hoptac consolidate --period ${PERIOD} (read + check + consolidate, end to end): ${oMs.toFixed(0)} ms median, peak RSS ${oMb.toFixed(0)} MB`);
    console.log(`bare exceljs Workbook.xlsx.readFile:                                   ${bMs.toFixed(0)} ms median, peak RSS ${bMb.toFixed(0)} MB`);
    console.log(`time ratio hoptac / exceljs: ${ratio.toFixed(2)}× wall (target ≤ ${TARGET_RATIO.toFixed(1)}×) ${ratio <= TARGET_RATIO ? 'OK' : 'MISSED'}; ${cpuRatio.toFixed(2)}× CPU`);
    console.log(`memory: ${oMb.toFixed(0)} MB (target ≤ ${TARGET_MB} MB) ${oMb <= TARGET_MB ? 'OK' : 'MISSED'}; exceljs ${bMb.toFixed(0)} MB (${(oMb / bMb).toFixed(2)}×)`);
    if (ours.some((x) => x.code !== 0)) console.log(`note: hoptac exited ${ours.map((x) => x.code).join(',')} (1 = findings with errors)`);
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${file}`);
  }
}

// run only as a script (checks.bench.mjs imports generate)
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
