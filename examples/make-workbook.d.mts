/** The example shared workbook's bytes (deterministic); `corrections`: the variant with negatives and more unit exponents. */
export declare function makeWorkbook(variant?: 'example' | 'corrections'): Promise<Uint8Array>;
