#!/usr/bin/env node
// npm run demo: checks the example shared workbook and consolidates it for two periods with the
// built `hoptac` command, then prints the figures as a board report would (tables at most 100
// columns wide); writes the 2018 report workbook, a revised copy of the workbook with what changed
// in it (`hoptac diff`), and the 2017 review report into examples/output/ (git-ignored), leaves
// them there, and names them at the end.
//
// Uses the packages by name only: the `hoptac` bin of @hoptac/cli and the `hoptac` library.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Period, builtInCatalogue } from 'hoptac';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const workbook = join(here, 'shared-workbook.xlsx');
const shown = relative(process.cwd(), workbook) || workbook;
/** Everything the demo writes goes here, and stays (git-ignored). */
const outputDir = join(here, 'output');
const shownPath = (p) => relative(process.cwd(), p) || p;
/** The files written, in order, named at the end. */
const written = [];

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

/** Every line the demo writes itself fits in this many columns. */
const WIDTH = 100;
/** Text cut into lines of at most WIDTH columns, at spaces (a word longer than WIDTH is cut). */
const wrap = (text, indent = '') => {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.flatMap((l) => (l.length <= WIDTH ? [l] : l.match(new RegExp(`.{1,${WIDTH}}`, 'g')))).join('\n');
};
const say = (text, indent = '') => console.log(wrap(text, indent));
const rule = (title) => console.log(`\n${'═'.repeat(WIDTH)}\n${wrap(title, '   ')}\n${'═'.repeat(WIDTH)}`);

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
const cell = (r) => (r === undefined ? '' : r.status === 'missing' ? 'thiếu' : r.status === 'undefined' ? 'k.x.đ' : r.status === 'no-plan' ? '—' : fmt(r.value));
const pad = (s, w, right) => (right ? s.padStart(w) : s.padEnd(w));
/** A text table at most WIDTH columns wide, numbers right-aligned from column `firstNumber`: the first column (names) is cut with "…" to fit. */
function printTable(head, body, firstNumber) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const rest = widths.slice(1).reduce((a, w) => a + w + 2, 0);
  widths[0] = Math.max(12, Math.min(widths[0], WIDTH - rest));
  const fit = (s, w) => (s.length <= w ? s : `${s.slice(0, w - 1)}…`);
  const line = (row) => row.map((c, i) => pad(i === 0 ? fit(c, widths[0]) : c, widths[i], i >= firstNumber)).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}

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
  say(`Kỳ: ${Period.label(Period.parse(result.period))} (${result.period}); ${result.rows.length} dòng số liệu; kiểm tra: ${errors} lỗi, ${result.findings.length - errors} cảnh báo.`);
  const boards = [...new Set(result.rows.map((x) => x.board))];
  const find = (ind, board, measure) => result.rows.find((x) => x.indicator === ind && x.board === board && x.measure === measure);
  const indicators = [...new Set(result.rows.map((x) => x.indicator))];
  // the period, board by board
  console.log('\nThực hiện kỳ báo cáo, theo đơn vị:');
  printTable(
    ['Chỉ tiêu', 'ĐVT', ...boards.map((b) => (b === 'ALL' ? 'Tổng' : b))],
    indicators.map((ind) => [names.get(ind) ?? ind, find(ind, 'ALL', 'value')?.unit ?? '', ...boards.map((b) => cell(find(ind, b, 'value')))]),
    2,
  );
  // all boards together: year to date, against last year and the plan, since the start
  console.log('\nTổng các đơn vị:');
  printTable(
    ['Chỉ tiêu', 'Lũy kế năm', 'So cùng kỳ %', '% KH năm', 'Lũy kế'],
    indicators.map((ind) => {
      const plan = find(ind, 'ALL', 'ytd_target_pct');
      const target = find(ind, 'ALL', 'target');
      return [names.get(ind) ?? ind, cell(find(ind, 'ALL', 'ytd')), cell(find(ind, 'ALL', 'vs_last_year_pct')), target?.status === 'missing' ? 'thiếu KH' : cell(plan), cell(find(ind, 'ALL', 'cumulative'))];
    }),
    1,
  );
  const lacking = [...new Set(result.rows.filter((x) => x.measure === 'target' && x.board !== 'ALL' && x.status === 'missing').map((x) => `${names.get(x.indicator) ?? x.indicator} của ${x.board}`))];
  say(`("—": chỉ tiêu không có kế hoạch năm, không đơn vị nào có; "thiếu KH": ${lacking.length > 0 ? `còn thiếu kế hoạch năm (${lacking.join('; ')})` : 'một đơn vị thiếu kế hoạch năm mà đơn vị khác có (kỳ này không có)'}.)`);
  const missing = result.rows.filter((x) => x.status === 'missing' && x.measure !== 'target' && x.measure !== 'ytd_target_pct');
  if (missing.length > 0) {
    const which = [...new Set(missing.filter((x) => x.board !== 'ALL').map((x) => `${names.get(x.indicator) ?? x.indicator} của ${x.board}`))];
    console.log('');
    say(`"thiếu": ${missing.length} số liệu không tính được vì thiếu tháng báo cáo (${which.join('; ')}); tổng của mọi đơn vị cũng thiếu theo.`);
    say('hoptac không bao giờ đưa ra tổng một phần thay cho tổng đầy đủ.');
  }
}

// 3. The same as a workbook for people: the input's sheets plus "Tổng hợp" and "Kiểm tra"
mkdirSync(outputDir, { recursive: true });
const out = join(outputDir, 'tong-hop-2018.xlsx');
rule(`${step}. hoptac consolidate ${shown} --period "Năm 2018" --out ${shownPath(out)} --force`);
const r = hoptac(['consolidate', workbook, '--period', 'Năm 2018', '--out', out, '--force']);
process.stdout.write(r.stderr.replace(out, shownPath(out)));
if (r.code !== 0 || !existsSync(out)) {
  console.error(`consolidate --out exited ${r.code}`);
  process.exit(1);
}
written.push([out, 'sổ số liệu kèm trang "Tổng hợp" và "Kiểm tra" năm 2018']);
say('Sổ gốc không bị sửa.');

// 4. The next exchange: a revised copy (examples/make-revised.mjs: a corrected value, the missing
// month filled in, a value withdrawn, LD's row retyped in triệu USD, two rows moved, a new target)
step++;
const revised = join(outputDir, 'so-lieu-sua-doi.xlsx');
rule(`${step}. hoptac diff ${shown} ${shownPath(revised)} --period "Tháng 12/2018"`);
const { makeRevisedWorkbook } = await import('./make-revised.mjs');
writeFileSync(revised, await makeRevisedWorkbook(workbook));
written.push([revised, 'bản sửa đổi của sổ số liệu, để so sánh']);
const d = hoptac(['diff', workbook, revised, '--period', 'Tháng 12/2018']);
if (d.code !== 0) {
  console.error(`diff exited ${d.code}: ${d.stderr}`);
  process.exit(1);
}
process.stdout.write(d.stdout.replaceAll(workbook, shown).replaceAll(revised, shownPath(revised)));
say('(Hàng dời chỗ và dòng đổi đơn vị tính mà số liệu quy đổi không đổi thì không phải là số liệu thay đổi.)');

// 5. The review report: the draft the boards sign at their review conference
const programs = join(here, 'programs', 'dong-nai-lam-dong-binh-phuoc.json');
const report = join(outputDir, 'bao-cao-2017.docx');
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
written.push([report, 'dự thảo báo cáo sơ kết năm 2017']);
say(`Báo cáo: ${shownReport} (${took} ms kể cả khởi động lệnh). Mở bằng Word hoặc LibreOffice; "npm run report:render" chuyển sang PDF và PNG.`);

// The files written: they stay in examples/output/ (git-ignored) to be opened
rule(`Các tệp đã ghi (trong ${shownPath(outputDir)}, không đưa vào git):`);
for (const [file, what] of written) say(`- ${shownPath(file)}: ${what} (${statSync(file).size} byte)`, '  ');
console.log('\nXong.');
