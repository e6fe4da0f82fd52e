// Types of workbook-data.mjs, for the golden tests.
/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number;
export interface ExampleBoard {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly zoneKind: 'KCN' | 'KKT' | 'KCX';
  readonly focalUnit: string;
}
export interface ExampleIndicator {
  readonly code: string;
  readonly section?: string;
  readonly unit: string;
  readonly kind: 'flow' | 'stock';
  readonly decimals: number;
}
export interface ExampleCell {
  readonly month: string;
  /** exact decimal in the catalogue unit; null when the cell is blank (not reported) */
  readonly value: string | null;
  /** exact decimal as written, in the row's unit */
  readonly written: string | null;
  readonly cell: 'number' | 'text' | 'dash' | 'formula' | 'blank';
}
export interface ExampleRow {
  readonly board: string;
  readonly indicator: string;
  readonly kind: 'flow' | 'stock';
  readonly unit: string;
  readonly catalogueUnit: string;
  /** written = catalogue value × 10^exponent */
  readonly exponent: number;
  /** catalogue unit */
  readonly opening: string | null;
  readonly openingWritten: string | null;
  readonly cells: readonly ExampleCell[];
}
export interface ExampleTarget {
  readonly board: string;
  readonly indicator: string;
  readonly year: number;
  readonly target: string;
}
export interface ExampleData {
  readonly boards: readonly ExampleBoard[];
  readonly months: readonly string[];
  readonly rows: readonly ExampleRow[];
  readonly targets: readonly ExampleTarget[];
}
export declare const BOARDS: readonly ExampleBoard[];
export declare const MONTHS: readonly string[];
export declare const INDICATORS: readonly ExampleIndicator[];
export declare const RATIOS: readonly { code: string; numerator: string; denominator: string; unit: string; decimals: number }[];
export declare const MISSING: { board: string; indicator: string; month: string };
export declare const SCALED: { board: string; indicator: string; unit: string; exponent: number };
export declare const TEXT_NUMBERS: readonly { board: string; indicator: string; months: readonly string[] }[];
export declare const FORMULA_ROW: { board: string; indicator: string };
export declare function scaledToDecimal(units: bigint, decimals: number): string;
export declare function viNumberText(decimal: string): string;
export type ExampleVariant = 'example' | 'corrections';
export declare const VARIANTS: Readonly<Record<ExampleVariant, { readonly scaled: readonly { board: string; indicator: string; unit: string; exponent: number }[]; readonly negative: readonly { board: string; indicator: string }[] }>>;
export declare function workbookData(variant?: ExampleVariant): ExampleData;
