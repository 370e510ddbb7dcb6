import { assertReport } from '../_internal/assertEdition.js';
import { readCell } from '../_internal/buildReport.js';
import type { CellValue } from '../model/cell.js';
import type { Report } from '../model/report.js';
import { cellsOfRow, layoutOf, type EditionLayout, type RowLayout } from '../template/layout.js';
import type { BlockTemplate, TableSectionTemplate } from '../template/types.js';
import { cellText } from './cellText.js';

const SEP = ' | ';

/** The header lines of a table block, as the published text prints them. */
function headerLines(section: TableSectionTemplate, block: BlockTemplate): string[] {
  if (block.rowsAcross) {
    const rows = block.rows;
    const cols = block.columns.map((c) => c.label);
    return [
      `${rows[0]?.label}${SEP}${rows[1]?.group?.label}`,
      [...cols, ...rows.slice(1).map((r) => r.label)].join(SEP),
      [...cols, ...cols].join(SEP),
    ];
  }
  if (section.balance) {
    const groups: string[] = [];
    for (const c of block.columns) {
      const label = c.group ? c.group.label : c.label;
      if (groups.at(-1) !== label) groups.push(label);
    }
    return [
      `${section.balance.note}${SEP}${section.header ?? ''}`,
      groups.join(SEP),
      block.columns
        .filter((c) => c.group)
        .map((c) => c.label)
        .join(SEP),
    ];
  }
  return [[block.labelHeader ?? '', ...block.columns.map((c) => c.label)].join(SEP)];
}

/** A data row's printed label, with the labels of the groups it opens (as the seed prints them). */
function rowLabels(layout: EditionLayout, row: RowLayout): string[] {
  const rows = layout.rows.filter((r) => r.section === row.section);
  const prev = rows[rows.indexOf(row) - 1];
  const opened = row.ancestors.filter((a, i) => prev?.ancestors[i] !== a).map((a) => a.label);
  return [...opened, row.row.label];
}

/** The title reports are published under: 某某局2020年政府信息公开工作年度报告. */
export function reportTitle(report: Report): string {
  return `${report.agency.name}${report.reportYear}年政府信息公开工作年度报告`;
}

/** One printed line of the published layout: what it is, its label cells and its value cells. */
export interface PrintedLine {
  readonly kind: 'title' | 'heading' | 'prose' | 'caption' | 'header' | 'row';
  /** The section the line belongs to. */
  readonly section?: string;
  /** Label cells (a data row: the labels of the groups it opens, then its own). */
  readonly labels: readonly string[];
  /** Value cells as printed (blank: empty). */
  readonly values: readonly string[];
  /** For a data row (or section 四's one line of values): the rows it prints. */
  readonly rows?: readonly RowLayout[];
}

/** The published layout as lines: every renderer of published text and the test styles start here. */
export function printedForm(report: Report): PrintedLine[] {
  const layout = layoutOf(report.edition);
  const lines: PrintedLine[] = [{ kind: 'title', labels: [reportTitle(report)], values: [] }];
  for (const section of layout.template.sections) {
    lines.push({ kind: 'heading', section: section.key, labels: [section.heading], values: [] });
    if (!section.blocks) {
      const text = report[section.key as 'overview'];
      if (text !== '') lines.push({ kind: 'prose', section: section.key, labels: [text], values: [] });
      continue;
    }
    for (const block of section.blocks) {
      if (block.caption) lines.push({ kind: 'caption', section: section.key, labels: [block.caption], values: [] });
      for (const h of headerLines(section as TableSectionTemplate, block))
        lines.push({ kind: 'header', section: section.key, labels: h.split(SEP), values: [] });
      const rows = layout.rows.filter((r) => r.block === block);
      const values = (r: RowLayout) =>
        cellsOfRow(layout, r).map((c) => cellText(readCell(report, c.segments) as CellValue, c.column));
      if (block.rowsAcross) {
        lines.push({ kind: 'row', section: section.key, labels: [], values: rows.flatMap(values), rows });
        continue;
      }
      for (const r of rows)
        lines.push({ kind: 'row', section: section.key, labels: rowLabels(layout, r), values: values(r), rows: [r] });
    }
  }
  return lines;
}

/**
 * Renders a report in the plain published layout of all six sections, as reports are found on the
 * web: headings, prose, and each table flattened to `|`-separated lines with the form's exact labels.
 * Blank cells print as nothing, not-applicable ones as `/`, money with its unit. `parseReport` reads
 * it back.
 * @param report - a report of either edition.
 * @returns the text, ending with a newline.
 * @example
 * ```ts
 * const text = renderText(report);
 * parseReport(text).report; // the same cells back
 * ```
 * @category Serialization
 */
export function renderText(report: Report): string {
  assertReport('renderText', report);
  return `${printedForm(report).map(pipeLine).join('\n')}\n`;
}

/** A printed line in the `|`-separated layout (header lines keep their empty trailing cells). */
export function pipeLine(line: PrintedLine): string {
  return line.kind === 'header' ? line.labels.join(SEP) : [...line.labels, ...line.values].join(SEP).trimEnd();
}
