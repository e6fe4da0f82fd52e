/**
 * outliers/: figures out of line in one board's monthly series and unit slips (a value 1,000 times
 * its neighbours), by DHIS2's modified z-score computed exactly. `scan.ts` walks a set's series,
 * `window.ts` keeps its trailing window and statistics, `find.ts` judges one series,
 * `constants.ts` holds the thresholds.
 *
 * May import: decimal/, errors.ts. Imported by workbook/ (the check's warnings) and the
 * package root; import the files directly: this index holds the folder's description only.
 */
export {};
