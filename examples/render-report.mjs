#!/usr/bin/env node
// npm run report:render [REPORT.docx]: turns the review report into PDF and then one PNG per page
// with LibreOffice (soffice) and poppler (pdftoppm), to look at it as a reader would. Not part of
// npm test. Default: the demo's report, examples/output/bao-cao-2017.docx (written first if absent).
// Output: examples/output/render/<name>.pdf and <name>-<page>.png.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const input = resolve(process.argv[2] ?? join(here, 'output', 'bao-cao-2017.docx'));
const outDir = join(here, 'output', 'render');
const has = (cmd, flag) => spawnSync(cmd, [flag], { encoding: 'utf8' }).status === 0;

if (!has('soffice', '--version') || !has('pdftoppm', '-v')) {
  console.log('LibreOffice (soffice) or poppler (pdftoppm) is not installed; nothing rendered.');
  console.log('On Debian: apt-get install -y libreoffice-writer-nogui poppler-utils');
  process.exit(0);
}
if (!existsSync(input)) {
  const demo = spawnSync(process.execPath, [join(here, 'demo.mjs')], { stdio: 'inherit' });
  if (demo.status !== 0 || !existsSync(input)) process.exit(demo.status ?? 1);
}
mkdirSync(outDir, { recursive: true });
const name = basename(input).replace(/\.docx$/i, '');
for (const f of readdirSync(outDir)) if (f.startsWith(`${name}.`) || f.startsWith(`${name}-`)) rmSync(join(outDir, f));
const t0 = Date.now();
const pdf = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outDir, input], { encoding: 'utf8' });
if (pdf.status !== 0 || !existsSync(join(outDir, `${name}.pdf`))) {
  console.error(`soffice failed: ${pdf.stderr || pdf.stdout}`);
  process.exit(1);
}
const png = spawnSync('pdftoppm', ['-png', '-r', '80', join(outDir, `${name}.pdf`), join(outDir, name)], { encoding: 'utf8' });
if (png.status !== 0) {
  console.error(`pdftoppm failed: ${png.stderr}`);
  process.exit(1);
}
const pages = readdirSync(outDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
console.log(`${relative(process.cwd(), input)} -> ${relative(process.cwd(), join(outDir, `${name}.pdf`))} and ${pages.length} page(s) as PNG in ${relative(process.cwd(), outDir)}/ (${Date.now() - t0} ms)`);
