/**
 * Type-level tests: checked by `npm run typecheck` (tsc). Each `@ts-expect-error` must really be an
 * error, or tsc fails.
 */
import { consolidate, createObservations, Period, Unit } from './index.js';
import type { ConsolidatedRow, Measure, Period as PeriodValue, UnitCode } from './index.js';

const set = createObservations().build();

// A measure is one of the format's measures.
const m: Measure = 'ytd';
// @ts-expect-error 'average' is not a measure: stocks are never averaged, ratios never either
const bad: Measure = 'average';

// Values are decimal strings or null, never numbers.
declare const row: ConsolidatedRow;
const v: string | null = row.value;
// @ts-expect-error a consolidated value is not a number
const n: number = row.value;

// Observations take decimal strings, not floats.
// @ts-expect-error 0.1 as a number would have gone through binary floating point
createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: 0.1 });

// Periods are plain data with a kind; the namespace parses them.
const p: PeriodValue = Period.parse('Quý IV/2017');
if (p.kind === 'quarter') {
  const q: 1 | 2 | 3 | 4 = p.quarter;
  void q;
}
// @ts-expect-error a period is not a Date
const d: Date = Period.parse('2017');

// Units are the codes of format 1.
const u: UnitCode = Unit.parse('Tr.USD').code;
// @ts-expect-error 'gallon' is no unit of format 1
const w: UnitCode = 'gallon';

// The consolidation's options are checked.
// @ts-expect-error a period is required
consolidate(set, { indicators: ['export_value'] });

void [m, bad, v, n, d, u, w];
