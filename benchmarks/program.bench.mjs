// npm run bench:program: `hoptac program FILE --json` on a file of 1,000 programs of the same boards
// (copies of the seeds' 2016-2018 program without its areas, so every pair overlaps: 499,500
// program-overlap pairs).
// Before, each pair was compared and listed (46.6 s, 1.24 GB, 135 MB of JSON); now findings are
// capped at 200 per code with exact counts, and overlaps are counted by a sweep.
//
// The file is generated into a temporary directory first (not timed). Each run is its own child
// process, so its peak memory (maxRSS) is that run's alone; the time is the command's, from the
// call to `run()` to its exit code, plus the whole process's wall time (Node's start included).
// Targets: under 2 s and under 200 MB.
//
//   node benchmarks/program.bench.mjs [--runs N] [--programs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_MS = 2000;
const TARGET_MB = 200;
const cliMain = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));
const seeds = fileURLToPath(new URL('../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};

async function child(file) {
  const { run } = await import(cliMain);
  let out = '';
  const io = { out: (s) => (out += s), err: (s) => process.stderr.write(s), errIsTTY: false, env: {}, cwd: process.cwd() };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const code = await run(['program', file, '--json'], io);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const json = JSON.parse(out);
  const listed = json.findings.filter((f) => f.code === 'program-overlap').length;
  process.stdout.write(
    JSON.stringify({ code, ms, cpuMs: (cpu.user + cpu.system) / 1000, processCpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000, rssMB: process.resourceUsage().maxRSS / 1024, jsonBytes: Buffer.byteLength(out), overlaps: json.counts['program-overlap'], listed, findings: json.findings.length }),
  );
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const runs = arg('--runs', 3);
  const n = arg('--programs', 1000);
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-bench-program-'));
  try {
    const data = JSON.parse(readFileSync(seeds, 'utf8'));
    const base = data.programs.find((p) => p.code === 'DN-LD-BP-2016');
    // the program without its areas' texts: about 1.8 KB each, as in the file the issue measured
    const programs = Array.from({ length: n }, (_, i) => ({ ...base, code: `DN-LD-BP-2016-${i}`, predecessor: undefined, areas: [] }));
    const file = join(dir, 'programs.json');
    writeFileSync(file, JSON.stringify({ ...data, programs }));
    console.log(`${n} programs of the boards DN, BP and LD, all 2016-2018: ${(statSync(file).size / 1e6).toFixed(1)} MB of JSON`);
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}, Node ${process.version}`);
    const results = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const c = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      const wall = performance.now() - t0;
      if (c.status !== 0) throw new Error(`child failed (${c.status}): ${c.stderr}`);
      const x = JSON.parse(c.stdout);
      results.push({ ...x, wall });
      console.log(
        `run ${r + 1}: exit ${x.code}, command ${x.ms.toFixed(0)} ms (CPU ${x.cpuMs.toFixed(0)} ms), process ${wall.toFixed(0)} ms (CPU ${x.processCpuMs.toFixed(0)} ms), peak ${x.rssMB.toFixed(0)} MB, JSON ${(x.jsonBytes / 1e6).toFixed(2)} MB, ` +
          `program-overlap ${x.overlaps} counted / ${x.listed} listed, ${x.findings} findings listed`,
      );
    }
    const ms = median(results.map((x) => x.wall));
    const cpu = median(results.map((x) => x.processCpuMs));
    const mb = median(results.map((x) => x.rssMB));
    console.log(
      `median: process ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (target < ${TARGET_MS}), peak ${mb.toFixed(0)} MB (target < ${TARGET_MB}): ` +
        `wall ${ms < TARGET_MS ? 'met' : 'NOT met'}, CPU ${cpu < TARGET_MS ? 'met' : 'NOT met'}, memory ${mb < TARGET_MB ? 'met' : 'NOT met'}` +
        (loadavg()[0] > cpus().length ? ' (the machine is loaded: wall time includes waiting for a core)' : ''),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else await main();
