// Shared by the benchmarks: medians, the machine line, PASS/FAIL verdicts and a child process
// measured from spawn to exit (wall), with its CPU time and peak RSS (all its threads).
//
// Peak RSS comes from /usr/bin/time (GNU time, `%M`) where there is one, else from a preload that
// reports `process.resourceUsage().maxRSS` at exit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

export function machineLine() {
  const c = cpus();
  return `machine: ${c[0]?.model.trim() ?? 'unknown CPU'}, ${c.length} core(s), node ${process.version}, load average ${load()}`;
}

/** `label: 0.42× (target ≤ 0.5×) PASS` and whether it passed. */
export function verdict(label, value, target, unit = '×', digits = 2) {
  const ok = value <= target;
  console.log(`${label}: ${value.toFixed(digits)}${unit} (target ≤ ${target}${unit}) ${ok ? 'PASS' : 'FAIL'}`);
  return ok;
}

/** Same, for a floor (`≥`). */
export function verdictAtLeast(label, value, target, unit = '', digits = 0) {
  const ok = value >= target;
  console.log(`${label}: ${value.toLocaleString('en', { maximumFractionDigits: digits })}${unit} (target ≥ ${target.toLocaleString('en')}${unit}) ${ok ? 'PASS' : 'FAIL'}`);
  return ok;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
const PRELOAD = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));

/**
 * Runs `node ...args` and measures it: wall ms from spawn to exit, CPU ms (user + system) and peak
 * RSS in KB. Throws when the exit code is not one of `okCodes`.
 */
export function runNode(args, { okCodes = [0, 1], cwd } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-measure-'));
  const out = join(dir, 'time.txt');
  try {
    const cmd = hasGnuTime ? GNU_TIME : process.execPath;
    const argv = hasGnuTime ? ['-o', out, '-f', '%U %S %M', process.execPath, ...args] : ['--import', PRELOAD, ...args];
    const env = hasGnuTime ? process.env : { ...process.env, HOPTAC_BENCH_RSS: out };
    const t0 = performance.now();
    const r = spawnSync(cmd, argv, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const wallMs = performance.now() - t0;
    if (!okCodes.includes(r.status)) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const [u, s, m] = readFileSync(out, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    return { wallMs, cpuMs: (u + s) * 1000, maxRssKb: m, stdout: r.stdout, status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const mb = (kb) => kb / 1024;
