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
import type { WorkCounter } from './eliminate.js';
import { blanksCanMake, residualOf, type Bound, type Equation, type Problem } from './problem.js';
import { solve, type LinearRow } from './solve.js';

/** A set of changes that satisfies every relation of the problem. */
export interface Candidate {
  /** The printed cells changed, by layout index, ascending, with their new values. */
  readonly changes: readonly (readonly [cell: number, to: bigint])[];
  /** Blank cells whose value the changes force, with that value. */
  readonly fills: readonly (readonly [cell: number, to: bigint])[];
  /** Changed cells the relations only bound: their value is the nearest to the printed one the bounds allow. */
  readonly bounded: readonly number[];
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

/** The values of the chosen cells the exact equations they touch fix, or `undefined` if those contradict each other. */
function solveExact(
  p: Problem,
  chosen: readonly number[],
  known: ReadonlyMap<number, bigint>,
  work: WorkCounter,
): Map<number, bigint> | undefined {
  const open = chosen.filter((c) => !known.has(c));
  const unknown = new Map(open.map((c, u) => [c, u]));
  const valueOf = (j: number) => known.get(j) ?? (p.printed[j] as bigint);
  const rows: LinearRow[] = [];
  for (const e of touched(p.byCell, chosen)) {
    const eq = p.equations[e] as Equation;
    const coef: bigint[] = new Array(open.length).fill(0n);
    let rhs = -eq.constant;
    eq.cells.forEach((j, k) => {
      const u = unknown.get(j);
      if (u === undefined) rhs -= (eq.coefs[k] as bigint) * valueOf(j);
      else coef[u] = eq.coefs[k] as bigint;
    });
    rows.push({ coef, rhs });
  }
  work.steps += rows.length * (open.length + 1) ** 2;
  const solution = solve(rows, open.length);
  if (solution.status !== 'solved') return undefined;
  const values = new Map(known);
  open.forEach((c, u) => {
    const v = solution.values[u];
    if (v !== undefined) values.set(c, v);
  });
  return values;
}

/** The equations (or bounds) a set of cells takes part in. */
function touched(by: readonly (readonly number[])[], cells: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const c of cells) for (const e of by[c] ?? []) out.add(e);
  return out;
}

const floorDiv = (a: bigint, b: bigint) => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};
const ceilDiv = (a: bigint, b: bigint) => -floorDiv(-a, b);

/**
 * The range the bounds a chosen cell is alone in allow it: where the blanks of a bound can only add
 * to one side, they bound the cell from that side; a count is not negative. `undefined` for no limit.
 */
function range(p: Problem, cell: number, values: ReadonlyMap<number, bigint>, chosen: ReadonlySet<number>) {
  let lo: bigint | undefined = p.layout.cells[cell]?.column.kind === 'signed' ? undefined : 0n;
  let hi: bigint | undefined;
  const valueOf = (j: number) => (j === cell ? 0n : (values.get(j) ?? (p.printed[j] as bigint)));
  for (const e of p.boundsByCell[cell] ?? []) {
    const b = p.bounds[e] as Bound;
    if (b.cells.some((j) => j !== cell && chosen.has(j) && !values.has(j))) continue;
    const up = b.blankCoefs.some((c, i) => b.signed[i] || c > 0n);
    const down = b.blankCoefs.some((c, i) => b.signed[i] || c < 0n);
    if (up === down) continue;
    // a·x + rest + Σ blankCoef·blank = 0: blanks only adding (up) give a·x ≤ −rest, only taking a·x ≥ −rest.
    const a = b.coefs[b.cells.indexOf(cell)] as bigint;
    const rest = residualOf(b.cells, b.coefs, b.constant, valueOf);
    const upper = up === a > 0n;
    const limit = upper ? floorDiv(-rest, a) : ceilDiv(-rest, a);
    if (upper) hi = hi === undefined || limit < hi ? limit : hi;
    else lo = lo === undefined || limit > lo ? limit : lo;
  }
  return { lo, hi };
}

/** A value from a range: the only one it allows, or else (`nearest`) the one nearest the printed value if that lies outside. */
function pick(r: { lo?: bigint | undefined; hi?: bigint | undefined }, printed: bigint, nearest: boolean) {
  if (r.lo !== undefined && r.lo === r.hi) return r.lo;
  if (!nearest) return undefined;
  if (r.lo !== undefined && printed < r.lo) return r.lo;
  if (r.hi !== undefined && printed > r.hi) return r.hi;
  return undefined;
}

/** Whether the values leave every equation and bound the chosen cells touch satisfied. */
function satisfied(p: Problem, chosen: readonly number[], values: ReadonlyMap<number, bigint>, work: WorkCounter) {
  const valueOf = (j: number) => values.get(j) ?? (p.printed[j] as bigint);
  for (const e of touched(p.byCell, chosen)) {
    const eq = p.equations[e] as Equation;
    work.steps += eq.cells.length;
    if (residualOf(eq.cells, eq.coefs, eq.constant, valueOf) !== 0n) return false;
  }
  for (const e of touched(p.boundsByCell, chosen)) {
    const b = p.bounds[e] as Bound;
    work.steps += b.cells.length + b.blanks.length;
    if (!blanksCanMake(b, -residualOf(b.cells, b.coefs, b.constant, valueOf))) return false;
  }
  return true;
}

/** The part's blanks the repaired values determine: a bound with one blank left fixes it. */
function fillsOf(p: Problem, values: ReadonlyMap<number, bigint>) {
  const valueOf = (j: number) => values.get(j) ?? (p.printed[j] as bigint);
  const fills = new Map<number, bigint>();
  for (const b of p.bounds) {
    if (b.blanks.length !== 1) continue;
    const need = -residualOf(b.cells, b.coefs, b.constant, valueOf);
    fills.set(b.blanks[0] as number, need / (b.blankCoefs[0] as bigint));
  }
  return [...fills].sort((a, b) => a[0] - b[0]);
}

/** The values of the chosen cells, and those only bounded (set to the nearest value their bounds allow). */
interface Values {
  readonly values: ReadonlyMap<number, bigint>;
  readonly bounded: ReadonlySet<number>;
}

/**
 * The value of each chosen cell: from the exact equations, then the bounds, in turn until nothing
 * more is fixed; then a cell the bounds only limit takes the value nearest its printed one (one at a
 * time, each fixing more through the equations). At most two rounds per chosen cell.
 */
function valuesFor(p: Problem, chosen: readonly number[], work: WorkCounter): Values | undefined {
  const set = new Set(chosen);
  const bounded = new Set<number>();
  let values = solveExact(p, chosen, new Map(), work);
  for (let round = 0; values && values.size < chosen.length && round < 2 * chosen.length; round++) {
    const known: Map<number, bigint> = new Map(values);
    const open = chosen.filter((c) => !known.has(c));
    for (const c of open) {
      const v = pick(range(p, c, known, set), p.printed[c] as bigint, false);
      if (v !== undefined) known.set(c, v);
    }
    if (known.size === values.size)
      for (const c of open) {
        const v = pick(range(p, c, known, set), p.printed[c] as bigint, true);
        if (v === undefined) continue;
        known.set(c, v);
        bounded.add(c);
        break;
      }
    if (known.size === values.size) return undefined;
    values = solveExact(p, chosen, known, work);
  }
  return values && values.size === chosen.length ? { values, bounded } : undefined;
}

/**
 * Solves for the chosen cells: their values fixed by the exact equations and bounds they take part
 * in (a changed cell must have one value), checked against all of them, with the blanks this fixes.
 */
export function solveFor(
  p: Problem,
  chosen: readonly number[],
  work: WorkCounter = { steps: 0 },
): Candidate | undefined {
  const solved = valuesFor(p, chosen, work);
  if (!solved) return undefined;
  const { values, bounded } = solved;
  const changes: [number, bigint][] = [];
  for (const c of chosen) {
    const v = values.get(c) as bigint;
    const signed = p.layout.cells[c]?.column.kind === 'signed';
    if ((!signed && v < 0n) || v > SAFE || v < -SAFE) return undefined;
    if (v === p.printed[c]) return undefined; // a smaller set would do
    changes.push([c, v]);
  }
  if (!satisfied(p, chosen, values, work)) return undefined;
  changes.sort((a, b) => a[0] - b[0]);
  return { changes, fills: fillsOf(p, values), bounded: [...bounded].sort((a, b) => a - b) };
}

/** The printed cells of an equation or bound not yet chosen (each cell read is a step of work). */
function open(cells: readonly number[], chosen: ReadonlySet<number>, work: WorkCounter): number[] {
  work.steps += cells.length;
  return cells.filter((j) => !chosen.has(j));
}

/**
 * The relation the chosen set leaves most constrained: an equation or bound broken with no changed
 * cell, or an equation holding with exactly one (one changed cell alone would break it).
 */
function demanding(
  p: Problem,
  chosen: ReadonlySet<number>,
  touches: Int16Array,
  boundTouches: Int16Array,
  work: WorkCounter,
): number[] | undefined {
  let best: number[] | undefined;
  work.steps += p.equations.length + p.bounds.length;
  const consider = (cells: readonly number[]) => {
    const left = open(cells, chosen, work);
    if (best === undefined || left.length < best.length) best = left;
  };
  p.equations.forEach((eq, e) => {
    const t = touches[e] as number;
    if (eq.broken ? t === 0 : t === 1) consider(eq.cells);
  });
  p.bounds.forEach((b, e) => {
    if (b.broken && boundTouches[e] === 0) consider(b.cells);
  });
  return best;
}

/** Adds `by` to the counts of the given equations or bounds. */
function count(counts: Int16Array, rows: readonly number[] | undefined, by: number): void {
  for (const e of rows ?? []) counts[e] = (counts[e] as number) + by;
}

/** Searches change sets of increasing size for those that satisfy every relation. */
export function searchRepairs(p: Problem, bounds: SearchBounds): SearchOutcome {
  if (!p.equations.some((e) => e.broken) && !p.bounds.some((b) => b.broken))
    return { found: [], complete: true, examined: 0, work: 0 };
  let examined = 0;
  const work: WorkCounter = { steps: 0 };
  const maxWork = bounds.budget * WORK_PER_SET;
  const found: Candidate[] = [];
  let last = bounds.maxChanges;
  for (let size = 1; size <= last; size++) {
    const seen = new Set<string>();
    const touches = new Int16Array(p.equations.length);
    const boundTouches = new Int16Array(p.bounds.length);
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
      const need = demanding(p, chosen, touches, boundTouches, work);
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
        // A working superset adds a cell to an equation or bound this set already touches.
        const around = new Set<number>();
        const cells = [...chosen];
        for (const e of touched(p.byCell, cells))
          for (const j of open((p.equations[e] as Equation).cells, chosen, work)) around.add(j);
        for (const e of touched(p.boundsByCell, cells))
          for (const j of open((p.bounds[e] as Bound).cells, chosen, work)) around.add(j);
        next = [...around];
      }
      for (const cell of next) {
        chosen.add(cell);
        count(touches, p.byCell[cell], 1);
        count(boundTouches, p.boundsByCell[cell], 1);
        visit();
        chosen.delete(cell);
        count(touches, p.byCell[cell], -1);
        count(boundTouches, p.boundsByCell[cell], -1);
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
