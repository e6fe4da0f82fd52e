/**
 * A small zip reader and writer for OOXML packages. The central directory is parsed by hand (so
 * entry counts and declared sizes are checked against the caps before anything is inflated), and
 * an entry is inflated with an output cap equal to its declared size (which passed every cap), so
 * a zip bomb stops at the cap instead of allocating it. Inflation is Node's native zlib with
 * `maxOutputLength` (four times fflate's speed here); fflate deflates the parts the writer makes.
 */
import { deflateSync } from 'fflate';
import * as zlib from 'node:zlib';
import { XlsxError, formatBytes } from './errors.js';
import type { XlsxLimits } from './limits.js';

/** One entry of the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** offset of the entry's data (after its local header) */
  readonly dataOffset: number;
  readonly time: number;
  readonly date: number;
}

/** A parsed zip: the bytes and the entries in directory order, with a case-insensitive index. */
export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly byName: ReadonlyMap<string, ZipEntry>;
}

const corrupt = (detail: string, detailVi: string): XlsxError => new XlsxError('corrupt', { detail, detailVi });

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
const latin1 = new TextDecoder('latin1');

/** Where the central directory is and how many entries it declares (ZIP64 records followed). */
function findDirectory(bytes: Uint8Array): { count: number; cdSize: number; cdOffset: number } {
  const n = bytes.length;
  const startsLikeZip = n >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  // End of central directory: the last signature within the final 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    if (startsLikeZip) throw corrupt('truncated zip: no central directory', 'zip bị cắt cụt: không có thư mục trung tâm');
    throw new XlsxError('not-zip');
  }
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    // ZIP64: the locator stands just before the classic record.
    const loc = eocd - 20;
    if (loc >= 0 && u32(bytes, loc) === 0x07064b50) {
      const z = u64(bytes, loc + 8);
      if (z + 56 <= n && u32(bytes, z) === 0x06064b50) {
        count = u64(bytes, z + 32);
        cdSize = u64(bytes, z + 40);
        cdOffset = u64(bytes, z + 48);
      }
    }
  }
  return { count, cdSize, cdOffset };
}

/**
 * Parses the central directory of `bytes`. Throws `not-zip`, `too-many-entries`, `corrupt`,
 * `encrypted` (zip-level encryption) or `inflated-too-large` (declared sizes over the caps).
 */
export function openZip(bytes: Uint8Array, limits: XlsxLimits): ZipArchive {
  const n = bytes.length;
  const { count, cdSize, cdOffset } = findDirectory(bytes);
  if (count > limits.maxEntries) throw new XlsxError('too-many-entries', { actual: count, limit: limits.maxEntries });
  if (cdOffset + cdSize > n) throw corrupt('truncated zip: central directory out of range', 'zip bị cắt cụt: thư mục trung tâm nằm ngoài tệp');
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || u32(bytes, p) !== 0x02014b50) throw corrupt('bad central directory entry', 'mục thư mục trung tâm hỏng');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const time = u16(bytes, p + 12);
    const date = u16(bytes, p + 14);
    const crc = u32(bytes, p + 16) >>> 0;
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > n) throw corrupt('bad central directory entry', 'mục thư mục trung tâm hỏng');
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800) !== 0 ? utf8.decode(nameBytes) : latin1.decode(nameBytes);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extra field (id 1): the 64-bit values, in order, for those fields set to 0xFFFFFFFF.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(bytes, e);
        const len = u16(bytes, e + 2);
        if (id === 1) {
          let q = e + 4;
          if (size === 0xffffffff) { size = u64(bytes, q); q += 8; }
          if (compressedSize === 0xffffffff) { compressedSize = u64(bytes, q); q += 8; }
          if (localOffset === 0xffffffff) { localOffset = u64(bytes, q); }
          break;
        }
        e += 4 + len;
      }
    }
    p += 46 + nameLen + extraLen + commentLen;
    if ((flags & 1) !== 0) throw new XlsxError('encrypted');
    if (localOffset + 30 > n || u32(bytes, localOffset) !== 0x04034b50) throw corrupt(`bad local header for ${name}`, `phần đầu cục bộ hỏng ở ${name}`);
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataOffset + compressedSize > n) throw corrupt(`truncated data for ${name}`, `dữ liệu bị cắt cụt ở ${name}`);
    const unsafe = unsafeEntryName(name);
    if (unsafe !== undefined) throw new XlsxError('unsafe-package', { part: JSON.stringify(name.slice(0, 80)), detail: unsafe[0], detailVi: unsafe[1] });
    const entry: ZipEntry = { name, method, flags, crc, compressedSize, size, dataOffset, time, date };
    const key = name.toLowerCase();
    if (byName.has(key)) throw corrupt(`duplicate entry ${name}`, `trùng mục ${name}`);
    byName.set(key, entry);
    entries.push(entry);
  }
  return { bytes, entries, byName };
}

/**
 * Why an entry name is unsafe to copy or unpack (English, Vietnamese), or `undefined`: a part name
 * of a package is a relative path of `/`-separated segments (ECMA-376 Part 2, 6.2.2), so a
 * backslash, an absolute path, a drive letter, an empty, `.` or `..` segment, or a control
 * character is never one Excel writes.
 */
export function unsafeEntryName(name: string): [string, string] | undefined {
  if (name.includes('\\')) return ['a backslash in the name', 'tên có dấu gạch chéo ngược'];
  if (name.startsWith('/')) return ['an absolute path', 'đường dẫn tuyệt đối'];
  if (/^[A-Za-z]:/.test(name)) return ['a drive letter', 'có ký tự ổ đĩa'];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return ['a control character in the name', 'tên có ký tự điều khiển'];
  const segs = name.split('/');
  // A folder entry (`xl/`) ends with one empty segment; any other empty segment is not a part name.
  if (segs.some((s, i) => (s === '' && i !== segs.length - 1) || s === '.' || s === '..')) return ['a "..", "." or empty path segment', 'có đoạn đường dẫn "..", "." hoặc rỗng'];
  return undefined;
}

/** The entry named `name` (case-insensitive, no leading `/`). */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  return zip.byName.get((name.startsWith('/') ? name.slice(1) : name).toLowerCase());
}

/** A running budget of inflated bytes shared by every part read from one file. */
export interface InflateBudget {
  used: number;
}

function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (typeof native === 'function') return native(data) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const CRC_TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = (c & 1) !== 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of `data` (as zip stores it). */
export function zipCrc32(data: Uint8Array): number {
  return crc32(data);
}

/**
 * Inflates one entry under the caps: the part cap, the remaining workbook budget, and the
 * inflate ratio above its floor. Stops as soon as a cap is passed; checks the size and CRC.
 */
export function inflateEntry(zip: ZipArchive, entry: ZipEntry, limits: XlsxLimits, budget: InflateBudget): Uint8Array {
  const raw = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const remaining = limits.maxInflatedBytes - budget.used;
  const ratioCap = Math.max(limits.ratioFloorBytes, entry.compressedSize * limits.maxInflateRatio);
  const check = (total: number): void => {
    if (total > limits.maxPartBytes) throw new XlsxError('inflated-too-large', { part: entry.name, limit: formatBytes(limits.maxPartBytes) });
    if (total > remaining) throw new XlsxError('inflated-too-large', { part: entry.name, limit: formatBytes(limits.maxInflatedBytes) });
    if (total > ratioCap) throw new XlsxError('inflate-ratio', { part: entry.name, ratio: limits.maxInflateRatio });
    if (total > entry.size) throw corrupt(`${entry.name} is larger than its directory says`, `${entry.name} lớn hơn kích thước khai báo`);
  };
  // Declared sizes are checked first, so an honest bomb stops before any work.
  check(entry.size);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corrupt(`bad stored entry ${entry.name}`, `mục lưu trữ hỏng ${entry.name}`);
    out = raw;
  } else if (entry.method === 8) {
    // Inflation stops at the smallest cap (the declared size, which passed every cap above):
    // zlib never allocates past `maxOutputLength`, so a bomb costs at most that.
    try {
      // one output chunk for the declared size (a byte more, so zlib sees the end within it), at
      // most 8 MiB: no joining of 64 KiB pieces for an ordinary part
      out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size), chunkSize: Math.min(Math.max(entry.size + 1, 64 * 1024), 8 * 1024 * 1024) });
    } catch (e) {
      const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw corrupt(`${entry.name} is larger than its directory says`, `${entry.name} lớn hơn kích thước khai báo`);
      throw corrupt(`cannot inflate ${entry.name}`, `không giải nén được ${entry.name}`);
    }
    if (out.length > entry.size) check(out.length);
  } else {
    throw corrupt(`unsupported compression method ${entry.method} in ${entry.name}`, `phương pháp nén không hỗ trợ (${entry.method}) ở ${entry.name}`);
  }
  if (out.length !== entry.size) throw corrupt(`size mismatch in ${entry.name}`, `sai kích thước ở ${entry.name}`);
  if (crc32(out) !== entry.crc) throw corrupt(`checksum mismatch in ${entry.name}`, `sai mã kiểm tra ở ${entry.name}`);
  budget.used += out.length;
  return out;
}

/** One entry to write: either new content, or an entry copied raw (still compressed) from a zip. */
export type ZipOut =
  | { readonly name: string; readonly data: Uint8Array }
  | { readonly name: string; readonly copyFrom: ZipArchive; readonly entry: ZipEntry };

/** DOS time and date of now. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * Writes a zip: copied entries keep their compressed bytes exactly (so their content is byte for
 * byte the input's); new entries are deflated. Returns the chunks to write in order.
 */
export function buildZip(items: readonly ZipOut[]): Uint8Array[] {
  const enc = new TextEncoder();
  const now = dosNow();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    const nameBytes = enc.encode(item.name);
    let method: number, crc: number, csize: number, size: number, time: number, date: number, body: Uint8Array;
    if ('data' in item) {
      const deflated = deflateSync(item.data, { level: 6 });
      const useStored = deflated.length >= item.data.length;
      body = useStored ? item.data : deflated;
      method = useStored ? 0 : 8;
      crc = crc32(item.data);
      csize = body.length;
      size = item.data.length;
      time = now.time;
      date = now.date;
    } else {
      const e = item.entry;
      body = item.copyFrom.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      method = e.method;
      crc = e.crc;
      csize = e.compressedSize;
      size = e.size;
      time = e.time;
      date = e.date;
    }
    if (csize > 0xfffffffe || size > 0xfffffffe || offset > 0xfffffffe) {
      throw new XlsxError('too-large', { what: 'zip entry', whatVi: 'mục zip', actual: formatBytes(Math.max(csize, size)), limit: '4 GB' });
    }
    const flags = 0x800;
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, csize, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, nameBytes.length, true);
    lv.setUint16(28, 0, true);
    local.set(nameBytes, 30);
    const cd = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, csize, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    cd.set(nameBytes, 46);
    chunks.push(local, body);
    central.push(cd);
    offset += local.length + body.length;
  }
  let cdSize = 0;
  for (const c of central) cdSize += c.length;
  if (items.length > 0xfffe || offset > 0xfffffffe) throw new XlsxError('too-large', { what: 'zip', whatVi: 'zip', actual: formatBytes(offset), limit: '4 GB' });
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, items.length, true);
  ev.setUint16(10, items.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return [...chunks, ...central, eocd];
}
