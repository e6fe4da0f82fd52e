/**
 * The Vietnamese table of the catalogue: every message of hoptac (the library, the command, the
 * add-in), keyed `section.id`. Each section lives in `vi/<section>.ts`, its English twin in
 * `en/<section>.ts`. Vietnamese is the reference: `en.ts` must have exactly these keys.
 */
import { prefixed } from './prefixed.js';
import { CATALOGUE_CHECK_VI } from './vi/catalogue.js';
import { CLI_VI } from './vi/cli.js';
import { COMMAND_VI } from './vi/command.js';
import { ERRORS_VI } from './vi/errors.js';
import { EXPECTED_VI } from './vi/expected.js';
import { EXPLAIN_VI } from './vi/explain.js';
import { FAILURE_VI } from './vi/failure.js';
import { FINDINGS_VI } from './vi/findings.js';
import { GOT_VI } from './vi/got.js';
import { ISSUE_VI } from './vi/issue.js';
import { PANE_VI } from './vi/pane.js';
import { PROGRAM_INPUT_VI } from './vi/program-input.js';
import { PROGRAM_WORD_VI } from './vi/program-word.js';
import { PROGRAM_FINDING_VI } from './vi/program.js';
import { REASON_VI } from './vi/reason.js';
import { REPORT_VI } from './vi/report.js';
import { RULE_FIELD_VI } from './vi/rule-field.js';
import { RULE_PROBLEM_VI } from './vi/rule-problem.js';
import { TIMELINE_VI } from './vi/timeline.js';
import { TYPE_NAME_VI } from './vi/type.js';

export const MESSAGES_VI = {
  ...prefixed('catalogue', CATALOGUE_CHECK_VI),
  ...prefixed('cli', CLI_VI),
  ...prefixed('command', COMMAND_VI),
  ...prefixed('error', ERRORS_VI),
  ...prefixed('expected', EXPECTED_VI),
  ...prefixed('explain', EXPLAIN_VI),
  ...prefixed('failure', FAILURE_VI),
  ...prefixed('finding', FINDINGS_VI),
  ...prefixed('got', GOT_VI),
  ...prefixed('issue', ISSUE_VI),
  ...prefixed('pane', PANE_VI),
  ...prefixed('program-input', PROGRAM_INPUT_VI),
  ...prefixed('program-word', PROGRAM_WORD_VI),
  ...prefixed('program', PROGRAM_FINDING_VI),
  ...prefixed('reason', REASON_VI),
  ...prefixed('report', REPORT_VI),
  ...prefixed('rule-field', RULE_FIELD_VI),
  ...prefixed('rule-problem', RULE_PROBLEM_VI),
  ...prefixed('timeline', TIMELINE_VI),
  ...prefixed('type', TYPE_NAME_VI),
};
