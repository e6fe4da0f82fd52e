// Types of make-revised.mjs, for the golden tests.
export interface Revision {
  readonly kind: 'revised' | 'added' | 'removed' | 'unit' | 'target';
  readonly board: string;
  readonly indicator: string;
  readonly month?: string;
  readonly year?: number;
  /** catalogue unit; for `unit`, one of the row's unit in the catalogue unit */
  readonly before: string | null;
  readonly after: string | null;
  readonly units?: { readonly before: string; readonly after: string };
}
export declare const REVISIONS: readonly Revision[];
export declare const MOVED: { readonly board: string; readonly rows: readonly string[] };
/** The revised copy's bytes (deterministic edits of the example workbook). */
export declare function makeRevisedWorkbook(source?: string): Promise<Uint8Array>;
