import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { isXlsxError } from './errors.js';
import type { XlsxError, XlsxErrorCode } from './errors.js';
import { readXlsxIsolated } from './isolated.js';
import { readWorkbookInto, readXlsx } from './read.js';
import type { CellSink } from './read.js';
import { resolveLimits } from './limits.js';
import { CHUNK_BYTES } from './xml-chunks.js';
import { entriesOf, makeCfb, makeXlsx, rawZip } from '../../../../tests/helpers/make-xlsx.js';
import type { RawEntry } from '../../../../tests/helpers/make-xlsx.js';

/**
 * Every inflate the reader asks of zlib, with the output cap it gave: the work a file can cost is
 * bounded by these caps (zlib stops at `maxOutputLength`), whatever the load of the machine.
 */
const inflates = vi.hoisted(() => ({ calls: [] as { cap: number; out: number | 'refused' }[] }));
vi.mock('node:zlib', async (importOriginal) => {
  const z = await importOriginal<typeof zlib>();
  const inflateRawSync = (buf: zlib.InputType, opts?: zlib.ZlibOptions): Buffer => {
    const cap = opts?.maxOutputLength ?? Number.POSITIVE_INFINITY;
    try {
      const out = z.inflateRawSync(buf, opts ?? {});
      inflates.calls.push({ cap, out: out.length });
      return out;
    } catch (e) {
      inflates.calls.push({ cap, out: 'refused' });
      throw e;
    }
  };
  return { ...z, default: { ...z, inflateRawSync }, inflateRawSync };
});

/** The most bytes the reader let zlib produce since `inflates.calls` was last emptied. */
function inflateCapacity(): number {
  return inflates.calls.reduce((sum, c) => sum + (c.out === 'refused' ? c.cap : Math.min(c.cap, c.out)), 0);
}

const SHEET = '<row r="1"><c r="A1"><v>1</v></c></row>';
const good = (): Uint8Array => makeXlsx({ sheets: [{ name: 'S', xml: SHEET }] });

/**
 * Expects `readXlsx` to refuse with `code`, cheaply (zlib allowed to produce at most `maxInflated`
 * bytes, 1 MiB unless said), with both messages and no stack in them.
 */
async function refuses(input: Uint8Array | string, code: XlsxErrorCode, limits?: Parameters<typeof readXlsx>[1], maxInflated = 1024 * 1024): Promise<XlsxError> {
  inflates.calls.length = 0;
  let err: unknown;
  try {
    await readXlsx(input, limits);
  } catch (e) {
    err = e;
  }
  expect(inflateCapacity(), 'bytes zlib was allowed to produce before the refusal').toBeLessThanOrEqual(maxInflated);
  expect(isXlsxError(err), String(err)).toBe(true);
  const x = err as XlsxError;
  expect(x.code).toBe(code);
  expect(x.message.length).toBeGreaterThan(20);
  expect(x.messageVi.length).toBeGreaterThan(20);
  expect(x.message).not.toMatch(/\n\s+at /);
  return x;
}

function replaceEntry(zip: Uint8Array, name: string, make: (e: RawEntry) => RawEntry): Uint8Array {
  return rawZip(entriesOf(zip).map((e) => (e.name === name ? make(e) : e)));
}

function deflated(text: string | Uint8Array): RawEntry['data'] {
  return new Uint8Array(zlib.deflateRawSync(typeof text === 'string' ? strToU8(text) : text));
}

describe('hostile and broken files', () => {
  it('refuses a file that is not a zip', async () => {
    await refuses(strToU8('code,name\nDN,Đồng Nai\n'), 'not-zip');
    await refuses(new Uint8Array(0), 'not-zip');
    await refuses(strToU8('<html><table><tr><td>1</td></tr></table></html>'), 'not-zip');
  });

  it('tells a legacy .xls from an encrypted workbook', async () => {
    const xls = await refuses(makeCfb(['Workbook', 'SummaryInformation']), 'legacy-xls');
    expect(xls.message).toContain('.xls');
    expect(xls.messageVi).toContain('.xlsx');
    const enc = await refuses(makeCfb(['EncryptionInfo', 'EncryptedPackage', 'DataSpaces']), 'encrypted');
    expect(enc.message).toContain('password');
    expect(enc.messageVi).toContain('mật khẩu');
  });

  it('refuses a zip with encrypted entries', async () => {
    await refuses(replaceEntry(good(), 'xl/workbook.xml', (e) => ({ ...e, flags: 1 })), 'encrypted');
  });

  it('refuses macro-enabled workbooks', async () => {
    const byType = makeXlsx({ sheets: [{ name: 'S', xml: SHEET }], mainContentType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' });
    const e = await refuses(byType, 'macro-enabled');
    expect(e.message).toContain('without macros');
    const byPart = makeXlsx({ sheets: [{ name: 'S', xml: SHEET }], extra: { 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]) } });
    await refuses(byPart, 'macro-enabled');
  });

  it('refuses a binary .xlsb workbook', async () => {
    await refuses(makeXlsx({ sheets: [{ name: 'S', xml: SHEET }], mainContentType: 'application/vnd.ms-excel.sheet.binary.macroEnabled.main' }), 'unreadable');
  });

  it('caps the file size, before reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hoptac-hostile-'));
    const p = join(dir, 'big.xlsx');
    await writeFile(p, good());
    await refuses(p, 'too-large', { maxFileBytes: 100 });
    await refuses(good(), 'too-large', { maxFileBytes: 100 });
    await refuses(join(dir, 'missing.xlsx'), 'unreadable');
    await refuses(dir, 'unreadable');
  });

  it('caps the entry count', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 10_001; i++) files[`x/${i}`] = new Uint8Array(0);
    await refuses(zipSync(files, { level: 0 }), 'too-many-entries');
    await refuses(good(), 'too-many-entries', { maxEntries: 3 });
  });

  describe('zip bombs', () => {
    // 50 MB of zeros deflate to about 50 KB: the bomb is small on disk and in the test.
    const zeros = new Uint8Array(zlib.deflateRawSync(Buffer.alloc(50 * 1024 * 1024)));
    const bomb = (size: number): Uint8Array =>
      replaceEntry(good(), 'xl/worksheets/sheet1.xml', (e) => ({ ...e, method: 8, data: zeros, size, crc: 0 }));

    // every other part of these files is under 1 KB
    const bigInflates = () => inflates.calls.filter((c) => c.cap >= 4096);

    it('stops a part that declares 2 GB before inflating it', async () => {
      expect(zeros.length).toBeLessThan(100 * 1024);
      await refuses(bomb(2 * 1024 * 1024 * 1024 - 1), 'inflated-too-large');
      expect(bigInflates()).toEqual([]); // the bomb was never handed to zlib
    });

    it('stops a part whose declared size is honest but whose ratio is a bomb', async () => {
      const e = await refuses(bomb(50 * 1024 * 1024), 'inflate-ratio');
      expect(e.params['part']).toBe('xl/worksheets/sheet1.xml');
      expect(bigInflates()).toEqual([]);
    });

    it('stops a part that lies about its size at the size it declared', async () => {
      await refuses(bomb(4096), 'corrupt', undefined, 64 * 1024);
      // zlib was given the declared 4 KB as its output cap and stopped there, out of 50 MB
      expect(bigInflates()).toEqual([{ cap: 4096, out: 'refused' }]);
    });

    it('caps the total inflated size over all parts', async () => {
      await refuses(good(), 'inflated-too-large', { maxInflatedBytes: 500 });
    });

    it('refuses a 500 MB shared strings part, and ignores a 500 million count claim', async () => {
      const claim = makeXlsx({
        sharedStrings: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="500000000" uniqueCount="500000000"><si><t>a</t></si></sst>',
        sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      });
      const grid = await readXlsx(claim);
      expect(grid.sheets[0]!.rows[0]![0]).toMatchObject({ kind: 'text', value: 'a' });
      const big = replaceEntry(claim, 'xl/sharedStrings.xml', (e) => ({ ...e, data: zeros, size: 500 * 1024 * 1024 }));
      await refuses(big, 'inflated-too-large');
    });
  });

  it('refuses a DTD or entity declaration in any part, read or not', async () => {
    const dtd = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>';
    const inWorkbook = replaceEntry(good(), 'xl/workbook.xml', (e) => {
      const xml = dtd + new TextDecoder().decode(zlib.inflateRawSync(e.data)).replace(/^<\?xml[^>]*\?>/, '');
      const bytes = strToU8(xml);
      return { ...e, data: deflated(bytes), size: bytes.length, crc: zlib.crc32(bytes) };
    });
    await refuses(inWorkbook, 'dtd');
    const inSheet = makeXlsx({ sheets: [{ name: 'S', xml: `${dtd}<worksheet><sheetData>${SHEET}</sheetData></worksheet>` }] });
    await refuses(inSheet, 'dtd');
    const inUnreadPart = makeXlsx({ sheets: [{ name: 'S', xml: SHEET }], extra: { 'docProps/core.xml': `${dtd}<cp:coreProperties/>` } });
    await refuses(inUnreadPart, 'dtd');
    const entityOnly = makeXlsx({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t><!ENTITY x "y"></t></is></c></row>' }] });
    await refuses(entityOnly, 'dtd');
  });

  it('gives a coded error for truncated and corrupt zips', async () => {
    const bytes = good();
    await refuses(bytes.subarray(0, Math.floor(bytes.length / 2)), 'corrupt');
    await refuses(bytes.subarray(0, bytes.length - 10), 'corrupt');
    const flipped = replaceEntry(bytes, 'xl/worksheets/sheet1.xml', (e) => {
      const data = e.data.slice();
      const at = Math.floor(data.length / 2);
      data[at] = (data[at] ?? 0) ^ 0xff;
      return { ...e, data };
    });
    await refuses(flipped, 'corrupt');
    const badCrc = replaceEntry(bytes, 'xl/workbook.xml', (e) => ({ ...e, crc: (e.crc + 1) >>> 0 }));
    await refuses(badCrc, 'corrupt');
    const dup = rawZip([...entriesOf(bytes), entriesOf(bytes)[1]!]);
    await refuses(dup, 'corrupt');
  });

  it('gives a coded error for broken XML and missing parts', async () => {
    await refuses(makeXlsx({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"' }] }), 'corrupt');
    await refuses(makeXlsx({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A0"><v>1</v></c></row>' }] }), 'corrupt');
    await refuses(makeXlsx({ sheets: [{ name: 'S', xml: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }] }), 'corrupt');
    await refuses(makeXlsx({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>7</v></c></row>' }] }), 'corrupt');
    const noSheetPart = rawZip(entriesOf(good()).filter((e) => e.name !== 'xl/worksheets/sheet1.xml'));
    await refuses(noSheetPart, 'missing-part');
    const noTypes = rawZip(entriesOf(good()).filter((e) => e.name !== '[Content_Types].xml'));
    await refuses(noTypes, 'missing-part');
    const noWorkbook = rawZip(entriesOf(good()).filter((e) => e.name !== 'xl/workbook.xml'));
    await refuses(noWorkbook, 'missing-part');
  });

  it('reads a long text across pieces, and refuses absurdly long markup', async () => {
    // 18 MB of XML, 8 M characters of text, read in pieces of CHUNK_BYTES: work quadratic in the characters
    // (8 M squared) could not end within the test's timeout; its speed is `npm run bench:xlsx`.
    const long = 'ab&amp;\r\n'.repeat(2_000_000);
    const xml = `<row r="1"><c r="A1" t="str"><f>X</f><v>${long}</v></c></row>`;
    const bytes = makeXlsx({ sheets: [{ name: 'S', xml }] });
    let pieces = 0;
    const cells: Parameters<CellSink>[] = [];
    readWorkbookInto(bytes, resolveLimits({ maxInflateRatio: 1e6 }), { sheet: () => (...c) => void cells.push(c), endSheet: () => undefined }, () => void pieces++);
    expect(cells.map((c) => [c[0], c[1], c[2], c[3].length])).toEqual([[0, 0, 'text', 8_000_000]]);
    expect(cells[0]![3]).toBe('ab&\n'.repeat(2_000_000));
    // the sheet went through the reader once, a piece at a time: the guard is asked before each
    // of its pieces (about 275 of 64 KiB), at the end, and once for the cell's 8 M characters
    const chunks = Math.ceil(xml.length / CHUNK_BYTES);
    expect(pieces).toBeGreaterThanOrEqual(chunks);
    expect(pieces).toBeLessThanOrEqual(chunks + 3);
    await refuses(makeXlsx({ sheets: [{ name: 'S', xml: `<row r="1"><c r="A1" s="${'1'.repeat(12_000_000)}"><v>1</v></c></row>` }] }), 'corrupt', { maxInflateRatio: 1e6 }, 13_000_000);
  });

  it('caps the number of cells', async () => {
    const row = Array.from({ length: 50 }, (_, i) => `<c><v>${i}</v></c>`).join('');
    await refuses(makeXlsx({ sheets: [{ name: 'S', xml: `<row>${row}</row><row>${row}</row>` }] }), 'too-large', { maxCells: 60 });
  });

  it('reads a whole-column data validation and a huge dimension at no cost', async () => {
    const ws =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<dataValidations count="2"><dataValidation type="list" sqref="A:A"><formula1>"a,b"</formula1></dataValidation><dataValidation type="decimal" sqref="A1:XFD1048576"/></dataValidations>' +
      '<conditionalFormatting sqref="1:1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting></worksheet>';
    const bytes = makeXlsx({ sheets: [{ name: 'S', xml: ws }] });
    const grid = await readXlsx(bytes);
    expect(grid.sheets[0]!.rows.length).toBe(1);
    // nothing walks the ranges: one cell comes out, and the guard (asked before every 64 KiB piece of
    // XML, at the end, and every 1,024 cells) is asked twice; a walk of A1:XFD1048576 (17 billion
    // cells) would not end within the test's timeout
    let asked = 0;
    const cells: Parameters<CellSink>[] = [];
    readWorkbookInto(bytes, resolveLimits(undefined), { sheet: () => (...c) => void cells.push(c), endSheet: () => undefined }, () => void asked++);
    expect(cells.map((c) => `${c[0]},${c[1]}=${c[3]}`)).toEqual(['0,0=1']);
    expect(asked).toBe(2);
  });
});

describe('the isolated reader bounds time and memory', () => {
  async function file(bytes: Uint8Array): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'hoptac-hostile-'));
    const p = join(dir, 'f.xlsx');
    await writeFile(p, bytes);
    return p;
  }

  it('answers exactly what the in-process reader answers', async () => {
    const bytes = makeXlsx({
      sharedStrings: ['<t>Tổng</t>', '<r><t>a</t></r><r><t>b</t></r>'],
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      sheets: [
        { name: 'A', xml: '<row r="2" hidden="1"><c r="B2" t="s"><v>0</v></c><c r="C2" s="1"><v>42736</v></c><c r="D2"><f>1/0</f></c><c r="E2" t="e"><v>#N/A</v></c></row><row r="5"><c r="A5"><f>0.1+0.2</f><v>0.30000000000000004</v></c><c r="B5" t="b"><v>1</v></c><c r="C5" t="s"><v>1</v></c></row>' },
        { name: 'B', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', state: 'veryHidden' },
      ],
      extra: {},
    });
    const p = await file(bytes);
    expect(await readXlsxIsolated(p)).toEqual(await readXlsx(p));
  });

  it('stops a slow read at its time limit', async () => {
    const rows = Array.from({ length: 2000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 20 }, (_, c) => `<c><v>${r * 20 + c}.5</v></c>`).join('')}</row>`).join('');
    const p = await file(makeXlsx({ sheets: [{ name: 'S', xml: rows }] }));
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      // the time limit fires (the worker cannot even start in 5 ms, so no answer came first) ...
      await expect(readXlsxIsolated(p, { timeoutMs: 5 })).rejects.toMatchObject({ name: 'XlsxError', code: 'timeout' });
      // ... and stops the worker rather than waiting for it
      expect(terminate).toHaveBeenCalledTimes(1);
    } finally {
      terminate.mockRestore();
    }
    // without the limit the same file reads: the rejection above was the limit, not the file
    expect((await readXlsxIsolated(p)).sheets[0]!.rows.length).toBe(2000);
  });

  it('stops a read that needs more heap than allowed', async () => {
    const text = 'x'.repeat(200);
    const rows = Array.from({ length: 4000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 25 }, (_, c) => `<c t="inlineStr"><is><t>${text}${r}-${c}</t></is></c>`).join('')}</row>`).join('');
    const p = await file(makeXlsx({ sheets: [{ name: 'S', xml: rows }] }));
    // 100,000 cells of 200-character text need more than 48 MB of heap; a small file does not.
    const small = await file(good());
    await expect(readXlsxIsolated(small, { maxHeapMb: 48, timeoutMs: 30_000 })).resolves.toBeDefined();
    await expect(readXlsxIsolated(p, { maxHeapMb: 48, timeoutMs: 30_000 })).rejects.toMatchObject({ name: 'XlsxError', code: 'memory' });
  });
});

describe('amplification', () => {
  it('refuses a shared formula master longer than Excel allows', async () => {
    const master = `1${'+1'.repeat(5000)}`;
    const deps = Array.from({ length: 100 }, (_, r) => `<row r="${r + 2}"><c r="A${r + 2}"><f t="shared" si="0"/><v>1</v></c></row>`).join('');
    const bytes = makeXlsx({ sheets: [{ name: 'S', xml: `<row r="1"><c r="A1"><f t="shared" ref="A1:A101" si="0">${master}</f><v>1</v></c></row>${deps}` }] });
    const e = await (async () => {
      try {
        await readXlsx(bytes);
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect(e).toMatchObject({ code: 'corrupt' });
  });
});

describe('amplification in the worker', () => {
  it('sends one long shared string named by many cells once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hoptac-hostile-'));
    const p = join(dir, 'amp.xlsx');
    const rows = Array.from({ length: 400 }, (_, r) => `<row r="${r + 1}">${'<c t="s"><v>0</v></c>'.repeat(50)}</row>`).join('');
    await writeFile(p, makeXlsx({ sharedStrings: [`<t>${'x'.repeat(30_000)}</t>`], sheets: [{ name: 'S', xml: rows }] }));
    // 20,000 cells x 30,000 characters: 600 M characters if each were copied
    const isolated = await readXlsxIsolated(p, { maxHeapMb: 128, timeoutMs: 30_000 });
    expect(isolated.sheets[0]!.rows[399]![49]!.value.length).toBe(30_000);
    expect(isolated).toEqual(await readXlsx(p));
  });
});
