/**
 * The one .docx renderer of the review report, shared by `hoptac report` and the Excel add-in so
 * both write the same document: pure (the `docx` package and fflate, no file system), and
 * deterministic (the same model and creation time give the same bytes in Node and in a browser).
 *
 * docx/ may import the library (hoptac, hoptac/report, hoptac/program, hoptac/workbook), docx and
 * fflate, nothing of Node. Imported by api/ (`hoptac report`) and by the add-in through the
 * `@hoptac/cli/docx` entry.
 */
import type { Catalogue, ConsolidatedRow, Lang } from 'hoptac';
import type { Board, Program } from 'hoptac/program';
import type { ReportDocument, ReportFinding, ReportInput } from 'hoptac/report';
import { findingMessage } from 'hoptac/workbook';
import type { BoardInfo, Finding } from 'hoptac/workbook';
import { packDocx } from './pack.js';
import { reportDocument } from './render.js';

export { packDocx } from './pack.js';
export { reportDocument } from './render.js';

/** The MIME type of a .docx file. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Renders the report to .docx bytes. `created` (default: now) is the document's creation time in
 * docProps/core.xml, the only part that differs between two renderings of the same model.
 *
 * @example
 * ```ts
 * import { renderDocx } from '@hoptac/cli/docx';
 * declare const doc: import('hoptac/report').ReportDocument;
 * const bytes = await renderDocx(doc, { created: new Date('2017-12-26T00:00:00Z') });
 * ```
 */
export async function renderDocx(doc: ReportDocument, options: { readonly created?: Date } = {}): Promise<Uint8Array> {
  return packDocx(reportDocument(doc), options.created ?? new Date());
}

/** The workbook's findings as the report lists them (messages in `lang`): the same for the command and the add-in. */
export function reportFindings(findings: readonly Finding[], lang: Lang): ReportFinding[] {
  return findings.map((f) => ({
    severity: f.severity,
    code: f.code,
    ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
    ...(f.cell === undefined ? {} : { cell: f.cell }),
    message: findingMessage(f, lang),
  }));
}

/** What a consolidated workbook gives the report: the same whether read from a file or from Excel. */
export interface WorkbookReportParts {
  /** canonical period text */
  readonly period: string;
  /** the boards consolidated, in order */
  readonly boards: readonly string[];
  readonly rows: readonly ConsolidatedRow[];
  readonly catalogue: Catalogue;
  readonly boardInfo: readonly BoardInfo[];
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly program?: { readonly program: Program; readonly boards: readonly Board[] };
  readonly by?: string;
}

/** The report's input from a consolidated workbook: one function, so the command and the add-in cannot differ. */
export function workbookReportInput(p: WorkbookReportParts): ReportInput {
  return {
    consolidation: { period: p.period, boards: p.boards, indicators: [...new Set(p.rows.map((r) => r.indicator))], rows: p.rows },
    catalogue: p.catalogue,
    boards: p.boardInfo,
    findings: reportFindings(p.findings, p.lang),
    ...(p.program === undefined ? {} : { program: p.program.program, programBoards: p.program.boards }),
    ...(p.by === undefined ? {} : { by: p.by }),
    lang: p.lang,
  };
}

/** The file name a report is offered under: `bao-cao-2017-Q4.docx`, `report-2017-Q4.docx`. */
export function reportFileName(period: string, lang: Lang): string {
  return `${lang === 'vi' ? 'bao-cao' : 'report'}-${period.replace(/[^0-9A-Za-z-]/g, '-')}.docx`;
}
