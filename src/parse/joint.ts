/**
 * The joint choice among a section's digit runs: one reading per run so that the sum relations of the
 * form (R1–R4, and R5–R7 with last year's report) break as little as possible. A run with a short list
 * of splits is a choice among them; a run with too many to list (a total row of twenty-odd digits) is
 * derived instead: once the other runs are chosen, the relations fix its cells, and the reading counts
 * only if it prints exactly as the run's digits. Branch and bound, with every best reading kept, so
 * that ties are reported, never settled arbitrarily.
 */
import type { JointResult, RunChoice } from './jointBasics.js';
import { runGrid, searchJointly } from './jointSearch.js';
import type { CellRange, RunValue } from './segment.js';
import type { LinearRelation } from '../check/linear.js';

export { matchPieces, type JointResult, type RunChoice } from './jointBasics.js';

/**
 * The least and the most a relation's sum (constant + Σ coef·cell, the term at `skip` left out) can
 * be, given each cell's span; undefined when a cell has none.
 */
function sumSpan(r: LinearRelation, spanOf: (cell: number) => CellRange | undefined, skip = -1): CellRange | undefined {
  let lo = r.constant;
  let hi = r.constant;
  for (let k = 0; k < r.cells.length; k++) {
    if (k === skip) continue;
    const s = spanOf(r.cells[k] as number);
    if (!s) return undefined;
    const coef = r.coefs[k] as number;
    if (coef > 0) (lo += coef * s[0]), (hi += coef * s[1]);
    else (lo += coef * s[1]), (hi += coef * s[0]);
  }
  return [lo, hi];
}

/** The least and the most each cell of a listed run takes over its candidates. */
function candidateSpans(choices: readonly RunChoice[]): Map<number, CellRange> {
  const span = new Map<number, CellRange>();
  for (const ch of choices) {
    if (!('candidates' in ch) || ch.candidates.length === 0) continue;
    const { lo, hi } = runGrid(ch.candidates, ch.cells.length);
    ch.cells.forEach((cell, slot) => span.set(cell, [lo[slot] as number, hi[slot] as number]));
  }
  return span;
}

/**
 * The range each cell of choice `target` must lie in for the relations to hold, from relations whose
 * other cells are all fixed or in listed runs (whose candidates bound them); none where no relation
 * says. A run too long to list can then be split within these ranges, which leaves few splits.
 */
export function cellRanges(
  choices: readonly RunChoice[],
  fixed: ReadonlyMap<number, number>,
  relations: readonly LinearRelation[],
  target: number,
): (CellRange | undefined)[] {
  // Cells of runs given by their pieces have no candidates to bound them: no span.
  const span = candidateSpans(choices);
  for (const [c, v] of fixed) span.set(c, [v, v]);
  return (choices[target] as RunChoice).cells.map((cell) => {
    let range: CellRange | undefined;
    for (const r of relations) {
      const k = r.cells.indexOf(cell);
      if (k < 0 || Math.abs(r.coefs[k] as number) !== 1) continue;
      const rest = sumSpan(r, (c) => span.get(c), k);
      if (!rest) continue;
      const [lo, hi] = rest;
      // constant + rest + coef·cell = 0, with coef ±1.
      const coef = r.coefs[k] as number;
      const next: CellRange = coef > 0 ? [-hi, -lo] : [lo, hi];
      range = range ? [Math.max(range[0], next[0]), Math.min(range[1], next[1])] : next;
    }
    return range;
  });
}

const byCell = new WeakMap<readonly LinearRelation[], ReadonlyMap<number, readonly LinearRelation[]>>();

/** The relations each cell is in (memoised per list: the lists are compiled once per edition). */
export function relationsByCell(relations: readonly LinearRelation[]): ReadonlyMap<number, readonly LinearRelation[]> {
  const known = byCell.get(relations);
  if (known) return known;
  const relsOf = new Map<number, LinearRelation[]>();
  for (const rel of relations)
    for (const c of rel.cells) {
      const list = relsOf.get(c);
      if (!list) relsOf.set(c, [rel]);
      else if (list.at(-1) !== rel) list.push(rel);
    }
  byCell.set(relations, relsOf);
  return relsOf;
}

/** What a cell is to the joint search: in no run and not fixed, in a run, or fixed. */
const enum CellRole {
  Unknown,
  InRun,
  Fixed,
}

/**
 * The relations, in their order, with a cell in some run and every cell in a run or fixed. By
 * cell index over a typed array: it runs once per section, over every cell of every relation.
 */
function usableRelations(
  choices: readonly RunChoice[],
  fixed: ReadonlyMap<number, number>,
  relations: readonly LinearRelation[],
): LinearRelation[] {
  const role = new Uint8Array(cellBound(relations));
  for (const ch of choices) for (const c of ch.cells) if (c < role.length) role[c] = CellRole.InRun;
  for (const c of fixed.keys()) if (c < role.length && role[c] === CellRole.Unknown) role[c] = CellRole.Fixed;
  return relations.filter((r) => {
    let near = false;
    for (const c of r.cells) {
      const k = role[c] as CellRole;
      if (k === CellRole.Unknown) return false;
      near ||= k === CellRole.InRun;
    }
    return near;
  });
}

const cellBounds = new WeakMap<readonly LinearRelation[], number>();

/** One more than the largest cell index in the relations (memoised per list, as {@link relationsByCell}). */
function cellBound(relations: readonly LinearRelation[]): number {
  let bound = cellBounds.get(relations);
  if (bound !== undefined) return bound;
  bound = 0;
  for (const r of relations) for (const c of r.cells) bound = Math.max(bound, c + 1);
  cellBounds.set(relations, bound);
  return bound;
}

/**
 * Chooses one reading per run so that the fewest relations break, with the cells that are not in any
 * run fixed (`fixed`: value per layout index; absent for blank or unknown). Relations with an unknown
 * cell are no evidence. Branch and bound over the listed runs, bounded by {@link MAX_JOINT_WORK};
 * runs given by their pieces are derived at each leaf.
 */
export function chooseJointly(
  choices: readonly RunChoice[],
  fixed: ReadonlyMap<number, number>,
  relations: readonly LinearRelation[],
): JointResult {
  // A run no usable relation touches has every candidate as good as another: no search for it.
  const usable = usableRelations(choices, fixed, relations);
  const touched = new Uint8Array(cellBound(relations));
  for (const r of usable) for (const c of r.cells) touched[c] = 1;
  const bound = choices.map((_, i) => i).filter((i) => (choices[i] as RunChoice).cells.some((c) => touched[c] === 1));
  const inner = searchJointly(
    bound.map((i) => choices[i] as RunChoice),
    fixed,
    usable,
  );
  const at = new Map(bound.map((i, k) => [i, k]));
  return {
    readings: choices.map((ch, i) => {
      const k = at.get(i);
      return k !== undefined
        ? (inner.readings[k] as readonly (readonly RunValue[])[])
        : 'candidates' in ch
          ? ch.candidates
          : [];
    }),
    open: choices.map((ch, i) => {
      const k = at.get(i);
      return k !== undefined ? inner.open[k] === true : 'pieces' in ch;
    }),
    broken: inner.broken,
    complete: inner.complete,
  };
}
