/**
 * A cheap fingerprint of what was read from a sheet: its used-range address and a hash of its
 * values, row by row. Read once while reading the workbook and again just before writing; if they
 * differ, the source changed and the add-in writes nothing.
 */

/** A running 2×32-bit FNV-1a hash (integer arithmetic only). */
export interface Hasher {
  update(text: string): void;
  digest(): string;
}

export function createHasher(): Hasher {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  return {
    update(text: string): void {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
      }
      // a separator so ["ab","c"] and ["a","bc"] differ
      h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
      h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
    },
    digest(): string {
      return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
    },
  };
}

/** The text a row of cell values hashes as (numbers, text, booleans and errors keep their type). */
export function rowText(values: readonly unknown[]): string {
  return JSON.stringify(values);
}

/** What was read: sheets in tab order, each with its used-range address and values hash. */
export interface WorkbookFingerprint {
  readonly sheets: readonly { readonly name: string; readonly address: string; readonly hash: string }[];
}

/** The first sheet whose fingerprint differs (added, removed, renamed, resized or edited), or undefined. */
export function changedSheet(before: WorkbookFingerprint, after: WorkbookFingerprint): string | undefined {
  const n = Math.max(before.sheets.length, after.sheets.length);
  for (let i = 0; i < n; i++) {
    const a = before.sheets[i];
    const b = after.sheets[i];
    if (a === undefined || b === undefined) return (a ?? b)?.name;
    if (a.name !== b.name || a.address !== b.address || a.hash !== b.hash) return a.name;
  }
  return undefined;
}
