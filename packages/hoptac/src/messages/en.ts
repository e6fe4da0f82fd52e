/** The English table of the catalogue: exactly the keys of `vi.ts` (each section is checked). */
import { CATALOGUE_CHECK_EN } from './en/catalogue.js';
import { COMMAND_EN } from './en/command.js';
import { ERRORS_EN } from './en/errors.js';
import { EXPECTED_EN } from './en/expected.js';
import { EXPLAIN_EN } from './en/explain.js';
import { FAILURE_EN } from './en/failure.js';
import { FINDINGS_EN } from './en/findings.js';
import { GOT_EN } from './en/got.js';
import { ISSUE_EN } from './en/issue.js';
import { PROGRAM_INPUT_EN } from './en/program-input.js';
import { PROGRAM_WORD_EN } from './en/program-word.js';
import { PROGRAM_FINDING_EN } from './en/program.js';
import { REASON_EN } from './en/reason.js';
import { REPORT_EN } from './en/report.js';
import { RULE_FIELD_EN } from './en/rule-field.js';
import { RULE_PROBLEM_EN } from './en/rule-problem.js';
import { TIMELINE_EN } from './en/timeline.js';
import { TYPE_NAME_EN } from './en/type.js';
import { sectionTable } from './prefixed.js';
import type { MESSAGES_VI } from './vi.js';

export const MESSAGES_EN = /* @__PURE__ */ sectionTable({
  catalogue: CATALOGUE_CHECK_EN,
  command: COMMAND_EN,
  error: ERRORS_EN,
  expected: EXPECTED_EN,
  explain: EXPLAIN_EN,
  failure: FAILURE_EN,
  finding: FINDINGS_EN,
  got: GOT_EN,
  issue: ISSUE_EN,
  'program-input': PROGRAM_INPUT_EN,
  'program-word': PROGRAM_WORD_EN,
  program: PROGRAM_FINDING_EN,
  reason: REASON_EN,
  report: REPORT_EN,
  'rule-field': RULE_FIELD_EN,
  'rule-problem': RULE_PROBLEM_EN,
  timeline: TIMELINE_EN,
  type: TYPE_NAME_EN,
}) satisfies Record<keyof typeof MESSAGES_VI, string>;

// no key of its own either
type ExtraKeys = Exclude<keyof typeof MESSAGES_EN, keyof typeof MESSAGES_VI>;
const _noExtraEnKeys: [ExtraKeys] extends [never] ? true : ExtraKeys = true;
