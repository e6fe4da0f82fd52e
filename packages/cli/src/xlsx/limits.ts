/**
 * Caps that keep a hostile or absurd file from costing more than a normal workbook would.
 * Every cap has a default sized for a national workbook with a wide margin (see each field).
 */
export interface XlsxLimits {
  /** bytes of the .xlsx file itself (default 200 MB) */
  readonly maxFileBytes: number;
  /** entries in the zip directory (default 10,000; Excel writes a few dozen to a few hundred) */
  readonly maxEntries: number;
  /**
   * bytes inflated across every part actually read (default 1 GB). Only the XML parts hoptac
   * needs are inflated, one at a time, so memory holds one part, not the sum.
   */
  readonly maxInflatedBytes: number;
  /**
   * bytes of one inflated part (default 256 MB: one part is held as one string; V8 strings stop at
   * about 512 M characters, and a 300 MB process cannot hold more anyway)
   */
  readonly maxPartBytes: number;
  /** inflated:packed ratio of one part above {@link ratioFloorBytes} (default 200; real sheets are 5-30) */
  readonly maxInflateRatio: number;
  /** inflated size below which the ratio is not checked (default 1 MB: tiny parts compress well) */
  readonly ratioFloorBytes: number;
  /** non-empty cells across the workbook (default 5,000,000; each costs about 100 bytes) */
  readonly maxCells: number;
}

/** The defaults of {@link XlsxLimits}. */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = Object.freeze({
  maxFileBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxInflatedBytes: 1024 * 1024 * 1024,
  maxPartBytes: 256 * 1024 * 1024,
  maxInflateRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxCells: 5_000_000,
});

/** Limits with defaults filled in; non-positive or non-finite values fall back to the default. */
export function resolveLimits(limits: Partial<XlsxLimits> | undefined): XlsxLimits {
  const out: Record<string, number> = { ...DEFAULT_XLSX_LIMITS };
  if (limits !== undefined) {
    for (const [k, v] of Object.entries(limits)) {
      if (k in out && typeof v === 'number' && Number.isFinite(v) && v > 0) out[k] = v;
    }
  }
  return out as unknown as XlsxLimits;
}
