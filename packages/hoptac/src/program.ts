/**
 * hoptac/program: cooperation programs between boards: parties, periods, obligations, reviews,
 * their reporting calendar, completeness, program-aware measures, merged boards' history and
 * snapshots for reviews. Pure TypeScript: no file system, no clock.
 */
export { loadPrograms, safeLoadPrograms, formatPath, programFileSchema } from './program/load.js';
export type { ProgramFileInput } from './program/load.js';
export type {
  ZoneKind,
  DateText,
  Succession,
  Board,
  LegalBasis,
  Responsibility,
  Area,
  Cadence,
  IndicatorGroup,
  Obligation,
  ObligationKind,
  ReviewKind,
  Review,
  StatedDuration,
  Program,
  ProgramFile,
  ProgramFindingCode,
  FieldPath,
  ProgramFinding,
} from './program/types.js';
export { INDICATOR_GROUPS, obligationIndicators } from './program/groups.js';
export { programChain } from './program/chain.js';
export { checkPrograms, programFindings, FINDING_SEVERITY } from './program/check.js';
export type { CheckOptions, ProgramFindings } from './program/check.js';
export { reportingCalendar } from './program/calendar.js';
export type { ReportDue, CalendarOptions } from './program/calendar.js';
export { completeness } from './program/completeness.js';
export type { CompletenessOptions, MissingCell, MissingTarget, ReportStatus, ReportingRate, Completeness } from './program/completeness.js';
export { programToDate, sinceInception } from './program/measures.js';
export type { ProgramMeasure, ProgramRow, ProgramMeasureOptions, ProgramConsolidation } from './program/measures.js';
export { finalSuccessor, rollUpSuccessors } from './program/succession.js';
export { takeSnapshot, loadSnapshot, safeLoadSnapshot, diffSnapshots, sha256 } from './program/snapshot.js';
export type { Snapshot, SnapshotRow, SnapshotInputs, SnapshotDiff, RevisedRow } from './program/snapshot.js';
export { programTimeline } from './program/timeline.js';
export type { TimelineEvent, TimelineKind } from './program/timeline.js';
