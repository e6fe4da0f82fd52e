// npm run print:summary: Tổng hợp of the example workbook as a person sees it on paper. Consolidates
// shared-workbook.xlsx with the built `hoptac` command (--out), prints that workbook's Tổng hợp
// sheet through LibreOffice to PDF, and its first page to PNG with poppler (80 dpi):
// examples/tong-hop-page-1.png (shown in the examples README) and tests/output/tong-hop-page-1.png.
//
// Only Tổng hợp is meant to print: the other sheets of a copy are marked hidden in workbook.xml;
// the Tổng hợp part itself is the writer's, byte for byte.
// Needs `npm run build`, `soffice` (libreoffice-calc) and `pdftoppm` (poppler-utils); not part of
// `npm test`.
//
//   node examples/print-summary.mjs [--period 2018-12]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--period');
const period = at > 0 ? process.argv[at + 1] : undefined;
const SUMMARY = 'Tổng hợp';

for (const tool of ['soffice', 'pdftoppm']) {
  if (spawnSync(tool, ['--version'], { encoding: 'utf8' }).error !== undefined) {
    console.error(`print:summary needs ${tool} (apt-get install libreoffice-calc-nogui poppler-utils)`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), 'hoptac-print-'));
const consolidated = join(work, 'consolidated.xlsx');
const args = [join(root, 'packages/cli/bin/hoptac.mjs'), 'consolidate', join(root, 'examples/shared-workbook.xlsx'), '--out', consolidated];
if (period !== undefined) args.push('--period', period);
execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });

// A copy in which only Tổng hợp is visible (and active): hidden sheets do not print.
const parts = unzipSync(new Uint8Array(readFileSync(consolidated)));
let wb = strFromU8(parts['xl/workbook.xml']);
const sheetTags = wb.match(/<sheet\s[^>]*\/>/g) ?? [];
const index = sheetTags.findIndex((t) => t.includes(`name="${SUMMARY}"`));
if (index < 0) throw new Error(`no ${SUMMARY} sheet in ${consolidated}`);
for (const tag of sheetTags) {
  if (tag.includes(`name="${SUMMARY}"`)) continue;
  wb = wb.replace(tag, tag.replace(/\sstate="[^"]*"/, '').replace(/\/>$/, ' state="hidden"/>'));
}
wb = wb.replace(/<workbookView\b([^>]*?)(\/?)>/, (_m, attrs, self) => `<workbookView${attrs.replace(/\s(activeTab|firstSheet)="\d+"/g, '')} activeTab="${index}" firstSheet="${index}"${self}>`);
parts['xl/workbook.xml'] = strToU8(wb);
const onlySummary = join(work, 'tong-hop.xlsx');
writeFileSync(onlySummary, zipSync(parts));

execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, onlySummary], { stdio: 'ignore' });
const pdf = join(work, 'tong-hop.pdf');
if (!existsSync(pdf)) throw new Error('LibreOffice wrote no PDF');
// LibreOffice may still print a hidden first sheet: Tổng hợp starts at the page with its title.
const total = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? 0);
let first = 1;
while (first <= total && !/BÁO CÁO TỔNG HỢP|CONSOLIDATED COOPERATION RESULTS/.test(spawnSync('pdftotext', ['-f', `${first}`, '-l', `${first}`, pdf, '-'], { encoding: 'utf8' }).stdout ?? '')) first++;
if (first > total) throw new Error('no page of the PDF shows the title of Tổng hợp');
const pages = total - first + 1;
execFileSync('pdftoppm', ['-png', '-r', '80', '-f', `${first}`, '-l', `${first}`, pdf, join(work, 'page')]);
const png = readdirSync(work).find((f) => f.startsWith('page') && f.endsWith('.png'));
if (png === undefined) throw new Error('pdftoppm wrote no PNG');
const outputs = [join(root, 'examples/tong-hop-page-1.png'), join(root, 'tests/output/tong-hop-page-1.png')];
mkdirSync(join(root, 'tests/output'), { recursive: true });
for (const o of outputs) copyFileSync(join(work, png), o);
copyFileSync(pdf, join(root, 'tests/output/tong-hop.pdf'));
console.log(`Tổng hợp printed on ${pages} page(s), from page ${first} of tests/output/tong-hop.pdf; its first page: ${outputs.join(', ')}`);
