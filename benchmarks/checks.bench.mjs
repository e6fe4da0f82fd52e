// npm run bench:checks: what the value checks (the built-in rules, outliers and unit slips) add to
// `hoptac check` on the national-scale workbook of bench:workbook (63 boards × 24 indicators × 240
// months, about 363,000 value cells).
//
// Two measurements, each in its own child process:
// - end to end: `hoptac check FILE --json` (read the .xlsx in the worker, check every cell, rules and
//   outliers included), the way scripts run it;
// - split: the file read once into a Grid, then `readWorkbook(grid)` and
//   `readWorkbook(grid, { valueChecks: false })` alternated in one process (after a warm-up), so the
//   difference of their medians is what the value checks cost.
// Target: the value checks add at most 20 % to the end-to-end check (the cost over the check's
// time without them).
//
//   node benchmarks/checks.bench.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './workbook.bench.mjs';

const TARGET = 0.2;
const cliMain = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));
const self = fileURLToPath(import.meta.url);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function child(kind, file, runs) {
  if (kind === 'check') {
    const { run } = await import(cliMain);
    let out = '';
    const io = { out: (s) => (out += s), err: () => {}, errIsTTY: false, env: {}, cwd: process.cwd() };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const code = await run(['check', file, '--json'], io);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const json = JSON.parse(out);
    const counts = {};
    for (const f of json.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
    process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, code, counts, rules: json.rules.length }));
    return;
  }
  // split: the Grid once (the command's own guarded reader, from source), then the library alternated
  const { readXlsx } = await import('../packages/cli/src/xlsx/index.ts');
  const { readWorkbook } = await import('hoptac/workbook');
  const grid = await readXlsx(file);
  readWorkbook(grid);
  readWorkbook(grid, { valueChecks: false });
  const on = [];
  const off = [];
  const cpu = (c) => (c.user + c.system) / 1000;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    readWorkbook(grid, { valueChecks: false });
    off.push({ ms: performance.now() - t0, cpuMs: cpu(process.cpuUsage(c0)) });
    t0 = performance.now();
    c0 = process.cpuUsage();
    const m = readWorkbook(grid);
    on.push({ ms: performance.now() - t0, cpuMs: cpu(process.cpuUsage(c0)) });
    if (i === 0) process.stderr.write(`value checks: ${m.rules.length} rules, ${m.rules.reduce((a, r) => a + r.evaluated, 0)} board-months evaluated\n`);
  }
  process.stdout.write(JSON.stringify({ on, off }));
}

function spawn(args) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`child ${args[0]} failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  if (r.stderr.trim() !== '') console.log(`  ${r.stderr.trim()}`);
  return JSON.parse(r.stdout);
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2], Number(args[3]));
  const runs = Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 5);
  if (!existsSync(cliMain)) {
    console.error('packages/cli/dist/main.js is missing: run "npm run build" first.');
    process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-bench-checks-'));
  const file = join(dir, 'national.xlsx');
  try {
    process.stdout.write('Generating 63 boards × 24 indicators × 240 months… ');
    const cells = await generate(file);
    console.log(`${cells.toLocaleString('en')} value cells, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB (not timed)`);
    const checks = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const c = spawn(['check', file]);
      checks.push(c);
      console.log(`check run ${i + 1}: ${c.ms.toFixed(0)} ms (cpu ${c.cpuMs.toFixed(0)} ms), exit ${c.code}, ${c.rules} rules, findings ${JSON.stringify(c.counts)}`);
    }
    const split = spawn(['split', file, String(runs)]);
    for (let i = 0; i < runs; i++) {
      const [a, b] = [split.off[i], split.on[i]];
      console.log(`readWorkbook run ${i + 1}: without value checks ${a.ms.toFixed(0)} ms (cpu ${a.cpuMs.toFixed(0)} ms), with ${b.ms.toFixed(0)} ms (cpu ${b.cpuMs.toFixed(0)} ms)`);
    }
    console.log('');
    console.log(`machine: ${cpus().length} CPU(s), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (a busy machine makes wall times noisy; CPU times less so)`);
    for (const key of ['cpuMs', 'ms']) {
      const label = key === 'ms' ? 'wall' : 'CPU';
      const check = median(checks.map((c) => c[key]));
      const on = median(split.on.map((x) => x[key]));
      const off = median(split.off.map((x) => x[key]));
      const cost = Math.max(0, on - off);
      const added = cost / (check - cost);
      console.log(
        `${label}: hoptac check --json ${check.toFixed(0)} ms median; readWorkbook with / without the value checks ${on.toFixed(0)} / ${off.toFixed(0)} ms: ` +
          `the checks cost ${cost.toFixed(0)} ms, ${(added * 100).toFixed(1)} % added to the check (target ≤ ${TARGET * 100} %) ${added <= TARGET ? 'OK' : 'MISSED'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
