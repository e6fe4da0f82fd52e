// npm run bench: consolidating 1,000,000 observations (60 boards × 50 indicators × 333 months)
// for one year, all measures, per board and ALL. Prints, from the same run, the library's time,
// a naive decimal.js accumulation and a hand-written BigInt scaled-integer sum of the same data,
// checks that the results are identical, and measures peak memory in a separate child process.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { consolidate, createObservations, defineCatalogue } from 'hoptac';
import { load, machineLine, median, verdict } from './lib/measure.mjs';

const BOARDS = 60;
const INDICATORS = 50;
const MONTHS = 333;
const FIRST_YEAR = 2000; // 2000-01 .. 2027-09
const PERIOD = '2026';
const STOCKS = 8; // the last 8 indicators are stocks, the rest flows; two ratios on top

const catalogue = defineCatalogue({
  indicators: [
    ...Array.from({ length: INDICATORS }, (_, i) => ({
      code: `ind_${String(i).padStart(2, '0')}`,
      nameVi: `Chỉ tiêu ${i}`,
      nameEn: `indicator ${i}`,
      unit: 'tỷ đồng',
      kind: i >= INDICATORS - STOCKS ? 'stock' : 'flow',
    })),
    { code: 'ratio_flow', nameVi: 'Tỷ lệ 1', nameEn: 'ratio 1', unit: '%', kind: 'ratio', numerator: 'ind_00', denominator: 'ind_01' },
    { code: 'ratio_stock', nameVi: 'Tỷ lệ 2', nameEn: 'ratio 2', unit: '%', kind: 'ratio', numerator: 'ind_42', denominator: 'ind_43' },
  ],
});

function generate() {
  let s = 0x9e3779b9;
  const rand = () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s;
  };
  const n = BOARDS * INDICATORS * MONTHS;
  const board = new Array(n);
  const indicator = new Array(n);
  const month = new Array(n);
  const value = new Array(n);
  const boards = Array.from({ length: BOARDS }, (_, b) => `B${String(b).padStart(2, '0')}`);
  const inds = Array.from({ length: INDICATORS }, (_, i) => `ind_${String(i).padStart(2, '0')}`);
  const months = Array.from({ length: MONTHS }, (_, m) => `${FIRST_YEAR + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  let k = 0;
  for (let b = 0; b < BOARDS; b++) {
    for (let i = 0; i < INDICATORS; i++) {
      for (let m = 0; m < MONTHS; m++) {
        // magnitudes up to 1e9 with up to 3 decimals: an integer below 1e12, then the point
        const scale = rand() % 4;
        const mag = (rand() % 1_000_000) * 1_000_000 + (rand() % 1_000_000);
        const digits = String(mag).padStart(scale + 1, '0');
        let text = scale === 0 ? digits.slice(0, 10) : `${digits.slice(0, digits.length - scale).slice(-10)}.${digits.slice(-scale)}`;
        if (text.startsWith('.')) text = `0${text}`;
        text = text.replace(/^0+(?=\d)/, '');
        board[k] = boards[b];
        indicator[k] = inds[i];
        month[k] = months[m];
        value[k] = text;
        k++;
      }
    }
  }
  return { n, board, indicator, month, value, boards, inds };
}

// The library, fed one observation at a time (flat records)...
function runLibrary(d) {
  const b = createObservations();
  for (let k = 0; k < d.n; k++) b.add({ board: d.board[k], indicator: d.indicator[k], month: d.month[k], value: d.value[k] });
  return consolidate(b.build(), { period: PERIOD, catalogue });
}
// ...and fed row by row (a board sheet's indicator row: consecutive months), as the workbook reader does.
function runLibrarySeries(d) {
  const b = createObservations();
  for (let k = 0; k < d.n; k += MONTHS) {
    b.addSeries({ board: d.board[k], indicator: d.indicator[k], start: d.month[k], values: d.value.slice(k, k + MONTHS) });
  }
  return consolidate(b.build(), { period: PERIOD, catalogue });
}

// The measures the baselines compute: flows: value (2026), same period last year (2025), cumulative
// (everything through 2026-12); stocks: value at 2026-12 and at 2025-12. Per board and ALL.
const inYear = (m, y) => m.startsWith(String(y));
const through = (m) => m <= `${PERIOD}-12`;

function runNaiveDecimal(d) {
  const D = Decimal.clone({ precision: 100 });
  const acc = new Map();
  const put = (key, v) => {
    const prev = acc.get(key);
    acc.set(key, prev === undefined ? v : prev.plus(v));
  };
  const stockIdx = INDICATORS - STOCKS;
  for (let k = 0; k < d.n; k++) {
    const m = d.month[k];
    const v = new D(d.value[k]);
    const stock = Number(d.indicator[k].slice(4)) >= stockIdx;
    const base = `${d.board[k]}|${d.indicator[k]}`;
    const all = `ALL|${d.indicator[k]}`;
    if (stock) {
      if (m === `${PERIOD}-12`) { put(`${base}|value`, v); put(`${all}|value`, v); }
      else if (m === `${Number(PERIOD) - 1}-12`) { put(`${base}|same_period_last_year`, v); put(`${all}|same_period_last_year`, v); }
      continue;
    }
    if (inYear(m, PERIOD)) { put(`${base}|value`, v); put(`${all}|value`, v); }
    else if (inYear(m, Number(PERIOD) - 1)) { put(`${base}|same_period_last_year`, v); put(`${all}|same_period_last_year`, v); }
    if (through(m)) { put(`${base}|cumulative`, v); put(`${all}|cumulative`, v); }
  }
  const out = new Map();
  for (const [k, v] of acc) out.set(k, v.toFixed());
  return out;
}

function toScaled(text) {
  const dot = text.indexOf('.');
  if (dot < 0) return BigInt(text) * 1000n;
  const frac = text.slice(dot + 1).padEnd(3, '0');
  return BigInt(text.slice(0, dot) + frac);
}
function fromScaled(x) {
  const neg = x < 0n;
  let s = (neg ? -x : x).toString().padStart(4, '0');
  s = `${s.slice(0, -3)}.${s.slice(-3)}`.replace(/\.?0+$/, '');
  return (neg ? '-' : '') + (s === '' ? '0' : s);
}
function runBigInt(d) {
  const acc = new Map();
  const put = (key, v) => acc.set(key, (acc.get(key) ?? 0n) + v);
  const stockIdx = INDICATORS - STOCKS;
  for (let k = 0; k < d.n; k++) {
    const m = d.month[k];
    const v = toScaled(d.value[k]);
    const stock = Number(d.indicator[k].slice(4)) >= stockIdx;
    const base = `${d.board[k]}|${d.indicator[k]}`;
    const all = `ALL|${d.indicator[k]}`;
    if (stock) {
      if (m === `${PERIOD}-12`) { put(`${base}|value`, v); put(`${all}|value`, v); }
      else if (m === `${Number(PERIOD) - 1}-12`) { put(`${base}|same_period_last_year`, v); put(`${all}|same_period_last_year`, v); }
      continue;
    }
    if (inYear(m, PERIOD)) { put(`${base}|value`, v); put(`${all}|value`, v); }
    else if (inYear(m, Number(PERIOD) - 1)) { put(`${base}|same_period_last_year`, v); put(`${all}|same_period_last_year`, v); }
    if (through(m)) { put(`${base}|cumulative`, v); put(`${all}|cumulative`, v); }
  }
  const out = new Map();
  for (const [k, v] of acc) out.set(k, fromScaled(v));
  return out;
}

function once(f) {
  globalThis.gc?.();
  const t0 = process.hrtime.bigint();
  const result = f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

/** Rounds of baseline and subjects one after the other (interleaved), so load hits all alike. */
function interleaved(entries, rounds) {
  const out = entries.map(([label]) => ({ label, all: [], result: undefined }));
  for (let r = 0; r < rounds; r++) {
    entries.forEach(([, f], j) => {
      const x = once(f);
      out[j].all.push(x.ms);
      out[j].result = x.result;
    });
  }
  for (const o of out) o.ms = median(o.all);
  return out;
}

const mode = process.argv[2];
if (mode === '--child-memory') {
  // Peak memory of a process that makes the data, then of one that also consolidates it.
  const d = generate();
  if (process.argv[3] === 'library') runLibrary(d);
  if (process.argv[3] === 'series') runLibrarySeries(d);
  process.stdout.write(String(process.resourceUsage().maxRSS));
  process.exit(0);
}

console.log(`hoptac consolidation benchmark: ${BOARDS} boards × ${INDICATORS} indicators × ${MONTHS} months, period ${PERIOD}, all measures, per board and ALL`);
const d = generate();
console.log(`observations: ${d.n.toLocaleString('en')}`);
const ROUNDS = Math.max(1, Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5);
console.log(machineLine());
const [big, lib, libSeries] = interleaved(
  [
    ['hand-written BigInt scaled-integer sum (baseline)', () => runBigInt(d)],
    ['hoptac, one add() per observation', () => runLibrary(d)],
    ['hoptac, addSeries() per board × indicator row', () => runLibrarySeries(d)],
  ],
  ROUNDS,
);
const naiveRun = once(() => runNaiveDecimal(d));
const naive = { label: 'naive decimal.js (new Decimal + plus into a Map), once', ms: naiveRun.ms, all: [naiveRun.ms], result: naiveRun.result };

// Results identical: every figure the baselines computed equals the library's row.
let compared = 0;
const same = JSON.stringify(lib.result.rows) === JSON.stringify(libSeries.result.rows);
let mismatches = 0;
const rows = new Map(lib.result.rows.map((r) => [`${r.board}|${r.indicator}|${r.measure}`, r.value]));
for (const [k, v] of naive.result) {
  compared++;
  if (rows.get(k) !== v || big.result.get(k) !== v) {
    mismatches++;
    if (mismatches < 5) console.log(`  MISMATCH ${k}: library ${rows.get(k)} naive ${v} bigint ${big.result.get(k)}`);
  }
}

const memory = (what) => Number(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child-memory', what], { encoding: 'utf8' })) / 1024;
const memData = memory('data');
const memLib = memory('library');
const memSeries = memory('series');

const pad = (s, n) => s.padEnd(n);
console.log(`${ROUNDS} interleaved rounds (BigInt, add, addSeries), medians; load average now ${load()}`);
for (const r of [big, lib, libSeries, naive]) console.log(`${pad(r.label, 56)} ${r.ms.toFixed(0).padStart(6)} ms   (runs: ${r.all.map((t) => t.toFixed(0)).join(', ')} ms)`);
console.log(`rows: ${lib.result.rows.length.toLocaleString('en')}; figures compared with both baselines: ${compared.toLocaleString('en')}; mismatches: ${mismatches}`);
console.log(`add() and addSeries() give identical rows: ${same}`);
console.log(`library (add) / naive decimal.js: ${(lib.ms / naive.ms).toFixed(3)}×`);
let ok = verdict('add(), one call per observation / BigInt baseline', lib.ms / big.ms, 0.35, '×', 3);
ok = verdict('addSeries() / BigInt baseline', libSeries.ms / big.ms, 0.25, '×', 3) && ok;
const equal = mismatches === 0 && same && compared > 0;
console.log(`identical results (library, addSeries, BigInt and decimal.js): ${equal ? 'PASS' : 'FAIL'}`);
console.log(`peak RSS: data alone ${memData.toFixed(0)} MB, data + library (add) ${memLib.toFixed(0)} MB, data + library (addSeries) ${memSeries.toFixed(0)} MB (target < 1024 MB) ${memLib < 1024 && memSeries < 1024 ? 'PASS' : 'FAIL'}`);
if (!equal) process.exitCode = 1;
console.log(ok && equal ? 'every consolidation target: PASS' : 'some consolidation targets: FAIL');
