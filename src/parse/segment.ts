/**
 * Digit runs: numbers printed with their cell boundaries lost (`801000081` for 80|1|0|0|0|0|81).
 * A run is split into the cells of one or more rows; a printed number never starts with `0` unless
 * it is `0`, and where a row ends in its total the total is not a choice but the sum of the parts,
 * so a run has few splits. Both searches here are bounded (see the constants), and say when they
 * stopped early rather than guess.
 */

/** One row a run covers: its number of cells and, if it has one, the position of its total column. */
export interface RunRow {
  readonly cells: number;
  /** Index of the total column (the sum of the others), when the row has one. */
  readonly total?: number;
  /** Index of the column that may be negative (本年增/减), when the row has one. */
  readonly signed?: number;
}

/** Most splits of one run kept; a run with more is ambiguous. */
const MAX_SPLITS = 64;
/** Most search steps for one run, per row it covers. */
const MAX_SPLIT_STEPS = 3_000;
/** Most digits in one run that is split at all; longer runs are refused (no row has that many). */
const MAX_RUN_LENGTH = 400;
/** Steps of a walk after which it cuts dead ends by the cells the units left can make ({@link cellCounts}). */
const DEAD_ENDS_FROM = 32;
/** Most digits of one cell: a safe integer has at most 16. */
const MAX_CELL_DIGITS = 16;

/** Powers of ten up to 10^16. */
const POW10 = Array.from({ length: MAX_CELL_DIGITS + 1 }, (_, k) => 10 ** k);

/** A piece of a run: digits, or a placeholder that takes one cell of its own (`59/0`). */
export type RunPiece = string | 'NA';
/** Units of a run: a digit each, or a placeholder. */
const unitsOf = (p: RunPiece): number => (p === 'NA' ? 1 : p.length);

/**
 * The fewest values the pieces can be read as: a placeholder is one; in a digit piece each leading 0
 * is a value of its own (no count is printed with a leading zero) and the rest can be one number.
 * When that is the run's number of cells, no cell of the run can have been left blank.
 */
export function leastValues(pieces: readonly RunPiece[]): number {
  let n = 0;
  for (const p of pieces) {
    if (p === 'NA') {
      n++;
      continue;
    }
    const digits = p.startsWith('-') ? p.slice(1) : p;
    let zeros = 0;
    while (zeros < digits.length && digits[zeros] === '0') zeros++;
    n += zeros + (zeros < digits.length ? 1 : 0);
  }
  return n;
}

/** A cell of a split: a count, or not applicable (which adds as 0, as the checker's sums do). */
export type RunValue = number | 'NA';

/** The splits of a run, and whether the search ran to the end. */
export interface Splits {
  /** Each split: the cell values of every covered row, in order. */
  readonly splits: readonly (readonly RunValue[])[];
  /** False when the search stopped at a bound: then `splits` may be incomplete. */
  readonly complete: boolean;
}

/** The least and the most a cell may hold (from the relations it shares with cells already read). */
export type CellRange = readonly [min: number, max: number];

/** Options of {@link splitRun}. */
export interface SplitOptions {
  /** Whether each total must equal its row's parts (default true). */
  readonly totals?: boolean;
  /** Per cell of the run, the range its value must lie in (none: any). */
  readonly ranges?: readonly (CellRange | undefined)[];
  /** Most splits wanted (default {@link MAX_SPLITS}); more make the result incomplete. */
  readonly most?: number;
}

/**
 * Every split of the pieces into the rows' cells — each digit piece into one or more cells, each
 * placeholder one cell — where each total equals its row's parts (unless `totals` is false) and each
 * cell lies in its range. A total is read as a placeholder beside numeric parts only when no split
 * has it as a number: the form's total of numbers is a number, and a placeholder there would make
 * every split "hold". Depth first, bounded by {@link MAX_SPLIT_STEPS} and {@link MAX_SPLITS}.
 */
export function splitRun(pieces: readonly RunPiece[], rows: readonly RunRow[], options: SplitOptions = {}): Splits {
  const totals = options.totals !== false;
  const only = rows.length === 1 ? (rows[0] as RunRow) : undefined;
  const last = pieces.at(-1);
  if (
    !options.ranges &&
    totals &&
    only &&
    only.total === only.cells - 1 &&
    only.cells > 1 &&
    last !== undefined &&
    last !== 'NA'
  )
    return byTotal(runTable(pieces, only.cells - 1), only.cells, { steps: 0, limit: MAX_SPLIT_STEPS });
  if (!options.ranges && totals && rows.length > 1 && rows.every(endsInTotal) && pieces.every(unsigned))
    return splitRowsByTotal(
      pieces,
      rows.map((r) => r.cells),
    );
  const most = Math.min(options.most ?? MAX_SPLITS, MAX_SPLITS);
  const budget = () => ({ steps: 0, limit: MAX_SPLIT_STEPS * rows.length });
  const strict = walkSplits(pieces, rows, totals, budget(), most, options.ranges, false);
  // A total printed as a placeholder beside numbers only when no reading has it as a number.
  if (!totals || strict.splits.length > 0 || !strict.complete || !pieces.includes('NA')) return strict;
  return walkSplits(pieces, rows, totals, budget(), most, options.ranges, true);
}

/**
 * Whether the digits allow a reading other than `split` (a split of `pieces`, as {@link splitRun}
 * gives it): two neighbouring cells of one piece can trade a digit and both still read as printed
 * numbers (`15|0` → `1|50`). Then the digits alone do not decide, and no walk need show it; false
 * says nothing (another reading may lie further away).
 */
export function otherReadingNear(pieces: readonly RunPiece[], split: readonly RunValue[]): boolean {
  let cell = 0;
  for (const piece of pieces) {
    if (piece === 'NA') {
      if (split[cell++] !== 'NA') return false;
      continue;
    }
    let prev: string | undefined;
    for (let o = 0; o < piece.length; ) {
      const v = split[cell++];
      if (typeof v !== 'number') return false;
      const text = String(v);
      if (!piece.startsWith(text, o)) return false;
      if (prev !== undefined && v >= 0 && tradesDigit(prev, text)) return true;
      prev = v >= 0 ? text : undefined;
      o += text.length;
    }
  }
  return false;
}

/** Whether printed numbers `a` then `b` can pass one digit across their boundary and stay printed numbers. */
function tradesDigit(a: string, b: string): boolean {
  const fits = (text: string) => text.length <= MAX_CELL_DIGITS && Number.isSafeInteger(Number(text));
  // a's last digit starts b: it must not be 0. b's first digit ends a: b's next one starts b, and a is not 0.
  if (a.length > 1 && a.at(-1) !== '0' && fits(a.at(-1) + b)) return true;
  return b.length > 1 && b[1] !== '0' && a !== '0' && fits(a + b[0]);
}

/**
 * One row of `cells` cells ending in its total, over units [0, end) of the table (all of them by
 * default), the last unit a digit: the total is a suffix of the last piece, so try each suffix as the
 * total and split what precedes it into parts that add up to it ({@link splitParts}). No table:
 * the run is too long to split.
 */
function byTotal(table: RunTable | undefined, cells: number, budget: Budget, end = table?.codes.length ?? 0): Splits {
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

/** A unit of a run that is a placeholder (a cell of its own, adding 0 as the checker's sums do). */
const PLACEHOLDER_UNIT = -1;
/** A unit of a run that is a minus sign (no part of a total is signed: no cell holds one). */
const MINUS_UNIT = -2;

/** What the search of a total reads: the run's units, and the bounds of its prefixes once needed. */
interface RunTable {
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

/** A run's units: per unit its code (see {@link RunTable}) and the first unit of its piece. */
function runUnits(pieces: readonly RunPiece[]): { codes: number[]; first: number[] } {
  const codes: number[] = [];
  const first: number[] = [];
  for (const piece of pieces) {
    const start = codes.length;
    if (piece === 'NA') codes.push(PLACEHOLDER_UNIT), first.push(start);
    else
      for (let i = 0; i < piece.length; i++)
        codes.push(piece[i] === '-' ? MINUS_UNIT : piece.charCodeAt(i) - 48), first.push(start);
  }
  return { codes, first };
}

/** The table of a run split into up to `cells` cells; undefined past {@link MAX_RUN_LENGTH} units. */
function runTable(pieces: readonly RunPiece[], cells: number): RunTable | undefined {
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

/** Search steps taken, and the most allowed. */
interface Budget {
  steps: number;
  readonly limit: number;
}

const endsInTotal = (r: RunRow) => r.cells > 1 && r.total === r.cells - 1 && r.signed === undefined;
const unsigned = (p: RunPiece) => p === 'NA' || !p.startsWith('-');

/**
 * Several rows, each ending in its total (section 四's three rows of 5 + 5 + 5): each end of the
 * first row is tried and the row split by its total ({@link byTotal}), and the rows after it
 * are solved once per start (memoised) — so the search grows with the rows, not with the product of
 * their splits. A total printed as a placeholder is read so, as in {@link splitRun}, beside numeric
 * parts only when no split has every total a number. One budget of {@link MAX_SPLIT_STEPS} per row.
 */
function splitRowsByTotal(pieces: readonly RunPiece[], cells: readonly number[]): Splits {
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

/**
 * Whether one row ending in its total has a placeholder last and digits before it: the placeholder
 * is then the total beside numeric parts, which only the lenient pass allows — so the strict pass
 * need not walk every split of the parts to find none.
 */
function placeholderTotalBesideNumbers(pieces: readonly RunPiece[], rows: readonly RunRow[]): boolean {
  const only = rows.length === 1 ? (rows[0] as RunRow) : undefined;
  return (
    only !== undefined && only.total === only.cells - 1 && pieces.at(-1) === 'NA' && pieces.some((p) => p !== 'NA')
  );
}

/** The depth-first search of {@link splitRun}. */
function walkSplits(
  pieces: readonly RunPiece[],
  rows: readonly RunRow[],
  totals: boolean,
  budget: Budget,
  most = MAX_SPLITS,
  ranges?: readonly (CellRange | undefined)[],
  placeholderTotals = true,
): Splits {
  const cellCount = rows.reduce((a, r) => a + r.cells, 0);
  const length = pieces.reduce((a, p) => a + unitsOf(p), 0);
  if (length > MAX_RUN_LENGTH || length < cellCount || pieces.length > cellCount)
    return { splits: [], complete: length <= MAX_RUN_LENGTH };
  if (!placeholderTotals && placeholderTotalBesideNumbers(pieces, rows)) return { splits: [], complete: true };
  // Digits and cells still ahead of each piece, for the length bounds.
  const digitsFrom: number[] = new Array(pieces.length + 1).fill(0);
  const placeholdersFrom: number[] = new Array(pieces.length + 1).fill(0);
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p] as RunPiece;
    digitsFrom[p] = (digitsFrom[p + 1] as number) + (piece === 'NA' ? 0 : piece.length);
    placeholdersFrom[p] = (placeholdersFrom[p + 1] as number) + (piece === 'NA' ? 1 : 0);
  }
  // Per cell: its column, and whether it is its row's total (the sum of the parts before it).
  const colOf: number[] = [];
  const isTotal: boolean[] = [];
  const isSigned: boolean[] = [];
  for (const row of rows) {
    for (let col = 0; col < row.cells; col++) {
      colOf.push(col);
      isTotal.push(col === row.total);
      isSigned.push(col === row.signed);
    }
  }
  const lastCol: boolean[] = [];
  for (const row of rows) for (let col = 0; col < row.cells; col++) lastCol.push(col === row.cells - 1);
  const unitStart: number[] = [];
  for (let p = 0, u = 0; p < pieces.length; u += unitsOf(pieces[p] as RunPiece), p++) unitStart.push(u);
  const start = budget.steps;
  let counts: ReturnType<typeof cellCounts> | undefined;
  const splits: RunValue[][] = [];
  const values: RunValue[] = [];
  let complete = true;

  // At piece p, offset o within it, cell number `cell`; `sum` adds up the row's parts so far.
  const walk = (p: number, o: number, cell: number, rowSum: number): void => {
    if (!complete) return;
    if (++budget.steps > budget.limit || splits.length >= most) {
      complete = false;
      return;
    }
    let piece = pieces[p];
    if (piece !== undefined && piece !== 'NA' && o === piece.length) {
      p++;
      o = 0;
      piece = pieces[p];
    }
    if (cell === cellCount) {
      if (p === pieces.length) splits.push([...values]);
      return;
    }
    if (piece === undefined) return;
    // The units left must make the cells left: once the walk is past its first steps, a dead end is
    // cut here, not found cells later (most walks end before the table would pay for itself).
    if (budget.steps - start > DEAD_ENDS_FROM) counts ??= cellCounts(pieces);
    const u = (unitStart[p] as number) + o;
    if (counts && (cellCount - cell < (counts.fewest[u] as number) || cellCount - cell > (counts.most[u] as number)))
      return;
    const sum = colOf[cell] === 0 ? 0 : rowSum;
    const total = isTotal[cell] === true;
    const left = cellCount - cell - 1;
    const range = ranges?.[cell];
    if (piece === 'NA') {
      if (range && range[0] > 0) return;
      if (
        total &&
        !placeholderTotals &&
        (colOf[cell] as number) > 0 &&
        values.slice(-(colOf[cell] as number)).some((v) => v !== 'NA')
      )
        return;
      values.push('NA');
      walk(p + 1, 0, cell + 1, sum);
      values.pop();
      return;
    }
    // The digits and placeholders after this cell must fill the cells left, and no more.
    const restDigits = piece.length - o + (digitsFrom[p + 1] as number);
    const restPlaceholders = placeholdersFrom[p + 1] as number;
    const minLen = Math.max(1, restDigits - (left - restPlaceholders) * MAX_CELL_DIGITS);
    const maxLen = Math.min(MAX_CELL_DIGITS, piece.length - o, restDigits + restPlaceholders - left);
    if (totals && total && lastCol[cell] === true) {
      // The total is the sum of the parts before it: no choice.
      const text = String(sum);
      const inRange = !range || (sum >= range[0] && sum <= range[1]);
      if (
        inRange &&
        Number.isSafeInteger(sum) &&
        text.length >= minLen &&
        text.length <= maxLen &&
        piece.startsWith(text, o)
      ) {
        values.push(sum);
        walk(p, o + text.length, cell + 1, sum);
        values.pop();
      }
      return;
    }
    // A minus sign starts a cell, and only in the column that may be negative.
    if (piece[o] === '-') {
      if (isSigned[cell] !== true) return;
      return walkNegative(piece, o, minLen, maxLen, range, (v, len) => {
        values.push(v);
        walk(p, o + len, cell + 1, sum + v);
        values.pop();
      });
    }
    // A printed number never starts with 0 unless it is 0.
    const longest = piece[o] === '0' ? Math.min(1, maxLen) : maxLen;
    // The cell's value grows a digit at a time (no slicing per length).
    let v = 0;
    for (let k = o; k < o + minLen - 1; k++) v = v * 10 + (piece.charCodeAt(k) - 48);
    for (let len = minLen; len <= longest; len++) {
      v = v * 10 + (piece.charCodeAt(o + len - 1) - 48);
      if (!Number.isSafeInteger(v) || (range && v > range[1])) break;
      if (range && v < range[0]) continue;
      values.push(v);
      walk(p, o + len, cell + 1, total ? sum : sum + v);
      values.pop();
    }
  };
  walk(0, 0, 0, 0);
  return { splits, complete };
}

/**
 * Per unit u of a run, the fewest and the most cells units [u, end) can be split into (∞ and −∞:
 * none), by dynamic programming from the end: O(units × {@link MAX_CELL_DIGITS}). A cell is as in
 * {@link prefixSums}, but may start with a minus sign anywhere: a relaxation, so that it never cuts a
 * split, only the dead ends of 16-digit numbers past 2^53 and of zeros that are cells of their own.
 */
function cellCounts(pieces: readonly RunPiece[]): { fewest: number[]; most: number[] } {
  const { codes, first } = runUnits(pieces);
  const n = codes.length;
  // Per unit, the unit after its piece.
  const end: number[] = new Array<number>(n).fill(n);
  for (let u = n - 2; u >= 0; u--) end[u] = first[u + 1] === first[u] ? (end[u + 1] as number) : u + 1;
  const fewest = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const most = new Array<number>(n + 1).fill(Number.NEGATIVE_INFINITY);
  fewest[n] = 0;
  most[n] = 0;
  for (let u = n - 1; u >= 0; u--) {
    const head = codes[u] as number;
    // A placeholder or a 0 is a cell of one unit; a minus sign needs a digit after it.
    const longest = head === PLACEHOLDER_UNIT || head === 0 ? 1 : Math.min(MAX_CELL_DIGITS, (end[u] as number) - u);
    for (let len = head === MINUS_UNIT ? 2 : 1, v = 0; len <= longest; len++) {
      const d = codes[u + len - 1] as number;
      v = v * 10 + Math.max(0, d);
      if (!Number.isSafeInteger(v) || (d === MINUS_UNIT && len > 1)) break;
      fewest[u] = Math.min(fewest[u] as number, 1 + (fewest[u + len] as number));
      most[u] = Math.max(most[u] as number, 1 + (most[u + len] as number));
    }
  }
  return { fewest, most };
}

/**
 * The cells a minus sign at `o` can start: the sign and one or more digits (never `-0…`), each
 * length within the walk's bounds and the cell's range. Values fall as the cell grows, so the range
 * filters rather than stops the loop. (A signed column is never a total nor part of one, so no
 * target applies.)
 */
function walkNegative(
  piece: string,
  o: number,
  minLen: number,
  maxLen: number,
  range: CellRange | undefined,
  take: (v: number, len: number) => void,
): void {
  if (piece[o + 1] === undefined || piece[o + 1] === '0') return;
  let v = 0;
  for (let len = 2; len <= maxLen; len++) {
    v = v * 10 - (piece.charCodeAt(o + len - 1) - 48);
    if (!Number.isSafeInteger(v)) return;
    if (len < minLen || (range && (v < range[0] || v > range[1]))) continue;
    take(v, len);
  }
}

/** A split of a row ending in money: the counts before it, and the integer digits of the amount. */
export interface MoneySplit {
  readonly counts: readonly RunValue[];
  /** The amount's integer digits (its fraction and unit are the printed number's). */
  readonly integer: string;
}

/**
 * The splits of a row of `counts` count cells and a money cell last, whose digits ran together
 * (`40.016元` for 4 | 0.016): the amount takes a suffix of the integer digits — never with a leading
 * 0 unless it is 0 — and the counts split what precedes it as {@link splitRun} splits a run (no
 * totals: no row ending in money has one). At most {@link MAX_SPLITS} splits; more, or more than
 * {@link MAX_RUN_LENGTH} digits, make the result incomplete.
 */
export function splitMoneyRun(digits: string, counts: number): { splits: MoneySplit[]; complete: boolean } {
  if (digits.length > MAX_RUN_LENGTH) return { splits: [], complete: false };
  const splits: MoneySplit[] = [];
  // With no count before it, the amount is every digit.
  const shortest = counts === 0 ? digits.length : 1;
  for (let len = digits.length - counts; len >= shortest; len--) {
    const integer = digits.slice(digits.length - len);
    if (len > 1 && integer[0] === '0') continue;
    const before = digits.slice(0, digits.length - len);
    const parts =
      counts === 0 ? { splits: [[]], complete: true } : splitRun([before], [{ cells: counts }], { totals: false });
    for (const c of parts.splits) splits.push({ counts: c, integer });
    if (!parts.complete || splits.length > MAX_SPLITS) return { splits: splits.slice(0, MAX_SPLITS), complete: false };
  }
  return { splits, complete: true };
}
