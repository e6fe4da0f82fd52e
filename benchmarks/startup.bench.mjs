// Start-up, part of `npm run bench`: how soon the command answers and the analysis worker is ready.
// - `hoptac --version` in a fresh process, wall from spawn to exit, against a bare `node -e 0`
//   (the runtime's own start under the machine's present load). Target: ≤ 120 ms.
// - the analysis worker of `check`/`consolidate`/`explain` (packages/cli/dist/analysis-worker.cjs,
//   the file the command starts): ms from `new Worker()` to its first message (it says it is
//   ready once loaded), against a worker that loads nothing and says so at once, both with the
//   command's resource limits. Target: ≤ 60 ms (zod, for program files, stays out of it).
// - `hoptac check` of a tiny workbook (examples/shared-workbook.xlsx), with a preload that notes
//   when, in ms after the process started, the worker was created, was given its job and was ready
//   (so the overlap of its start-up with the command's own shows), and when the process ended.
// Interleaved, fresh processes each, medians; CPU (user + sys) of the whole process beside the wall.
// Needs `npm run build` first.
//
//   node benchmarks/startup.bench.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load, machineLine, median, runNode, verdict } from './lib/measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKER = join(ROOT, 'packages/cli/dist/analysis-worker.cjs');
const BIN = join(ROOT, 'packages/cli/bin/hoptac.mjs');
const EXAMPLE = join(ROOT, 'examples/shared-workbook.xlsx');
const TIMES = join(ROOT, 'benchmarks/lib/worker-times.mjs');
const at = process.argv.indexOf('--runs');
const RUNS = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 7) : 7;
if (!existsSync(WORKER) || !/["']hoptac-analysis\/1["']/.test(readFileSync(WORKER, 'utf8'))) throw new Error('no analysis worker at packages/cli/dist/analysis-worker.cjs: run "npm run build" first');

// In a fresh process: ms from new Worker(url, ...) until the worker's first message. The command's
// resource limits (analyze.ts) for both, so the only difference is what the worker loads; no
// execArgv, as under `node bin/hoptac.mjs` (the probe's own --input-type would refuse a file).
const workerProbe = (url, workerData) => `
  const { Worker } = await import('node:worker_threads');
  const options = { workerData: ${JSON.stringify(workerData)}, resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 }, stdout: false, stderr: false, execArgv: [] };
  const t0 = performance.now();
  const w = new Worker(new URL(${JSON.stringify(url)}), options);
  w.once('message', () => { process.stdout.write(String(performance.now() - t0)); void w.terminate(); });
`;
function probe(url, workerData) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', workerProbe(url, workerData)], { cwd: ROOT, encoding: 'utf8' });
  const ms = Number(r.stdout);
  if (r.status !== 0 || !(ms > 0)) throw new Error(`worker probe failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return ms;
}

/** `hoptac check` of the tiny workbook, with the worker's times from the preload. */
function checkWithTimes() {
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-startup-'));
  const file = join(dir, 'times.json');
  const before = process.env.HOPTAC_BENCH_WORKER_TIMES;
  process.env.HOPTAC_BENCH_WORKER_TIMES = file;
  try {
    const r = runNode(['--import', pathToFileURL(TIMES).href, BIN, 'check', EXAMPLE, '--json'], { okCodes: [0, 1] });
    return { ...r, times: JSON.parse(readFileSync(file, 'utf8')) };
  } finally {
    if (before === undefined) delete process.env.HOPTAC_BENCH_WORKER_TIMES;
    else process.env.HOPTAC_BENCH_WORKER_TIMES = before;
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`hoptac start-up benchmark: ${RUNS} fresh processes each, interleaved`);
console.log(machineLine());
const worker = pathToFileURL(WORKER).href;
const empty = `data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.postMessage(0);")}`;
const m = { bare: [], bareCpu: [], version: [], versionCpu: [], help: [], workerEmpty: [], worker: [], check: [], checkCpu: [], created: [], job: [], ready: [], answer: [] };
for (let i = 0; i < RUNS; i++) {
  const b = runNode(['-e', '0'], { okCodes: [0] });
  m.bare.push(b.wallMs);
  m.bareCpu.push(b.cpuMs);
  const v = runNode([BIN, '--version'], { okCodes: [0] });
  m.version.push(v.wallMs);
  m.versionCpu.push(v.cpuMs);
  m.help.push(runNode([BIN, '--help'], { okCodes: [0] }).wallMs);
  m.workerEmpty.push(probe(empty, null));
  m.worker.push(probe(worker, { flag: 'hoptac-analysis/1' }));
  const c = checkWithTimes();
  m.check.push(c.wallMs);
  m.checkCpu.push(c.cpuMs);
  m.created.push(c.times.created);
  m.job.push(c.times.job);
  m.ready.push(c.times.first);
  m.answer.push(c.times.second);
}
const list = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
const med = (k, d = 0) => median(m[k]).toFixed(d);
console.log(`bare node -e 0:               ${med('bare')} ms median, CPU ${med('bareCpu')} ms (runs: ${list(m.bare)})`);
console.log(`hoptac --version:             ${med('version')} ms median, CPU ${med('versionCpu')} ms (runs: ${list(m.version)})`);
console.log(`hoptac --help:                ${med('help')} ms median (runs: ${list(m.help)})`);
console.log(`worker loading nothing:       ${med('workerEmpty', 1)} ms median (runs: ${list(m.workerEmpty)})`);
console.log(`analysis worker ready:        ${med('worker', 1)} ms median (runs: ${list(m.worker)})`);
console.log(`hoptac check (tiny workbook): ${med('check')} ms median wall, CPU ${med('checkCpu')} ms (runs: ${list(m.check)})`);
console.log(`  after the process started: worker created ${med('created')} ms, ready ${med('ready')} ms, given the job ${med('job')} ms, answered ${med('answer')} ms (medians)`);
const waited = m.ready.map((r, i) => Math.max(0, r - m.job[i]));
console.log(`  the job waited for the worker's start-up ${median(waited).toFixed(0)} ms (median; 0 when the worker was ready first; runs: ${list(waited)})`);
console.log(`load average now ${load()}`);
let ok = verdict('hoptac --version, wall', median(m.version), 120, ' ms', 0);
console.log(`  (${(median(m.version) / median(m.bare)).toFixed(2)}× a bare node start; the command's own share ${(median(m.version) - median(m.bare)).toFixed(0)} ms)`);
ok = verdict('analysis worker ready, from new Worker() to its first message', median(m.worker), 60, ' ms', 0) && ok;
console.log(`  (${(median(m.worker) / median(m.workerEmpty)).toFixed(2)}× a worker that loads nothing; the analysis modules' own share ${(median(m.worker) - median(m.workerEmpty)).toFixed(0)} ms)`);
if (median(m.workerEmpty) > 60) console.log(`  note: on this machine now, a worker that loads nothing takes ${med('workerEmpty')} ms, more than the 60 ms target by itself; the target is kept as it is`);
if (median(m.bare) > 120) console.log(`  note: on this machine now, a bare node start takes ${med('bare')} ms, more than the 120 ms target by itself; the target is kept as it is`);
console.log(ok ? 'every start-up target: PASS' : 'some start-up targets: FAIL');
