/**
 * program/: cooperation programs (hoptac/program): the program file's model and loader (`load.ts`,
 * zod), its calendar, activities, succession and timeline, the checks of a program against the
 * workbook (`check.ts`, `completeness.ts`) and its snapshot for the add-in (`snapshot.ts`).
 * `internal/` holds helpers no one outside this folder may import.
 *
 * May import: consolidate/, decimal/, indicator/, internal/, observation/, period/, messages/,
 * errors.ts, zod.
 * Imported by the hoptac/program entry (program.ts), report/ and workbook/; import the files
 * directly: this index holds the folder's description only.
 */
export {};
