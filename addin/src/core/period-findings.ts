/**
 * Which findings touch the chosen period: those on a board sheet's month column whose month feeds
 * the period's figures (its own months, the year to date, the same months a year earlier). The
 * month is read from the sheet's header row (the first row whose column A is `code`), the same way
 * the workbook reader reads it.
 */
import { Period, matchKey } from 'hoptac';
import { parseA1, readMonthHeader } from 'hoptac/workbook';
import type { Finding, Grid, GridSheet } from 'hoptac/workbook';

/** `YYYY-MM` of a month index (year × 12 + month − 1). */
function monthText(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const CODE_LABELS = new Set(['code', 'mã'].map(matchKey));

/** Column → `YYYY-MM` of a board sheet's month columns (empty when it has no `code` header row). */
function monthColumns(sheet: GridSheet): Map<number, string> {
  const out = new Map<number, string>();
  const header = sheet.rows.find((row) => {
    const a = row?.[0];
    return a !== undefined && a.kind === 'text' && CODE_LABELS.has(matchKey(a.value));
  });
  header?.forEach((cell, col) => {
    const m = readMonthHeader(cell);
    if (m !== undefined) out.set(col, monthText(m.month));
  });
  return out;
}

/** The months (`YYYY-MM`) whose values feed a period's figures. */
export function monthsFeeding(period: string): ReadonlySet<string> {
  const p = Period.parse(period);
  const all = [...Period.months(p), ...Period.months(Period.yearToDate(p)), ...Period.months(Period.shiftYears(p, -1))];
  return new Set(all.map((m) => Period.toString(m)));
}

/**
 * The findings whose cell is a month the period's figures use.
 *
 * @example
 * ```ts
 * findingsTouchingPeriod(grid, model.findings, '2017-Q4').has(finding); // true for a finding on DN!AL7 (10/2017)
 * ```
 */
export function findingsTouchingPeriod(grid: Grid, findings: readonly Finding[], period: string): ReadonlySet<Finding> {
  const months = monthsFeeding(period);
  const columns = new Map<string, Map<number, string>>();
  const out = new Set<Finding>();
  for (const f of findings) {
    if (f.sheet === undefined || f.cell === undefined) continue;
    const sheet = grid.sheets.find((s) => s.name === f.sheet);
    const at = parseA1(f.cell);
    if (sheet === undefined || at === undefined) continue;
    let cols = columns.get(sheet.name);
    if (cols === undefined) columns.set(sheet.name, (cols = monthColumns(sheet)));
    const month = cols.get(at.col);
    if (month !== undefined && months.has(month)) out.add(f);
  }
  return out;
}
