/**
 * Compound File Binary (OLE) detection: legacy `.xls` workbooks and encrypted OOXML workbooks are
 * both CFB files. An encrypted workbook has `EncryptionInfo` and `EncryptedPackage` streams; a
 * legacy workbook has a `Workbook` (or `Book`) stream.
 */

/** The CFB signature `D0 CF 11 E0 A1 B1 1A E1`. */
const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when `bytes` starts with the CFB signature. */
export function isCfb(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC[i]) return false;
  return true;
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000;
}
function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

/** The stream and storage names of a CFB file's directory; `undefined` when it cannot be walked. */
export function cfbNames(bytes: Uint8Array): string[] | undefined {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const sector = 1 << shift;
  const sectorAt = (id: number): number => (id + 1) * sector;
  // FAT sector ids: the first 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const id = u32(bytes, 0x4c + i * 4);
    if (id >= 0xfffffffa) break;
    fatSectors.push(id);
  }
  let difat = u32(bytes, 0x44);
  let guard = 0;
  while (difat < 0xfffffffa && guard++ < 10_000) {
    const base = sectorAt(difat);
    if (base + sector > bytes.length) return undefined;
    for (let i = 0; i < sector / 4 - 1; i++) {
      const id = u32(bytes, base + i * 4);
      if (id < 0xfffffffa) fatSectors.push(id);
    }
    difat = u32(bytes, base + sector - 4);
  }
  const next = (id: number): number => {
    const perSector = sector / 4;
    const fs = fatSectors[Math.floor(id / perSector)];
    if (fs === undefined) return 0xfffffffe;
    return u32(bytes, sectorAt(fs) + (id % perSector) * 4);
  };
  const names: string[] = [];
  let dir = u32(bytes, 0x30);
  guard = 0;
  while (dir < 0xfffffffa && guard++ < 100_000) {
    const base = sectorAt(dir);
    if (base + sector > bytes.length) return names.length > 0 ? names : undefined;
    for (let e = 0; e < sector / 128; e++) {
      const o = base + e * 128;
      const len = u16(bytes, o + 64);
      if (len < 2 || len > 64) continue;
      let name = '';
      for (let i = 0; i < len / 2 - 1; i++) name += String.fromCharCode(u16(bytes, o + i * 2));
      names.push(name);
    }
    dir = next(dir);
  }
  return names;
}

/** Which kind of CFB file this is: an encrypted OOXML workbook, or (anything else) a legacy one. */
export function cfbKind(bytes: Uint8Array): 'encrypted' | 'legacy-xls' {
  const names = cfbNames(bytes);
  if (names !== undefined) {
    if (names.some((n) => n === 'EncryptionInfo' || n === 'EncryptedPackage')) return 'encrypted';
    return 'legacy-xls';
  }
  // The directory could not be walked: look for the stream name in UTF-16LE anywhere.
  const needle = 'EncryptedPackage';
  outer: for (let i = 0; i + needle.length * 2 <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) {
      if (bytes[i + k * 2] !== needle.charCodeAt(k) || bytes[i + k * 2 + 1] !== 0) continue outer;
    }
    return 'encrypted';
  }
  return 'legacy-xls';
}
