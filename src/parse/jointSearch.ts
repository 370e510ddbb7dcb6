/**
 * The branch and bound of the joint choice over the runs that relations touch: the runs with fewest
 * candidates first, each relation decided when its last run is assigned, every best reading kept.
 */
import { EXACT_FROM, MAX_JOINT_WORK, matchPieces, num, type JointResult, type RunChoice } from './jointBasics.js';
import { exactReadings } from './jointExact.js';
import type { RunPiece, RunValue } from './segment.js';
import type { LinearRelation } from '../check/linear.js';

/** The search's view of the cells: fixed beforehand, or taken by a run. */
interface Board {
  readonly choices: readonly RunChoice[];
  readonly owner: ReadonlyMap<number, { readonly choice: number; readonly slot: number }>;
  readonly fixed: ReadonlyMap<number, number>;
  /** The candidate picked per listed choice (−1: not yet); derived choices: their values when matched. */
  readonly picked: number[];
  readonly derived: (readonly RunValue[] | undefined)[];
  /** Relation terms read so far, for the work bound. */
  terms: number;
}

function valueOf(b: Board, cell: number): number | undefined {
  const o = b.owner.get(cell);
  if (!o) return b.fixed.get(cell);
  const ch = b.choices[o.choice] as RunChoice;
  if ('pieces' in ch) {
    const d = b.derived[o.choice];
    return d ? num(d[o.slot] as RunValue) : undefined;
  }
  const p = b.picked[o.choice] as number;
  return p < 0 ? undefined : num((ch.candidates[p] as readonly RunValue[])[o.slot] as RunValue);
}

/** The sum of a relation with every cell known (but the one at `skip`), or undefined. */
function sumOf(b: Board, r: LinearRelation, extra?: ReadonlyMap<number, number>, skip = -1): number | undefined {
  let s = r.constant;
  b.terms += r.cells.length;
  for (let k = 0; k < r.cells.length; k++) {
    if (k === skip) continue;
    const c = r.cells[k] as number;
    const v = extra?.get(c) ?? valueOf(b, c);
    if (v === undefined) return undefined;
    s += (r.coefs[k] as number) * v;
  }
  return s;
}

/**
 * Derives the runs too long to list from the relations, once the listed runs are chosen: a cell is
 * fixed by a relation where it is the only unknown; a run whose every cell is fixed counts when it
 * prints as its pieces, and as one broken relation when it does not. Returns the broken count.
 */
function derive(b: Board, implied: readonly number[], relsOf: ReadonlyMap<number, readonly LinearRelation[]>): number {
  if (implied.length === 0) return 0;
  let broken = 0;
  const pending = new Set(implied);
  for (const i of implied) b.derived[i] = undefined;
  for (let progress = true; progress && pending.size > 0; ) {
    progress = false;
    for (const i of pending) {
      const ch = b.choices[i] as RunChoice & { pieces: readonly RunPiece[] };
      const own = new Map<number, number>();
      for (let again = true; again; ) {
        again = false;
        for (const cell of ch.cells) {
          if (own.has(cell)) continue;
          for (const r of relsOf.get(cell) ?? []) {
            const k = r.cells.indexOf(cell);
            const rest = sumOf(b, r, own, k);
            if (rest === undefined) continue;
            own.set(cell, -rest / (r.coefs[k] as number));
            again = true;
            break;
          }
        }
      }
      if (own.size < ch.cells.length) continue;
      pending.delete(i);
      progress = true;
      const values = ch.cells.map((c) => own.get(c) as number);
      const reading = values.every((v) => Number.isSafeInteger(v) && v >= 0)
        ? matchPieces(ch.pieces, values)
        : undefined;
      if (reading) b.derived[i] = reading;
      else broken++;
    }
  }
  return broken;
}

/**
 * A relation the branch and bound decides, compiled once: the fixed cells folded into the constant,
 * each other cell a slot of a listed run — so that the search reads it off arrays, not maps.
 */
interface Decided {
  readonly constant: number;
  readonly choice: Int32Array;
  readonly slot: Int32Array;
  readonly coef: Float64Array;
  /** Cells of the relation, for the work bound. */
  readonly size: number;
}

/** A listed run's candidates as numbers (`values[candidate · width + slot]`), with each slot's range. */
interface RunGrid {
  readonly width: number;
  readonly values: Float64Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

export function runGrid(candidates: readonly (readonly RunValue[])[], width: number): RunGrid {
  const values = new Float64Array(candidates.length * width);
  const lo = new Float64Array(width).fill(Number.POSITIVE_INFINITY);
  const hi = new Float64Array(width).fill(Number.NEGATIVE_INFINITY);
  candidates.forEach((cand, p) => {
    for (let slot = 0; slot < width; slot++) {
      const v = num(cand[slot] as RunValue);
      values[p * width + slot] = v;
      lo[slot] = Math.min(lo[slot] as number, v);
      hi[slot] = Math.max(hi[slot] as number, v);
    }
  });
  return { width, values, lo, hi };
}

/** Compiles a relation whose every cell is fixed or in a listed run (a cell in neither: never holds). */
function compile(
  r: LinearRelation,
  owner: ReadonlyMap<number, { readonly choice: number; readonly slot: number }>,
  fixed: ReadonlyMap<number, number>,
): Decided {
  let constant = r.constant;
  const terms: { choice: number; slot: number; coef: number }[] = [];
  r.cells.forEach((c, k) => {
    const o = owner.get(c);
    const coef = r.coefs[k] as number;
    if (o) terms.push({ choice: o.choice, slot: o.slot, coef });
    else constant += coef * (fixed.get(c) ?? Number.NaN);
  });
  return {
    constant,
    choice: Int32Array.from(terms, (t) => t.choice),
    slot: Int32Array.from(terms, (t) => t.slot),
    coef: Float64Array.from(terms, (t) => t.coef),
    size: r.cells.length,
  };
}

/** A decided relation's sum under the picks (every run it touches picked). */
function decidedSum(r: Decided, grid: readonly (RunGrid | undefined)[], picked: readonly number[]): number {
  let s = r.constant;
  for (let t = 0; t < r.choice.length; t++) {
    const ch = r.choice[t] as number;
    const g = grid[ch] as RunGrid;
    s += (r.coef[t] as number) * (g.values[(picked[ch] as number) * g.width + (r.slot[t] as number)] as number);
  }
  return s;
}

/** Whether a relation can still hold: runs not yet picked range over their candidates. */
function mayHold(r: Decided, grid: readonly (RunGrid | undefined)[], picked: readonly number[]): boolean {
  let lo = r.constant;
  let hi = r.constant;
  for (let t = 0; t < r.choice.length; t++) {
    const ch = r.choice[t] as number;
    const g = grid[ch] as RunGrid;
    const slot = r.slot[t] as number;
    const p = picked[ch] as number;
    const coef = r.coef[t] as number;
    const min = p < 0 ? (g.lo[slot] as number) : (g.values[p * g.width + slot] as number);
    const max = p < 0 ? (g.hi[slot] as number) : min;
    if (coef > 0) (lo += coef * min), (hi += coef * max);
    else (lo += coef * max), (hi += coef * min);
  }
  return !(lo > 0 || hi < 0);
}

/** The runs to search and the relations, placed: each decided at the depth of its last listed run, or at the leaf. */
interface Plan {
  /** The listed runs, fewest candidates first. */
  readonly order: readonly number[];
  readonly decidedAt: readonly (readonly Decided[])[];
  /** Relations that touch a derived run: decided at the leaf, once the runs are derived. */
  readonly atLeaf: readonly LinearRelation[];
  /** For each derived run's cell, its relations. */
  readonly relsOf: ReadonlyMap<number, readonly LinearRelation[]>;
  readonly grid: readonly (RunGrid | undefined)[];
  readonly implied: readonly number[];
  readonly several: readonly number[];
  readonly single: readonly number[];
}

const candidatesOf = (choices: readonly RunChoice[], i: number) =>
  (choices[i] as RunChoice & { candidates: readonly (readonly RunValue[])[] }).candidates;

/** Orders the listed runs and places every relation. */
function planOf(board: Board, relations: readonly LinearRelation[]): Plan {
  const { choices, owner, fixed } = board;
  const isImplied = (i: number) => 'pieces' in (choices[i] as RunChoice);
  const listed = choices.map((_, i) => i).filter((i) => !isImplied(i));
  const impliedCell = (c: number) => {
    const o = owner.get(c);
    return o !== undefined && isImplied(o.choice);
  };
  // Search the listed runs with fewest candidates first; a relation is decided when its last run is
  // assigned, or at the leaf when it touches a derived run.
  const order = [...listed].sort((a, b) => candidatesOf(choices, a).length - candidatesOf(choices, b).length);
  const rank = new Map(order.map((c, r) => [c, r]));
  const decidedAt: Decided[][] = order.map(() => []);
  const atLeaf: LinearRelation[] = [];
  const relsOf = new Map<number, LinearRelation[]>();
  for (const r of relations) {
    if (r.cells.some(impliedCell)) {
      atLeaf.push(r);
      for (const c of r.cells) if (impliedCell(c)) relsOf.set(c, [...(relsOf.get(c) ?? []), r]);
      continue;
    }
    let last = 0;
    for (const c of r.cells) {
      const o = owner.get(c);
      if (o) last = Math.max(last, rank.get(o.choice) as number);
    }
    (decidedAt[last] as Decided[]).push(compile(r, owner, fixed));
  }
  return {
    order,
    decidedAt,
    atLeaf,
    relsOf,
    grid: choices.map((ch) => ('candidates' in ch ? runGrid(ch.candidates, ch.cells.length) : undefined)),
    implied: choices.map((_, i) => i).filter(isImplied),
    // Per listed choice the candidates some best reading picks (a flag each; a run of one candidate
    // picks it in every reading); per derived choice its readings.
    several: listed.filter((i) => candidatesOf(choices, i).length > 1),
    single: listed.filter((i) => candidatesOf(choices, i).length === 1),
  };
}

/** The branch and bound's state: the best count of broken relations, and what the best readings pick. */
interface Search {
  readonly board: Board;
  readonly plan: Plan;
  best: number;
  picks: Uint8Array[];
  seen: Map<string, readonly RunValue[]>[];
  open: boolean[];
  nodes: number;
  complete: boolean;
}

/** Forgets the readings found: a better count was reached. */
function reset(s: Search): void {
  s.picks = s.board.choices.map((ch) => new Uint8Array('candidates' in ch ? ch.candidates.length : 0));
  s.seen = s.board.choices.map(() => new Map());
  s.open = s.board.choices.map(() => false);
}

/** Relations not yet decided that cannot hold whatever the remaining runs take. */
function surelyBroken(s: Search, depth: number): number {
  let n = 0;
  const { board, plan } = s;
  for (let d = depth; d < plan.order.length; d++)
    for (const r of plan.decidedAt[d] as Decided[]) {
      board.terms += r.size;
      if (!mayHold(r, plan.grid, board.picked)) n++;
    }
  return n;
}

/** A full assignment: the derived runs derived, the leaf relations counted, the reading kept if best. */
function leaf(s: Search, broken: number): void {
  const { board, plan } = s;
  let b = broken + derive(board, plan.implied, plan.relsOf);
  for (const r of plan.atLeaf) {
    const sum = sumOf(board, r);
    if (sum !== undefined && sum !== 0) b++;
  }
  if (b > s.best) return;
  if (b < s.best) (s.best = b), reset(s);
  for (const i of plan.several) (s.picks[i] as Uint8Array)[board.picked[i] as number] = 1;
  for (const i of plan.implied) {
    const reading = board.derived[i];
    if (reading) (s.seen[i] as Map<string, readonly RunValue[]>).set(reading.join('|'), reading);
    else s.open[i] = true;
  }
}

/** Assigns the run at `depth` each of its candidates in turn, pruning on the relations it decides. */
function walk(s: Search, depth: number, broken: number): void {
  if (!s.complete) return;
  const { board, plan } = s;
  if (++s.nodes + board.terms > MAX_JOINT_WORK) {
    s.complete = false;
    return;
  }
  if (depth === plan.order.length) return leaf(s, broken);
  const ch = plan.order[depth] as number;
  const n = candidatesOf(board.choices, ch).length;
  for (let p = 0; p < n; p++) {
    board.picked[ch] = p;
    let b = broken;
    for (const r of plan.decidedAt[depth] as Decided[]) {
      board.terms += r.size;
      if (decidedSum(r, plan.grid, board.picked) !== 0) b++;
    }
    // The bound prunes only against a reading found: none is before the first leaf.
    const bounded = s.best !== Number.POSITIVE_INFINITY && plan.order.length > depth + 1;
    if (b <= s.best && (!bounded || b + surelyBroken(s, depth + 1) <= s.best)) walk(s, depth + 1, b);
  }
  board.picked[ch] = -1;
}

/** The search of {@link chooseJointly} over the runs that relations touch. */
export function searchJointly(
  choices: readonly RunChoice[],
  fixed: ReadonlyMap<number, number>,
  relations: readonly LinearRelation[],
): JointResult {
  // chooseJointly passes only relations whose every cell is known or in one of these runs.
  const listed = choices.map((_, i) => i).filter((i) => !('pieces' in (choices[i] as RunChoice)));
  const implied = choices.length - listed.length;
  // The exact search first: it visits about the square root of what the branch and bound may.
  const product = listed.reduce((p, i) => Math.min(p * candidatesOf(choices, i).length, Number.MAX_SAFE_INTEGER), 1);
  if (implied === 0 && product > EXACT_FROM) {
    const exact = exactReadings(
      choices.map((c) => ('candidates' in c ? c.candidates : [])),
      choices.map((c) => c.cells),
      fixed,
      relations,
    );
    if (exact) return exact;
  }
  const owner = new Map<number, { choice: number; slot: number }>();
  choices.forEach((ch, i) => ch.cells.forEach((cell, slot) => owner.set(cell, { choice: i, slot })));
  const board: Board = {
    choices,
    owner,
    fixed,
    picked: choices.map(() => -1),
    derived: choices.map(() => undefined),
    terms: 0,
  };
  const plan = planOf(board, relations);
  const s: Search = {
    board,
    plan,
    best: Number.POSITIVE_INFINITY,
    picks: [],
    seen: [],
    open: [],
    nodes: 0,
    complete: true,
  };
  reset(s);
  walk(s, 0, 0);
  if (s.best !== Number.POSITIVE_INFINITY) for (const i of plan.single) (s.picks[i] as Uint8Array)[0] = 1;
  return {
    readings: choices.map((ch, i) =>
      'pieces' in ch
        ? [...(s.seen[i] as Map<string, readonly RunValue[]>).values()]
        : ch.candidates.filter((_, k) => (s.picks[i] as Uint8Array)[k] === 1),
    ),
    open: s.open,
    broken: s.best === Number.POSITIVE_INFINITY ? 0 : s.best,
    complete: s.complete,
  };
}
