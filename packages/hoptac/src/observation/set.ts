/**
 * The observation folder's entry: an immutable set of observations, openings and targets, and the
 * builder that makes one. What lives here:
 * - `builder.ts` `createObservations()`, with `fast-input.ts` (its fast decimal and month
 *   readers), `raw-store.ts` (what it collects) and `freeze.ts` (`build()`); `addSheetRow`, the
 *   workbook reader's internal way to give a row's sources without an object per cell;
 * - `sources.ts` the one table of where each observation came from, `Source` objects on demand;
 * - `internals.ts` the stored shape, read only inside this folder and by the consolidation engine;
 * - `query.ts` the questions every other part of the library asks of a set;
 * - `list.ts` `observations(set)`; `transfer.ts` a set between threads; `diff.ts` two sets compared.
 * Anything in the library may import this file and `query.ts`.
 */
export { addSheetRow, createObservations, type ObservationBuilder } from './builder.js';
export { observations } from './list.js';
export type { ObservationSet } from './internals.js';
