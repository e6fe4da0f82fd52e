/**
 * The one .docx renderer of the review report, shared by `hoptac report` and the Excel add-in so
 * both write the same document: pure (the `docx` package and fflate, no file system), and
 * deterministic (the same model and creation time give the same bytes in Node and in a browser).
 */
import type { Lang } from 'hoptac';
import type { ReportDocument, ReportFinding } from 'hoptac/report';
import { findingMessage } from 'hoptac/workbook';
import type { Finding } from 'hoptac/workbook';
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
