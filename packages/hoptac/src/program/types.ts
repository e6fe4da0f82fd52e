/**
 * The data of cooperation programs: boards, legal bases, programs, obligations and reviews. Plain,
 * readonly, JSON-shaped values; dates are ISO text (`2017-12-26`, or `2018-12` when only the month
 * is known), periods are canonical period text (`2016/2018`, `2013-07/2015-12`).
 */

/** The kind of zone a board runs: industrial zones, economic zone, export-processing zones. */
export type ZoneKind = 'KCN' | 'KKT' | 'KCX';

/** A date as ISO text: `2017-12-26`, or `2018-12` where a source gives only the month. */
export type DateText = string;

/** How a board ended: merged into its successor by a decision. */
export interface Succession {
  /** the decision, e.g. `1486/QĐ-TTg` */
  readonly decision?: string;
  /** the decision's date */
  readonly decidedOn?: DateText;
}

/** A management board (Ban quản lý), an organisation that can be a program's party. */
export interface Board {
  /** `A-Z 0-9 _`, 1-16 characters, as in the workbook's `Boards` sheet */
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly province: string;
  readonly zoneKind: ZoneKind;
  /** the focal unit (đơn vị đầu mối) monthly exchanges go through, e.g. `Phòng Kế hoạch Tổng hợp` */
  readonly focalUnit?: string;
  /** first day the board exists; absent: unknown, treated as always */
  readonly validFrom?: DateText;
  /** last day the board exists; absent: still exists */
  readonly validUntil?: DateText;
  /** the board that took it over (its history rolls up there) */
  readonly successor?: string;
  readonly succession?: Succession;
  readonly note?: string;
}

/** A legal document programs rest on, e.g. Decree 29/2008/NĐ-CP. */
export interface LegalBasis {
  /** its number, e.g. `29/2008/NĐ-CP` */
  readonly code: string;
  readonly titleVi: string;
  readonly titleEn?: string;
  readonly issuedOn: DateText;
  /** the code of the document that replaced it */
  readonly replacedBy?: string;
}

/** What one party does in an area of cooperation. */
export interface Responsibility {
  readonly party: string;
  readonly textVi: string;
  readonly textEn?: string;
}

/** An area of cooperation (information exchange, investment promotion, labour, ...). */
export interface Area {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly responsibilities: readonly Responsibility[];
}

/**
 * How often a report is owed: every month, quarter or calendar year, or `cumulative`: once per
 * program, the program-to-date (lũy kế) figures for its whole period, after its last month.
 */
export type Cadence = 'monthly' | 'quarterly' | 'annual' | 'cumulative';

/** Named groups of the built-in catalogue's indicators (see `INDICATOR_GROUPS`). */
export type IndicatorGroup = 'investment' | 'production' | 'labour' | 'land' | 'environment';

/**
 * What an obligation asks for: `results` (the figures of each period, the default) or `targets`
 * (the annual targets the province assigned, "mục tiêu, nhiệm vụ được UBND tỉnh giao trong năm").
 */
export type ObligationKind = 'results' | 'targets';

/** A reporting obligation: who reports what, how often, and how soon. */
export interface Obligation {
  /**
   * `targets`: each party owes its annual target of every indicator named, once a year (cadence
   * `annual`), due `dueDays` after the last day of the year before (31: on 31 January). Absent or
   * `results`: the figures of each period, due `dueDays` after the period's last day.
   */
  readonly kind?: ObligationKind;
  /** the parties that report; every party of the program when the input left it out */
  readonly parties: readonly string[];
  /** indicator codes named one by one */
  readonly indicators: readonly string[];
  /** indicator groups, expanded against the built-in catalogue */
  readonly groups: readonly IndicatorGroup[];
  readonly cadence: Cadence;
  /** the report is due this many days after the period's last day */
  readonly dueDays: number;
  /** a first estimate (ước tính) is owed before the final figures */
  readonly estimateFirst: boolean;
  /** when `estimateFirst`: the estimate is due this many days after the period's last day (may be negative) */
  readonly estimateDueDays: number;
  readonly note?: string;
}

/** Interim (sơ kết) or final (tổng kết). */
export type ReviewKind = 'interim' | 'final';

/** A review meeting of a program. */
export interface Review {
  readonly kind: ReviewKind;
  /** `held` happened; `planned` was announced */
  readonly status: 'held' | 'planned';
  readonly date: DateText;
  readonly place?: string;
  /** the board that hosted it */
  readonly host?: string;
  /** canonical text of the period the review says it covers, e.g. `2015/2018` or `2017` */
  readonly covers?: string;
  /** the span as the source wrote it, e.g. `giai đoạn 2015-2018` */
  readonly coversAsWritten?: string;
  readonly note?: string;
}

/** A duration a source states in words ("5 năm"), kept beside the dates it may contradict. */
export interface StatedDuration {
  /** as written */
  readonly text: string;
  /** in months (a stated number of years × 12) */
  readonly months: number;
}

/** A cooperation program (chương trình hợp tác) between boards. */
export interface Program {
  readonly code: string;
  readonly titleVi: string;
  readonly titleEn: string;
  /** board codes, at least two */
  readonly parties: readonly string[];
  /** canonical span text: `2016/2018`, `2013-07/2015-12` */
  readonly period: string;
  readonly signedOn?: DateText;
  readonly signedAt?: string;
  readonly predecessor?: string;
  readonly successor?: string;
  /** codes of legal bases */
  readonly legalBases: readonly string[];
  readonly areas: readonly Area[];
  readonly statedDuration?: StatedDuration;
  readonly obligations: readonly Obligation[];
  /**
   * When a party merges into its successor board during the program (the party's `validUntil`, the
   * board's `successor`): `true` says the successor owes the party's obligations for every period
   * ending after the merger; absent or `false`, the merged party's obligations simply end.
   */
  readonly successorTakesOver?: boolean;
  readonly reviews: readonly Review[];
  /** where the facts come from (file names, addresses) */
  readonly sources: readonly string[];
  readonly note?: string;
}

/** A validated program file: boards, legal bases and programs, cross-references checked. */
export interface ProgramFile {
  readonly boards: readonly Board[];
  readonly legalBases: readonly LegalBasis[];
  readonly programs: readonly Program[];
}

/** The stable codes of program findings. */
export type ProgramFindingCode =
  | 'invalid-program'
  | 'review-span-mismatch'
  | 'stated-duration-mismatch'
  | 'signed-after-start'
  | 'party-not-valid'
  | 'program-overlap'
  | 'review-host-not-party'
  | 'review-outside-program'
  | 'final-review-before-end'
  | 'chain-mismatch'
  | 'chain-order'
  | 'legal-basis-superseded'
  | 'unknown-indicator'
  | 'party-merged'
  | 'obligation-not-carried'
  | 'findings-capped';

/** A path into the input, zod style: `['programs', 2, 'reviews', 1, 'covers']`. */
export type FieldPath = readonly (string | number)[];

/** One problem in program data: severity, stable code, the field, and a message in both languages. */
export interface ProgramFinding {
  readonly severity: 'error' | 'warning';
  readonly code: ProgramFindingCode;
  readonly path: FieldPath;
  readonly params: Readonly<Record<string, string | number>>;
  /** English */
  readonly message: string;
  readonly messageVi: string;
}
