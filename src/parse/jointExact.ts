/**
 * The exact search of the joint choice: every combination of the runs' candidates whose relations all
 * hold, by meeting in the middle — the relations' sums of one half of the runs hashed, the other half's
 * looked up — so that it visits about the square root of what the branch and bound may.
 */
import { MAX_EXACT_READINGS, MAX_HALF_COMBINATIONS, num, type JointResult } from './jointBasics.js';
import type { RunValue } from './segment.js';
import type { LinearRelation } from '../check/linear.js';

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
export function exactReadings(
  choices: readonly (readonly (readonly RunValue[])[])[],
  cellsOf: readonly (readonly number[])[],
  fixed: ReadonlyMap<number, number>,
  rels: readonly LinearRelation[],
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
  rels: readonly LinearRelation[],
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
