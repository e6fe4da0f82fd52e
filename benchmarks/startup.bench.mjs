// Start-up, part of `npm run bench`: how soon the command answers and the analysis worker is ready.
// - `hoptac --version` in a fresh process, wall from spawn to exit, against a bare `node -e 0`
//   (the runtime's own start under the machine's present load). Target: ≤ 120 ms.
// - the analysis worker of `check`/`consolidate`: a worker thread that loads the built module the
//   command runs in it (everything the analysis imports: the library, the workbook reader, the
//   xlsx reader), from `new Worker()` to its first message, against a worker that loads an empty
//   module. Target: ≤ 60 ms (zod, for program files, stays out of it).
// Interleaved, fresh processes each, medians. Needs `npm run build` first.
//
//   node benchmarks/startup.bench.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load, machineLine, median, runNode, verdict } from './lib/measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'packages/cli/dist');
const at = process.argv.indexOf('--runs');
const RUNS = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 7) : 7;

/** The built chunk that holds the analysis worker (it names itself with this flag). */
function analysisChunk() {
  const f = readdirSync(DIST).find((n) => n.endsWith('.js') && /["']hoptac-analysis\/1["']/.test(readFileSync(join(DIST, n), 'utf8')));
  if (f === undefined) throw new Error('no analysis worker in packages/cli/dist: run "npm run build" first');
  return join(DIST, f);
}

// In a fresh process (ESM, so the eval'd worker is a module too): ms from new Worker() until the worker has loaded `module` and says so.
const workerProbe = (module) => `
  const { Worker } = await import('node:worker_threads');
  const t0 = performance.now();
  const w = new Worker(${JSON.stringify(`import { parentPort } from 'node:worker_threads'; await import(${JSON.stringify(module)}); parentPort.postMessage(0);`)}, { eval: true });
  w.once('message', () => { process.stdout.write(String(performance.now() - t0)); w.terminate(); });
`;
const probe = (module) => Number(spawnSync(process.execPath, ['--input-type=module', '-e', workerProbe(module)], { cwd: ROOT, encoding: 'utf8' }).stdout);

console.log(`hoptac start-up benchmark: ${RUNS} fresh processes each, interleaved`);
console.log(machineLine());
const chunk = pathToFileURL(analysisChunk()).href;
const empty = 'data:text/javascript,export default 1';
const bare = [];
const version = [];
const workerEmpty = [];
const worker = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(runNode(['-e', '0'], { okCodes: [0] }).wallMs);
  version.push(runNode([join(ROOT, 'packages/cli/bin/hoptac.mjs'), '--version'], { okCodes: [0] }).wallMs);
  workerEmpty.push(probe(empty));
  worker.push(probe(chunk));
}
const list = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`bare node -e 0:               ${median(bare).toFixed(0)} ms median (runs: ${list(bare)})`);
console.log(`hoptac --version:             ${median(version).toFixed(0)} ms median (runs: ${list(version)})`);
console.log(`worker loading nothing:       ${median(workerEmpty).toFixed(1)} ms median (runs: ${list(workerEmpty)})`);
console.log(`analysis worker ready:        ${median(worker).toFixed(1)} ms median (runs: ${list(worker)})`);
console.log(`load average now ${load()}`);
let ok = verdict('hoptac --version, wall', median(version), 120, ' ms', 0);
console.log(`  (${(median(version) / median(bare)).toFixed(2)}× a bare node start; the command's own share ${(median(version) - median(bare)).toFixed(0)} ms)`);
ok = verdict('analysis worker ready, from new Worker() to its first message', median(worker), 60, ' ms', 0) && ok;
console.log(`  (${(median(worker) / median(workerEmpty)).toFixed(2)}× a worker that loads nothing; the analysis modules' own share ${(median(worker) - median(workerEmpty)).toFixed(0)} ms)`);
console.log(ok ? 'every start-up target: PASS' : 'some start-up targets: FAIL');
