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
/** Most digits of one cell: a safe integer has at most 16. */
const MAX_CELL_DIGITS = 16;

/** Powers of ten up to 10^16. */
const POW10 = Array.from({ length: MAX_CELL_DIGITS + 1 }, (_, k) => 10 ** k);
/** The sum of a string's decimal digits. */
function digitSum(digits: string): number {
  let n = 0;
  for (let i = 0; i < digits.length; i++) n += digits.charCodeAt(i) - 48;
  return n;
}

/** How many digits a non-negative safe integer has (0 has one). */
function digitCount(n: number): number {
  let d = 1;
  while (d < MAX_CELL_DIGITS && n >= (POW10[d] as number)) d++;
  return d;
}

/** A piece of a run: digits, or a placeholder that takes one cell of its own (`59/0`). */
export type RunPiece = string | 'NA';
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
    return splitByTotal(pieces, only.cells, last, { steps: 0, limit: MAX_SPLIT_STEPS });
  if (!options.ranges && totals && rows.length > 1 && rows.every(endsInTotal) && pieces.every(unsigned))
    return splitRowsByTotal(
      pieces,
      rows.map((r) => r.cells),
    );
  const most = Math.min(options.most ?? MAX_SPLITS, MAX_SPLITS);
  const budget = () => ({ steps: 0, limit: MAX_SPLIT_STEPS * rows.length });
  const strict = walkSplits(pieces, rows, totals, undefined, budget(), most, options.ranges, false);
  // A total printed as a placeholder beside numbers only when no reading has it as a number.
  if (!totals || strict.splits.length > 0 || !strict.complete || !pieces.includes('NA')) return strict;
  return walkSplits(pieces, rows, totals, undefined, budget(), most, options.ranges, true);
}

/**
 * One row ending in its total, the run ending in digits: the total is a suffix of them, so try each
 * suffix as the total and split what precedes it into parts that add up to it — parts can then be
 * no larger than what is left of the total, which prunes nearly everything.
 */
function splitByTotal(pieces: readonly RunPiece[], cells: number, last: string, budget: Budget): Splits {
  const splits: RunValue[][] = [];
  let complete = true;
  // No part exceeds the total, so none has more digits: the total has at least digits / numeric cells.
  const digits = pieces.reduce((a, p) => a + (p === 'NA' ? 0 : p.length), 0);
  const numeric = cells - pieces.filter((p) => p === 'NA').length;
  // Casting out nines: a number ≡ the sum of its digits (mod 9), so however the parts are cut from
  // the digits before the total, they add up ≡ those digits' sum. A total ≢ it is no total.
  const signed = pieces.some((p) => p.startsWith('-'));
  const all = signed ? 0 : pieces.reduce((a, p) => a + (p === 'NA' ? 0 : digitSum(p)), 0);
  for (
    let len = Math.max(1, Math.ceil(digits / Math.max(1, numeric)));
    len <= Math.min(MAX_CELL_DIGITS, last.length);
    len++
  ) {
    const text = last.slice(-len);
    if (len > 1 && text[0] === '0') continue;
    const total = Number(text);
    if (!Number.isSafeInteger(total)) break;
    if (!signed && (all - 2 * digitSum(text)) % 9 !== 0) continue;
    const head = last.length === len ? pieces.slice(0, -1) : [...pieces.slice(0, -1), last.slice(0, -len)];
    const parts = walkSplits(head, [{ cells: cells - 1 }], false, total, budget, MAX_SPLITS - splits.length);
    for (const p of parts.splits) splits.push([...p, total]);
    if (!parts.complete) complete = false;
    if (splits.length >= MAX_SPLITS) return { splits, complete: false };
  }
  return { splits, complete };
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
 * first row is tried and the row split by its total ({@link splitByTotal}), and the rows after it
 * are solved once per start (memoised) — so the search grows with the rows, not with the product of
 * their splits. A total printed as a placeholder is read so, as in {@link splitRun}, beside numeric
 * parts only when no split has every total a number. One budget of {@link MAX_SPLIT_STEPS} per row.
 */
function splitRowsByTotal(pieces: readonly RunPiece[], cells: readonly number[]): Splits {
  const strict = walkRows(pieces, cells, false);
  if (strict.splits.length > 0 || !strict.complete || !pieces.includes('NA')) return strict;
  return walkRows(pieces, cells, true);
}

/** Units of a run: a digit each, or a placeholder. */
const unitsOf = (p: RunPiece) => (p === 'NA' ? 1 : p.length);

/** The search of {@link splitRowsByTotal}, over positions in the run's units. */
function walkRows(pieces: readonly RunPiece[], cells: readonly number[], placeholderTotals: boolean): Splits {
  const starts: number[] = [];
  let n = 0;
  for (const p of pieces) starts.push(n), (n += unitsOf(p));
  if (n > MAX_RUN_LENGTH) return { splits: [], complete: false };
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
    for (let b = lo; b <= hi && complete; b++) {
      complete = ++budget.steps <= budget.limit;
      const row = complete ? splitRow(cut(a, b), here, placeholderTotals, budget) : { splits: [], complete };
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

/** One row ending in its total: by its total, or with a placeholder total (see {@link walkSplits}). */
function splitRow(pieces: readonly RunPiece[], cells: number, placeholderTotals: boolean, budget: Budget): Splits {
  const last = pieces.at(-1);
  if (last === undefined) return { splits: [], complete: true };
  if (last !== 'NA') return splitByTotal(pieces, cells, last, budget);
  return walkSplits(
    pieces,
    [{ cells, total: cells - 1 }],
    true,
    undefined,
    budget,
    MAX_SPLITS,
    undefined,
    placeholderTotals,
  );
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

/** The depth-first search of {@link splitRun}; `target`, when given, is what the cells must add up to. */
function walkSplits(
  pieces: readonly RunPiece[],
  rows: readonly RunRow[],
  totals: boolean,
  target: number | undefined,
  budget: Budget,
  most = MAX_SPLITS,
  ranges?: readonly (CellRange | undefined)[],
  placeholderTotals = true,
): Splits {
  const cellCount = rows.reduce((a, r) => a + r.cells, 0);
  const length = pieces.reduce((a, p) => a + (p === 'NA' ? 1 : p.length), 0);
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
      if (p === pieces.length && (target === undefined || rowSum === target)) splits.push([...values]);
      return;
    }
    if (piece === undefined) return;
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
    if (target !== undefined) {
      // The digits left fill the cells left: the widest of them has at least its share of digits,
      // and a number of d ≥ 2 digits is at least 10^(d−1): past what is left of the target, stop.
      const cellsLeft = Math.max(1, left + 1 - restPlaceholders);
      const share = Math.ceil(restDigits / cellsLeft);
      if (share >= 2 && (share > MAX_CELL_DIGITS || sum + (POW10[share - 1] as number) > target)) return;
      // And they add up to less than c·10^(d−c+1) (one wide cell, the others one digit): short of it, stop.
      const wide = restDigits - cellsLeft + 1;
      if (wide < MAX_CELL_DIGITS && sum + cellsLeft * (POW10[wide] as number) <= target) return;
    }
    // With a target, no cell has more digits than what is left of it.
    const widest = target === undefined ? MAX_CELL_DIGITS : digitCount(target - sum);
    const minLen = Math.max(1, restDigits - (left - restPlaceholders) * widest);
    const maxLen = Math.min(widest, piece.length - o, restDigits + restPlaceholders - left);
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
    let v = minLen <= longest ? Number(piece.slice(o, o + minLen)) : 0;
    for (let len = minLen; len <= longest; len++, v = v * 10 + (piece.charCodeAt(o + len - 1) - 48)) {
      if (!Number.isSafeInteger(v) || (target !== undefined && sum + v > target) || (range && v > range[1])) break;
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
