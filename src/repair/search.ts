/**
 * The search for the smallest sets of printed cells whose change satisfies every relation.
 *
 * A change set S works only if every broken relation has a cell in S and every relation that holds
 * has none or at least two (one changed cell alone would break it). So the search branches on a
 * relation that S does not yet satisfy that way — one of its cells must be in S — and, where the
 * counts are satisfied but the values are not (the changes contradict each other, or a count would
 * go negative), on a cell of a relation S already touches: a working superset must add one there,
 * since cells outside those relations do not change the equations S is solved from. Every set of up
 * to `maxChanges` cells that can work is reached; sizes are tried in increasing order, so the first
 * size with a solution gives exactly the minimal repairs (and the next `beyond` sizes, those repairs
 * that no smaller set contained in them would do).
 */
import { solve, type LinearRow } from './solve.js';
import type { Problem } from './problem.js';

/** A set of changes that satisfies every relation of the problem. */
export interface Candidate {
  /** The printed cells changed, by layout index, ascending, with their new values. */
  readonly changes: readonly (readonly [cell: number, to: bigint])[];
  /** Blank cells whose value the changes force, with that value. */
  readonly fills: readonly (readonly [cell: number, to: bigint])[];
}

/** Limits of the search. */
export interface SearchBounds {
  /** The largest change set tried. */
  readonly maxChanges: number;
  /** The most change sets examined (solved or expanded) before the search stops. */
  readonly budget: number;
  /** The most repairs collected. */
  readonly maxFound: number;
  /** Sizes beyond the minimal one to collect too (0: only the minimal repairs). */
  readonly beyond: number;
}

/** What the search found, and whether it finished. */
export interface SearchOutcome {
  readonly found: readonly Candidate[];
  /** `true` when every set up to the size found (or up to `maxChanges`) was examined. */
  readonly complete: boolean;
  /** Why it stopped early, when it did. */
  readonly stop?: 'budget' | 'maxFound';
  /** Change sets examined. */
  readonly examined: number;
  /** Steps of work spent (bounded by `budget × WORK_PER_SET`). */
  readonly work: number;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Steps of work the search may spend per change set its budget allows, on average (a step: a
 * relation or cell read, an elimination step; ~25 ns here). Sets of slips in a filled report cost
 * 40–300 steps; a set over a large blank part up to 10⁵. So `budget` bounds time for any report:
 * 20,000 sets (the default) are at most 4 million steps, about 0.1 s.
 */
export const WORK_PER_SET = 200;

/** A count of the steps spent, kept by the caller across calls. */
export interface WorkCounter {
  steps: number;
}

/** Solves the relations touched by `chosen` for the chosen cells (and the blanks they reach). */
export function solveFor(
  p: Problem,
  chosen: readonly number[],
  work: WorkCounter = { steps: 0 },
): Candidate | undefined {
  const unknown = new Map<number, number>();
  for (const c of chosen) unknown.set(c, unknown.size);
  const used = new Set<number>();
  const queue = [...chosen];
  while (queue.length > 0) {
    const cell = queue.pop() as number;
    for (const e of p.byCell[cell] as readonly number[]) {
      if (used.has(e)) continue;
      used.add(e);
      for (const j of p.equations[e]?.cells ?? [])
        if (p.printed[j] === undefined && !unknown.has(j)) {
          unknown.set(j, unknown.size);
          queue.push(j);
        }
    }
  }
  const n = unknown.size;
  const rows: LinearRow[] = [];
  for (const e of used) {
    const eq = p.equations[e] as Problem['equations'][number];
    const coef: bigint[] = new Array(n).fill(0n);
    let rhs = -eq.constant;
    eq.cells.forEach((j, k) => {
      const u = unknown.get(j);
      const s = BigInt(eq.signs[k] as number);
      if (u === undefined) rhs -= s * (p.printed[j] as bigint);
      else coef[u] = (coef[u] as bigint) + s;
    });
    rows.push({ coef, rhs });
  }
  work.steps += rows.length * n * Math.min(rows.length, n) + rows.length;
  const solution = solve(rows, n);
  if (solution.status !== 'solved') return undefined;
  const changes: [number, bigint][] = [];
  const fills: [number, bigint][] = [];
  for (const [cell, u] of unknown) {
    const v = solution.values[u];
    const isChosen = u < chosen.length;
    if (v === undefined) {
      if (isChosen || solution.fractional[u]) return undefined; // a changed cell must be fixed; no count is fractional
      continue;
    }
    const signed = p.layout.cells[cell]?.column.kind === 'signed';
    if ((!signed && v < 0n) || v > SAFE || v < -SAFE) return undefined;
    if (isChosen) {
      if (v === p.printed[cell]) return undefined; // a smaller set would do
      changes.push([cell, v]);
    } else fills.push([cell, v]);
  }
  changes.sort((a, b) => a[0] - b[0]);
  fills.sort((a, b) => a[0] - b[0]);
  return { changes, fills };
}

/** The printed cells of an equation not yet chosen (each cell read is a step of work). */
function open(p: Problem, e: number, chosen: ReadonlySet<number>, work: WorkCounter): number[] {
  const cells = p.equations[e]?.cells ?? [];
  work.steps += cells.length;
  return cells.filter((j) => p.printed[j] !== undefined && !chosen.has(j));
}

/** The relation the chosen set leaves most constrained: broken with no changed cell, or holding with exactly one. */
function demanding(
  p: Problem,
  chosen: ReadonlySet<number>,
  touches: Int16Array,
  work: WorkCounter,
): number[] | undefined {
  let best: number[] | undefined;
  work.steps += p.equations.length;
  p.equations.forEach((eq, e) => {
    const t = touches[e] as number;
    const needs = eq.broken ? t === 0 : !eq.open && t === 1;
    if (!needs) return;
    const cells = open(p, e, chosen, work);
    if (best === undefined || cells.length < best.length) best = cells;
  });
  return best;
}

/** Searches change sets of increasing size for those that satisfy every relation. */
export function searchRepairs(p: Problem, bounds: SearchBounds): SearchOutcome {
  if (!p.equations.some((e) => e.broken)) return { found: [], complete: true, examined: 0, work: 0 };
  let examined = 0;
  const work: WorkCounter = { steps: 0 };
  const maxWork = bounds.budget * WORK_PER_SET;
  const found: Candidate[] = [];
  let last = bounds.maxChanges;
  for (let size = 1; size <= last; size++) {
    const seen = new Set<string>();
    const touches = new Int16Array(p.equations.length);
    const chosen = new Set<number>();
    let stop: SearchOutcome['stop'];
    const visit = (): void => {
      if (stop) return;
      const key = [...chosen].sort((a, b) => a - b).join(',');
      if (seen.has(key)) return;
      seen.add(key);
      work.steps += chosen.size; // the set's key
      if (++examined > bounds.budget || work.steps > maxWork) {
        stop = 'budget';
        return;
      }
      const need = demanding(p, chosen, touches, work);
      let next: readonly number[];
      if (need) {
        if (chosen.size === size) return;
        next = need;
      } else {
        const c = solveFor(p, [...chosen], work);
        if (c) {
          if (chosen.size === size) found.push(c);
          if (found.length >= bounds.maxFound) stop = 'maxFound';
          return;
        }
        if (chosen.size === size) return;
        const around = new Set<number>();
        for (const cell of chosen)
          for (const e of p.byCell[cell] ?? []) for (const j of open(p, e, chosen, work)) around.add(j);
        next = [...around];
      }
      for (const cell of next) {
        chosen.add(cell);
        for (const e of p.byCell[cell] ?? []) touches[e] = (touches[e] as number) + 1;
        visit();
        chosen.delete(cell);
        for (const e of p.byCell[cell] ?? []) touches[e] = (touches[e] as number) - 1;
        if (stop) return;
      }
    };
    const before = found.length;
    visit();
    if (stop) return { found, complete: false, stop, examined, work: work.steps };
    if (before === 0 && found.length > 0) last = Math.min(last, size + bounds.beyond);
  }
  return { found, complete: true, examined, work: work.steps };
}
