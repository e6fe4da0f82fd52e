/** The English table of the catalogue: exactly the keys of `vi.ts` (each section is checked). */
import { CATALOGUE_CHECK_EN } from './en/catalogue.js';
import { CLI_EN } from './en/cli.js';
import { COMMAND_EN } from './en/command.js';
import { ERRORS_EN } from './en/errors.js';
import { EXPECTED_EN } from './en/expected.js';
import { EXPLAIN_EN } from './en/explain.js';
import { FAILURE_EN } from './en/failure.js';
import { FINDINGS_EN } from './en/findings.js';
import { GOT_EN } from './en/got.js';
import { ISSUE_EN } from './en/issue.js';
import { PANE_EN } from './en/pane.js';
import { PROGRAM_INPUT_EN } from './en/program-input.js';
import { PROGRAM_WORD_EN } from './en/program-word.js';
import { PROGRAM_FINDING_EN } from './en/program.js';
import { REASON_EN } from './en/reason.js';
import { REPORT_EN } from './en/report.js';
import { RULE_FIELD_EN } from './en/rule-field.js';
import { RULE_PROBLEM_EN } from './en/rule-problem.js';
import { TIMELINE_EN } from './en/timeline.js';
import { TYPE_NAME_EN } from './en/type.js';
import { prefixed } from './prefixed.js';
import type { MESSAGES_VI } from './vi.js';

export const MESSAGES_EN = {
  ...prefixed('catalogue', CATALOGUE_CHECK_EN),
  ...prefixed('cli', CLI_EN),
  ...prefixed('command', COMMAND_EN),
  ...prefixed('error', ERRORS_EN),
  ...prefixed('expected', EXPECTED_EN),
  ...prefixed('explain', EXPLAIN_EN),
  ...prefixed('failure', FAILURE_EN),
  ...prefixed('finding', FINDINGS_EN),
  ...prefixed('got', GOT_EN),
  ...prefixed('issue', ISSUE_EN),
  ...prefixed('pane', PANE_EN),
  ...prefixed('program-input', PROGRAM_INPUT_EN),
  ...prefixed('program-word', PROGRAM_WORD_EN),
  ...prefixed('program', PROGRAM_FINDING_EN),
  ...prefixed('reason', REASON_EN),
  ...prefixed('report', REPORT_EN),
  ...prefixed('rule-field', RULE_FIELD_EN),
  ...prefixed('rule-problem', RULE_PROBLEM_EN),
  ...prefixed('timeline', TIMELINE_EN),
  ...prefixed('type', TYPE_NAME_EN),
} satisfies Record<keyof typeof MESSAGES_VI, string>;

// no key of its own either
type ExtraKeys = Exclude<keyof typeof MESSAGES_EN, keyof typeof MESSAGES_VI>;
const _noExtraEnKeys: [ExtraKeys] extends [never] ? true : ExtraKeys = true;
