/**
 * What the run splitters share: a run's pieces and rows, a split's values, the searches' bounds and
 * budget, and a run as units (a digit, a sign or a placeholder each).
 */

/** One row a run covers: its number of cells and, if it has one, the position of its total column. */
export interface RunRow {
  readonly cells: number;
  /** Index of the total column (the sum of the others), when the row has one. */
  readonly total?: number;
  /** Index of the column that may be negative (本年增/减), when the row has one. */
  readonly signed?: number;
}

/** Most splits of one run kept; a run with more is ambiguous. */
export const MAX_SPLITS = 64;

/** Most search steps for one run, per row it covers. */
export const MAX_SPLIT_STEPS = 3_000;

/** Most digits in one run that is split at all; longer runs are refused (no row has that many). */
export const MAX_RUN_LENGTH = 400;

/** Steps of a walk after which it cuts dead ends by the cells the units left can make ({@link cellCounts}). */
export const DEAD_ENDS_FROM = 32;

/** Most digits of one cell: a safe integer has at most 16. */
export const MAX_CELL_DIGITS = 16;

/** Powers of ten up to 10^16. */
export const POW10 = Array.from({ length: MAX_CELL_DIGITS + 1 }, (_, k) => 10 ** k);

/** A piece of a run: digits, or a placeholder that takes one cell of its own (`59/0`). */
export type RunPiece = string | 'NA';

/** Units of a run: a digit each, or a placeholder. */
export const unitsOf = (p: RunPiece): number => (p === 'NA' ? 1 : p.length);

/** A cell of a split: a count, or not applicable (which adds as 0, as the checker's sums do). */
export type RunValue = number | 'NA';

/** The splits of a run, and whether the search ran to the end. */
export interface Splits {
  /** Each split: the cell values of every covered row, in order. */
  readonly splits: readonly (readonly RunValue[])[];
  /** False when the search stopped at a bound: then `splits` may be incomplete. */
  readonly complete: boolean;
}

/** The least and the most a cell may hold (from the relations it shares with cells already read). */
export type CellRange = readonly [min: number, max: number];

/** Options of {@link splitRun}. */
export interface SplitOptions {
  /** Whether each total must equal its row's parts (default true). */
  readonly totals?: boolean;
  /** Per cell of the run, the range its value must lie in (none: any). */
  readonly ranges?: readonly (CellRange | undefined)[];
  /** Most splits wanted (default {@link MAX_SPLITS}); more make the result incomplete. */
  readonly most?: number;
}

/** Search steps taken, and the most allowed. */
export interface Budget {
  steps: number;
  readonly limit: number;
}

/** A unit of a run that is a placeholder (a cell of its own, adding 0 as the checker's sums do). */
export const PLACEHOLDER_UNIT = -1;

/** A unit of a run that is a minus sign (no part of a total is signed: no cell holds one). */
export const MINUS_UNIT = -2;

/** A run's units: per unit its code (see {@link RunTable}) and the first unit of its piece. */
export function runUnits(pieces: readonly RunPiece[]): { codes: number[]; first: number[] } {
  const codes: number[] = [];
  const first: number[] = [];
  for (const piece of pieces) {
    const start = codes.length;
    if (piece === 'NA') codes.push(PLACEHOLDER_UNIT), first.push(start);
    else
      for (let i = 0; i < piece.length; i++)
        codes.push(piece[i] === '-' ? MINUS_UNIT : piece.charCodeAt(i) - 48), first.push(start);
  }
  return { codes, first };
}
