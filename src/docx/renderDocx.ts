import { assertReport } from '../_internal/assertEdition.js';
import { maxOf } from '../_internal/arrays.js';
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  ShadingType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { blockModel, type ModelCell, type TableModel } from '../format/tableModel.js';
import { reportTitle } from '../format/renderText.js';
import { misuse, optionRecord } from '../_internal/options.js';
import type { Report } from '../model/report.js';
import { layoutOf } from '../template/layout.js';
import type { TableSectionTemplate } from '../template/types.js';

/**
 * Options of {@link renderDocx}.
 * @category Serialization
 */
export interface RenderDocxOptions {
  /** The Chinese font: `'宋体'` (default, as the national form) or `'仿宋'`; Latin text is set in Times New Roman. */
  readonly font?: '宋体' | '仿宋';
}

/** A4 portrait and the national form's margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1800, right: 1800 };
/** Font sizes in half-points: 二号 title, 五号 text, 小五 in the wide tables. */
const SIZE = { title: 36, text: 21, table: 18 };
const FIRST_LINE_INDENT = 420; // two characters of 五号
/** The light shading of table 二's block captions in the national form. */
const CAPTION_FILL = 'D9E2F3';

/** Validates the options: unknown options and fonts are misuse. */
function docxOptions(o: unknown): Required<RenderDocxOptions> {
  const invalid = misuse('renderDocx');
  const r = optionRecord('renderDocx', o, new Set(['font']));
  if (r['font'] !== undefined && r['font'] !== '宋体' && r['font'] !== '仿宋')
    invalid("font 应为 '宋体' 或 '仿宋'", "font must be '宋体' or '仿宋'");
  return { font: (r['font'] as '宋体' | '仿宋' | undefined) ?? '宋体' };
}

/**
 * Surrogate pairs, and the characters XML 1.0 forbids (control characters but tab, line feed and carriage return; U+FFFE,
 * U+FFFF; a surrogate without its pair): Word refuses a document holding one.
 */
const NOT_XML = /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g;
/** A surrogate pair is kept; anything else NOT_XML matches becomes U+FFFD. */
const xmlText = (s: string) => s.replace(NOT_XML, (m) => (m.length === 2 ? m : '\ufffd'));

/** A run of text in the Chinese font, Latin letters and digits in Times New Roman; characters XML forbids written as U+FFFD. */
const textRun = (text: string, font: string, size: number, bold: boolean) =>
  new TextRun({
    text: xmlText(text),
    bold,
    size,
    font: { eastAsia: font, ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  });

/** A table of the model as Word rows: header rows repeat on every page, no row splits across pages. */
function wordRows(model: TableModel, font: string, size: number, width: number, repeatHeader: boolean): TableRow[] {
  const run = (text: string, bold = false) => textRun(text, font, size, bold);
  const cell = (c: ModelCell, extra = 0) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: c.scope ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: c.text === '' ? [] : [run(c.text)],
        }),
      ],
      verticalAlign: VerticalAlign.CENTER,
      ...((c.colspan ?? 1) + extra > 1 && { columnSpan: (c.colspan ?? 1) + extra }),
      ...(c.rowspan && c.rowspan > 1 && { rowSpan: c.rowspan }),
    });
  // A block narrower than the table's grid (table 二) widens its last cell to the grid.
  const row = (cells: readonly ModelCell[], header: boolean) =>
    new TableRow({
      cantSplit: true,
      tableHeader: header && repeatHeader,
      children: cells.map((c, i) => cell(c, i === cells.length - 1 ? width - model.width : 0)),
    });
  const caption =
    model.caption !== undefined
      ? [
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                columnSpan: width,
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: CAPTION_FILL },
                children: [new Paragraph({ children: [run(model.caption)] })],
              }),
            ],
          }),
        ]
      : [];
  return [...caption, ...model.head.map((r) => row(r, true)), ...model.body.map((r) => row(r, false))];
}

/** Share of the table's width the label columns take where values are many (table 三), as the national form sets it. */
const LABEL_SHARE = 0.5;
/** How the national form divides table 三's three label columns (三、本年度办理结果 | its groups | the rows). */
const LABEL_COLUMNS = [0.15, 0.19, 0.66];

/** Column widths: equal, except that label columns share half the width of a table of many values. */
function columnWidths(total: number, width: number, labels: number): number[] {
  const values = width - labels;
  if (values < 5) return Array.from({ length: width }, () => Math.floor(total / width));
  const ratios = labels === LABEL_COLUMNS.length ? LABEL_COLUMNS : Array.from({ length: labels }, () => 1 / labels);
  const value = Math.floor((total * (1 - LABEL_SHARE)) / values);
  return [...ratios.map((r) => Math.floor(total * LABEL_SHARE * r)), ...Array.from({ length: values }, () => value)];
}

/** One Word table for a table section: its blocks stacked on one grid (as the national form prints 二). */
function sectionTable(report: Report, section: TableSectionTemplate, font: string): Table {
  const layout = layoutOf(report.edition);
  const models = section.blocks.map((b) => blockModel(report, layout, section, b));
  const width = maxOf(models.map((m) => m.width));
  const size = width > 4 ? SIZE.table : SIZE.text;
  const repeat = models.length === 1; // a stacked table has a header per block: none repeats
  const usable = PAGE.width - PAGE.left - PAGE.right;
  const first = section.blocks[0];
  const labels = first?.rowsAcross ? 0 : width - (first?.columns.length ?? 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: usable, type: WidthType.DXA },
    columnWidths: columnWidths(usable, width, labels),
    rows: models.flatMap((m) => wordRows(m, font, size, width, repeat)),
  });
}

/**
 * Renders a report as a Word document in the national form's layout: the title, the six sections
 * with their headings, the prose as paragraphs, and the three tables with the official merged cells
 * (the applicant header over two levels, 三、本年度办理结果 and its groups spanning their rows, the
 * review/litigation header over three levels; table 二's blocks stacked as the form prints them).
 * Blank cells stay blank, not applicable is `/`, money carries its unit. 宋体 (or 仿宋) for Chinese,
 * Times New Roman for Latin text; A4 portrait with the form's margins; table header rows repeat on
 * every page and no row splits across pages. Uses the optional peer `docx` (pure JavaScript: Node
 * and browsers). {@link parseDocx} reads it back. A character XML forbids (a control character such
 * as U+000B, U+FFFE, U+FFFF, a lone surrogate), which Word would refuse to open, is written as U+FFFD
 * (�), visible where it stood.
 * @param report - a report of either edition.
 * @param options - `font`.
 * @returns the `.docx` file's bytes.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for something that is not a report, or options that are not valid.
 * @example
 * ```ts
 * await writeFile('report.docx', await renderDocx(report));
 * ```
 * @category Serialization
 */
export async function renderDocx(report: Report, options?: RenderDocxOptions): Promise<Uint8Array> {
  const { font } = docxOptions(options);
  assertReport('renderDocx', report);
  const layout = layoutOf(report.edition);
  const text = (t: string, bold = false, size: number = SIZE.text) => textRun(t, font, size, bold);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(reportTitle(report), true, SIZE.title)] }),
  ];
  for (const section of layout.template.sections) {
    children.push(
      new Paragraph({
        indent: { firstLine: FIRST_LINE_INDENT },
        keepNext: true,
        children: [text(section.heading, true)],
      }),
    );
    if (section.blocks) {
      children.push(sectionTable(report, section as TableSectionTemplate, font));
      continue;
    }
    for (const p of report[section.key as 'overview'].split('\n'))
      if (p.trim() !== '')
        children.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE_INDENT },
            children: [text(p)],
          }),
        );
  }
  const doc = new Document({
    creator: 'ogi-report',
    title: reportTitle(report),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
