/**
 * Elimination of a part's blanks, once: Gauss–Jordan over the blank cells only, fraction-free over
 * BigInt on sparse rows, each row kept divided by the gcd of its entries. A row left with no blank is
 * an exact equation over printed cells; a row whose pivot is a blank says what that blank is worth
 * (determined when no other blank remains in it).
 *
 * Work: each combination of two rows costs their lengths in steps. With E rows of at most W cells,
 * at most min(E, blanks) pivots are eliminated from at most E rows each: O(E²·W) steps, counted.
 */

import { abs, gcd } from './solve.js';

/** `Σ coef·x[cell] + constant = 0`, sparse. */
export interface Row {
  readonly coefs: ReadonlyMap<number, bigint>;
  readonly constant: bigint;
}

/** A count of the steps spent, kept by the caller across calls. */
export interface WorkCounter {
  steps: number;
}

/** The rows after elimination. */
export interface Eliminated {
  /** Rows with no blank left: equations over printed cells (those reduced to `0 = 0` dropped). */
  readonly exact: readonly Row[];
  /** One row per eliminated blank, in which no other eliminated blank appears. */
  readonly pivots: readonly Row[];
}

/** `a·row − b·pivot`, divided by the gcd of its entries. */
function combine(row: Row, a: bigint, pivot: Row, b: bigint, work: WorkCounter): Row {
  const coefs = new Map<number, bigint>();
  for (const [j, c] of row.coefs) coefs.set(j, a * c);
  for (const [j, c] of pivot.coefs) {
    const v = (coefs.get(j) ?? 0n) - b * c;
    if (v === 0n) coefs.delete(j);
    else coefs.set(j, v);
  }
  work.steps += row.coefs.size + pivot.coefs.size;
  let constant = a * row.constant - b * pivot.constant;
  let g = abs(constant);
  for (const c of coefs.values()) g = gcd(g, c);
  if (g > 1n) {
    for (const [j, c] of coefs) coefs.set(j, c / g);
    constant /= g;
  }
  return { coefs, constant };
}

/** The blank of a row to pivot on: one with coefficient ±1 if any (no growth), else the first. */
function pivotCell(row: Row, isBlank: (cell: number) => boolean): number | undefined {
  let first: number | undefined;
  for (const [j, c] of row.coefs) {
    if (!isBlank(j)) continue;
    if (c === 1n || c === -1n) return j;
    first ??= j;
  }
  return first;
}

/** Eliminates the blanks (`isBlank`) from the rows. */
export function eliminate(rows: readonly Row[], isBlank: (cell: number) => boolean, work: WorkCounter): Eliminated {
  const pivots = new Map<number, Row>();
  const exact: Row[] = [];
  for (const given of rows) {
    let row = given;
    for (const [p, pivot] of pivots) {
      const b = row.coefs.get(p);
      if (b !== undefined) row = combine(row, pivot.coefs.get(p) as bigint, pivot, b, work);
    }
    work.steps += pivots.size;
    const p = pivotCell(row, isBlank);
    if (p === undefined) {
      if (row.coefs.size > 0 || row.constant !== 0n) exact.push(row);
      continue;
    }
    // Gauss–Jordan: the new pivot leaves every earlier pivot row, so each keeps one eliminated blank.
    const a = row.coefs.get(p) as bigint;
    for (const [q, other] of pivots) {
      const b = other.coefs.get(p);
      if (b !== undefined) pivots.set(q, combine(other, a, row, b, work));
    }
    pivots.set(p, row);
  }
  return { exact, pivots: [...pivots.values()] };
}
