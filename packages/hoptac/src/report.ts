/**
 * hoptac/report: the review report (báo cáo kết quả thực hiện chương trình hợp tác) as a pure
 * document model built from a consolidation, the findings and, optionally, a program. No file
 * system and no file format: the `hoptac report` command and the Excel add-in render it to .docx
 * with one shared renderer.
 */
export { buildReport } from './report/build.js';
export type { ReportInput, ReportBoard, ReportFinding } from './report/build.js';
export { writeNumber, writeRounded, changeFromPct } from './report/format.js';
export type { Align, Block, Cell, ChartSeries, DocumentClosing, DocumentHeader, Figure, FigureRef, Paragraph, ReportDocument, Run, Table } from './report/types.js';
