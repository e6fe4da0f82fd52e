// npm run bench:import: how light the library is to load.
// - A cold `import('hoptac')` (and its facets) in Node: each run in a fresh process, timed inside
//   it around the dynamic import; the median of 5. Target for 'hoptac': at most 60 ms.
// - The command end to end with its analysis worker: `hoptac check examples/shared-workbook.xlsx
//   --json` in a fresh process, wall time, median of 5 (the worker's start is inside this figure).
// - The browser bundles of one-line imports of the built library (esbuild, minified, gzip), the
//   same measure as tests/size.test.ts, whose budgets are the contract.
// Needs `npm run build` first.
//
//   node benchmarks/import.bench.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSize } from './bundle-size.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_MS = 60;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function coldImport(specifier) {
  const code = `const t0 = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t0));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`import('${specifier}') failed: ${r.stderr}`);
  return Number(r.stdout);
}

function coldCheck() {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['packages/cli/bin/hoptac.mjs', 'check', 'examples/shared-workbook.xlsx', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`hoptac check failed (${r.status}): ${r.stderr}`);
  return ms;
}

const fmt = (ms) => ms.toFixed(1).padStart(7);
console.log(`node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, ${RUNS} fresh processes each`);
console.log('\ncold import (ms, inside the process)      median   runs');
// The loader's own cost under the machine's present load: a module that imports nothing.
const scratch = mkdtempSync(join(tmpdir(), 'hoptac-import-'));
const empty = join(scratch, 'empty.mjs');
writeFileSync(empty, 'export const x = 1;\n');
let hoptacMedian = NaN;
for (const spec of ['hoptac', 'hoptac/workbook', 'hoptac/program', 'zod', empty]) {
  const xs = Array.from({ length: RUNS }, () => coldImport(spec));
  const m = median(xs);
  if (spec === 'hoptac') hoptacMedian = m;
  const name = spec === empty ? 'an empty module' : `'${spec}'`;
  console.log(`  import(${name})`.padEnd(40), fmt(m), '  ', xs.map((x) => x.toFixed(1)).join(' '));
}
rmSync(scratch, { recursive: true, force: true });
const checks = Array.from({ length: RUNS }, () => coldCheck());
console.log('\n  hoptac check shared-workbook.xlsx --json'.padEnd(41), fmt(median(checks)), '  ', checks.map((x) => x.toFixed(1)).join(' '), ' (wall, process start and analysis worker included)');

console.log('\nbrowser bundle of a one-line import (esbuild, minified)   bytes   gzip');
for (const [spec, names] of [['hoptac', ['consolidate']], ['hoptac', ['Period']], ['hoptac', ['createObservations', 'consolidate', 'explain']], ['hoptac', ['defineCatalogue']], ['hoptac/workbook', ['readWorkbook']], ['hoptac/program', ['loadPrograms']]]) {
  const b = await bundleSize(spec, names);
  console.log(`  { ${names.join(', ')} } from '${spec}'`.padEnd(58), String(b.minified).padStart(7), String(b.gzip).padStart(7));
}
console.log(`\ncold import('hoptac') median ${hoptacMedian.toFixed(1)} ms: ${hoptacMedian <= TARGET_MS ? 'within' : 'ABOVE'} the ${TARGET_MS} ms target`);
