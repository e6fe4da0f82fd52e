// npm run bench:diff: `hoptac diff` on two national-scale copies of the shared workbook (63 boards ×
// 24 indicators × 240 months each, the second with every 997th flow value revised), against two
// `hoptac check` runs (one per copy), the time the diff should not exceed. Each measurement runs in
// its own child process, so each peak memory figure (maxRSS, worker threads included) is its own.
//
//   node benchmarks/diff.bench.mjs [--runs N] [--keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './workbook.bench.mjs';

const cliMain = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));
const REVISE = 997;

async function child(args) {
  const { run } = await import(cliMain);
  let chars = 0;
  const io = { out: (s) => (chars += s.length), err: () => {}, errIsTTY: false, env: {}, cwd: process.cwd() };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const code = await run(args, io);
  const ms = performance.now() - t0;
  // CPU time of the whole process, worker threads included: steadier than wall time on a busy machine
  const cpu = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS, code, chars }));
}

function measure(args) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`child failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(r.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args.slice(1));
  const runs = Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 3);
  if (!existsSync(cliMain)) {
    console.error('packages/cli/dist/main.js is missing: run "npm run build" first.');
    process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-bench-diff-'));
  const older = join(dir, 'national-old.xlsx');
  const newer = join(dir, 'national-new.xlsx');
  try {
    const g0 = performance.now();
    const cells = await generate(older);
    await generate(newer, { revise: REVISE });
    console.log(`Generated two copies: ${cells.toLocaleString('en')} value cells each, ${(statSync(older).size / 1024 / 1024).toFixed(1)} MB each, ${((performance.now() - g0) / 1000).toFixed(1)} s (not timed)`);
    const diffs = [];
    const checks = [];
    for (let i = 0; i < runs; i++) {
      const a = measure(['check', older, '--json']);
      const b = measure(['check', newer, '--json']);
      const d = measure(['diff', older, newer, '--json']);
      checks.push({ ms: a.ms + b.ms, cpuMs: a.cpuMs + b.cpuMs, mb: Math.max(a.maxRssKb, b.maxRssKb) / 1024 });
      diffs.push({ ms: d.ms, cpuMs: d.cpuMs, mb: d.maxRssKb / 1024, code: d.code, chars: d.chars });
      console.log(
        `run ${i + 1}/${runs}: diff ${d.ms.toFixed(0)} ms (cpu ${d.cpuMs.toFixed(0)} ms), ${(d.maxRssKb / 1024).toFixed(0)} MB (exit ${d.code}) | ` +
          `check old ${a.ms.toFixed(0)} ms + check new ${b.ms.toFixed(0)} ms = ${(a.ms + b.ms).toFixed(0)} ms (cpu ${(a.cpuMs + b.cpuMs).toFixed(0)} ms) | ratio ${(d.ms / (a.ms + b.ms)).toFixed(2)}× wall, ${(d.cpuMs / (a.cpuMs + b.cpuMs)).toFixed(2)}× cpu`,
      );
    }
    const dMs = median(diffs.map((x) => x.ms));
    const cMs = median(checks.map((x) => x.ms));
    const dMb = Math.max(...diffs.map((x) => x.mb));
    const cMb = Math.max(...checks.map((x) => x.mb));
    console.log('');
    console.log(`machine: ${cpus().length} CPU(s), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    console.log(`hoptac diff (read both, check both, compare, consolidate what moved for the latest month and its year): ${dMs.toFixed(0)} ms median, peak RSS ${dMb.toFixed(0)} MB`);
    console.log(`two hoptac check runs:                                                                               ${cMs.toFixed(0)} ms median, peak RSS ${cMb.toFixed(0)} MB each`);
    const cpuRatio = median(diffs.map((x) => x.cpuMs)) / median(checks.map((x) => x.cpuMs));
    console.log(`time ratio diff / two checks: ${(dMs / cMs).toFixed(2)}× wall (target ≤ 1.0×) ${dMs <= cMs ? 'OK' : 'MISSED'}; ${cpuRatio.toFixed(2)}× CPU`);
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  }
}

await main();
