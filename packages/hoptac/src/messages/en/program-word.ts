/**
 * English words of short phrases of program text (review kinds, cadences, validity): the keys of the Vietnamese table.
 */
import type { PROGRAM_WORD_VI } from '../vi/program-word.js';

export const PROGRAM_WORD_EN = {
  interim: 'interim',
  final: 'final',
  held: 'held',
  planned: 'planned',
  predecessor: 'predecessor',
  successor: 'successor',
  nothing: 'otherwise',
  signing: 'signing',
  periodStart: 'start of the period',
  periodEnd: 'end of the period',
  review: 'review',
  always: 'without limit',
  from: 'from {date}',
  until: 'until {date}',
  monthly: 'monthly',
  quarterly: 'quarterly',
  annual: 'annual',
  cumulative: 'cumulative',
  estimate: 'estimate',
  finalFigures: 'final',
  successorTakesOver: '{successor} owes its reports from {from}.',
  successorDoesNotTakeOver: 'its reporting obligations end there (the program does not set successorTakesOver).',
} as const satisfies Record<keyof typeof PROGRAM_WORD_VI, string>;
