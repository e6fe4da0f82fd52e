/**
 * End to end: the built add-in (addin/dist) in headless Chromium, with office.js answered by a fake
 * Excel host whose workbook is a real .xlsx (examples/shared-workbook.xlsx, with one planted bad
 * cell). The task pane consolidates; the test then checks that `Tổng hợp` holds exactly what
 * `hoptac consolidate --json` gives for the same file and period, that no board sheet changed, and
 * that the planted cell is in `Kiểm tra` and selecting it in the pane selects that cell.
 *
 * The browser: a system Chrome or Chromium when one is found (CHROMIUM_PATH, then PATH), else the
 * Chromium shipped inside the devDependency @sparticuz/chromium; HOPTAC_BROWSER=bundled forces the
 * latter (see helpers/browser.ts). A browser that cannot be launched fails the test;
 * HOPTAC_SKIP_BROWSER=1 skips it on purpose.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { normalizeDecimal } from 'hoptac';
import type { Consolidation, Measure } from 'hoptac';
import { FINDINGS_SHEET, SUMMARY_SHEET, consolidateWorkbook, reportSheets, summaryPosition } from 'hoptac/workbook';
import type { OutputSheet } from 'hoptac/workbook';
import { run } from '../packages/cli/src/main.js';
import { readXlsx } from '../packages/cli/src/xlsx/index.js';
import { chooseBrowser, describeBrowser, launchBrowser } from './helpers/browser.js';
import type { BrowserChoice } from './helpers/browser.js';
import { fakeA1, fakeSheetsOf } from './helpers/fake-office/index.js';
import type { FakeCell, FakeOp, FakeSheetInput } from './helpers/fake-office/index.js';
import { plantText } from './helpers/fake-office/plant.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'addin', 'dist');
const output = join(root, 'tests', 'output');
const skip = process.env['HOPTAC_SKIP_BROWSER'] === '1';
/** The browser to drive, or why there is none (then every test fails with that reason). */
const choice = ((): BrowserChoice | Error => {
  try {
    return chooseBrowser();
  } catch (e) {
    return e as Error;
  }
})();
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const WRITES: readonly FakeOp['kind'][] = ['values', 'numberFormat', 'format', 'hyperlink', 'clear', 'merge', 'unmerge', 'freeze', 'add'];
const OWN = [SUMMARY_SHEET, FINDINGS_SHEET];

interface Scenario {
  readonly file: string;
  readonly period: string;
  readonly sheets: FakeSheetInput[];
}

/** The example workbook with `DN`!`cell` replaced by `text`, written under tests/output. */
async function scenario(name: string, cell: string, text: (original: string) => string, period: string): Promise<Scenario> {
  const original = readFileSync(join(root, 'examples', 'shared-workbook.xlsx'));
  const grid0 = await readXlsx(new Uint8Array(original));
  const dn = grid0.sheets.find((s) => s.name === 'DN');
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  const was = dn?.rows[Number(m[2]) - 1]?.[col - 1];
  if (was?.kind !== 'number') throw new Error(`DN!${cell} is not a number cell in the example (${JSON.stringify(was)})`);
  const bytes = plantText(new Uint8Array(original), 'DN', cell, text(was.value));
  mkdirSync(output, { recursive: true });
  const file = join(output, `${name}.xlsx`);
  writeFileSync(file, bytes);
  const grid = await readXlsx(file);
  return { file, period, sheets: fakeSheetsOf(grid) };
}

/** `hoptac consolidate FILE --period P --json`, in process. */
async function cliConsolidate(file: string, period: string): Promise<{ period: string; rows: { indicator: string; board: string; measure: string; value: string | null; status: string }[]; findings: { code: string; sheet?: string; cell?: string }[] }> {
  let out = '';
  let err = '';
  const code = await run(['consolidate', file, '--period', period, '--json'], { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false, env: {}, cwd: root });
  expect(code, err).toBeLessThanOrEqual(1);
  return JSON.parse(out) as ReturnType<typeof cliConsolidate> extends Promise<infer T> ? T : never;
}

/** `hoptac check FILE --json --lang L`, in process. */
async function cliCheck(file: string, lang: 'vi' | 'en'): Promise<{ findings: { code: string; sheet?: string; cell?: string; message: string }[] }> {
  let out = '';
  let err = '';
  const code = await run(['check', file, '--json', '--lang', lang], { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false, env: {}, cwd: root });
  expect(code, err).toBeLessThanOrEqual(1);
  return JSON.parse(out) as { findings: { code: string; sheet?: string; cell?: string; message: string }[] };
}

function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.xml': 'application/xml' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface PageFake {
  cells: Record<string, Record<string, FakeCell>>;
  snapshot: FakeSheetInput[];
  ops: FakeOp[];
}

async function fakeState(page: Page): Promise<PageFake> {
  return page.evaluate(() => {
    const f = (globalThis as unknown as { __hoptacFake: { snapshot(): FakeSheetInput[]; ops(): FakeOp[] } }).__hoptacFake;
    const snapshot = f.snapshot();
    return { snapshot, ops: f.ops(), cells: Object.fromEntries(snapshot.map((s) => [s.name, { ...s.cells }])) };
  });
}

/** The value a fake cell holds, as the decimal or text it stands for ('' for empty). */
function cellText(cell: FakeCell | undefined): string {
  if (cell === undefined || cell.t === 'Empty') return '';
  if (cell.t === 'Double') return normalizeDecimal(String(cell.v));
  return String(cell.v);
}

/** Every cell of an OutputSheet against the fake's sheet: same text, same numbers, same places. */
function expectSheetEquals(sheet: Record<string, FakeCell>, expected: OutputSheet): void {
  const want: Record<string, string> = {};
  expected.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== undefined && cell.value !== '') want[fakeA1(r, c)] = cell.kind === 'number' ? normalizeDecimal(cell.value) : cell.value;
    }),
  );
  const got: Record<string, string> = {};
  for (const [ref, cell] of Object.entries(sheet)) {
    const t = cellText(cell);
    if (t !== '') got[ref] = t;
  }
  expect(got).toEqual(want);
  for (const cell of Object.values(sheet)) {
    expect(cell.f, 'no formula in an output sheet').toBeUndefined();
    expect(cell.coerced, 'no text turned into a number, date or formula').toBeUndefined();
  }
}

async function openPane(browser: Browser, base: string, bundle: string, sheets: FakeSheetInput[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((input) => {
    (globalThis as unknown as Record<string, unknown>)['__HOPTAC_FAKE_INPUT__'] = input;
  }, { sheets });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_CDN || url.endsWith('/office-js/office.js')) return route.fulfill({ status: 200, contentType: 'text/javascript', body: bundle });
    if (url.startsWith(base)) return route.continue();
    return route.abort();
  });
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  expect(errors).toEqual([]);
  return page;
}

async function consolidateIn(page: Page, period: { kind: string; year: string; part?: string }): Promise<void> {
  await page.selectOption('#kind', period.kind);
  await page.selectOption('#year', period.year);
  if (period.part !== undefined) await page.selectOption('#part', period.part);
  await page.click('#consolidate');
  await page.waitForSelector('body[data-state="done"], body[data-state="failed"]', { timeout: 60_000 });
  expect(await page.getAttribute('body', 'data-state'), (await page.textContent('#message')) ?? '').toBe('done');
}

function expectBoardsUntouched(before: readonly FakeSheetInput[], after: PageFake): void {
  const others = after.snapshot.filter((s) => !OWN.includes(s.name));
  expect(others.map((s) => s.name)).toEqual(before.map((s) => s.name));
  for (const s of before) {
    const now = after.snapshot.find((x) => x.name === s.name)!;
    expect(now.cells, `sheet ${s.name} unchanged`).toEqual(s.cells);
    expect(now.merges ?? [], `sheet ${s.name} merges unchanged`).toEqual(s.merges ?? []);
    expect(now.hiddenRows ?? [], `sheet ${s.name} hidden rows unchanged`).toEqual(s.hiddenRows ?? []);
  }
  const touched = after.ops.filter((o) => WRITES.includes(o.kind) && !OWN.includes(o.sheet));
  expect(touched).toEqual([]);
}

describe.skipIf(skip)(`add-in end to end (headless Chromium, fake Excel host on a real workbook)${choice instanceof Error ? '' : `: ${describeBrowser(choice)}`}`, () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let bundle: string;
  /** Why the setup failed: each test then fails with it (a failed beforeAll would only skip them). */
  let setupError: unknown;

  beforeAll(async () => {
    try {
      if (!existsSync(join(dist, 'taskpane.html')) || !existsSync(join(dist, 'taskpane.global.js'))) throw new Error('addin/dist is not built: run `npm run build` first.');
      const built = await build({ entryPoints: [join(root, 'tests', 'helpers', 'fake-office', 'browser.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2020', write: false, logLevel: 'silent' });
      bundle = built.outputFiles[0]!.text;
      server = await serve(dist);
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (choice instanceof Error) throw choice;
      browser = await launchBrowser(choice);
    } catch (e) {
      setupError = e;
    }
  });

  beforeEach(() => {
    if (setupError !== undefined) throw setupError;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
  });

  it('consolidates into Tổng hợp exactly as the command line, touches no board sheet, and goes to the planted cell', async () => {
    // DN!AL7 is fdi_capital_new for Tháng 10/2017: typed as text, the Vietnamese way (a text-number warning)
    const s = await scenario('addin-e2e-text-number', 'AL7', (v) => v.replace('.', ','), '2017-Q4');
    const page = await openPane(browser, base, bundle, s.sheets);
    await consolidateIn(page, { kind: 'quarter', year: '2017', part: '4' });
    const after = await fakeState(page);

    // 1. Tổng hợp: every figure of `hoptac consolidate --json` at its documented place
    const cli = await cliConsolidate(s.file, s.period);
    expect(cli.period).toBe('2017-Q4');
    expect(cli.rows.length).toBeGreaterThan(100);
    const boards = [...new Set(cli.rows.map((r) => r.board).filter((b) => b !== 'ALL'))];
    const indicators = [...new Set(cli.rows.map((r) => r.indicator))];
    const shape: Consolidation = { period: cli.period, boards, indicators, rows: [] };
    const summary = after.cells[SUMMARY_SHEET]!;
    let figures = 0;
    for (const row of cli.rows) {
      const pos = summaryPosition(shape, row.indicator, row.board, row.measure as Measure);
      expect(pos, `${row.indicator}/${row.board}/${row.measure} has a place`).toBeDefined();
      const cell = summary[fakeA1(pos!.row, pos!.col)];
      if (row.status === 'ok') {
        figures++;
        expect(cellText(cell), `${row.indicator}/${row.board}/${row.measure} at ${fakeA1(pos!.row, pos!.col)}`).toBe(normalizeDecimal(row.value!));
        if (cell?.t === 'String') expect(cell.nf).toBe('@');
        else expect(cell?.t).toBe('Double');
      } else if (row.status === 'no-plan') {
        // no board has a target for the indicator: no plan, shown as such, not a blank gap
        expect(cellText(cell), `${row.indicator}/${row.board}/${row.measure} has no plan`).toBe('—');
      } else {
        expect(cellText(cell), `${row.indicator}/${row.board}/${row.measure} is blank (${row.status})`).toBe('');
      }
    }
    // no figure the command line does not have
    const firstFigureRow = summaryPosition(shape, indicators[0]!, boards[0]!, 'value')!.row;
    const lastCol = summaryPosition(shape, indicators[0]!, 'ALL', 'cumulative')!.col;
    const numbers = Object.entries(summary).filter(([ref, c]) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      let col = 0;
      for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
      return Number(m[2]) - 1 >= firstFigureRow && col - 1 >= 3 && col - 1 <= lastCol && c.t === 'Double';
    });
    expect(numbers.length).toBe(figures);

    // 2. and the whole sheets are exactly the library's report, as the command line would write them
    const expected = reportSheets(consolidateWorkbook(await readXlsx(s.file), { period: s.period }), { lang: 'vi' });
    expectSheetEquals(summary, expected.summary);
    expectSheetEquals(after.cells[FINDINGS_SHEET]!, expected.findings);
    const layout = await page.evaluate((name) => (globalThis as unknown as { __hoptacFake: { layoutOf(n: string): { merges: string[]; frozen?: { rows: number; cols: number } } } }).__hoptacFake.layoutOf(name), SUMMARY_SHEET);
    expect(layout.merges).toEqual([...(expected.summary.merges ?? [])]);
    expect(layout.frozen).toEqual(expected.summary.freeze);

    // 3. no board sheet (nor any sheet not the add-in's) changed, and nothing wrote to one
    expectBoardsUntouched(s.sheets, after);

    // 4. the planted cell is in Kiểm tra, as the command line reports it
    expect(cli.findings.some((f) => f.code === 'text-number' && f.sheet === 'DN' && f.cell === 'AL7')).toBe(true);
    const kiemTra = after.cells[FINDINGS_SHEET]!;
    const plantedRow = Object.keys(kiemTra).find((ref) => ref.startsWith('D') && kiemTra[ref]?.v === 'AL7' && kiemTra[`C${ref.slice(1)}`]?.v === 'DN');
    expect(plantedRow, 'DN!AL7 listed in Kiểm tra').toBeDefined();
    expect(kiemTra[`B${plantedRow!.slice(1)}`]?.v).toBe('text-number');
    expect(kiemTra[plantedRow!]?.link).toBe("'DN'!AL7");

    // 5. consolidating moved nobody's cursor; clicking the finding activates DN and selects AL7, writing nothing
    expect(after.ops.filter((o) => o.kind === 'activate' || o.kind === 'select')).toEqual([]);
    const opsBefore = after.ops.length;
    await page.click('button.finding[data-sheet="DN"][data-cell="AL7"]');
    await page.waitForFunction((n) => (globalThis as unknown as { __hoptacFake: { ops(): unknown[] } }).__hoptacFake.ops().length >= n + 2, opsBefore);
    const nav = (await fakeState(page)).ops.slice(opsBefore);
    expect(nav).toEqual([
      { kind: 'activate', sheet: 'DN' },
      { kind: 'select', sheet: 'DN', address: 'DN!AL7' },
    ]);

    // 6. what the analyst sees
    expect(await page.textContent('#message')).toBe('Đã tổng hợp Quý IV/2017 và ghi trang «Tổng hợp», «Kiểm tra».');
    expect(await page.textContent('#summary')).toContain('Đơn vị (Ban quản lý)');
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: join(output, 'addin-taskpane.png'), fullPage: true });

    // 7. English on request, the same results
    await page.click('#lang');
    expect(await page.textContent('#consolidate')).toBe('Consolidate');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#message')).toBe('Consolidated Q4 2017 and wrote the «Tổng hợp» and «Kiểm tra» sheets.');
    // the finding's whole English text, as `hoptac check --json --lang en` gives it for the same file
    const planted = (await cliCheck(s.file, 'en')).findings.find((f) => f.sheet === 'DN' && f.cell === 'AL7' && f.code === 'text-number');
    expect(planted?.message).toMatch(/typed as text/);
    expect(await page.textContent('button.finding[data-cell="AL7"] .finding-message')).toBe(planted!.message);
    await page.close();
  });

  it('shows the figures at a glance, explains a total selected in Tổng hợp down to its source cells, and says what a period lacks', async () => {
    const s = await scenario('addin-e2e-glance', 'AL7', (v) => v.replace('.', ','), '2017-Q4');
    const page = await openPane(browser, base, bundle, s.sheets);
    await consolidateIn(page, { kind: 'quarter', year: '2017', part: '4' });
    const cli = await cliConsolidate(s.file, s.period);
    const cliRow = (i: string, b: string, m: string) => cli.rows.find((r) => r.indicator === i && r.board === b && r.measure === m)!;
    // Vietnamese number text, written here by hand: 1234.5 -> 1.234,5
    const vi = (v: string) => {
      const [int, frac] = v.split('.');
      return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${frac === undefined ? '' : `,${frac}`}`;
    };

    // 1. one card per indicator group, the export total as the command line has it, a chart of the three boards
    expect(await page.getAttribute('#message', 'class')).toBe('message ok');
    expect(await page.$$eval('#glance button.figure', (bs) => bs.map((b) => (b as HTMLElement).dataset['indicator']))).toEqual(['fdi_capital_new', 'ddi_capital_new', 'export_value', 'budget_contribution', 'occupancy_rate', 'workers_total']);
    const card = page.locator('#glance button.figure[data-indicator="export_value"]');
    expect(await card.locator('.figure-name').textContent()).toBe('Kim ngạch xuất khẩu');
    expect(await card.locator('.figure-total').textContent()).toBe(`${vi(cliRow('export_value', 'ALL', 'value').value!)} triệu USD`);
    expect(await card.locator('.figure-change').textContent()).toBe(`So với cùng kỳ năm trước: ${vi(cliRow('export_value', 'ALL', 'vs_last_year_pct').value!)} %`);
    expect(await card.locator('svg[role="img"] > title').textContent()).toBe('Kim ngạch xuất khẩu theo đơn vị: Quý IV/2017 so với cùng kỳ Quý IV/2016');
    expect(await card.locator('svg rect.bar.this').count()).toBe(3);
    const desc = await card.locator('svg > desc').textContent();
    expect(desc).toContain(`DN: kỳ này ${vi(cliRow('export_value', 'DN', 'value').value!)}, cùng kỳ ${vi(cliRow('export_value', 'DN', 'same_period_last_year').value!)}`);
    expect(await page.textContent('#gaps-missing')).toBe('0');
    // a plan no board has is said so, not shown as a gap; a plan every board has is a share
    const labour = page.locator('#glance button.figure[data-indicator="workers_total"]');
    expect(await labour.getAttribute('data-plan')).toBe('no-plan');
    expect(await labour.locator('.figure-plan').textContent()).toBe('Kế hoạch năm: chưa có kế hoạch');
    expect(await card.getAttribute('data-plan')).toBe('share');
    expect(await card.locator('.figure-plan').textContent()).toBe(`Lũy kế so với kế hoạch năm: ${vi(cliRow('export_value', 'ALL', 'ytd_target_pct').value!)} %`);
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: join(output, 'addin-glance.png'), fullPage: true });
    await page.locator('#glance-box').screenshot({ path: join(output, 'addin-glance-view.png') });

    // 2. the analyst selects the export total in Tổng hợp: the pane says where it comes from
    const boards = [...new Set(cli.rows.map((r) => r.board).filter((b) => b !== 'ALL'))];
    const shape: Consolidation = { period: cli.period, boards, indicators: [...new Set(cli.rows.map((r) => r.indicator))], rows: [] };
    const pos = summaryPosition(shape, 'export_value', 'ALL', 'value')!;
    await page.evaluate((a) => (globalThis as unknown as { __hoptacFake: { book: { selectByUser(s: string, a: string): Promise<void> } } }).__hoptacFake.book.selectByUser('Tổng hợp', a), fakeA1(pos.row, pos.col));
    await page.waitForFunction(() => document.querySelector('#explain-figure')?.textContent?.includes('Kim ngạch xuất khẩu · Tổng cộng') === true);
    expect(await page.textContent('#explain-figure')).toBe('Kim ngạch xuất khẩu · Tổng cộng · Thực hiện kỳ');
    const sources = await page.$$eval('#explain button.source', (bs) => bs.map((b) => ({ sheet: (b as HTMLElement).dataset['sheet']!, cell: (b as HTMLElement).dataset['cell']!, text: b.textContent ?? '' })));
    expect(sources).toHaveLength(9); // three boards, three months
    expect(new Set(sources.map((x) => x.sheet))).toEqual(new Set(boards));
    // each source cell holds the input's value (the boards report exports in triệu USD), and they add up to the total (BigInt, by hand)
    const after = await fakeState(page);
    let sum = 0n;
    for (const src of sources) {
      const v = cellText(after.cells[src.sheet]![src.cell]);
      expect(src.text).toContain(vi(v));
      const [int, frac = ''] = v.split('.');
      sum += BigInt(int!) * 10n ** 6n + BigInt(frac.padEnd(6, '0'));
    }
    const total = normalizeDecimal(cliRow('export_value', 'ALL', 'value').value!);
    const [ti, tf = ''] = total.split('.');
    expect(sum).toBe(BigInt(ti!) * 10n ** 6n + BigInt(tf.padEnd(6, '0')));
    await page.screenshot({ path: join(output, 'addin-explain.png'), fullPage: true });
    await page.locator('#explain-box').screenshot({ path: join(output, 'addin-explain-view.png') });

    // 3. following one input selects its source cell, and writes nothing
    const opsBefore = after.ops.length;
    const first = sources[0]!;
    await page.click(`#explain button.source[data-sheet="${first.sheet}"][data-cell="${first.cell}"]`);
    await page.waitForFunction((n) => (globalThis as unknown as { __hoptacFake: { ops(): unknown[] } }).__hoptacFake.ops().length >= n + 2, opsBefore);
    expect((await fakeState(page)).ops.slice(opsBefore)).toEqual([
      { kind: 'activate', sheet: first.sheet },
      { kind: 'select', sheet: first.sheet, address: `${first.sheet}!${first.cell}` },
    ]);

    // 4. clicking a figure selects its row in Tổng hợp
    const opsBefore2 = (await fakeState(page)).ops.length;
    await card.click();
    await page.waitForFunction((n) => (globalThis as unknown as { __hoptacFake: { ops(): unknown[] } }).__hoptacFake.ops().length >= n + 2, opsBefore2);
    const notesCol = summaryPosition(shape, 'export_value', 'ALL', 'cumulative')!.col + 1;
    expect((await fakeState(page)).ops.slice(opsBefore2)).toEqual([
      { kind: 'activate', sheet: SUMMARY_SHEET },
      { kind: 'select', sheet: SUMMARY_SHEET, address: `'${SUMMARY_SHEET}'!${fakeA1(pos.row, 0)}:${fakeA1(pos.row, notesCol)}` },
    ]);

    // 5. November 2018: BP left its exports blank, so BP's figure and the total are missing: amber, both named, that finding first
    await consolidateIn(page, { kind: 'month', year: '2018', part: '11' });
    expect(await page.getAttribute('#message', 'class')).toBe('message warning');
    expect(await page.textContent('#message')).toBe('Đã tổng hợp Tháng 11/2018 và ghi trang «Tổng hợp», «Kiểm tra», nhưng còn 2 số liệu của kỳ thiếu hoặc không xác định: xem «Số liệu của kỳ».');
    expect(await page.textContent('#gaps-missing')).toBe('2');
    expect(await page.$$eval('#gaps-list li', (ls) => ls.map((l) => `${(l as HTMLElement).dataset['indicator']} ${(l as HTMLElement).dataset['board']}`))).toEqual(['export_value BP', 'export_value ALL']);
    expect(await page.textContent('#gaps-list li')).toBe('Kim ngạch xuất khẩu · BP · Thực hiện kỳ: thiếu 1 tháng (BP Tháng 11/2018)');
    expect(await page.getAttribute('#findings .group >> nth=0', 'class')).toBe('group warning period');
    expect(await page.locator('#findings .group.period button.finding[data-sheet="BP"][data-cell="AY21"]').count()).toBe(1);
    expect(await page.locator('#glance button.figure[data-indicator="export_value"] .figure-total').textContent()).toBe('thiếu số liệu');
    await page.click('#lang');
    expect(await page.textContent('#gaps-heading')).toBe('Figures of the period');
    expect(await page.textContent('#gaps-list li')).toBe('exports · BP · This period: months missing: 1 (BP November 2018)');
    await page.screenshot({ path: join(output, 'addin-gaps-en.png'), fullPage: true });
    await page.locator('#gaps-box').screenshot({ path: join(output, 'addin-gaps-view-en.png') });
    await page.close();
  });

  it('between two consolidations, two cells edited through the host are exactly the two changes listed, and each goes to its cell', async () => {
    const s = await scenario('addin-e2e-changes', 'AL7', (v) => v.replace('.', ','), '2017-Q4');
    const page = await openPane(browser, base, bundle, s.sheets);
    await consolidateIn(page, { kind: 'quarter', year: '2017', part: '4' });
    // the first consolidation keeps a snapshot (in a custom XML part, not a sheet) and says so
    expect(await page.isHidden('#changes-box')).toBe(false);
    expect(await page.textContent('#changes-summary')).toContain('lần tổng hợp đầu tiên');
    const parts = await page.evaluate(() => (globalThis as unknown as { __hoptacFake: { book: { xmlParts: { namespaceUri: string }[] } } }).__hoptacFake.book.xmlParts.map((p) => p.namespaceUri));
    expect(parts).toEqual(['urn:hoptac:workbook-snapshot:1']);
    expectBoardsUntouched(s.sheets, await fakeState(page));

    // an analyst types into two cells: DN!AM7 (new FDI capital, November 2017) and LD!F6
    const edited = await page.evaluate(() => {
      const book = (globalThis as unknown as { __hoptacFake: { book: { cellsOf(n: string): Record<string, { v: unknown }>; setCell(sheet: string, ref: string, cell: unknown): void } } }).__hoptacFake.book;
      const dn = book.cellsOf('DN')['AM7']!.v as number;
      const ld = book.cellsOf('LD')['F6']!.v as number;
      book.setCell('DN', 'AM7', { v: dn + 2.5, t: 'Double', nf: 'General' });
      book.setCell('LD', 'F6', { v: ld * 2, t: 'Double', nf: 'General' });
      return { dn, ld };
    });
    const before = await fakeState(page);
    await consolidateIn(page, { kind: 'quarter', year: '2017', part: '4' });
    const items = await page.$$eval('#changes button.change', (bs) => bs.map((b) => ({ kind: (b as HTMLElement).dataset['kind'], sheet: (b as HTMLElement).dataset['sheet'], cell: (b as HTMLElement).dataset['cell'], text: b.textContent ?? '' })));
    expect(items.map((i) => `${i.kind} ${i.sheet}!${i.cell}`).sort()).toEqual(['revised DN!AM7', 'revised LD!F6']);
    expect(await page.textContent('#changes-summary')).toContain('2 thay đổi');
    // the values shown are the cells' values, as the command line reads them
    const dnItem = items.find((i) => i.sheet === 'DN')!;
    const vi = (x: number) => normalizeDecimal(String(x)).replace('.', ',');
    expect(dnItem.text).toContain(`${vi(edited.dn)} → ${vi(edited.dn + 2.5)}`);
    // still one snapshot, and no board sheet written by the add-in (only the analyst's two cells changed)
    const after = await fakeState(page);
    expect(await page.evaluate(() => (globalThis as unknown as { __hoptacFake: { book: { xmlParts: unknown[] } } }).__hoptacFake.book.xmlParts.length)).toBe(1);
    expectBoardsUntouched(before.snapshot.filter((x) => !OWN.includes(x.name)), after);

    // clicking a change selects its cell
    const opsBefore = after.ops.length;
    await page.click('#changes button.change[data-sheet="LD"][data-cell="F6"]');
    await page.waitForFunction((n) => (globalThis as unknown as { __hoptacFake: { ops(): unknown[] } }).__hoptacFake.ops().length >= n + 2, opsBefore);
    expect((await fakeState(page)).ops.slice(opsBefore)).toEqual([
      { kind: 'activate', sheet: 'LD' },
      { kind: 'select', sheet: 'LD', address: 'LD!F6' },
    ]);
    // a third consolidation without edits: nothing changed
    await consolidateIn(page, { kind: 'quarter', year: '2017', part: '4' });
    expect(await page.$$('#changes button.change')).toHaveLength(0);
    expect(await page.textContent('#changes-summary')).toContain('Không có số liệu nào thay đổi');
    await page.click('#lang');
    expect(await page.textContent('#changes-heading')).toBe('Changes since the last consolidation');
    await page.screenshot({ path: join(output, 'addin-taskpane-changes.png'), fullPage: true });
    await page.close();
  });

  it('offers the review report for download: the same document as `hoptac report`, apart from its creation time', async () => {
    const s = await scenario('addin-e2e-report', 'AL7', (v) => v.replace('.', ','), '2017');
    const page = await openPane(browser, base, bundle, s.sheets);
    await page.selectOption('#kind', 'year');
    await page.selectOption('#year', '2017');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#report')]);
    await page.waitForSelector('body[data-state="done"], body[data-state="failed"]', { timeout: 60_000 });
    expect(await page.getAttribute('body', 'data-state'), (await page.textContent('#message')) ?? '').toBe('done');
    expect(download.suggestedFilename()).toBe('bao-cao-2017.docx');
    const fromPane = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(await page.textContent('#message')).toContain('Đã tạo báo cáo Năm 2017');
    expect(await page.textContent('#download')).toBe('Tải xuống bao-cao-2017.docx');

    const out = join(output, 'addin-e2e-report-cli.docx');
    let err = '';
    const code = await run(['report', s.file, '--period', '2017', '--out', out, '--force'], { out: () => undefined, err: (t) => void (err += t), errIsTTY: false, env: {}, cwd: root });
    expect(code, err).toBe(0);
    const fromCli = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(fromPane)).toEqual(Object.keys(fromCli));
    const stamp = (b: Uint8Array) => strFromU8(b).replace(/(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g, '$1');
    for (const name of Object.keys(fromCli)) {
      if (name === 'docProps/core.xml') expect(stamp(fromPane[name]!)).toBe(stamp(fromCli[name]!));
      else expect(Buffer.compare(Buffer.from(fromPane[name]!), Buffer.from(fromCli[name]!)), name).toBe(0);
    }
    expect(strFromU8(fromCli['word/document.xml']!)).toContain('DN!AL7'); // the planted text number is among the findings of part III

    // making the report wrote nothing to the workbook
    const after = await fakeState(page);
    expect(after.ops.filter((o) => WRITES.includes(o.kind))).toEqual([]);
    await page.screenshot({ path: join(output, 'addin-taskpane-report.png'), fullPage: true });
    await page.close();
  });

  it('validates with the default period (the latest complete month), writing nothing', async () => {
    const s = await scenario('addin-e2e-validate', 'AL7', (v) => v.replace('.', ','), '2017-Q4');
    const page = await openPane(browser, base, bundle, s.sheets);
    expect(await page.inputValue('#kind')).toBe('latest');
    expect(await page.isHidden('#year-row')).toBe(true);
    await page.click('#validate');
    await page.waitForSelector('body[data-state="done"], body[data-state="failed"]', { timeout: 60_000 });
    expect(await page.getAttribute('body', 'data-state')).toBe('done');
    expect((await fakeState(page)).ops).toEqual([]);
    expect(await page.textContent('#period-label')).toContain('Tháng 12/2018');
    expect(await page.textContent('#message')).toContain('Đã kiểm tra sổ: 0 lỗi');
    expect(await page.locator('button.finding[data-sheet="DN"][data-cell="AL7"]').count()).toBe(1);
    await page.close();
  });

  it('the ribbon command consolidates the latest complete month at once and shows the outcome', async () => {
    const s = await scenario('addin-e2e-command', 'AL7', (v) => v.replace('.', ','), '2017-Q4');
    const page = await browser.newPage();
    await page.addInitScript((input) => {
      (globalThis as unknown as Record<string, unknown>)['__HOPTAC_FAKE_INPUT__'] = input;
    }, { sheets: s.sheets });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_CDN) return route.fulfill({ status: 200, contentType: 'text/javascript', body: bundle });
      return url.startsWith(base) ? route.continue() : route.abort();
    });
    await page.goto(`${base}/commands.html`);
    await page.waitForFunction(() => (globalThis as unknown as { __hoptacFake: { actions: Map<string, unknown> } }).__hoptacFake.actions.has('consolidate'));
    const result = await page.evaluate(async () => {
      const f = (globalThis as unknown as { __hoptacFake: { actions: Map<string, (e: unknown) => Promise<void>>; dialogs: string[] } }).__hoptacFake;
      let completed = 0;
      await f.actions.get('consolidate')!({ source: { id: 'Hoptac.Consolidate' }, completed: () => void completed++ });
      return { completed, dialogs: f.dialogs };
    });
    expect(result.completed).toBe(1);
    expect(result.dialogs).toHaveLength(1);
    const dialog = new URL(result.dialogs[0]!);
    expect(dialog.pathname).toBe('/message.html');
    expect(dialog.searchParams.get('tone')).toBe('ok');
    const grid = await readXlsx(s.file);
    const { latestCompleteMonth, readWorkbook } = await import('hoptac/workbook');
    const latest = latestCompleteMonth(readWorkbook(grid))!;
    expect(dialog.searchParams.get('text')).toContain('Đã tổng hợp');
    const after = await fakeState(page);
    const expected = reportSheets(consolidateWorkbook(grid, { period: latest }), { lang: 'vi' });
    expectSheetEquals(after.cells[SUMMARY_SHEET]!, expected.summary);
    expectBoardsUntouched(s.sheets, after);
    // the last thing seen is Tổng hợp (the snapshot kept afterwards goes to a custom XML part, not a sheet)
    expect(after.ops.filter((o) => !o.kind.startsWith('xml')).at(-1)).toEqual({ kind: 'activate', sheet: SUMMARY_SHEET });
    expect(after.ops.filter((o) => o.kind.startsWith('xml')).map((o) => o.sheet)).toEqual(['']);
    // the outcome page shows the text as text
    await page.goto(result.dialogs[0]!);
    expect(await page.textContent('#text')).toBe(dialog.searchParams.get('text'));
    await page.close();
  });

  it('with text "abc" in a value cell: writes the findings, no figure, and still touches no board sheet', async () => {
    const s = await scenario('addin-e2e-not-a-number', 'AL7', () => 'abc', '2017-Q4');
    const page = await openPane(browser, base, bundle, s.sheets);
    await consolidateIn(page, { kind: 'quarter', year: '2017', part: '4' });
    const after = await fakeState(page);
    const cli = await cliConsolidate(s.file, s.period);
    expect(cli.rows).toEqual([]);
    expect(cli.findings.some((f) => f.code === 'not-a-number' && f.sheet === 'DN' && f.cell === 'AL7')).toBe(true);
    const expected = reportSheets(consolidateWorkbook(await readXlsx(s.file), { period: s.period }), { lang: 'vi' });
    expectSheetEquals(after.cells[SUMMARY_SHEET]!, expected.summary);
    expectSheetEquals(after.cells[FINDINGS_SHEET]!, expected.findings);
    expect(Object.values(after.cells[SUMMARY_SHEET]!).filter((c) => c.t === 'Double')).toEqual([]);
    expectBoardsUntouched(s.sheets, after);
    expect(await page.locator('.group.error button.finding[data-cell="AL7"]').count()).toBe(1);
    await page.click('.group.error button.finding[data-sheet="DN"][data-cell="AL7"]');
    await page.waitForFunction(() => (globalThis as unknown as { __hoptacFake: { ops(): { kind: string }[] } }).__hoptacFake.ops().some((o) => o.kind === 'select'));
    expect((await fakeState(page)).ops.filter((o) => o.kind === 'select')).toEqual([{ kind: 'select', sheet: 'DN', address: 'DN!AL7' }]);
    expect(await page.textContent('#message')).toContain('chưa tổng hợp được');
    await page.screenshot({ path: join(output, 'addin-taskpane-errors.png'), fullPage: true });
    await page.close();
  });
});
