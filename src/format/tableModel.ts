/**
 * The printed tables of a report as data: header rows and body rows of cells with their spans, the
 * official merged-cell structure (the applicant header over two levels, 三、本年度办理结果 and its
 * groups spanning their rows, the review/litigation header over three levels). The HTML and Word
 * renderers both draw from it.
 */
import { maxOf } from '../_internal/arrays.js';
import { readCell } from '../_internal/buildReport.js';
import type { CellValue } from '../model/cell.js';
import type { FoundCellKey } from '../model/location.js';
import type { Report } from '../model/report.js';
import { cellsOfRow, type EditionLayout, type RowLayout } from '../template/layout.js';
import type { BlockTemplate, TableSectionTemplate } from '../template/types.js';
import { cellText } from './cellText.js';

/** A cell of a printed table: a label (header) or a value (with its key). */
export interface ModelCell {
  readonly text: string;
  readonly colspan?: number;
  readonly rowspan?: number;
  /** For a row label: `row`, or `rowgroup` for a group label spanning its rows. */
  readonly scope?: 'row' | 'rowgroup';
  /** The cell key of a value cell; absent for labels. */
  readonly key?: FoundCellKey;
}

/** One printed table of a block: its caption, header rows and body rows. */
export interface TableModel {
  readonly caption?: string;
  readonly head: readonly (readonly ModelCell[])[];
  readonly body: readonly (readonly ModelCell[])[];
  /** Columns of the table's grid. */
  readonly width: number;
}

const label = (text: string, spans: Omit<ModelCell, 'text' | 'key'> = {}): ModelCell => ({ text, ...spans });

/** Depth of the label columns of a block: the deepest row's ancestors plus its own label. */
function labelDepth(layout: EditionLayout, block: BlockTemplate): number {
  return maxOf([1, ...layout.rows.filter((r) => r.block === block).map((r) => r.ancestors.length + 1)]);
}

function leavesUnder(layout: EditionLayout, r: RowLayout, level: number): number {
  const a = r.ancestors[level];
  return layout.rows.filter((x) => x.block === r.block && x.ancestors[level] === a).length;
}

/** The header rows of a block: the balance's three levels in table 三, one row elsewhere. */
function head(section: TableSectionTemplate, block: BlockTemplate, depth: number): ModelCell[][] {
  const cols = block.columns;
  if (!section.balance)
    return [[label(block.labelHeader ?? '', { colspan: depth }), ...cols.map((c) => label(c.label))]];
  const grouped = cols.filter((c) => c.group);
  const group = grouped[0]?.group;
  const plain = cols.filter((c) => !c.group);
  return [
    [
      label(section.balance.note, { rowspan: 3, colspan: depth }),
      label(section.header ?? '', { colspan: cols.length }),
    ],
    [
      ...plain.slice(0, 1).map((c) => label(c.label, { rowspan: 2 })),
      ...(group ? [label(group.label, { colspan: grouped.length })] : []),
      ...plain.slice(1).map((c) => label(c.label, { rowspan: 2 })),
    ],
    grouped.map((c) => label(c.label)),
  ];
}

/** The printed table of one block of a report. */
export function blockModel(
  report: Report,
  layout: EditionLayout,
  section: TableSectionTemplate,
  block: BlockTemplate,
): TableModel {
  const values = (r: RowLayout): ModelCell[] =>
    cellsOfRow(layout, r).map((c) => ({
      text: cellText(readCell(report, c.segments) as CellValue, c.column),
      key: c.key,
    }));
  const rows = layout.rows.filter((r) => r.block === block);
  const caption = block.caption !== undefined ? { caption: block.caption } : {};
  const n = block.columns.length;
  if (block.rowsAcross) {
    const [first, ...rest] = block.rows;
    const group = rest[0]?.group;
    return {
      ...caption,
      width: n * block.rows.length,
      head: [
        [
          label(first?.label ?? '', { colspan: n }),
          ...(group ? [label(group.label, { colspan: n * rest.length })] : []),
        ],
        [
          ...block.columns.map((c) => label(c.label, { rowspan: 2 })),
          ...rest.map((r) => label(r.label, { colspan: n })),
        ],
        rest.flatMap(() => block.columns.map((c) => label(c.label))),
      ],
      body: [rows.flatMap(values)],
    };
  }
  const depth = labelDepth(layout, block);
  const body = rows.map((r, i) => {
    const prev = rows[i - 1];
    const opened = r.ancestors.flatMap((a, level) =>
      prev?.ancestors[level] === a
        ? []
        : [label(a.label, { rowspan: leavesUnder(layout, r, level), scope: 'rowgroup' })],
    );
    return [...opened, label(r.row.label, { colspan: depth - r.ancestors.length, scope: 'row' }), ...values(r)];
  });
  return { ...caption, width: depth + n, head: head(section, block, depth), body };
}
