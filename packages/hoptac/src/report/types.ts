/**
 * The review report as a pure document model: sections of paragraphs (runs of text), tables and
 * figures (a chart's data and caption, never pixels). Renderers (the command line's and the add-in's
 * shared .docx renderer) turn it into a file; the model itself knows nothing of any format.
 */
import type { Lang } from '../messages/index.js';

/** Where a number in the text came from: one consolidated figure. */
export interface FigureRef {
  readonly indicator: string;
  /** a board code or `ALL` */
  readonly board: string;
  readonly measure: string;
}

/** A run of text with one look. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** text the office fills in (`[điền nội dung]`), shown highlighted */
  readonly placeholder?: boolean;
  /** present when the run is a number taken from the consolidation */
  readonly figure?: FigureRef;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A paragraph: runs, aligned; `heading` 1 (I., II.) or 2 (1., 2.) for section titles. */
export interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly align?: Align;
  readonly heading?: 1 | 2;
  /** a smaller note (sources, rounding) */
  readonly note?: boolean;
  /** a list item, indented with a dash */
  readonly bullet?: boolean;
}

/** A table cell: its runs, alignment, and how many columns it spans. */
export interface Cell {
  readonly runs: readonly Run[];
  readonly align?: Align;
  readonly span?: number;
  readonly bold?: boolean;
}

/** A table: header rows, body rows, column widths in relative units (they are scaled to the page). */
export interface Table {
  readonly kind: 'table';
  readonly caption: string;
  readonly widths: readonly number[];
  readonly header: readonly (readonly Cell[])[];
  readonly rows: readonly (readonly Cell[])[];
  /** the table wants a wide (landscape) page */
  readonly wide?: boolean;
}

/** One series of a bar chart: a name and one value per category (exact decimal text, or null when missing). */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (string | null)[];
}

/** A figure: a bar chart's data and its caption. */
export interface Figure {
  readonly kind: 'figure';
  readonly chart: {
    readonly type: 'bar';
    readonly title: string;
    readonly unit: string;
    readonly categories: readonly string[];
    readonly series: readonly ChartSeries[];
  };
  readonly caption: string;
}

export type Block = Paragraph | Table | Figure;

/** The heading block of an administrative document (Nghị định 30/2020/NĐ-CP). */
export interface DocumentHeader {
  /** the issuing body's lines, upper case (left column) */
  readonly issuer: readonly Run[];
  /** `Số: …/BC-…` */
  readonly number: readonly Run[];
  /** the national motto, two lines (right column) */
  readonly motto: readonly [string, string];
  /** place and date line */
  readonly placeDate: readonly Run[];
}

/** The closing block: recipients (left) and signature (right). */
export interface DocumentClosing {
  readonly recipientsTitle: string;
  readonly recipients: readonly (readonly Run[])[];
  readonly signature: readonly (readonly Run[])[];
}

/** The whole report. */
export interface ReportDocument {
  readonly lang: Lang;
  /** canonical period text */
  readonly period: string;
  readonly header: DocumentHeader;
  /** `BÁO CÁO` and the subject line(s) */
  readonly title: readonly string[];
  readonly body: readonly Block[];
  readonly closing: DocumentClosing;
  /** document properties: title and subject */
  readonly properties: { readonly title: string; readonly subject: string; readonly creator: string };
}
