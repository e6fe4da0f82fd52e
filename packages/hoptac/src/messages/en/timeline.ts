/**
 * English words of a program's timeline lines: the keys of the Vietnamese table.
 */
import type { TIMELINE_VI } from '../vi/timeline.js';

export const TIMELINE_EN = {
  'program-start': 'Program {program} starts: {title} ({period})',
  signed: 'Program {program} signed{at}',
  review: '{Kind} review of program {program} ({status}){at}{covers}',
  'program-end': 'Program {program} ends',
  'board-merged': '{board} merged into {successor}{decision}',
  at: ' at {place}',
  hostedBy: ', hosted by {host}',
  covers: ', covering {covers}',
  decision: ' (decision {decision})',
} as const satisfies Record<keyof typeof TIMELINE_VI, string>;
