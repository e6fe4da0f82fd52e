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
   * bytes inflated across every part actually read (default 1 GB). Parts are inflated one at a
   * time and binary parts (images) not at all, so memory holds one part, not the sum: this cap
   * bounds time (about 2 s per GB), not memory.
   */
  readonly maxInflatedBytes: number;
  /**
   * bytes of one inflated part (default 128 MB, about 3 million cells of sheet XML). The inflated
   * bytes of the part being read are held outside the JS heap; sheets and shared strings are
   * decoded 64 KiB at a time, other parts (workbook, styles, relationships) whole.
   */
  readonly maxPartBytes: number;
  /** inflated:packed ratio of one part above {@link ratioFloorBytes} (default 200; real sheets are 5-30) */
  readonly maxInflateRatio: number;
  /** inflated size below which the ratio is not checked (default 1 MB: tiny parts compress well) */
  readonly ratioFloorBytes: number;
  /**
   * non-empty cells across the workbook (default 2,000,000, five times a national workbook; each
   * cell costs about 100 bytes as an object, so this keeps a Grid near 200 MB)
   */
  readonly maxCells: number;
}

/** The defaults of {@link XlsxLimits}. */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = Object.freeze({
  maxFileBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxInflatedBytes: 1024 * 1024 * 1024,
  maxPartBytes: 128 * 1024 * 1024,
  maxInflateRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxCells: 2_000_000,
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
