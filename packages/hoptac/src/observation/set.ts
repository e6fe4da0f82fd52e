/**
 * The observation folder's entry: an immutable set of observations, openings and targets, and the
 * builder that makes one. What lives here:
 * - `builder.ts` `createObservations()`, with `fast-input.ts` (its fast decimal and month
 *   readers), `raw-store.ts` (what it collects) and `freeze.ts` (`build()`);
 * - `internals.ts` the stored shape, read only inside this folder and by the consolidation engine;
 * - `query.ts` the questions every other part of the library asks of a set;
 * - `list.ts` `observations(set)`; `transfer.ts` a set between threads; `diff.ts` two sets compared.
 * Anything in the library may import this file and `query.ts`.
 */
export { createObservations, type ObservationBuilder } from './builder.js';
export { observations } from './list.js';
export type { ObservationSet } from './internals.js';
