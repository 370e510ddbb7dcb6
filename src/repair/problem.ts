/**
 * A report's sum rules as a repair problem: every equality relation of the rules in scope, with this
 * year's printed cells as the quantities a repair may change and everything else (the previous
 * year's report, the reports aggregated) as constants.
 */
import { BLANK, INVALID, KNOWN, NA, type Values } from '../_internal/cellValues.js';
import { evaluate, type PackedRelation } from '../check/relation.js';
import type { EditionLayout } from '../template/layout.js';

/** One relation: `Σ sign·x[cell] + constant = 0` over this year's cells. */
interface Equation {
  readonly relation: PackedRelation;
  /** This year's cells in the relation (layout indices). */
  readonly cells: readonly number[];
  /** Their signs: +1 on the reported side, −1 on the side it is checked against. */
  readonly signs: readonly number[];
  /** The sum of the terms read from other reports, with their signs. */
  readonly constant: bigint;
  /** Whether a blank (or unreadable) cell of this year's report takes part. */
  readonly open: boolean;
  /** `Σ sign·printed + constant`, blanks counted as 0: 0 when the printed cells agree. */
  readonly residual: bigint;
  /** Whether the checker finds it broken as printed. */
  readonly broken: boolean;
}

/** The repair problem of one report. */
export interface Problem {
  readonly layout: EditionLayout;
  readonly values: Values;
  readonly equations: readonly Equation[];
  /** For each cell, the equations it takes part in. */
  readonly byCell: readonly (readonly number[])[];
  /** For each cell: its printed value, or `undefined` where it is blank or unreadable (a free unknown). */
  readonly printed: readonly (bigint | undefined)[];
}

/** Whether this year's cell may be changed by a repair (a printed number; not applicable counts as 0). */
const isPrinted = (v: Values, i: number) => v.state[i] === KNOWN || v.state[i] === NA;

/** Builds the problem from the relations in scope; relations that read a blank of another report are left out (nothing to repair against). */
export function problemOf(
  layout: EditionLayout,
  all: readonly (Values | undefined)[],
  relations: readonly PackedRelation[],
): Problem {
  const values = all[0] as Values;
  const printed = layout.cells.map((c) =>
    isPrinted(values, c.index) ? BigInt(values.num[c.index] as number) : undefined,
  );
  const equations: Equation[] = [];
  const byCell: number[][] = layout.cells.map(() => []);
  for (const rel of relations) {
    if (rel.op !== 'eq' || rel.terms.some((t) => t.cell.column.kind === 'money')) continue;
    const cells: number[] = [];
    const signs: number[] = [];
    let constant = 0n;
    let fixed = true;
    let open = false;
    let residual = 0n;
    for (let i = 0; i < rel.idx.length; i++) {
      const j = rel.idx[i] as number;
      const s = rel.sign[i] as number;
      const v = all[rel.rep[i] as number] as Values;
      if (rel.rep[i] !== 0) {
        if (!isPrinted(v, j)) fixed = false;
        else constant += BigInt(s) * BigInt(v.num[j] as number);
        continue;
      }
      cells.push(j);
      signs.push(s);
      const p = printed[j];
      if (p === undefined) open = values.state[j] === BLANK || values.state[j] === INVALID || open;
      else residual += BigInt(s) * p;
    }
    if (!fixed || cells.length === 0) continue;
    const broken = evaluate(rel, all).status === 'broken';
    const e = equations.length;
    equations.push({ relation: rel, cells, signs, constant, open, residual: residual + constant, broken });
    for (const j of cells) (byCell[j] as number[]).push(e);
  }
  return { layout, values, equations, byCell, printed };
}

/**
 * The problem split into independent parts: relations that share no cell (a blank included) can be
 * repaired separately, and a repair of the report is one repair of each part. Only the parts with a
 * broken relation are returned.
 */
export function partsOf(p: Problem): Problem[] {
  const parent = p.equations.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const eqs of p.byCell)
    for (let k = 1; k < eqs.length; k++) parent[find(eqs[k] as number)] = find(eqs[0] as number);
  const groups = new Map<number, number[]>();
  p.equations.forEach((_, e) => {
    const root = find(e);
    const group = groups.get(root);
    if (group) group.push(e);
    else groups.set(root, [e]);
  });
  return [...groups.values()]
    .filter((eqs) => eqs.some((e) => p.equations[e]?.broken))
    .map((eqs) => {
      const equations = eqs.map((e) => p.equations[e] as Equation);
      const byCell: number[][] = p.byCell.map(() => []);
      equations.forEach((eq, e) => {
        for (const j of eq.cells) (byCell[j] as number[]).push(e);
      });
      return { ...p, equations, byCell };
    });
}
