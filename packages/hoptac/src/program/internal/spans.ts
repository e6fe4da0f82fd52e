import { bounds } from '../../period/core.js';
import { parse as parsePeriod } from '../../period/parse.js';
import { endDay, firstDayOfMonthIndex, isoDate, lastDayOfMonthIndex, parseDate, startDay } from './dates.js';
import type { Board, Program } from '../types.js';

/** First and last month index of a program's period. */
export function programBounds(p: Program): readonly [number, number] {
  return bounds(parsePeriod(p.period));
}

/** First and last day number of a program's period. */
export function programDays(p: Program): readonly [number, number] {
  const [a, b] = programBounds(p);
  return [firstDayOfMonthIndex(a), lastDayOfMonthIndex(b)];
}

/** Day numbers a board is valid over (open ends are infinite). */
export function boardDays(b: Board): readonly [number, number] {
  const from = b.validFrom === undefined ? -Infinity : startDay(parseDate(b.validFrom)!);
  const until = b.validUntil === undefined ? Infinity : endDay(parseDate(b.validUntil)!);
  return [from, until];
}

/** True when the board exists on that day. */
export function boardValidOn(b: Board, day: number): boolean {
  const [from, until] = boardDays(b);
  return from <= day && day <= until;
}

export { isoDate };
