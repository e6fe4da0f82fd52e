#!/usr/bin/env node
// npm run demo: checks the example shared workbook and consolidates it for two periods with the
// built `hoptac` command, then prints the figures as a board report would; then what changed in a
// revised copy of it (`hoptac diff`); last, it writes the 2017 review report to
// examples/output/bao-cao-2017.docx.
//
// Uses the packages by name only: the `hoptac` bin of @hoptac/cli and the `hoptac` library.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Period, builtInCatalogue } from 'hoptac';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const workbook = join(here, 'shared-workbook.xlsx');
const shown = relative(process.cwd(), workbook) || workbook;

// The `hoptac` bin, found through its package like npx finds it.
const require = createRequire(import.meta.url);
const cliPkgPath = require.resolve('@hoptac/cli/package.json');
const cliPkg = JSON.parse(readFileSync(cliPkgPath, 'utf8'));
const bin = join(dirname(cliPkgPath), cliPkg.bin.hoptac);
if (!existsSync(join(dirname(cliPkgPath), 'dist', 'main.js'))) {
  console.error('The hoptac command is not built yet: run "npm run build" first.');
  process.exit(1);
}

function hoptac(args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status ?? 2, stdout: r.stdout, stderr: r.stderr };
}

if (!existsSync(workbook)) {
  const { makeWorkbook } = await import('./make-workbook.mjs');
  writeFileSync(workbook, await makeWorkbook());
}

const rule = (title) => console.log(`\n${'═'.repeat(100)}\n${title}\n${'═'.repeat(100)}`);

// 1. Check
rule(`1. hoptac check ${shown}`);
const check = hoptac(['check', workbook]);
process.stdout.write(check.stdout.replace(workbook, shown));
if (check.code !== 0) {
  console.error(`check exited ${check.code}: ${check.stderr}`);
  process.exit(1);
}

// 2. Consolidate, two periods
const names = new Map(builtInCatalogue.indicators.map((i) => [i.code, i.nameVi]));
const fmt = (v) => {
  if (v === null) return '';
  const [int, frac] = v.replace(/^-/, '').split('.');
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${v.startsWith('-') ? '-' : ''}${g}${frac === undefined ? '' : `,${frac}`}`;
};
const cell = (r) => (r === undefined ? '' : r.status === 'missing' ? 'thiếu' : r.status === 'undefined' ? 'k.x.đ' : fmt(r.value));
const pad = (s, w, right) => (right ? s.padStart(w) : s.padEnd(w));

let step = 2;
for (const period of ['Quý IV/2017', 'Năm 2018']) {
  rule(`${step++}. hoptac consolidate ${shown} --period "${period}" --json`);
  const r = hoptac(['consolidate', workbook, '--period', period, '--json']);
  if (r.code !== 0) {
    console.error(`consolidate exited ${r.code}: ${r.stderr}`);
    process.exit(1);
  }
  const result = JSON.parse(r.stdout);
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  console.log(`Kỳ: ${Period.label(Period.parse(result.period))} (${result.period}); ${result.rows.length} dòng số liệu; kiểm tra: ${errors} lỗi, ${result.findings.length - errors} cảnh báo.`);
  const boards = [...new Set(result.rows.map((x) => x.board))];
  const find = (ind, board, measure) => result.rows.find((x) => x.indicator === ind && x.board === board && x.measure === measure);
  const head = ['Chỉ tiêu', 'Đơn vị tính', ...boards.map((b) => (b === 'ALL' ? 'Tổng' : b)), 'Lũy kế năm', 'So cùng kỳ %', '% KH năm', 'Lũy kế'];
  const body = [...new Set(result.rows.map((x) => x.indicator))].map((ind) => [
    names.get(ind) ?? ind,
    find(ind, 'ALL', 'value')?.unit ?? '',
    ...boards.map((b) => cell(find(ind, b, 'value'))),
    cell(find(ind, 'ALL', 'ytd')),
    cell(find(ind, 'ALL', 'vs_last_year_pct')),
    find(ind, 'ALL', 'target')?.status === 'missing' ? 'chưa có KH' : cell(find(ind, 'ALL', 'ytd_target_pct')),
    cell(find(ind, 'ALL', 'cumulative')),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => pad(c, widths[i], i >= 2)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
  console.log('(Lũy kế năm, So cùng kỳ %, % KH năm và Lũy kế là số của Tổng; "chưa có KH": trang Targets thiếu kế hoạch năm của ít nhất một đơn vị.)');
  const missing = result.rows.filter((x) => x.status === 'missing' && x.measure !== 'target' && x.measure !== 'ytd_target_pct');
  if (missing.length > 0) {
    const which = [...new Set(missing.filter((x) => x.board !== 'ALL').map((x) => `${names.get(x.indicator) ?? x.indicator} của ${x.board}`))];
    console.log(`\n"thiếu": ${missing.length} số liệu không tính được vì thiếu tháng báo cáo (${which.join('; ')}); tổng của mọi đơn vị cũng thiếu theo.`);
    console.log('hoptac không bao giờ đưa ra tổng một phần thay cho tổng đầy đủ.');
  }
}

// 3. The same as a workbook for people: the input's sheets plus "Tổng hợp" and "Kiểm tra"
rule(`${step}. hoptac consolidate ${shown} --period "Năm 2018" --out <tạm>/tong-hop-2018.xlsx`);
const dir = mkdtempSync(join(tmpdir(), 'hoptac-demo-'));
try {
  const out = join(dir, 'tong-hop-2018.xlsx');
  const r = hoptac(['consolidate', workbook, '--period', 'Năm 2018', '--out', out]);
  process.stdout.write(r.stderr.replace(out, 'tong-hop-2018.xlsx'));
  if (r.code !== 0 || !existsSync(out)) {
    console.error(`consolidate --out exited ${r.code}`);
    process.exit(1);
  }
  console.log(`Kích thước: ${readFileSync(out).length} byte; sổ gốc không bị sửa.`);

  // 4. The next exchange: a revised copy (examples/make-revised.mjs: a corrected value, the missing
  // month filled in, a value withdrawn, LD's row retyped in triệu USD, two rows moved, a new target)
  step++;
  rule(`${step}. hoptac diff ${shown} <tạm>/so-lieu-sua-doi.xlsx --period "Tháng 12/2018"`);
  const { makeRevisedWorkbook } = await import('./make-revised.mjs');
  const revised = join(dir, 'so-lieu-sua-doi.xlsx');
  writeFileSync(revised, await makeRevisedWorkbook(workbook));
  const d = hoptac(['diff', workbook, revised, '--period', 'Tháng 12/2018']);
  if (d.code !== 0) {
    console.error(`diff exited ${d.code}: ${d.stderr}`);
    process.exit(1);
  }
  process.stdout.write(d.stdout.replaceAll(workbook, shown).replaceAll(revised, 'so-lieu-sua-doi.xlsx'));
  console.log('(Hàng dời chỗ và dòng đổi đơn vị tính mà số liệu quy đổi không đổi thì không phải là số liệu thay đổi.)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 5. The review report: the draft the boards sign at their review conference
const programs = join(here, 'programs', 'dong-nai-lam-dong-binh-phuoc.json');
const report = join(here, 'output', 'bao-cao-2017.docx');
const shownReport = relative(process.cwd(), report) || report;
rule(`${step + 1}. hoptac report ${shown} --period 2017 --program ${relative(process.cwd(), programs) || programs} --out ${shownReport} --force`);
mkdirSync(dirname(report), { recursive: true });
const started = performance.now();
const rr = hoptac(['report', workbook, '--period', '2017', '--program', programs, '--out', report, '--force']);
const took = Math.round(performance.now() - started);
process.stdout.write(rr.stdout.replace(report, shownReport));
if (rr.code !== 0 || !existsSync(report)) {
  console.error(`report exited ${rr.code}: ${rr.stderr}`);
  process.exit(1);
}
console.log(`Báo cáo: ${shownReport} (${readFileSync(report).length} byte, ${took} ms kể cả khởi động lệnh). Mở bằng Word hoặc LibreOffice; "npm run report:render" chuyển sang PDF và PNG.`);
console.log('\nXong.');
