/**
 * Rows that end in their total: the total is a suffix of the run's digits, and the parts before it
 * add up to it — searched with prefix sums, casting out nines, and one row at a time for several rows
 * (section 四's 5 + 5 + 5), memoised.
 */
import {
  MAX_CELL_DIGITS,
  MAX_RUN_LENGTH,
  MAX_SPLITS,
  MAX_SPLIT_STEPS,
  MINUS_UNIT,
  PLACEHOLDER_UNIT,
  POW10,
  runUnits,
  unitsOf,
  type Budget,
  type RunPiece,
  type RunRow,
  type RunValue,
  type Splits,
} from './runBasics.js';
import { walkSplits } from './splitWalk.js';

/**
 * One row of `cells` cells ending in its total, over units [0, end) of the table (all of them by
 * default), the last unit a digit: the total is a suffix of the last piece, so try each suffix as the
 * total and split what precedes it into parts that add up to it ({@link splitParts}). No table:
 * the run is too long to split.
 */
export function byTotal(
  table: RunTable | undefined,
  cells: number,
  budget: Budget,
  end = table?.codes.length ?? 0,
): Splits {
  const splits: RunValue[][] = [];
  if (!table) return { splits, complete: false };
  const { codes, first, digitSums, placeholders } = table;
  // A minus sign is no part of a total nor of its parts.
  if (table.minus < end) return { splits, complete: true };
  let complete = true;
  // No part exceeds the total, so none has more digits: the total has at least digits / numeric cells.
  const digits = end - (placeholders[end] as number);
  const numeric = Math.max(1, cells - (placeholders[end] as number));
  const longest = Math.min(MAX_CELL_DIGITS, end - (first[end - 1] as number));
  let total = 0;
  for (let len = 1; len <= longest; len++) {
    const from = end - len;
    total += (codes[from] as number) * (POW10[len - 1] as number);
    if (!Number.isSafeInteger(total)) break;
    if (len < digits / numeric || (len > 1 && codes[from] === 0)) continue;
    // Casting out nines: a number ≡ the sum of its digits (mod 9), so however the parts are cut from
    // the digits before the total, they add up ≡ those digits' sum. A total ≢ it is no total.
    const head = digitSums[from] as number;
    if ((head - ((digitSums[end] as number) - head)) % 9 !== 0) continue;
    const parts = splitParts(table, from, cells - 1, total, budget, MAX_SPLITS - splits.length);
    for (const p of parts.splits) splits.push([...p, total]);
    if (!parts.complete) complete = false;
    if (splits.length >= MAX_SPLITS) return { splits, complete: false };
  }
  return { splits, complete };
}

/** What the search of a total reads: the run's units, and the bounds of its prefixes once needed. */
export interface RunTable {
  /** Per unit: its digit, {@link PLACEHOLDER_UNIT} or {@link MINUS_UNIT}. */
  readonly codes: readonly number[];
  /** Per unit, the first unit of its piece: no cell spans two pieces. */
  readonly first: readonly number[];
  /** At u: the sum of the digits of units [0, u). */
  readonly digitSums: readonly number[];
  /** At u: the placeholders among units [0, u). */
  readonly placeholders: readonly number[];
  /** The first minus sign's unit (the unit count when none). */
  readonly minus: number;
  /** The bounds (made on the first call: most rows have no total to try). */
  readonly sums: () => PrefixSums;
}

/** Per prefix of a run and count of cells, the least and the most the prefix's cells can add up to. */
interface PrefixSums {
  /** Most cells + 1: the stride of the bounds. */
  readonly width: number;
  /** At `u · width + c`: the least sum of units [0, u) split into c cells (∞: no split). */
  readonly min: readonly number[];
  /** Likewise the most (−∞: no split). */
  readonly max: readonly number[];
  /**
   * From `pairStart[u]` to `pairStart[u + 1]`: the sums of units [0, u) split into two cells, one per
   * split (two cells span at most {@link PAIR_UNITS} units): the walk's last two cells as a look-up,
   * not a walk.
   */
  readonly pairs: readonly number[];
  readonly pairStart: readonly number[];
}

/** Most units two cells can span. */
const PAIR_UNITS = 2 * MAX_CELL_DIGITS;

/** Whether units [0, u) split into two cells can add up to `sum`. */
function hasPair({ pairs, pairStart }: PrefixSums, u: number, sum: number): boolean {
  const end = pairStart[u + 1];
  if (end === undefined) return false;
  for (let i = pairStart[u] as number; i < end; i++) if (pairs[i] === sum) return true;
  return false;
}

/** The table of a run split into up to `cells` cells; undefined past {@link MAX_RUN_LENGTH} units. */
export function runTable(pieces: readonly RunPiece[], cells: number): RunTable | undefined {
  if (pieces.reduce((a, p) => a + unitsOf(p), 0) > MAX_RUN_LENGTH) return undefined;
  const { codes, first } = runUnits(pieces);
  const n = codes.length;
  const digitSums = [0];
  const placeholders = [0];
  codes.forEach((d, u) => {
    digitSums.push((digitSums[u] as number) + Math.max(0, d));
    placeholders.push((placeholders[u] as number) + (d === PLACEHOLDER_UNIT ? 1 : 0));
  });
  const minus = codes.indexOf(MINUS_UNIT);
  let sums: PrefixSums | undefined;
  return {
    codes,
    first,
    digitSums,
    placeholders,
    minus: minus < 0 ? n : minus,
    sums: () => (sums ??= prefixSums(codes, first, cells)),
  };
}

/**
 * The bounds of every prefix of a run split into up to `cells` cells, by dynamic programming over
 * the cells that end at each unit: O(units × cells × {@link MAX_CELL_DIGITS}), once per run and
 * shared by every total tried. A number stays within its piece, has at most {@link MAX_CELL_DIGITS}
 * digits, is a safe integer and never starts with 0 unless it is 0. Sums past 2^53 round, but never
 * across a safe target, so the bounds cut no split.
 */
function prefixSums(codes: readonly number[], first: readonly number[], cells: number): PrefixSums {
  const n = codes.length;
  const width = cells + 1;
  const min: number[] = new Array<number>((n + 1) * width).fill(Number.POSITIVE_INFINITY);
  const max: number[] = new Array<number>((n + 1) * width).fill(Number.NEGATIVE_INFINITY);
  min[0] = 0;
  max[0] = 0;
  const pairUnits = Math.min(n, PAIR_UNITS);
  const pairs: number[] = [];
  const pairStart = [0, 0];
  for (let u = 1; u <= n; u++) {
    const shortest = u - Math.min(MAX_CELL_DIGITS, u - (first[u - 1] as number));
    // A split reads units [0, u) as c cells only if the units after u can make the other cells, a
    // unit at least each: fewer c are never asked (see splitParts).
    const least = Math.max(1, cells - (n - u));
    for (let from = u - 1, v = 0; from >= shortest; from--) {
      const d = codes[from] as number;
      if (d === MINUS_UNIT || (d === PLACEHOLDER_UNIT && from < u - 1)) break;
      v += d === PLACEHOLDER_UNIT ? 0 : d * (POW10[u - 1 - from] as number);
      if (!Number.isSafeInteger(v)) break;
      if (d === 0 && from < u - 1) continue;
      const most = Math.min(cells, from + 1);
      for (let c = most; c >= least; c--) {
        const lo = v + (min[from * width + c - 1] as number);
        const hi = v + (max[from * width + c - 1] as number);
        if (lo < (min[u * width + c] as number)) min[u * width + c] = lo;
        if (hi > (max[u * width + c] as number)) max[u * width + c] = hi;
      }
      // Two cells: this one and [0, from) as one cell (whose least sum is its value).
      if (u <= pairUnits && most >= 2 && least <= 2) {
        const pair = v + (min[from * width + 1] as number);
        if (pair !== Number.POSITIVE_INFINITY) pairs.push(pair);
      }
    }
    if (u <= pairUnits) pairStart.push(pairs.length);
  }
  return { width, min, max, pairs, pairStart };
}

/**
 * The splits of units [0, end) into `cells` cells that add up to `target`, built from the right: a
 * cell is tried only if what is left of the target lies within what the units before it can add up
 * to, which cuts most dead ends at once. Listed in the order of a left-to-right walk (shorter first
 * cells first); at most `most`, within the budget.
 */
function splitParts(
  { codes, first, sums }: RunTable,
  end: number,
  cells: number,
  target: number,
  budget: Budget,
  most: number,
): Splits {
  const bounds = sums();
  const { width, min, max } = bounds;
  const found: { values: RunValue[]; lengths: number[] }[] = [];
  const values: RunValue[] = new Array<RunValue>(cells).fill(0);
  const lengths: number[] = new Array<number>(cells).fill(0);
  let complete = true;
  // Units [0, u) make c cells adding up to `rest`, if the bounds allow it; cells as in runTable.
  const walk = (u: number, c: number, rest: number): void => {
    if (++budget.steps > budget.limit || found.length >= most) {
      complete = false;
      return;
    }
    if (c === 0) {
      found.push({ values: values.slice(), lengths: lengths.slice() });
      return;
    }
    const shortest = Math.max(c - 1, u - Math.min(MAX_CELL_DIGITS, u - (first[u - 1] as number)));
    for (let from = u - 1, v = 0; from >= shortest && complete; from--) {
      const d = codes[from] as number;
      if (d === MINUS_UNIT || (d === PLACEHOLDER_UNIT && from < u - 1)) break;
      v += d === PLACEHOLDER_UNIT ? 0 : d * (POW10[u - 1 - from] as number);
      // A longer cell is this one with digits before it: never smaller.
      if (v > rest) break;
      if (d === 0 && from < u - 1) continue;
      const k = from * width + c - 1;
      if (rest - v < (min[k] as number) || rest - v > (max[k] as number)) continue;
      if (c === 3 && !hasPair(bounds, from, rest - v)) {
        // What the walk of the last two cells would find (nothing), in the one step it would count.
        if (++budget.steps > budget.limit || found.length >= most) complete = false;
        continue;
      }
      values[c - 1] = d === PLACEHOLDER_UNIT ? 'NA' : v;
      lengths[c - 1] = u - from;
      walk(from, c - 1, rest - v);
    }
  };
  const k = end * width + cells;
  if (target >= (min[k] as number) && target <= (max[k] as number)) walk(end, cells, target);
  found.sort((a, b) => compareLengths(a.lengths, b.lengths));
  return { splits: found.map((f) => f.values), complete };
}

/** Lexicographic order of two splits' cell lengths. */
function compareLengths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

export const endsInTotal = (r: RunRow) => r.cells > 1 && r.total === r.cells - 1 && r.signed === undefined;

export const unsigned = (p: RunPiece) => p === 'NA' || !p.startsWith('-');

/**
 * Several rows, each ending in its total (section 四's three rows of 5 + 5 + 5): each end of the
 * first row is tried and the row split by its total ({@link byTotal}), and the rows after it
 * are solved once per start (memoised) — so the search grows with the rows, not with the product of
 * their splits. A total printed as a placeholder is read so, as in {@link splitRun}, beside numeric
 * parts only when no split has every total a number. One budget of {@link MAX_SPLIT_STEPS} per row.
 */
export function splitRowsByTotal(pieces: readonly RunPiece[], cells: readonly number[]): Splits {
  const strict = walkRows(pieces, cells, false);
  if (strict.splits.length > 0 || !strict.complete || !pieces.includes('NA')) return strict;
  return walkRows(pieces, cells, true);
}

/** The search of {@link splitRowsByTotal}, over positions in the run's units. */
function walkRows(pieces: readonly RunPiece[], cells: readonly number[], placeholderTotals: boolean): Splits {
  const starts: number[] = [];
  let n = 0;
  for (const p of pieces) starts.push(n), (n += unitsOf(p));
  if (n > MAX_RUN_LENGTH) return { splits: [], complete: false };
  const { codes } = runUnits(pieces);
  /** The pieces of units [a, b): cut where the run's own pieces are. */
  const cut = (a: number, b: number): RunPiece[] => {
    const out: RunPiece[] = [];
    pieces.forEach((p, k) => {
      const s = starts[k] as number;
      if (s + unitsOf(p) > a && s < b)
        out.push(p === 'NA' ? p : p.slice(Math.max(a, s) - s, Math.min(b, s + p.length) - s));
    });
    return out;
  };
  const budget: Budget = { steps: 0, limit: MAX_SPLIT_STEPS * cells.length };
  const cellsAfter = cells.map((_, r) => cells.slice(r + 1).reduce((a, c) => a + c, 0));
  const memo = new Map<number, Splits>();
  const solve = (r: number, a: number): Splits => {
    const key = r * (n + 1) + a;
    const known = memo.get(key);
    if (known) return known;
    const here = cells[r] as number;
    const rest = cellsAfter[r] as number;
    const splits: RunValue[][] = [];
    let complete = true;
    // The row ends where the rows after it can still take what is left: at least a unit a cell, at
    // most a safe integer's digits a cell; the last row ends at the run's end.
    const lo = rest === 0 ? n : Math.max(a + here, n - rest * MAX_CELL_DIGITS);
    const hi = Math.min(n - rest, a + here * MAX_CELL_DIGITS);
    // One table for every end tried: the row's units from a are a prefix of those to hi.
    let table: RunTable | undefined;
    for (let b = lo; b <= hi && complete; b++) {
      complete = ++budget.steps <= budget.limit;
      const row = !complete
        ? { splits: [], complete }
        : codes[b - 1] === PLACEHOLDER_UNIT
          ? walkSplits(
              cut(a, b),
              [{ cells: here, total: here - 1 }],
              true,
              budget,
              MAX_SPLITS,
              undefined,
              placeholderTotals,
            )
          : byTotal((table ??= runTable(cut(a, hi), here - 1)), here, budget, b - a);
      complete &&= row.complete;
      if (row.splits.length === 0) continue;
      const tail = rest === 0 ? { splits: [[]], complete: true } : solve(r + 1, b);
      complete &&= tail.complete;
      for (const s of row.splits)
        for (const t of tail.splits) if (splits.push([...s, ...t]) > MAX_SPLITS) complete = false;
    }
    const out = { splits: splits.slice(0, MAX_SPLITS), complete };
    memo.set(key, out);
    return out;
  };
  return solve(0, 0);
}
