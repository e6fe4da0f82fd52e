/**
 * template/: the empty shared workbook of format 1 that `hoptac template` writes: `build.ts`
 * assembles the sheets, `layout.ts` holds the rows, labels and widths.
 *
 * May import: hoptac, hoptac/program, hoptac/workbook, exceljs (the writer). Imported only by
 * commands/template.ts;
 * import the files directly: this index holds the folder's description only.
 */
export {};
