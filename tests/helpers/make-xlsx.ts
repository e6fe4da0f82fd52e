/**
 * Helpers for the .xlsx tests: build packages from XML strings with fflate, so each test controls
 * exactly the bytes the reader sees. Not part of the public API.
 */
import { zipSync, strToU8 } from 'fflate';

const CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Options of {@link makeXlsx}. */
export interface MakeXlsxOptions {
  /** sheet name → sheetData inner XML (or a whole worksheet XML when it starts with `<?xml` or `<worksheet`) */
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly xml: string; readonly state?: string }>;
  readonly sharedStrings?: readonly string[] | string;
  /** inner XML of `<styleSheet>` */
  readonly styles?: string;
  readonly date1904?: boolean;
  /** extra files */
  readonly extra?: Readonly<Record<string, string | Uint8Array>>;
  /** replaces the main content type */
  readonly mainContentType?: string;
  /** a calculation chain part, registered as Excel does */
  readonly calcChain?: string;
}

/** An .xlsx package from XML fragments. */
export function makeXlsx(o: MakeXlsxOptions): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [
    `<Override PartName="/xl/workbook.xml" ContentType="${o.mainContentType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'}"/>`,
  ];
  const rels: string[] = [];
  const sheetEls: string[] = [];
  o.sheets.forEach((s, i) => {
    const n = i + 1;
    const whole = s.xml.startsWith('<?xml') || s.xml.startsWith('<worksheet');
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(whole ? s.xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${RNS}"><sheetData>${s.xml}</sheetData></worksheet>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${n}" Type="${RNS}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    sheetEls.push(`<sheet name="${s.name}" sheetId="${n}"${s.state !== undefined ? ` state="${s.state}"` : ''} r:id="rId${n}"/>`);
  });
  if (o.sharedStrings !== undefined) {
    const sst = typeof o.sharedStrings === 'string' ? o.sharedStrings : `<sst xmlns="${NS}" count="${o.sharedStrings.length}" uniqueCount="${o.sharedStrings.length}">${o.sharedStrings.map((s) => `<si>${s}</si>`).join('')}</sst>`;
    files['xl/sharedStrings.xml'] = strToU8(sst);
    overrides.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
    rels.push(`<Relationship Id="rIdS" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (o.styles !== undefined) {
    files['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">${o.styles}</styleSheet>`);
    overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    rels.push(`<Relationship Id="rIdT" Type="${RNS}/styles" Target="styles.xml"/>`);
  }
  if (o.calcChain !== undefined) {
    files['xl/calcChain.xml'] = strToU8(o.calcChain);
    overrides.push('<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>');
    rels.push(`<Relationship Id="rIdC" Type="${RNS}/calcChain" Target="calcChain.xml"/>`);
  }
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${RNS}">${o.date1904 === true ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetEls.join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  for (const [k, v] of Object.entries(o.extra ?? {})) files[k] = typeof v === 'string' ? strToU8(v) : v;
  files['[Content_Types].xml'] = strToU8(
    `${CT_HEAD}<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'] };
  for (const [k, v] of Object.entries(files)) if (k !== '[Content_Types].xml') ordered[k] = v;
  return zipSync(ordered, { level: 6 });
}

/** One entry of {@link rawZip}: compressed bytes and directory fields as given (they may lie). */
export interface RawEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly data: Uint8Array;
  readonly crc: number;
  /** the uncompressed size the directory declares */
  readonly size: number;
  readonly flags?: number;
}

/** A zip whose directory says exactly what the entries say, true or not. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags ?? 0, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  let size = 0;
  for (const c of central) size += c.length;
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, size, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, eocd];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** The entries of a zip made by fflate, as {@link RawEntry} (so a test can swap one). */
export function entriesOf(zip: Uint8Array): RawEntry[] {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (dv.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const out: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = dv.getUint16(p + 10, true) as 0 | 8;
    const crc = dv.getUint32(p + 16, true);
    const csize = dv.getUint32(p + 20, true);
    const size = dv.getUint32(p + 24, true);
    const nl = dv.getUint16(p + 28, true);
    const xl = dv.getUint16(p + 30, true);
    const cl = dv.getUint16(p + 32, true);
    const lo = dv.getUint32(p + 42, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nl));
    const ds = lo + 30 + dv.getUint16(lo + 26, true) + dv.getUint16(lo + 28, true);
    out.push({ name, method, crc, size, data: zip.slice(ds, ds + csize) });
    p += 46 + nl + xl + cl;
  }
  return out;
}

/** A minimal Compound File (OLE) holding streams with the given names (their content empty). */
export function makeCfb(streams: readonly string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3);
  const dv = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  dv.setUint16(0x18, 0x3e, true);
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, 1, true); // FAT sectors
  dv.setUint32(0x30, 1, true); // first directory sector
  dv.setUint32(0x38, 4096, true);
  dv.setUint32(0x3c, 0xfffffffe, true);
  dv.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // FAT (sector 0 at file offset 512)
  const fat = sector;
  for (let i = 0; i < 128; i++) dv.setUint32(fat + i * 4, 0xffffffff, true);
  dv.setUint32(fat, 0xfffffffd, true);
  dv.setUint32(fat + 4, 0xfffffffe, true);
  // Directory (sector 1 at file offset 1024): root then streams, 4 entries per sector
  const names = ['Root Entry', ...streams].slice(0, 4);
  names.forEach((n, k) => {
    const o = sector * 2 + k * 128;
    for (let i = 0; i < n.length; i++) dv.setUint16(o + i * 2, n.charCodeAt(i), true);
    dv.setUint16(o + 64, (n.length + 1) * 2, true);
    out[o + 66] = k === 0 ? 5 : 2;
    dv.setUint32(o + 68, 0xffffffff, true);
    dv.setUint32(o + 72, 0xffffffff, true);
    dv.setUint32(o + 76, k === 0 && names.length > 1 ? 1 : 0xffffffff, true);
  });
  return out;
}
