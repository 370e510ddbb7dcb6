/**
 * A report's sum rules as a repair problem: every equality relation of the rules in scope, with this
 * year's printed cells as the quantities a repair may change, this year's blanks as free unknowns,
 * and everything else (the previous year's report, the reports aggregated) as constants.
 *
 * The blanks are eliminated once per independent part ({@link eliminate}), not once per change set
 * the search examines: what is left are exact equations over printed cells, and bounds (relations in
 * which a blank survives, so they only hold as far as a blank can take the value they need).
 */
import { KNOWN, NA, type Values } from '../_internal/cellValues.js';
import { foldRelations } from '../check/linear.js';
import type { PackedRelation } from '../check/relation.js';
import type { EditionLayout } from '../template/layout.js';
import { eliminate, type Row } from './eliminate.js';
import type { WorkCounter } from './eliminate.js';
import { gcd } from './solve.js';

/** `Σ coef·x[cell] + constant = 0` over printed cells: every repair must satisfy it exactly. */
export interface Equation {
  readonly cells: readonly number[];
  readonly coefs: readonly bigint[];
  readonly constant: bigint;
  /** Whether it fails as printed. */
  readonly broken: boolean;
}

/**
 * `Σ coef·x[cell] + constant + Σ blankCoef·blank = 0` with blanks left in it: it holds when the
 * blanks can take the value it needs (non-negative integers, any integer for a signed cell).
 */
export interface Bound extends Equation {
  readonly blanks: readonly number[];
  readonly blankCoefs: readonly bigint[];
  /** Whether a blank that takes any value may be negative (a signed cell). */
  readonly signed: readonly boolean[];
}

/** The repair problem of one independent part of a report. */
export interface Problem {
  readonly layout: EditionLayout;
  readonly values: Values;
  readonly equations: readonly Equation[];
  readonly bounds: readonly Bound[];
  /** For each cell, the equations it takes part in. */
  readonly byCell: readonly (readonly number[])[];
  /** For each cell, the bounds it takes part in. */
  readonly boundsByCell: readonly (readonly number[])[];
  /** For each cell: its printed value, or `undefined` where it is blank or unreadable (a free unknown). */
  readonly printed: readonly (bigint | undefined)[];
}

/** Whether this year's cell may be changed by a repair (a printed number; not applicable counts as 0). */
const isPrinted = (v: Values, i: number) => v.state[i] === KNOWN || v.state[i] === NA;

/** The relations in scope as rows over this year's cells, the other reports folded in ({@link foldRelations}); money is no count to repair. */
function rowsOf(all: readonly (Values | undefined)[], relations: readonly PackedRelation[]): Row[] {
  const noMoney = (rel: PackedRelation) => !rel.terms.some((t) => t.cell.column.kind === 'money');
  return foldRelations(relations, all, noMoney).flatMap((rel) => {
    const coefs = new Map<number, bigint>();
    rel.cells.forEach((j, k) => coefs.set(j, (coefs.get(j) ?? 0n) + BigInt(rel.coefs[k] as number)));
    for (const [j, c] of coefs) if (c === 0n) coefs.delete(j);
    return coefs.size > 0 ? [{ coefs, constant: BigInt(rel.constant) }] : [];
  });
}

/** The relations' rows grouped into parts that share no cell (a blank included). */
function groups(rows: readonly Row[], cells: number): Row[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const firstRow = new Int32Array(cells).fill(-1);
  rows.forEach((row, r) => {
    for (const j of row.coefs.keys()) {
      const f = firstRow[j] as number;
      if (f < 0) firstRow[j] = r;
      else parent[find(r)] = find(f);
    }
  });
  const byRoot = new Map<number, Row[]>();
  rows.forEach((row, r) => {
    const root = find(r);
    const group = byRoot.get(root);
    if (group) group.push(row);
    else byRoot.set(root, [row]);
  });
  return [...byRoot.values()];
}

/** `Σ coef·printed + constant` over a row's printed cells. */
export function residualOf(
  cells: readonly number[],
  coefs: readonly bigint[],
  constant: bigint,
  valueOf: (cell: number) => bigint,
): bigint {
  let r = constant;
  for (let k = 0; k < cells.length; k++) r += (coefs[k] as bigint) * valueOf(cells[k] as number);
  return r;
}

/**
 * Whether the bound's blanks can make up `need` (`Σ blankCoef·blank = need`): not when every blank
 * can only move the sum the other way, nor when their coefficients' common divisor does not divide it.
 */
export function blanksCanMake(b: Bound, need: bigint): boolean {
  if (need === 0n) return true;
  let up = false;
  let down = false;
  let g = 0n;
  b.blankCoefs.forEach((c, k) => {
    if (b.signed[k] || c > 0n) up = true;
    if (b.signed[k] || c < 0n) down = true;
    g = gcd(g, c);
  });
  if ((need > 0n && !up) || (need < 0n && !down)) return false;
  return g !== 0n && need % g === 0n;
}

/** An equation or bound from a row: its printed cells and, for a bound, its blanks. */
function split(row: Row, printed: readonly (bigint | undefined)[], layout: EditionLayout): Equation | Bound {
  const cells: number[] = [];
  const coefs: bigint[] = [];
  const blanks: number[] = [];
  const blankCoefs: bigint[] = [];
  for (const [j, c] of [...row.coefs].sort((a, b) => a[0] - b[0])) {
    if (printed[j] === undefined) {
      blanks.push(j);
      blankCoefs.push(c);
    } else {
      cells.push(j);
      coefs.push(c);
    }
  }
  const residual = residualOf(cells, coefs, row.constant, (j) => printed[j] as bigint);
  if (blanks.length === 0) return { cells, coefs, constant: row.constant, broken: residual !== 0n };
  const signed = blanks.map((j) => layout.cells[j]?.column.kind === 'signed');
  const bound = { cells, coefs, constant: row.constant, blanks, blankCoefs, signed, broken: false };
  return { ...bound, broken: !blanksCanMake(bound, -residual) };
}

/** Indexes the rows' cells: for each cell, the rows it takes part in. */
function indexOf(rows: readonly Equation[], cells: number): number[][] {
  const by: number[][] = Array.from({ length: cells }, () => []);
  rows.forEach((row, r) => {
    for (const j of row.cells) (by[j] as number[]).push(r);
  });
  return by;
}

/** One part's problem: its blanks eliminated, its relations as equations over printed cells and bounds. */
function partOf(
  layout: EditionLayout,
  values: Values,
  printed: readonly (bigint | undefined)[],
  rows: readonly Row[],
  work: WorkCounter,
): Problem {
  const { exact, pivots } = eliminate(rows, (j) => printed[j] === undefined, work);
  const equations = exact.map((r) => split(r, printed, layout) as Equation);
  // A bound is any row in which a blank survives: the relations as given, and each blank's pivot row.
  const bounds: Bound[] = [];
  for (const row of [...rows, ...pivots]) {
    const b = split(row, printed, layout);
    if ('blanks' in b) bounds.push(b);
  }
  const n = layout.cells.length;
  return {
    layout,
    values,
    equations,
    bounds,
    byCell: indexOf(equations, n),
    boundsByCell: indexOf(bounds, n),
    printed,
  };
}

/**
 * The report's problem in independent parts: relations that share no cell (a blank included) are
 * repaired separately, and a repair of the report is one repair of each part. Only the parts with
 * an equation or a bound broken as printed are returned.
 */
export function problemParts(
  layout: EditionLayout,
  all: readonly (Values | undefined)[],
  relations: readonly PackedRelation[],
  work: WorkCounter = { steps: 0 },
): Problem[] {
  const values = all[0] as Values;
  const printed = layout.cells.map((c) =>
    isPrinted(values, c.index) ? BigInt(values.num[c.index] as number) : undefined,
  );
  return groups(rowsOf(all, relations), layout.cells.length)
    .map((rows) => partOf(layout, values, printed, rows, work))
    .filter((p) => p.equations.some((e) => e.broken) || p.bounds.some((b) => b.broken));
}
