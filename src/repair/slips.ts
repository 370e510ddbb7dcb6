/**
 * How plausible a change is as a human slip: the printed value and the repaired one differ the way a
 * typing or copying mistake makes them differ.
 */
import type { CellLayout, EditionLayout } from '../template/layout.js';

/**
 * The kinds of slip a change can look like:
 * `digit` — one digit mistyped, dropped or doubled (`26` for `28`, `2` for `28`, `288` for `28`; not
 *   0 for a one-digit number or the reverse: among the commonest values, any change would look so);
 * `transposition` — two adjacent digits swapped (`82` for `28`);
 * `swap` — two neighbouring cells' values entered in each other's place (a value one row or column off);
 * `totalZero` — a total left 0;
 * `totalCopied` — a total that repeats another printed value of its column or row (copied from the wrong row).
 * @category Repairs
 */
export type Slip = 'digit' | 'transposition' | 'swap' | 'totalZero' | 'totalCopied';

/** One digit substituted, or one inserted or removed. */
function oneDigit(a: string, b: string): boolean {
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
    return diff === 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** 0 and a one-digit number: one digit apart, but so are most small counts. */
export const trivial = (a: bigint, b: bigint) => (a === 0n && b < 10n && b > -10n) || (b === 0n && a < 10n && a > -10n);

/** Two adjacent digits swapped. */
function transposed(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const isTotal = (c: CellLayout) => c.column.role === 'total' || c.row.role === 'total';

/**
 * Whether two cells are neighbours in the printed form: the same row, next column; the same column,
 * next row; or, where a block's rows are printed side by side (table 四), next in that line.
 */
export function neighbours(a: CellLayout, b: CellLayout): boolean {
  if (a.block !== b.block) return false;
  if (a.firstCell === b.firstCell || a.block.rowsAcross) return Math.abs(a.index - b.index) === 1;
  // A block's data rows are consecutive in the layout, each as wide as the block.
  return a.column === b.column && Math.abs(a.firstCell - b.firstCell) === a.block.columns.length;
}

/** A change as the slip it most looks like, given the other changes of the same repair and the printed values. */
export function slipOf(
  layout: EditionLayout,
  change: { readonly cell: number; readonly from: bigint; readonly to: bigint },
  others: readonly { readonly cell: number; readonly from: bigint; readonly to: bigint }[],
  printed: readonly (bigint | undefined)[],
): Slip | undefined {
  const cell = layout.cells[change.cell] as CellLayout;
  const swapped = others.some(
    (o) =>
      o.cell !== change.cell &&
      o.from === change.to &&
      o.to === change.from &&
      neighbours(cell, layout.cells[o.cell] as CellLayout),
  );
  if (swapped) return 'swap';
  const a = change.from.toString();
  const b = change.to.toString();
  if (oneDigit(a, b) && !trivial(change.from, change.to)) return 'digit';
  if (transposed(a, b)) return 'transposition';
  if (!isTotal(cell)) return undefined;
  if (change.from === 0n) return 'totalZero';
  const copied = layout.cells.some(
    (c) =>
      c !== cell &&
      c.section === cell.section &&
      (c.column.key === cell.column.key || c.firstCell === cell.firstCell) &&
      printed[c.index] === change.from,
  );
  return copied ? 'totalCopied' : undefined;
}
