/**
 * Which cells of one edition correspond to which of another, derived from the two templates: a cell
 * with the same key corresponds to itself; a data row of one edition that is a group in the other
 * (2019's （六）其他处理, 2021's three items under it) corresponds to the sum of that group's rows.
 */
import type { CellLayout, EditionLayout } from '../template/layout.js';

/** For each cell of `to`, the cells of `from` it equals (one, several summed, or none). */
export function correspondence(from: EditionLayout, to: EditionLayout): readonly (readonly CellLayout[])[] {
  return to.cells.map((cell) => {
    const same = from.cellByKey.get(cell.key);
    if (same) return [same];
    // A row of `to` that is a group in `from`: the sum of the group's rows, column by column.
    const prefix = `${cell.section.key}.${cell.path}.`;
    return from.cells.filter(
      (c) =>
        c.column.key === cell.column.key && `${c.section.key}.${c.path}.`.startsWith(prefix) && c.path !== cell.path,
    );
  });
}
