/**
 * The joint choice among a section's digit runs: one reading per run so that the sum relations of the
 * form (R1–R4, and R5–R7 with last year's report) break as little as possible. A run with a short list
 * of splits is a choice among them; a run with too many to list (a total row of twenty-odd digits) is
 * derived instead: once the other runs are chosen, the relations fix its cells, and the reading counts
 * only if it prints exactly as the run's digits. Branch and bound, with every best reading kept, so
 * that ties are reported, never settled arbitrarily.
 */
import type { CellRange, RunPiece, RunValue } from './segment.js';

/** A linear relation over cells for the joint search: constant + Σ coef·cell = 0. */
export interface CellRelation {
  /** Layout indices of the cells, with their coefficients. */
  readonly cells: readonly number[];
  readonly coefs: readonly number[];
  /** The part of the sum that is known beforehand (last year's cells, for R5–R7). */
  readonly constant: number;
}

/**
 * A run to decide: the layout indices it fills, and either its candidate readings (one value per
 * index) or, when it has too many to list, its pieces, to be matched by the values the relations give.
 */
export type RunChoice =
  | { readonly cells: readonly number[]; readonly candidates: readonly (readonly RunValue[])[] }
  | { readonly cells: readonly number[]; readonly pieces: readonly RunPiece[] };

/** A cell's value in a sum: not applicable adds as 0. */
const num = (v: RunValue): number => (v === 'NA' ? 0 : v);

/** Most work of the branch and bound over a section's runs: nodes visited plus relation terms read. */
const MAX_JOINT_WORK = 500_000;
/** Fewest combinations for which the exact search runs before the branch and bound (below, the latter is as quick). */
const EXACT_FROM = 16;
/** Most combinations enumerated for one half of the exact search (meet in the middle). */
const MAX_HALF_COMBINATIONS = 100_000;
/** Most exact readings collected; more are a table too ambiguous to read. */
const MAX_EXACT_READINGS = 10_000;

/** What the joint search concluded. */
export interface JointResult {
  /** For each choice, the readings some best solution gives it (none: not decided). */
  readonly readings: readonly (readonly (readonly RunValue[])[])[];
  /** For each choice, whether some best solution leaves it undecided (a derived run the relations do not fix). */
  readonly open: readonly boolean[];
  /** Relations broken in a best reading (among those fully determined), a derived run that prints otherwise counting as one. */
  readonly broken: number;
  /** False when the search stopped at {@link MAX_JOINT_WORK}. */
  readonly complete: boolean;
}

/**
 * The values of `pieces` read as `values` (one per cell): each digit piece must be the values'
 * decimal digits run together, each placeholder a 0 (not applicable adds as 0). The reading, or
 * undefined when the digits differ.
 */
export function matchPieces(pieces: readonly RunPiece[], values: readonly number[]): RunValue[] | undefined {
  const out: RunValue[] = [];
  let k = 0;
  for (const piece of pieces) {
    if (piece === 'NA') {
      if (values[k] !== 0) return undefined;
      out.push('NA'), k++;
      continue;
    }
    let o = 0;
    while (o < piece.length) {
      const v = values[k];
      if (v === undefined) return undefined;
      const text = String(v);
      if (!piece.startsWith(text, o)) return undefined;
      out.push(v), k++, (o += text.length);
    }
  }
  return k === values.length ? out : undefined;
}

/**
 * The least and the most a relation's sum (constant + Σ coef·cell, the term at `skip` left out) can
 * be, given each cell's span; undefined when a cell has none.
 */
function sumSpan(r: CellRelation, spanOf: (cell: number) => CellRange | undefined, skip = -1): CellRange | undefined {
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
  relations: readonly CellRelation[],
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
function sumOf(b: Board, r: CellRelation, extra?: ReadonlyMap<number, number>, skip = -1): number | undefined {
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
function derive(b: Board, implied: readonly number[], relsOf: ReadonlyMap<number, readonly CellRelation[]>): number {
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
 * Every combination of candidates of `runs`, with a visitor given the pick and what it adds to each
 * keyed relation (`adds[run][candidate]`, kept up to date as the pick turns over, not summed anew);
 * false when there are more than `most`.
 */
function combinations(
  runs: readonly number[],
  adds: readonly (readonly Float64Array[])[],
  keys: number,
  most: number,
  visit: (pick: readonly number[], sums: Float64Array) => void,
): boolean {
  let product = 1;
  for (const i of runs) if ((product *= (adds[i] as readonly Float64Array[]).length) > most) return false;
  const pick = runs.map(() => 0);
  const sums = new Float64Array(keys);
  const shift = (run: number, from: number, to: number) => {
    const cands = adds[run] as readonly Float64Array[];
    const a = cands[from] as Float64Array;
    const b = cands[to] as Float64Array;
    for (let k = 0; k < keys; k++) sums[k] = (sums[k] as number) + (b[k] as number) - (a[k] as number);
  };
  for (const run of runs) {
    const first = (adds[run] as readonly Float64Array[])[0] as Float64Array;
    for (let k = 0; k < keys; k++) sums[k] = (sums[k] as number) + (first[k] as number);
  }
  for (let n = 0; n < product; n++) {
    visit(pick, sums);
    for (let x = 0; x < pick.length; x++) {
      const run = runs[x] as number;
      const p = pick[x] as number;
      const size = (adds[run] as readonly Float64Array[]).length;
      if (p + 1 < size) {
        shift(run, p, p + 1);
        pick[x] = p + 1;
        break;
      }
      shift(run, p, 0);
      pick[x] = 0;
    }
  }
  return true;
}

/**
 * The readings under which every relation holds, found by meeting in the middle: the runs are cut in
 * two halves, each half's combinations keyed by what they add to each relation, and a combination of
 * one half meets those of the other that complete every relation to 0. Two products of about the
 * square root of the whole, where the branch and bound, pruning only on ranges, can visit most of the
 * product (cells trading digits, 5|52 against 55|2, keep every column sum in range). Undefined when
 * no reading holds, or a half has more than {@link MAX_HALF_COMBINATIONS} combinations, or there are
 * more than {@link MAX_EXACT_READINGS}: then the branch and bound decides.
 */
function exactReadings(
  choices: readonly (readonly (readonly RunValue[])[])[],
  cellsOf: readonly (readonly number[])[],
  fixed: ReadonlyMap<number, number>,
  rels: readonly CellRelation[],
): JointResult | undefined {
  const { base, adds, touched } = contributions(choices, cellsOf, fixed, rels);
  const counts = choices.map((c) => c.length);
  const multi = counts.map((_, i) => i).filter((i) => (counts[i] as number) > 1);
  // A relation every candidate of a run adds the same to (a row's own total, which each split keeps)
  // is decided already: it must hold as it stands, and it is left out of the keys.
  const varies = new Uint8Array(rels.length);
  for (const i of multi) {
    const cands = adds[i] as Float64Array[];
    (touched[i] as Int32Array).forEach((ri, x) => {
      const first = (cands[0] as Float64Array)[x];
      if (cands.some((a) => a[x] !== first)) varies[ri] = 1;
    });
  }
  adds.forEach((cands, i) => {
    const first = cands[0];
    if (!first) return;
    (touched[i] as Int32Array).forEach((ri, x) => {
      if (cands.length === 1 || varies[ri] === 0) base[ri] = (base[ri] as number) + (first[x] as number);
    });
  });
  if (base.some((v, ri) => varies[ri] === 0 && v !== 0)) return undefined;
  const keyed = rels.map((_, ri) => ri).filter((ri) => varies[ri] === 1);
  // What each candidate of a run of several adds to the keyed relations only.
  const keyAt = new Int32Array(rels.length).fill(-1);
  keyed.forEach((ri, k) => (keyAt[ri] = k));
  const keyedAdds = adds.map((cands, i) =>
    (counts[i] as number) < 2
      ? []
      : cands.map((add) => {
          const out = new Float64Array(keyed.length);
          (touched[i] as Int32Array).forEach((ri, x) => {
            const k = keyAt[ri] as number;
            if (k >= 0) out[k] = add[x] as number;
          });
          return out;
        }),
  );
  const need = Float64Array.from(keyed, (ri) => base[ri] as number);
  const met = meetInMiddle(halvesOf(multi, counts), keyedAdds, need);
  if (!met) return undefined;
  const used = choices.map(() => new Set<number>());
  for (const i of counts.keys()) if (counts[i] === 1) used[i]?.add(0);
  for (const [run, pick] of met) used[run]?.add(pick);
  return {
    readings: choices.map((cands, i) =>
      [...(used[i] as Set<number>)].sort((x, y) => x - y).map((k) => cands[k] as readonly RunValue[]),
    ),
    open: choices.map(() => false),
    broken: 0,
    complete: true,
  };
}

/**
 * What the exact search needs of the relations: each relation's sum over the fixed cells
 * (`base`), and per run the relations its cells are in (`touched`, in order of first use) with what
 * each candidate adds to each (`adds[run][candidate][slot of the relation]`).
 */
function contributions(
  choices: readonly (readonly (readonly RunValue[])[])[],
  cellsOf: readonly (readonly number[])[],
  fixed: ReadonlyMap<number, number>,
  rels: readonly CellRelation[],
): { base: Float64Array; adds: Float64Array[][]; touched: Int32Array[] } {
  // Each cell not fixed: its relations and coefficients, as [relation, coef, relation, coef, …].
  const termsOf = new Map<number, number[]>();
  const base = new Float64Array(rels.length);
  rels.forEach((r, ri) => {
    let s = r.constant;
    r.cells.forEach((c, k) => {
      const coef = r.coefs[k] as number;
      const v = fixed.get(c);
      if (v !== undefined) s += coef * v;
      else {
        const list = termsOf.get(c);
        if (list) list.push(ri, coef);
        else termsOf.set(c, [ri, coef]);
      }
    });
    base[ri] = s;
  });
  const slotOf = new Int32Array(rels.length).fill(-1);
  const touched = cellsOf.map((cells) => {
    const order: number[] = [];
    for (const c of cells) {
      const terms = termsOf.get(c) ?? [];
      for (let t = 0; t < terms.length; t += 2) {
        const ri = terms[t] as number;
        if (slotOf[ri] === -1) (slotOf[ri] = order.length), order.push(ri);
      }
    }
    for (const ri of order) slotOf[ri] = -1;
    return Int32Array.from(order);
  });
  const adds = choices.map((cands, i) => {
    const at = touched[i] as Int32Array;
    at.forEach((ri, x) => (slotOf[ri] = x));
    const out = cands.map((cand) => {
      const add = new Float64Array(at.length);
      (cellsOf[i] as readonly number[]).forEach((c, slot) => {
        const v = num(cand[slot] as RunValue);
        const terms = termsOf.get(c) ?? [];
        for (let t = 0; t < terms.length; t += 2) {
          const x = slotOf[terms[t] as number] as number;
          add[x] = (add[x] as number) + (terms[t + 1] as number) * v;
        }
      });
      return add;
    });
    for (const ri of at) slotOf[ri] = -1;
    return out;
  });
  return { base, adds, touched };
}

/** Two halves of about equal products of candidate counts: the largest runs first, each to the lighter half. */
function halvesOf(multi: readonly number[], counts: readonly number[]): [number[], number[]] {
  const halves: [number[], number[]] = [[], []];
  const weight = [1, 1];
  for (const i of [...multi].sort((a, b) => (counts[b] as number) - (counts[a] as number))) {
    const h = (weight[0] as number) <= (weight[1] as number) ? 0 : 1;
    halves[h].push(i);
    weight[h] = (weight[h] as number) * (counts[i] as number);
  }
  return halves;
}

/** A hash of keyed sums (FNV-1a over each sum's low and high 32 bits; −0 and 0 alike). */
function hashSums(sums: Float64Array): number {
  let h = 0x811c9dc5;
  for (let x = 0; x < sums.length; x++) {
    const v = sums[x] as number;
    h = Math.imul(h ^ (v | 0), 0x01000193);
    h = Math.imul(h ^ ((v / 4294967296) | 0), 0x01000193);
  }
  return h;
}

/**
 * The meeting in the middle: each combination of the first half keyed by its sums, then each of the
 * second looked up by the sums that complete every keyed relation to 0 (`base` being what the rest
 * adds). The (run, candidate) pairs of every full combination that holds; undefined when none does,
 * a half has more than {@link MAX_HALF_COMBINATIONS} combinations, or more than
 * {@link MAX_EXACT_READINGS} hold. Keys are hashed, and sums compared in full on a hash hit.
 */
function meetInMiddle(
  [a, b]: readonly [readonly number[], readonly number[]],
  keyedAdds: readonly (readonly Float64Array[])[],
  base: Float64Array,
): [run: number, pick: number][] | undefined {
  const keys = base.length;
  const leftSums: number[] = [];
  const leftPicks: number[] = [];
  const buckets = new Map<number, number[]>();
  let left = 0;
  const kept = combinations(a, keyedAdds, keys, MAX_HALF_COMBINATIONS, (pick, sums) => {
    const n = left++;
    for (let x = 0; x < keys; x++) leftSums.push(sums[x] as number);
    for (const p of pick) leftPicks.push(p);
    const h = hashSums(sums);
    const list = buckets.get(h);
    if (list) list.push(n);
    else buckets.set(h, [n]);
  });
  if (!kept) return undefined;
  const out: [number, number][] = [];
  const leftUsed = new Set<number>();
  let found = 0;
  const need = new Float64Array(keys);
  const fits = combinations(b, keyedAdds, keys, MAX_HALF_COMBINATIONS, (pick, sums) => {
    if (found > MAX_EXACT_READINGS) return;
    for (let x = 0; x < keys; x++) need[x] = 0 - ((sums[x] as number) + (base[x] as number)) || 0;
    const list = buckets.get(hashSums(need));
    if (!list) return;
    let hits = 0;
    for (const n of list) {
      let same = true;
      for (let x = 0; x < keys && same; x++) same = leftSums[n * keys + x] === need[x];
      if (!same) continue;
      hits++;
      leftUsed.add(n);
    }
    if (hits === 0) return;
    found += hits;
    b.forEach((run, x) => out.push([run, pick[x] as number]));
  });
  if (!fits || found === 0 || found > MAX_EXACT_READINGS) return undefined;
  for (const n of leftUsed) a.forEach((run, x) => out.push([run, leftPicks[n * a.length + x] as number]));
  return out;
}

const byCell = new WeakMap<readonly CellRelation[], ReadonlyMap<number, readonly CellRelation[]>>();
/** The relations each cell is in (memoised per list: the lists are compiled once per edition). */
export function relationsByCell(relations: readonly CellRelation[]): ReadonlyMap<number, readonly CellRelation[]> {
  const known = byCell.get(relations);
  if (known) return known;
  const relsOf = new Map<number, CellRelation[]>();
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
  relations: readonly CellRelation[],
): CellRelation[] {
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

const cellBounds = new WeakMap<readonly CellRelation[], number>();
/** One more than the largest cell index in the relations (memoised per list, as {@link relationsByCell}). */
function cellBound(relations: readonly CellRelation[]): number {
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
  relations: readonly CellRelation[],
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

function runGrid(candidates: readonly (readonly RunValue[])[], width: number): RunGrid {
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
  r: CellRelation,
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

/** The search of {@link chooseJointly} over the runs that relations touch. */
function searchJointly(
  choices: readonly RunChoice[],
  fixed: ReadonlyMap<number, number>,
  relations: readonly CellRelation[],
): JointResult {
  const isImplied = (i: number) => 'pieces' in (choices[i] as RunChoice);
  // chooseJointly passes only relations whose every cell is known or in one of these runs.
  const rels = relations;
  const listed = choices.map((_, i) => i).filter((i) => !isImplied(i));
  const candidatesOf = (i: number) =>
    (choices[i] as RunChoice & { candidates: readonly (readonly RunValue[])[] }).candidates;
  const implied = choices.map((_, i) => i).filter(isImplied);
  // The exact search first: it visits about the square root of what the branch and bound may.
  const product = listed.reduce((p, i) => Math.min(p * candidatesOf(i).length, Number.MAX_SAFE_INTEGER), 1);
  if (implied.length === 0 && product > EXACT_FROM) {
    const exact = exactReadings(
      choices.map((c) => ('candidates' in c ? c.candidates : [])),
      choices.map((c) => c.cells),
      fixed,
      rels,
    );
    if (exact) return exact;
  }
  const owner = new Map<number, { choice: number; slot: number }>();
  choices.forEach((ch, i) => ch.cells.forEach((cell, slot) => owner.set(cell, { choice: i, slot })));
  const impliedCell = (c: number) => {
    const o = owner.get(c);
    return o !== undefined && isImplied(o.choice);
  };
  // Search the listed runs with fewest candidates first; a relation is decided when its last run is
  // assigned, or at the leaf when it touches a derived run.
  const order = [...listed].sort((a, b) => candidatesOf(a).length - candidatesOf(b).length);
  const rank = new Map(order.map((c, r) => [c, r]));
  const decidedAt: Decided[][] = order.map(() => []);
  const atLeaf: CellRelation[] = [];
  const relsOf = new Map<number, CellRelation[]>();
  for (const r of rels) {
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
  const grid = choices.map((ch) => ('candidates' in ch ? runGrid(ch.candidates, ch.cells.length) : undefined));
  const board: Board = {
    choices,
    owner,
    fixed,
    picked: choices.map(() => -1),
    derived: choices.map(() => undefined),
    terms: 0,
  };
  // Relations not yet decided that cannot hold whatever the remaining runs take.
  const surelyBroken = (depth: number): number => {
    let n = 0;
    for (let d = depth; d < order.length; d++) {
      for (const r of decidedAt[d] as Decided[]) {
        board.terms += r.size;
        if (!mayHold(r, grid, board.picked)) n++;
      }
    }
    return n;
  };
  let best = Number.POSITIVE_INFINITY;
  // Per listed choice the candidates some best reading picks (a flag each; a run of one candidate
  // picks it in every reading); per derived choice its readings.
  const several = listed.filter((i) => candidatesOf(i).length > 1);
  const single = listed.filter((i) => candidatesOf(i).length === 1);
  let picks: Uint8Array[] = [];
  let seen: Map<string, readonly RunValue[]>[] = [];
  let open: boolean[] = [];
  const reset = () => {
    picks = choices.map((ch) => new Uint8Array('candidates' in ch ? ch.candidates.length : 0));
    seen = choices.map(() => new Map());
    open = choices.map(() => false);
  };
  reset();
  let nodes = 0;
  let complete = true;
  const leaf = (broken: number) => {
    let b = broken + derive(board, implied, relsOf);
    for (const r of atLeaf) {
      const s = sumOf(board, r);
      if (s !== undefined && s !== 0) b++;
    }
    if (b > best) return;
    if (b < best) (best = b), reset();
    for (const i of several) (picks[i] as Uint8Array)[board.picked[i] as number] = 1;
    for (const i of implied) {
      const reading = board.derived[i];
      if (reading) (seen[i] as Map<string, readonly RunValue[]>).set(reading.join('|'), reading);
      else open[i] = true;
    }
  };
  const walk = (depth: number, broken: number): void => {
    if (!complete) return;
    if (++nodes + board.terms > MAX_JOINT_WORK) {
      complete = false;
      return;
    }
    if (depth === order.length) return leaf(broken);
    const ch = order[depth] as number;
    const n = candidatesOf(ch).length;
    for (let p = 0; p < n; p++) {
      board.picked[ch] = p;
      let b = broken;
      for (const r of decidedAt[depth] as Decided[]) {
        board.terms += r.size;
        if (decidedSum(r, grid, board.picked) !== 0) b++;
      }
      // The bound prunes only against a reading found: none is before the first leaf.
      const bounded = best !== Number.POSITIVE_INFINITY && order.length > depth + 1;
      if (b <= best && (!bounded || b + surelyBroken(depth + 1) <= best)) walk(depth + 1, b);
    }
    board.picked[ch] = -1;
  };
  walk(0, 0);
  if (best !== Number.POSITIVE_INFINITY) for (const i of single) (picks[i] as Uint8Array)[0] = 1;
  return {
    readings: choices.map((ch, i) =>
      'pieces' in ch
        ? [...(seen[i] as Map<string, readonly RunValue[]>).values()]
        : ch.candidates.filter((_, k) => (picks[i] as Uint8Array)[k] === 1),
    ),
    open,
    broken: best === Number.POSITIVE_INFINITY ? 0 : best,
    complete,
  };
}
