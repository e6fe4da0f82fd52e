/** `observations(set)`: every stored observation of a set, as plain records. */
import { format, trim } from '../decimal/scaled.js';
import { monthIndexText } from '../period/core.js';
import { internals, type ObservationSet, SLOT_ABSENT, slotSource, slotValue } from './internals.js';
import type { Observation, ObservationStatus } from './types.js';

/**
 * Every stored observation, board by board, indicator by indicator, month by month.
 *
 * @example
 * ```ts
 * import { createObservations, observations } from 'hoptac';
 * const set = createObservations().add({ board: 'LD', indicator: 'workers_total', month: '2017-12', value: '12500' }).build();
 * [...observations(set)][0]?.value; // '12500'
 * ```
 */
export function* observations(set: ObservationSet): Generator<Observation> {
  const s = internals(set, 'observations');
  for (const sr of s.series) {
    if (sr === undefined) continue;
    for (let slot = 0; slot < sr.flags.length; slot++) {
      if (sr.flags[slot] === SLOT_ABSENT) continue;
      const v = slotValue(sr, slot);
      const src = slotSource(s, sr, slot);
      const status: ObservationStatus = sr.estimated?.[slot] === 1 ? 'estimated' : 'final';
      yield {
        board: s.boards[sr.board]!,
        indicator: s.indicators[sr.indicator]!,
        month: monthIndexText(sr.start + slot),
        value: v === undefined ? null : format(trim(v)),
        status,
        ...(src === undefined ? {} : { source: src }),
      };
    }
  }
}
