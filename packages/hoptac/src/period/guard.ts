import { argumentError } from '../internal/args.js';
import { MAX_YEAR, MIN_YEAR, type MonthPeriod, type Period } from './types.js';

const isYear = (y: unknown): boolean => typeof y === 'number' && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

function isMonth(v: unknown): v is MonthPeriod {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Partial<MonthPeriod>;
  return p.kind === 'month' && isYear(p.year) && typeof p.month === 'number' && Number.isInteger(p.month) && p.month >= 1 && p.month <= 12;
}

/** True when `v` is a well-formed period value (the shape {@link Period} describes, in range). */
export function isPeriod(v: unknown): v is Period {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as { kind?: unknown; year?: unknown; quarter?: unknown; half?: unknown; from?: unknown; to?: unknown };
  switch (p.kind) {
    case 'month':
      return isMonth(v);
    case 'quarter':
      return isYear(p.year) && (p.quarter === 1 || p.quarter === 2 || p.quarter === 3 || p.quarter === 4);
    case 'half':
      return isYear(p.year) && (p.half === 1 || p.half === 2);
    case 'year':
      return isYear(p.year);
    case 'span':
      return isMonth(p.from) && isMonth(p.to) && p.from.year * 12 + p.from.month <= p.to.year * 12 + p.to.month;
    default:
      return false;
  }
}

/** Throws `invalid-argument` unless `v` is a period value. */
export function expectPeriod(fn: string, field: string, v: unknown): asserts v is Period {
  if (!isPeriod(v)) throw argumentError(fn, field, 'period-value', v);
}

/** Throws `invalid-argument` unless `v` is a month value. */
export function expectMonth(fn: string, field: string, v: unknown): asserts v is MonthPeriod {
  if (!isMonth(v)) throw argumentError(fn, field, 'month', v);
}
