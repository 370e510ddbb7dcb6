import { assertEdition, assertShape } from '../_internal/assertEdition.js';
import type { FoundCellKey } from '../model/location.js';
import { templates } from './templates.js';
import type {
  BlockTemplate,
  ColumnTemplate,
  Edition,
  EditionTemplate,
  RowTemplate,
  TableSectionTemplate,
} from './types.js';

/**
 * A data row of a table section, located: its template, its ancestors (group rows), its block
 * and its dotted path within the section.
 * @category Template
 */
export interface RowLayout {
  /** The section the row belongs to. */
  readonly section: TableSectionTemplate;
  /** The block whose columns the row has. */
  readonly block: BlockTemplate;
  /** The row's own template. */
  readonly row: RowTemplate;
  /** Group rows above this one, outermost first. */
  readonly ancestors: readonly RowTemplate[];
  /** Dotted path of the row within its section, e.g. `outcomes.withheld.stateSecret`. */
  readonly path: string;
  /** Index in {@link EditionLayout.cells} of the row's first cell; its cells are contiguous. */
  readonly firstCell: number;
}

/**
 * One cell of an edition, located: where it is in the form and what it holds.
 * @category Template
 */
export interface CellLayout extends RowLayout {
  /** The cell's column. */
  readonly column: ColumnTemplate;
  /** The cell key, `section.rowPath.column`, e.g. `requests.received.total`. */
  readonly key: FoundCellKey;
  /** The cell key split into segments, the path to the cell in a report object. */
  readonly segments: readonly string[];
  /** Position of the cell in {@link EditionLayout.cells}. */
  readonly index: number;
}

/**
 * An edition's template unfolded: its table sections, data rows and cells in printed order,
 * with lookups by key. Computed once per edition.
 * @category Template
 */
export interface EditionLayout {
  /** The edition's key. */
  readonly edition: Edition;
  /** The template it unfolds. */
  readonly template: EditionTemplate;
  /** The table sections, in printed order. */
  readonly tableSections: readonly TableSectionTemplate[];
  /** Every data row of every table section, in printed order. */
  readonly rows: readonly RowLayout[];
  /** Every cell, in printed order (section, row, column). */
  readonly cells: readonly CellLayout[];
  /** Cell by key. */
  readonly cellByKey: ReadonlyMap<string, CellLayout>;
  /** Data row by `section.rowPath`. */
  readonly rowByKey: ReadonlyMap<string, RowLayout>;
  /** The outcome rows a closed request can end in: section 三's rows under 三、本年度办理结果, not its （七）总计. */
  readonly outcomeRows: readonly RowLayout[];
  /** The applicant columns of section 三, without 总计. */
  readonly applicantColumns: readonly ColumnTemplate[];
}

const cache = new Map<Edition, EditionLayout>();

/**
 * Unfolds an edition's template into its rows and cells (memoised).
 * @param edition - the edition key.
 * @returns the edition's layout.
 * @example
 * ```ts
 * layoutOf('2021').cells.length; // every cell of the edition, in printed order
 * ```
 * @category Template
 */
export function layoutOf(edition: Edition): EditionLayout {
  let layout = cache.get(edition);
  if (layout === undefined) {
    assertEdition(edition);
    layout = unfold(edition, templates[edition]);
    cache.set(edition, layout);
  }
  return layout;
}

function unfold(edition: Edition, template: EditionTemplate): EditionLayout {
  const tableSections = template.sections.filter((s): s is TableSectionTemplate => s.blocks !== undefined);
  const rows: RowLayout[] = [];
  let firstCell = 0;
  for (const section of tableSections) {
    for (const block of section.blocks) {
      const visit = (row: RowTemplate, ancestors: readonly RowTemplate[]): void => {
        if (row.children) {
          for (const child of row.children) visit(child, [...ancestors, row]);
          return;
        }
        const path = [...ancestors.map((a) => a.key), row.key].join('.');
        rows.push(Object.freeze({ section, block, row, ancestors, path, firstCell }));
        firstCell += block.columns.length;
      };
      for (const row of block.rows) visit(row, []);
    }
  }
  const cells = rows
    .flatMap((r) =>
      r.block.columns.map((column) => ({
        ...r,
        column,
        key: `${r.section.key}.${r.path}.${column.key}` as FoundCellKey,
      })),
    )
    .map((c, index) => Object.freeze({ ...c, segments: c.key.split('.'), index }));
  return Object.freeze({
    edition,
    template,
    tableSections,
    rows,
    cells,
    cellByKey: new Map(cells.map((c) => [c.key, c])),
    rowByKey: new Map(rows.map((r) => [`${r.section.key}.${r.path}`, r])),
    outcomeRows: rows.filter(
      (r) => r.section.key === 'requests' && r.ancestors[0]?.key === 'outcomes' && r.row.role !== 'total',
    ),
    applicantColumns: (tableSections.find((t) => t.key === 'requests')?.blocks[0]?.columns ?? []).filter(
      (c) => c.role !== 'total',
    ),
  });
}

/**
 * The cells of one data row, in column order (they are contiguous in the layout).
 * @param layout - the edition's layout.
 * @param row - one of its rows.
 * @returns the row's cells.
 * @example
 * ```ts
 * const layout = layoutOf('2021');
 * cellsOfRow(layout, layout.rowByKey.get('requests.received')!).map((c) => c.key); // the row's 7 cell keys
 * ```
 * @category Template
 */
export function cellsOfRow(layout: EditionLayout, row: RowLayout): readonly CellLayout[] {
  assertShape('cellsOfRow', { zh: '版式（layoutOf 所得）', en: 'a layout (from layoutOf)' }, layout, 'cells');
  assertShape('cellsOfRow', { zh: '版式中的一行', en: "a row of the layout's rows" }, row, 'firstCell');
  return layout.cells.slice(row.firstCell, row.firstCell + row.block.columns.length);
}
