/**
 * The add-in's "Báo cáo": read and check the workbook, consolidate the period, and render the review
 * report with the same model (hoptac/report) and the same .docx renderer as `hoptac report`, so the
 * two documents are the same apart from their creation time. Writes nothing to the workbook.
 */
import { buildReport } from 'hoptac/report';
import { consolidateWorkbook, latestCompleteMonth, readWorkbook } from 'hoptac/workbook';
import { renderDocx, reportFileName, workbookReportInput } from '@hoptac/cli/docx';
import { AddinFailure, toFailure } from '../excel/failure.js';
import { MIN_EXCEL_API } from '../excel/host.js';
import type { ExcelHost } from '../excel/host.js';
import { readGrid } from '../excel/read.js';
import type { RunOptions, ValidateOutcome } from './run.js';
import { summarize } from './run.js';

export interface ReportOutcome extends ValidateOutcome {
  /** canonical period text */
  readonly period: string;
  /** the .docx, or undefined when the workbook has errors (nothing was consolidated) */
  readonly bytes?: Uint8Array;
  readonly fileName: string;
}

/**
 * Builds the review report of `period` (default: the latest month every board reported).
 *
 * @example
 * ```ts
 * const out = await reportRun(officeHost(), { period: '2017' });
 * out.bytes; // the .docx, or undefined when the workbook has errors
 * ```
 */
export async function reportRun(host: ExcelHost, options: RunOptions & { readonly period?: string; readonly created?: Date } = {}): Promise<ReportOutcome> {
  try {
    if (!host.supports(MIN_EXCEL_API)) throw new AddinFailure('api-not-supported', { version: MIN_EXCEL_API });
    const lang = options.lang ?? 'vi';
    const { grid } = await readGrid(host, options);
    options.onStage?.('checking');
    const model = readWorkbook(grid);
    const period = options.period ?? latestCompleteMonth(model);
    if (period === undefined) throw new AddinFailure('no-period');
    const result = consolidateWorkbook(model, { period });
    const base = { model, findings: result.findings, summary: summarize(model, result.findings), period: result.period, fileName: reportFileName(result.period, lang) };
    const c = result.consolidation;
    if (c === undefined) return base;
    const doc = buildReport(workbookReportInput({ period: result.period, boards: c.boards, rows: c.rows, catalogue: model.catalogue, boardInfo: model.boards, findings: result.findings, lang }));
    return { ...base, bytes: await renderDocx(doc, { created: options.created ?? new Date() }) };
  } catch (e) {
    throw toFailure(e);
  }
}
