/**
 * decimal/: exact decimals as text. `scaled.ts` is the arithmetic (a BigInt mantissa and a scale:
 * parse, add, multiply, shift, divide-and-round half away from zero, format); `public.ts` is what
 * the package exports (normalizeDecimal, roundDecimal, excelNumberToDecimal, ...). No float ever
 * touches a value here.
 *
 * May import: errors.ts, internal/ only. Imported by every room that reads or sums a number
 * (consolidate, observation, outliers, program, report, rules, unit, workbook); import the two files
 * directly: this index holds the folder's description only.
 */
export {};
