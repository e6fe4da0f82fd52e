/** The example shared workbook's bytes (deterministic). */
export declare function makeWorkbook(): Promise<Uint8Array>;
