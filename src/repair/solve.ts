/**
 * Exact solution of a small linear system with integer coefficients: fraction-free Gauss–Jordan
 * elimination over BigInt, each row kept divided by the gcd of its entries so that numbers stay small.
 */

/** A linear equation `Σ coef[u]·x[u] = rhs` over the system's unknowns. */
export interface LinearRow {
  readonly coef: bigint[];
  rhs: bigint;
}

/** The unknowns whose value the system fixes, and whether it has a solution at all. */
export type Solution =
  | { readonly status: 'inconsistent' }
  | {
      readonly status: 'solved';
      /** The value of each unknown the system determines (an exact integer), `undefined` where it is free or not an integer. */
      readonly values: readonly (bigint | undefined)[];
      /** Unknowns determined, but not as integers (no count can take them). */
      readonly fractional: readonly boolean[];
    };

/** |a|. */
export const abs = (a: bigint) => (a < 0n ? -a : a);
/** The greatest common divisor of |a| and |b| (0 when both are 0). */
export function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function normalize(row: LinearRow): void {
  let g = abs(row.rhs);
  for (const c of row.coef) g = gcd(g, c);
  if (g > 1n) {
    for (let i = 0; i < row.coef.length; i++) row.coef[i] = (row.coef[i] as bigint) / g;
    row.rhs /= g;
  }
}

/**
 * Solves the rows for `unknowns` unknowns (the rows are consumed). An unknown is determined when its
 * pivot row has no other non-zero coefficient after elimination.
 */
export function solve(rows: LinearRow[], unknowns: number): Solution {
  const pivotOf: number[] = new Array(unknowns).fill(-1);
  let rank = 0;
  for (let u = 0; u < unknowns && rank < rows.length; u++) {
    const p = rows.findIndex((r, i) => i >= rank && r.coef[u] !== 0n);
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p] as LinearRow, rows[rank] as LinearRow];
    const pivot = rows[rank] as LinearRow;
    const a = pivot.coef[u] as bigint;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as LinearRow;
      const b = row.coef[u] as bigint;
      if (i === rank || b === 0n) continue;
      for (let k = 0; k < unknowns; k++) row.coef[k] = (row.coef[k] as bigint) * a - (pivot.coef[k] as bigint) * b;
      row.rhs = row.rhs * a - pivot.rhs * b;
      normalize(row);
    }
    pivotOf[u] = rank++;
  }
  for (let i = rank; i < rows.length; i++) if ((rows[i] as LinearRow).rhs !== 0n) return { status: 'inconsistent' };
  const values: (bigint | undefined)[] = new Array(unknowns).fill(undefined);
  const fractional: boolean[] = new Array(unknowns).fill(false);
  for (let u = 0; u < unknowns; u++) {
    const r = pivotOf[u] as number;
    if (r < 0) continue;
    const row = rows[r] as LinearRow;
    if (row.coef.some((c, k) => k !== u && c !== 0n)) continue; // depends on a free unknown
    const a = row.coef[u] as bigint;
    if (row.rhs % a !== 0n) fractional[u] = true;
    else values[u] = row.rhs / a;
  }
  return { status: 'solved', values, fractional };
}
