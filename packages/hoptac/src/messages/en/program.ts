/**
 * English words of the cooperation programs' findings: the keys of the Vietnamese table.
 */
import type { PROGRAM_FINDING_VI } from '../vi/program.js';

export const PROGRAM_FINDING_EN = {
  'invalid-program': '{reason}',
  'review-span-mismatch': 'The {review} review of program {program} says it covers {covers}, but the program runs {period}.',
  'stated-duration-mismatch': 'Program {program} is described as "{text}" ({statedMonths} months), but its period {period} is {months} months long.',
  'signed-after-start': 'Program {program} was signed on {signedOn}, after its period {period} had started ({start}).',
  'party-not-valid': 'Board {board} does not exist on {date} ({what}); it is valid {validity}.',
  'program-overlap': 'Programs {program} and {other} share the parties {parties} and overlap in {overlap}.',
  'review-host-not-party': 'The review host {host} is not a party of program {program}.',
  'review-outside-program': 'The {review} review on {date} falls outside the period {period} of program {program}.',
  'final-review-before-end': 'The final review of program {program} was on {date}, before its period {period} ends ({end}).',
  'chain-mismatch': 'Program {program} names {other} as its {relation}, but {other} names {back}.',
  'chain-order': 'The successor program {other} starts ({otherStart}) before program {program} ({start}).',
  'legal-basis-superseded': 'Legal basis {basis} of program {program} was replaced by {replacedBy} (on {replacedOn}) before the program started ({start}).',
  'unknown-indicator': 'The indicator "{indicator}" of a reporting obligation of program {program} is not in the catalogue.',
  'party-merged': 'Board {board}, a party of program {program}, exists until {until} and then merged into {successor}; {obligations}',
  'obligation-not-carried': 'The indicator {name} ({indicator}) is owed under program {program}, but the workbook never carries it for any board or month; every report that needs it is incomplete.',
  'findings-capped': 'Only the first {cap} findings of each code are listed; exact counts: {counts}.',
  'activity-outside-program': 'The cooperation activity on {date} falls outside the period {period} of program {program}.',
  'activity-party-not-party': 'The board "{board}" of the cooperation activity on {date} is not a party to program {program}.',
} as const satisfies Record<keyof typeof PROGRAM_FINDING_VI, string>;
