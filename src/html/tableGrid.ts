/**
 * The HTML table model, enough of it to know where each cell is: rows in document order, each cell
 * placed in the first free slot of its row, spanning `rowspan` rows and `colspan` columns.
 */

/** A cell as the grid knows it: its text and where it starts. */
export interface GridCell {
  readonly text: string;
  readonly row: number;
  readonly column: number;
}

/** Bounds of the spans a cell may claim (the HTML standard's own limits: 1000 columns, 65534 rows). */
const MAX_COLSPAN = 1000;

/** A span attribute as the standard parses it: a non-negative integer, else the default. */
function spanValue(value: string | undefined): number | undefined {
  const n = value === undefined ? NaN : Number.parseInt(value.trim(), 10);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
/** Rows a cell spans: `rowspan="0"` reaches the end of the table. */
const rowsOf = (cell: SourceCell, left: number) => {
  const n = spanValue(cell.rowspan) ?? 1;
  return n === 0 ? left : Math.min(n, left);
};
/** Columns a cell spans: 0 or junk is 1. */
const columnsOf = (cell: SourceCell) => Math.min(spanValue(cell.colspan) || 1, MAX_COLSPAN);

/** A cell of the source: its text and its span attributes. */
export interface SourceCell {
  readonly text: string;
  readonly rowspan?: string | undefined;
  readonly colspan?: string | undefined;
}

/** A table laid out: its grid, the slots it takes, and whether its spans had to be ignored. */
export interface Grid {
  /** `slots[r][c]`: the cell covering slot (r, c), or undefined where no cell reaches (a ragged row). */
  readonly slots: (GridCell | undefined)[][];
  /** Slots the grid holds. */
  readonly size: number;
  /** The spans would have claimed more than `maxSlots`: each cell was laid out as one slot. */
  readonly spansIgnored: boolean;
}

/**
 * Lays rows of cells out as a grid. A table whose spans would claim more than `maxSlots` slots is
 * laid out without them (each cell one slot), so memory stays linear in the input.
 * @param rows - the table's rows in document order, each its cells in order.
 * @param maxSlots - the slots the table may claim with its spans.
 */
export function layOutGrid(rows: readonly (readonly SourceCell[])[], maxSlots: number): Grid {
  let claimed = 0;
  let cellCount = 0;
  rows.forEach((cells, r) =>
    cells.forEach((cell) => {
      claimed += rowsOf(cell, rows.length - r) * columnsOf(cell);
      cellCount++;
    }),
  );
  const spans = claimed <= maxSlots;
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r] as (GridCell | undefined)[];
    let c = 0;
    for (const cell of cells) {
      while (line[c] !== undefined) c++;
      const placed: GridCell = { text: cell.text, row: r, column: c };
      const down = spans ? rowsOf(cell, rows.length - r) : 1;
      const across = spans ? columnsOf(cell) : 1;
      for (let i = r; i < r + down; i++)
        for (let j = c; j < c + across; j++) (grid[i] as (GridCell | undefined)[])[j] = placed;
      c += across;
    }
  });
  return { slots: grid, size: spans ? claimed : cellCount, spansIgnored: !spans };
}
