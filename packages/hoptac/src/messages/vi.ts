/**
 * The Vietnamese table of the catalogue: every message of the library, keyed `section.id` (the
 * command's and the add-in's own sections live in their packages, in the same shape). Each section
 * lives in `vi/<section>.ts`, its English twin in `en/<section>.ts`. Vietnamese is the reference:
 * `en.ts` must have exactly these keys.
 */
import { sectionTable } from './prefixed.js';
import { CATALOGUE_CHECK_VI } from './vi/catalogue.js';
import { COMMAND_VI } from './vi/command.js';
import { ERRORS_VI } from './vi/errors.js';
import { EXPECTED_VI } from './vi/expected.js';
import { EXPLAIN_VI } from './vi/explain.js';
import { FAILURE_VI } from './vi/failure.js';
import { FINDINGS_VI } from './vi/findings.js';
import { GOT_VI } from './vi/got.js';
import { ISSUE_VI } from './vi/issue.js';
import { PROGRAM_INPUT_VI } from './vi/program-input.js';
import { PROGRAM_WORD_VI } from './vi/program-word.js';
import { PROGRAM_FINDING_VI } from './vi/program.js';
import { REASON_VI } from './vi/reason.js';
import { REPORT_VI } from './vi/report.js';
import { RULE_FIELD_VI } from './vi/rule-field.js';
import { RULE_PROBLEM_VI } from './vi/rule-problem.js';
import { TIMELINE_VI } from './vi/timeline.js';
import { TYPE_NAME_VI } from './vi/type.js';

export const MESSAGES_VI = /* @__PURE__ */ sectionTable({
  catalogue: CATALOGUE_CHECK_VI,
  command: COMMAND_VI,
  error: ERRORS_VI,
  expected: EXPECTED_VI,
  explain: EXPLAIN_VI,
  failure: FAILURE_VI,
  finding: FINDINGS_VI,
  got: GOT_VI,
  issue: ISSUE_VI,
  'program-input': PROGRAM_INPUT_VI,
  'program-word': PROGRAM_WORD_VI,
  program: PROGRAM_FINDING_VI,
  reason: REASON_VI,
  report: REPORT_VI,
  'rule-field': RULE_FIELD_VI,
  'rule-problem': RULE_PROBLEM_VI,
  timeline: TIMELINE_VI,
  type: TYPE_NAME_VI,
});
