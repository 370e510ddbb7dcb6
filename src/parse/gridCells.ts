/**
 * The cells of the table rows a file reader laid out, carried from the text it gives the reader to
 * the normalised text the stages read: a row is then tokenised from its cells (see `GridCells`),
 * never split again at the separators of its line.
 */
import type { GridCells } from './tokenize.js';

/** A laid-out table row in the text given to the reader: where its line starts, and each cell's `[start, end)`. */
export interface GridRow {
  readonly start: number;
  readonly cells: readonly (readonly [number, number])[];
}

/**
 * Offsets of the input in the normalised text: each moved to the first unit normalising produced at
 * or after it (`origin` is non-decreasing). Asked in non-decreasing order, the whole walk is one pass.
 */
export function normalizedOffset(origin: Int32Array): (offset: number) => number {
  let k = 0;
  return (offset) => {
    while (k < origin.length && (origin[k] as number) < offset) k++;
    return k;
  };
}

/** The rows' cells in the normalised text. One pass: the rows come in the text's order. */
export function normalizedGrid(rows: readonly GridRow[], origin: Int32Array): GridCells {
  const out = new Map<number, (readonly [number, number])[]>();
  const at = normalizedOffset(origin);
  for (const row of rows) {
    const start = at(row.start);
    out.set(
      start,
      row.cells.map(([from, to]) => [at(from), at(to)] as const),
    );
  }
  return out;
}
