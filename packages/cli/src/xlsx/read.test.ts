import ExcelJS from 'exceljs';
import { excelNumberToDecimal } from 'hoptac';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readWorkbookInto, readXlsx } from './read.js';
import { resolveLimits } from './limits.js';
import { numberValue, addDays } from './cell-value.js';
import { parseSheet } from './sheet-scan.js';
import { parseSharedStrings } from './workbook-part.js';
import { xmlChunks, xmlChunksAfter } from './xml-chunks.js';
import { makeXlsx } from '../../../../tests/helpers/make-xlsx.js';

async function excelBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx on an exceljs workbook', () => {
  it('reads kinds, values, formats, merges, hidden rows, state and order', async () => {
    const bytes = await excelBytes((wb) => {
      const a = wb.addWorksheet('Boards');
      a.getCell('A1').value = 'code';
      a.getCell('B1').value = 'tên';
      a.getCell('A2').value = 'DN';
      a.getCell('B2').value = 'Ban quản lý các KCN Đồng Nai & "Nhơn Trạch" <1>';
      a.getCell('C2').value = 1234.5;
      a.getCell('C2').numFmt = '#,##0.00';
      a.getCell('D2').value = true;
      a.getCell('E2').value = { error: '#REF!' };
      a.getCell('F2').value = { formula: 'C2*2', result: 2469 };
      a.getCell('G2').value = { formula: 'C2*3' };
      a.getCell('H2').value = new Date(Date.UTC(2017, 0, 1));
      a.getCell('H2').numFmt = 'mm/yyyy';
      a.getCell('I2').value = { richText: [{ text: 'Tháng ' }, { font: { bold: true }, text: '1/2017' }] };
      a.mergeCells('A4:C4');
      a.getCell('A4').value = 'I. Thu hút đầu tư';
      a.getRow(5).hidden = true;
      a.getCell('A5').value = '  spaced  ';
      const b = wb.addWorksheet('Hidden', { state: 'hidden' });
      b.getCell('A1').value = 0.1;
      wb.addWorksheet('Last');
    });
    const grid = await readXlsx(bytes);
    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([['Boards', 'visible'], ['Hidden', 'hidden'], ['Last', 'visible']]);
    const s = grid.sheets[0]!;
    const row = s.rows[1]!;
    expect(s.rows[0]![0]).toMatchObject({ kind: 'text', value: 'code' });
    expect(row[1]).toMatchObject({ kind: 'text', value: 'Ban quản lý các KCN Đồng Nai & "Nhơn Trạch" <1>' });
    expect(row[2]).toMatchObject({ kind: 'number', value: '1234.5', format: '#,##0.00' });
    expect(row[2]?.raw).toBeUndefined();
    expect(row[3]).toMatchObject({ kind: 'boolean', value: 'TRUE' });
    expect(row[4]).toMatchObject({ kind: 'error', value: '#REF!' });
    expect(row[5]).toMatchObject({ kind: 'number', value: '2469', formula: 'C2*2' });
    expect(row[5]?.noCachedValue).toBeUndefined();
    expect(row[6]).toMatchObject({ kind: 'empty', value: '', formula: 'C2*3', noCachedValue: true });
    expect(row[7]).toMatchObject({ kind: 'number', value: '42736', format: 'mm/yyyy' });
    expect(row[8]).toMatchObject({ kind: 'text', value: 'Tháng 1/2017' });
    expect(s.merges).toEqual(['A4:C4']);
    expect(s.hiddenRows).toEqual([4]);
    expect(s.rows[4]![0]).toMatchObject({ kind: 'text', value: '  spaced  ' });
    expect(s.rows[2]).toBeUndefined();
    expect(grid.sheets[1]!.rows[0]![0]).toMatchObject({ kind: 'number', value: '0.1', format: 'General' });
    expect(grid.sheets[2]!.rows).toEqual([]);
  });

  it('reads from a path too', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'hoptac-xlsx-'));
    const path = join(dir, 'a.xlsx');
    await writeFile(path, await excelBytes((wb) => { wb.addWorksheet('S').getCell('B2').value = 7; }));
    const grid = await readXlsx(path);
    expect(grid.sheets[0]!.rows[1]![1]).toMatchObject({ kind: 'number', value: '7' });
  });
});

describe('readXlsx on hand-written XML', () => {
  it('applies the 15-digit rule and keeps the raw text', async () => {
    const bytes = makeXlsx({
      sheets: [{
        name: 'S',
        xml: '<row r="1"><c r="A1"><f>0.1+0.2</f><v>0.30000000000000004</v></c><c r="B1"><v>1234567890123456789</v></c><c r="C1"><v>1.5E-3</v></c><c r="D1"><v>-0</v></c><c r="E1"><v>12.50</v></c><c r="F1"><v>0x1F</v></c></row>',
      }],
    });
    const row = (await readXlsx(bytes)).sheets[0]!.rows[0]!;
    expect(row[0]).toMatchObject({ kind: 'number', value: '0.3', raw: '0.30000000000000004', formula: '0.1+0.2' });
    expect(row[1]).toMatchObject({ kind: 'number', value: '1234567890123460000', raw: '1234567890123456789' });
    expect(row[2]).toMatchObject({ kind: 'number', value: '0.0015', raw: '1.5E-3' });
    expect(row[3]).toMatchObject({ kind: 'number', value: '0', raw: '-0' });
    expect(row[4]).toMatchObject({ kind: 'number', value: '12.5', raw: '12.50' });
    expect(row[5]).toMatchObject({ kind: 'text', value: '0x1F' });
  });

  it('reads shared strings: rich runs, phonetic runs, entities, _x escapes, xml:space', async () => {
    const bytes = makeXlsx({
      sharedStrings: [
        '<t>plain</t>',
        '<r><rPr><b/></rPr><t xml:space="preserve">Tổng </t></r><r><t>hợp</t></r>',
        '<t>A &amp; B &lt;c&gt; &#x1EA1; &#7841; &quot;q&quot; &apos;</t>',
        '<t>line_x000D_\nnext _x005F_x000D_ x</t>',
        '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh>',
        '<t/>',
        '<t xml:space="preserve">  lead and trail  </t>',
      ],
      sheets: [{ name: 'S', xml: '<row r="1">' + [0, 1, 2, 3, 4, 5, 6].map((i) => `<c t="s"><v>${i}</v></c>`).join('') + '</row>' }],
    });
    const row = (await readXlsx(bytes)).sheets[0]!.rows[0]!;
    expect(row.map((c) => c?.value)).toEqual(['plain', 'Tổng hợp', 'A & B <c> ạ ạ "q" \'', 'line\r\nnext _x000D_ x', '漢字', '', '  lead and trail  ']);
    expect(row.every((c) => c?.kind === 'text')).toBe(true);
  });

  it('reads inline strings, str formulas, booleans, errors, cells without r, shared formulas', async () => {
    const bytes = makeXlsx({
      sheets: [{
        name: 'S',
        xml:
          '<row><c t="inlineStr"><is><t>=SUM(A1)</t></is></c><c t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c t="b"><v>0</v></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
          '<row r="3"><c r="B3"><f t="shared" ref="B3:B5" si="0">A3*2+$A$1+SUM(A$1:A3)</f><v>2</v></c></row>' +
          '<row r="4"><c r="B4"><f t="shared" si="0"/><v>4</v></c></row>' +
          '<row r="5"><c r="C5"><f t="shared" si="0"/></c></row>' +
          '<row r="7" hidden="1"><c r="A7" t="str"><f>A1</f></c><c r="B7" t="inlineStr"><is><r><t>x</t></r><r><t>y</t></r></is></c></row>',
      }],
    });
    const rows = (await readXlsx(bytes)).sheets[0]!.rows;
    expect(rows[0]![0]).toEqual({ kind: 'text', value: '=SUM(A1)', format: 'General' });
    expect(rows[0]![1]).toMatchObject({ kind: 'text', value: 'ab', formula: '"a"&"b"' });
    expect(rows[0]![2]).toMatchObject({ kind: 'boolean', value: 'FALSE' });
    expect(rows[0]![3]).toMatchObject({ kind: 'error', value: '#DIV/0!', formula: '1/0' });
    expect(rows[2]![1]).toMatchObject({ formula: 'A3*2+$A$1+SUM(A$1:A3)', value: '2' });
    expect(rows[3]![1]).toMatchObject({ formula: 'A4*2+$A$1+SUM(A$1:A4)', value: '4' });
    expect(rows[4]![2]).toMatchObject({ formula: 'B5*2+$A$1+SUM(B$1:B5)', noCachedValue: true, kind: 'empty' });
    expect(rows[6]![0]).toMatchObject({ kind: 'empty', formula: 'A1', noCachedValue: true });
    expect(rows[6]![1]).toMatchObject({ kind: 'text', value: 'xy' });
  });

  it('maps built-in and custom number formats', async () => {
    const bytes = makeXlsx({
      styles:
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;T&quot;m/yyyy"/></numFmts>' +
        '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
        '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22" applyNumberFormat="1"><alignment horizontal="left"/></xf><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs>',
      sheets: [{ name: 'S', xml: '<row r="1"><c s="1"><v>42736</v></c><c s="2"><v>42736.5</v></c><c s="3"><v>42736</v></c><c s="4"><v>1000</v></c><c><v>1</v></c></row>' }],
    });
    const row = (await readXlsx(bytes)).sheets[0]!.rows[0]!;
    expect(row.map((c) => c?.format)).toEqual(['mm-dd-yy', 'm/d/yy h:mm', '"T"m/yyyy', '#,##0', 'General']);
  });

  it('moves 1904-system dates to the 1900 system, exactly, and leaves other numbers', async () => {
    const bytes = makeXlsx({
      date1904: true,
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      sheets: [{ name: 'S', xml: '<row r="1"><c s="1"><v>41274</v></c><c s="1"><v>41274.25</v></c><c><v>41274</v></c></row>' }],
    });
    const row = (await readXlsx(bytes)).sheets[0]!.rows[0]!;
    expect(row.map((c) => c?.value)).toEqual(['42736', '42736.25', '41274']);
  });

  it('reads prefixed element names and a whole-column data validation at no cost', async () => {
    const ws =
      '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="C2"><x:v>5</x:v></x:c></x:row></x:sheetData>' +
      '<x:dataValidations count="1"><x:dataValidation type="decimal" sqref="A:A XFD1:XFD1048576"><x:formula1>0</x:formula1></x:dataValidation></x:dataValidations></x:worksheet>';
    const bytes = makeXlsx({ sheets: [{ name: 'S', xml: ws }] });
    const grid = await readXlsx(bytes);
    expect(grid.sheets[0]!.rows[1]![2]).toMatchObject({ value: '5' });
    expect(grid.sheets[0]!.rows.length).toBe(2);
    // at no cost: the validation's ranges (a whole column, and 16,384 x 1,048,576 cells) are not
    // walked: one cell comes out, and the guard is asked only for the one piece of XML and the end
    let asked = 0;
    const cells: string[] = [];
    readWorkbookInto(bytes, resolveLimits(undefined), { sheet: () => (row, col, _kind, value) => void cells.push(`${row},${col}=${value}`), endSheet: () => undefined }, () => void asked++);
    expect(cells).toEqual(['1,2=5']);
    expect(asked).toBe(2);
  });
});

describe('the number rule', () => {
  it('fast path agrees with excelNumberToDecimal(Number(text))', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        for (const text of [String(d), d.toPrecision(15), d.toPrecision(12), d.toExponential(8)]) {
          if (Number.isFinite(Number(text))) expect(numberValue(text)).toBe(excelNumberToDecimal(Number(text)));
          else expect(numberValue(text)).toBeUndefined();
        }
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 18 }), (n, scale) => {
        const s = n.toString().replace('-', '').padStart(scale + 1, '0');
        const text = `${n < 0n ? '-' : ''}${scale === 0 ? s : `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`}`;
        expect(numberValue(text)).toBe(excelNumberToDecimal(Number(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('adds days exactly', () => {
    expect(addDays('41274.25', 1462)).toBe('42736.25');
    expect(addDays('-0.5', 1)).toBe('0.5');
    expect(addDays('-3', 1)).toBe('-2');
  });
});

describe('reading in pieces', () => {
  const sheet =
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment with <c> inside --><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
    '<x:row r="1" spans="1:4"><x:c r="A1" t="inlineStr"><x:is><x:t>Tổng &amp; hợp &#x1EA1;</x:t></x:is></x:c><x:c r="B1"><x:v>0.30000000000000004</x:v></x:c>' +
    '<x:c r="C1" t="str"><x:f>"a"&amp;"b"</x:f><x:v><![CDATA[a<b]]></x:v></x:c><x:c r="D1" t="inlineStr"><x:is><x:r><x:t>x</x:t></x:r><x:rPh><x:t>skip</x:t></x:rPh><x:r><x:t xml:space="preserve"> y </x:t></x:r></x:is></x:c></x:row>' +
    '<x:row r="3" hidden="1"><x:c r="B3"><x:f t="shared" ref="B3:C3" si="0">A3+1</x:f><x:v>1</x:v></x:c><x:c r="C3"><x:f t="shared" si="0"/><x:v>2</x:v></x:c></x:row>' +
    '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="$A$1:B1"/></x:mergeCells></x:worksheet>';
  const bytes = new TextEncoder().encode(sheet);
  const run = (size: number): unknown[] => {
    const out: unknown[] = [];
    const ctx = { formats: ['General'], sst: [], date1904: false, cells: 0, maxCells: 100 };
    const meta = parseSheet(xmlChunks(bytes, size), 'sheet.xml', ctx, (...args) => out.push(args));
    out.push(meta);
    return out;
  };

  it('reads the same whatever the piece size', () => {
    const whole = run(1 << 20);
    expect(whole).toContainEqual([0, 0, 'text', 'Tổng & hợp ạ', 'General', undefined, false, undefined]);
    expect(whole).toContainEqual([0, 2, 'text', 'a<b', 'General', '"a"&"b"', false, undefined]);
    expect(whole).toContainEqual([0, 3, 'text', 'x y ', 'General', undefined, false, undefined]);
    expect(whole).toContainEqual([2, 2, 'number', '2', 'General', 'B3+1', false, undefined]);
    expect(whole.at(-1)).toEqual({ hiddenRows: [2], merges: ['A1:B1'] });
    for (const size of [1, 2, 3, 5, 7, 13, 64, 333]) expect(run(size), `size ${size}`).toEqual(whole);
  });

  it('decodes entities and line ends in the common <c><v>..</v></c> shape too', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>a&amp;b&#13;c\r\nd\re</v></c><c r="B1" t="str"><v>plain</v></c></row></sheetData></worksheet>';
    const out: unknown[] = [];
    const ctx = { formats: ['General'], sst: [], date1904: false, cells: 0, maxCells: 100 };
    parseSheet(xmlChunks(new TextEncoder().encode(xml)), 'sheet.xml', ctx, (...args) => out.push(args));
    // XML normalises \r\n and a lone \r to \n; &#13; is a real carriage return
    expect(out).toEqual([
      [0, 0, 'text', 'a&b\rc\nd\ne', 'General', undefined, false, undefined],
      [0, 1, 'text', 'plain', 'General', undefined, false, undefined],
    ]);
  });

  /** The Encoding Standard's decode: the byte-order mark picks UTF-16LE, UTF-16BE or UTF-8 (the default). */
  const decodeWhole = (bytes: Uint8Array): string => {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return new TextDecoder('utf-8').decode(bytes);
  };

  it('decodes pieces, ASCII ones without the decoder, to what one decode of the whole part gives', () => {
    // bytes mostly ASCII, with Vietnamese letters, a byte-order mark here and there, and invalid
    // UTF-8 (lone lead and continuation bytes): the pieces joined are the Encoding Standard's
    // one-shot decode of the whole, which reads a leading UTF-16 byte-order mark as UTF-16 (random
    // high bytes may begin with FE FF or FF FE) and drops a leading UTF-8 one, keeping any later
    // one, for every piece size
    const parts = fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom('<', 'c', ' ', 'r', '=', '"', '1', '>', '&') }).map((t) => new TextEncoder().encode(t)) },
      { weight: 2, arbitrary: fc.constantFrom('ự', 'đ', 'Tổng', '\u{1F600}', '\uFEFF').map((t) => new TextEncoder().encode(t)) },
      { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 3, min: 0x80, max: 0xff }) },
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (list, size) => {
        const bytes = new Uint8Array(list.reduce((n, b) => n + b.length, 0));
        let at = 0;
        for (const b of list) {
          bytes.set(b, at);
          at += b.length;
        }
        const expected = decodeWhole(bytes);
        const next = xmlChunks(bytes, size);
        let got = '';
        for (let piece = next(); piece !== undefined; piece = next()) got += piece;
        expect(got).toBe(expected);
      }),
      { numRuns: 500 },
    );
    // a leading UTF-16 byte-order mark, as random high bytes may begin (found by this property)
    for (const bytes of [[0xfe, 0xff], [0xff, 0xfe], [0xfe, 0xff, 0x00, 0x41, 0x1e, 0xa1], [0xff, 0xfe, 0x41, 0x00, 0xa1]]) {
      for (const size of [1, 2, 3, 9]) {
        const next = xmlChunks(Uint8Array.from(bytes), size);
        let got = '';
        for (let piece = next(); piece !== undefined; piece = next()) got += piece;
        expect(got, `${bytes.join(' ')} in pieces of ${size}`).toBe(decodeWhole(Uint8Array.from(bytes)));
      }
    }
  });

  it('reads cells of the common shape on the quick path exactly as the general path reads them', () => {
    // the same cells written as `<c r="A1" s="1" t="n"><v>..</v></c>` (taken by the quick run of
    // cells) and as `<c  r='A1' ...>` (two spaces and single quotes: only the general path takes
    // it) give the same cells, the same errors and the same cap, whatever the piece size
    const cell = fc.record({
      ref: fc.oneof(
        { weight: 8, arbitrary: fc.tuple(fc.constantFrom('A', 'B', 'Z', 'AA', 'XFD', 'a', '$C'), fc.constantFrom('', '$')).map(([c, d]) => `${c}${d}`) },
        { weight: 1, arbitrary: fc.constantFrom('XFE', '1', 'A0', 'A&amp;', 'ABCDEFGHIJKLMNOPQRST', '') },
      ),
      style: fc.option(fc.constantFrom('0', '1', '2', '7', 'x', ''), { nil: undefined }),
      type: fc.option(fc.constantFrom('n', 's', 'str', 'b', 'e', 'd', 'zz', 'inlineStr'), { nil: undefined }),
      value: fc.constantFrom('1', '0', '-0', '1.50', '2.5', '123456789012345678', '1e5', '0.1', 'abc', 'a&amp;b', 'x\r\ny', '', ' 1', 'TRUE', '#N/A', '2024-01-31', '\u1ea1'),
    });
    const rows = fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 4 });
    const xmlOf = (rs: { ref: string; style: string | undefined; type: string | undefined; value: string }[][], quick: boolean): string => {
      let x = '<worksheet><sheetData>';
      rs.forEach((cells, i) => {
        x += `<row r="${i + 1}">`;
        for (const c of cells) {
          const ref = c.ref.endsWith('$') || c.ref === '' || /\d/.test(c.ref) || c.ref.includes('&') ? c.ref : `${c.ref}${i + 1}`;
          const q = quick ? '"' : "'";
          const attrs = [`r=${q}${ref}${q}`, ...(c.style === undefined ? [] : [`s=${q}${c.style}${q}`]), ...(c.type === undefined ? [] : [`t=${q}${c.type}${q}`])];
          x += `<c${quick ? ' ' : '  '}${attrs.join(' ')}><v>${c.value}</v></c>`;
        }
        x += '</row>';
      });
      return `${x}</sheetData></worksheet>`;
    };
    const scanAll = (xml: string, size: number, maxCells: number, date1904: boolean): unknown => {
      const out: unknown[] = [];
      const ctx = { formats: ['General', '0.00', 'dd/mm/yyyy'], sst: ['một', 'hai'], date1904, cells: 0, maxCells };
      try {
        out.push(parseSheet(xmlChunks(new TextEncoder().encode(xml), size), 'sheet.xml', ctx, (...args) => out.push(args)));
      } catch (e) {
        out.push({ code: (e as { code?: string }).code, params: (e as { params?: unknown }).params });
      }
      return out;
    };
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 30 }), fc.boolean(), (rs, size, maxCells, date1904) => {
        const quick = scanAll(xmlOf(rs, true), size, maxCells, date1904);
        expect(quick).toEqual(scanAll(xmlOf(rs, false), size, maxCells, date1904));
        expect(quick).toEqual(scanAll(xmlOf(rs, true), 1 << 20, maxCells, date1904));
      }),
      { numRuns: 400 },
    );
  });

  it('splits shared strings only after whole items', () => {
    const sst = new TextEncoder().encode('<sst><si><t>một</t></si><si><r><t>a</t></r><r><t>b</t></r></si><x:si><x:t>c</x:t></x:si><si/><si><t>đ</t></si></sst>');
    for (const size of [1, 4, 9, 1000]) {
      expect(parseSharedStrings(xmlChunksAfter(sst, 'si', size), 'sst.xml'), `size ${size}`).toEqual(['một', 'ab', 'c', '', 'đ']);
    }
  });
});

describe('agreement with exceljs', () => {
  it('reads every cell of a random workbook as exceljs does (through the one number rule)', async () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const texts = ['Tổng hợp', 'a & b', '<x>', '=1+1', '  lề  ', 'line\nbreak', '"q"', "it's", '漢字', '_x000D_'];
    const bytes = await excelBytes((wb) => {
      for (let s = 0; s < 3; s++) {
        const ws = wb.addWorksheet(`S${s}`);
        for (let r = 1; r <= 60; r++) {
          for (let c = 1; c <= 12; c++) {
            const k = rnd();
            const cell = ws.getCell(r, c);
            if (k < 0.3) cell.value = (rnd() - 0.5) * 10 ** Math.floor(rnd() * 12);
            else if (k < 0.4) cell.value = Math.floor(rnd() * 1e6);
            else if (k < 0.55) cell.value = texts[Math.floor(rnd() * texts.length)]!;
            else if (k < 0.6) cell.value = rnd() < 0.5;
            else if (k < 0.7) cell.value = { formula: `A${r}*2`, result: rnd() * 1000 };
            else if (k < 0.75) {
              cell.value = new Date(Date.UTC(2000 + Math.floor(rnd() * 20), Math.floor(rnd() * 12), 1));
              cell.numFmt = 'mm/yyyy';
            }
          }
        }
      }
    });
    const grid = await readXlsx(bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    let checked = 0;
    for (const ws of wb.worksheets) {
      const gs = grid.sheets.find((s) => s.name === ws.name)!;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          let v: unknown = cell.value;
          if (v !== null && typeof v === 'object' && 'formula' in v) v = (v as { result?: unknown }).result;
          const expected =
            typeof v === 'number' ? excelNumberToDecimal(v)
            : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE')
            : v instanceof Date ? excelNumberToDecimal((v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000)
            : String(v);
          expect(gs.rows[r - 1]?.[c - 1]?.value, `${ws.name}!${cell.address}`).toBe(expected);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
