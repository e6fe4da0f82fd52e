/**
 * The review report's model (hoptac/report) as a Word document, with the `docx` package: A4,
 * Times New Roman, the heading and closing blocks of Nghị định 30/2020/NĐ-CP as borderless
 * two-column tables, the results tables on landscape pages, each figure a native Word bar chart
 * (its data, not a picture: Word and LibreOffice draw it, and it stays editable).
 */
import { AlignmentType, BorderStyle, Document, HighlightColor, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { ISectionOptions } from 'docx';
import { ChartRun } from 'docx/charts';
import type { Align, Block, Cell, Figure, Paragraph as ModelParagraph, ReportDocument, Run, Table as ModelTable } from 'hoptac/report';

const FONT = 'Times New Roman';
const cm = (x: number): number => Math.round((x * 1440) / 2.54);
/** A4, margins of Nghị định 30/2020: top and bottom 2 cm, left 3 cm, right 1.5 cm */
const PAGE = { width: cm(21), height: cm(29.7) };
const MARGIN = { top: cm(2), bottom: cm(2), left: cm(3), right: cm(1.5) };
const LANDSCAPE_MARGIN = { top: cm(2), bottom: cm(1.5), left: cm(1.5), right: cm(1.5) };
const BODY_SIZE = 28; // half-points: 14 pt
const TABLE_SIZE = 14; // 7 pt: the results tables have 22 columns
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER } as const;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

function textRun(r: Run, size: number, extra: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return new TextRun({
    text: r.text,
    font: FONT,
    size,
    ...(r.bold === true || extra.bold === true ? { bold: true } : {}),
    ...(r.italic === true || extra.italic === true ? { italics: true } : {}),
    ...(r.underline === true ? { underline: {} } : {}),
    ...(r.placeholder === true ? { highlight: HighlightColor.YELLOW } : {}),
  });
}

function line(runs: readonly Run[], align: Align, size: number, extra: { bold?: boolean; italic?: boolean; after?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before: extra.before ?? 0, after: extra.after ?? 0 },
    children: runs.map((r) => textRun(r, size, extra)),
  });
}

function paragraph(p: ModelParagraph): Paragraph {
  if (p.heading !== undefined) {
    return new Paragraph({
      alignment: AlignmentType.LEFT,
      keepNext: true,
      spacing: { before: p.heading === 1 ? 240 : 120, after: 120 },
      indent: { firstLine: cm(1) },
      children: p.runs.map((r) => textRun(r, BODY_SIZE, { bold: true, ...(p.heading === 2 ? { italic: false } : {}) })),
    });
  }
  const size = p.note === true ? 24 : BODY_SIZE;
  return new Paragraph({
    alignment: ALIGN[p.align ?? 'justify'],
    spacing: { before: 0, after: 120, line: 312 },
    indent: p.bullet === true ? { left: cm(1), hanging: cm(0.5) } : { firstLine: cm(1) },
    children: [...(p.bullet === true ? [new TextRun({ text: '-\t', font: FONT, size })] : []), ...p.runs.map((r) => textRun(r, size))],
    ...(p.bullet === true ? { tabStops: [{ type: 'left' as const, position: cm(1) }] } : {}),
  });
}

function cellOf(c: Cell, size: number, header: boolean, width: number): TableCell {
  return new TableCell({
    columnSpan: c.span ?? 1,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
    ...(header ? { shading: { fill: 'EDEDED' } } : {}),
    children: [line(c.runs, c.align ?? 'left', size, { ...(c.bold === true ? { bold: true } : {}) })],
  });
}

function table(t: ModelTable, usable: number): (Paragraph | Table)[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((x) => Math.floor((x * usable) / total));
  const rowOf = (cells: readonly Cell[], header: boolean) => {
    let col = 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c) => {
        const span = c.span ?? 1;
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return cellOf(c, TABLE_SIZE, header, width);
      }),
    });
  };
  return [
    line([{ text: t.caption }], 'center', 24, { bold: true, before: 120, after: 80 }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      rows: [...t.header.map((r) => rowOf(r, true)), ...t.rows.map((r) => rowOf(r, false))],
    }),
  ];
}

/** A decimal string as a chart value: only to draw a bar (the figure itself is in the table). */
function chartValue(v: string | null): number | null {
  return v === null ? null : Number(v);
}

function figure(f: Figure, widthPx: number): Paragraph[] {
  const chart = new ChartRun({
    type: 'column',
    title: { text: f.chart.title, font: { name: FONT, size: 11, bold: true } },
    categories: [...f.chart.categories],
    series: f.chart.series.map((s, i) => ({ name: s.name, values: s.values.map(chartValue), color: i === 0 ? '1F4E79' : 'A6A6A6' })),
    legend: { position: 'bottom' },
    font: { name: FONT },
    valueAxis: { font: { name: FONT, size: 8 } },
    categoryAxis: { font: { name: FONT, size: 9 } },
    transformation: { width: widthPx, height: Math.round(widthPx * 0.42) },
    altText: { name: f.caption, description: f.caption },
  });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 160, after: 40 }, children: [chart] }),
    line([{ text: f.caption }], 'center', 24, { italic: true, after: 160 }),
  ];
}

/** A borderless two-column table across the text width: the heading and the signature block. */
function twoColumns(leftShare: number, leftChildren: Paragraph[], rightChildren: Paragraph[]): Table {
  const width = PAGE.width - MARGIN.left - MARGIN.right;
  const left = Math.round(width * leftShare);
  const right = width - left;
  const cell = (w: number, children: Paragraph[]) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    rows: [new TableRow({ children: [cell(left, leftChildren), cell(right, rightChildren)] })],
  });
}

function headerBlock(doc: ReportDocument): Table {
  return twoColumns(
    0.4,
    [line(doc.header.issuer, 'center', 26, { bold: true }), line([{ text: '―――――' }], 'center', 20), line(doc.header.number, 'center', 26, { before: 80 })],
    [
      line([{ text: doc.header.motto[0] }], 'center', 24, { bold: true }),
      line([{ text: doc.header.motto[1], underline: true }], 'center', 26, { bold: true }),
      line(doc.header.placeDate, 'center', 26, { italic: true, before: 160 }),
    ],
  );
}

function closingBlock(doc: ReportDocument): Table {
  return twoColumns(
    0.5,
    [line([{ text: doc.closing.recipientsTitle }], 'left', 24, { bold: true, italic: true }), ...doc.closing.recipients.map((r) => line(r, 'left', 22))],
    doc.closing.signature.map((r) => line(r, 'center', 28, { bold: true })),
  );
}

/** The model as a `docx` Document (not yet packed: see `packDocx`). */
export function reportDocument(doc: ReportDocument): Document {
  const portraitWidth = PAGE.width - MARGIN.left - MARGIN.right;
  const landscapeWidth = PAGE.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
  const portrait = (children: (Paragraph | Table)[]): ISectionOptions => ({ properties: { page: { size: { ...PAGE, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } }, children });
  const landscape = (children: (Paragraph | Table)[]): ISectionOptions => ({
    properties: { page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } },
    children,
  });
  const sections: ISectionOptions[] = [];
  let current: (Paragraph | Table)[] = [
    headerBlock(doc),
    line([{ text: doc.title[0] ?? '' }], 'center', 28, { bold: true, before: 360 }),
    ...doc.title.slice(1).map((t) => line([{ text: t }], 'center', 28, { bold: true, after: 240 })),
  ];
  let wide: (Paragraph | Table)[] | undefined;
  const flush = () => {
    if (wide !== undefined) {
      sections.push(landscape(wide));
      wide = undefined;
    }
  };
  const blocks: readonly Block[] = doc.body;
  for (const b of blocks) {
    if (b.kind === 'table' && b.wide === true) {
      if (wide === undefined) {
        sections.push(portrait(current));
        current = [];
        wide = [];
      }
      wide.push(...table(b, landscapeWidth));
    } else if (b.kind === 'figure' && wide !== undefined) {
      wide.push(...figure(b, 640));
    } else {
      flush();
      if (b.kind === 'table') current.push(...table(b, portraitWidth));
      else if (b.kind === 'figure') current.push(...figure(b, 600));
      else current.push(paragraph(b));
    }
  }
  flush();
  current.push(new Paragraph({ spacing: { before: 240 }, children: [] }), closingBlock(doc));
  sections.push(portrait(current));
  return new Document({
    creator: doc.properties.creator,
    lastModifiedBy: doc.properties.creator,
    title: doc.properties.title,
    subject: doc.properties.subject,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections,
  });
}
