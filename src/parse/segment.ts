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
}

/** Most splits of one run kept; a run with more is ambiguous. */
const MAX_SPLITS = 64;
/** Most search steps for one run. */
const MAX_SPLIT_STEPS = 20_000;
/** Most digits in one run that is split at all; longer runs are refused (no row has that many). */
const MAX_RUN_LENGTH = 400;
/** Most digits of one cell: a safe integer has at most 16. */
const MAX_CELL_DIGITS = 16;

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

/**
 * Every split of the pieces into the rows' cells — each digit piece into one or more cells, each
 * placeholder one cell — where each total equals its row's parts (unless `totals` is false). Depth
 * first, bounded by {@link MAX_SPLIT_STEPS} and {@link MAX_SPLITS}.
 */
export function splitRun(pieces: readonly RunPiece[], rows: readonly RunRow[], totals = true): Splits {
  const only = rows.length === 1 ? (rows[0] as RunRow) : undefined;
  const last = pieces.at(-1);
  if (totals && only && only.total === only.cells - 1 && only.cells > 1 && last !== undefined && last !== 'NA')
    return splitByTotal(pieces, only.cells, last);
  return walkSplits(pieces, rows, totals, undefined, { steps: 0 });
}

/**
 * One row ending in its total, the run ending in digits: the total is a suffix of them, so try each
 * suffix as the total and split what precedes it into parts that add up to it — parts can then be
 * no larger than what is left of the total, which prunes nearly everything.
 */
function splitByTotal(pieces: readonly RunPiece[], cells: number, last: string): Splits {
  const splits: RunValue[][] = [];
  let complete = true;
  const budget = { steps: 0 };
  // No part exceeds the total, so none has more digits: the total has at least digits / numeric cells.
  const digits = pieces.reduce((a, p) => a + (p === 'NA' ? 0 : p.length), 0);
  const numeric = cells - pieces.filter((p) => p === 'NA').length;
  for (
    let len = Math.max(1, Math.ceil(digits / Math.max(1, numeric)));
    len <= Math.min(MAX_CELL_DIGITS, last.length);
    len++
  ) {
    const text = last.slice(-len);
    if (len > 1 && text[0] === '0') continue;
    const total = Number(text);
    if (!Number.isSafeInteger(total)) break;
    const head = last.length === len ? pieces.slice(0, -1) : [...pieces.slice(0, -1), last.slice(0, -len)];
    const parts = walkSplits(head, [{ cells: cells - 1 }], false, total, budget, MAX_SPLITS - splits.length);
    for (const p of parts.splits) splits.push([...p, total]);
    if (!parts.complete) complete = false;
    if (splits.length >= MAX_SPLITS) return { splits, complete: false };
  }
  return { splits, complete };
}

/** The depth-first search of {@link splitRun}; `target`, when given, is what the cells must add up to. */
function walkSplits(
  pieces: readonly RunPiece[],
  rows: readonly RunRow[],
  totals: boolean,
  target: number | undefined,
  budget: { steps: number },
  most = MAX_SPLITS,
): Splits {
  const cellCount = rows.reduce((a, r) => a + r.cells, 0);
  const length = pieces.reduce((a, p) => a + (p === 'NA' ? 1 : p.length), 0);
  if (length > MAX_RUN_LENGTH || length < cellCount || pieces.length > cellCount)
    return { splits: [], complete: length <= MAX_RUN_LENGTH };
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
  for (const row of rows) {
    for (let col = 0; col < row.cells; col++) {
      colOf.push(col);
      isTotal.push(col === row.total);
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
    if (++budget.steps > MAX_SPLIT_STEPS || splits.length >= most) {
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
    if (piece === 'NA') {
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
      if (Number.isSafeInteger(sum) && text.length >= minLen && text.length <= maxLen && piece.startsWith(text, o)) {
        values.push(sum);
        walk(p, o + text.length, cell + 1, sum);
        values.pop();
      }
      return;
    }
    // A printed number never starts with 0 unless it is 0.
    const longest = piece[o] === '0' ? Math.min(1, maxLen) : maxLen;
    for (let len = minLen; len <= longest; len++) {
      const v = Number(piece.slice(o, o + len));
      if (!Number.isSafeInteger(v) || (target !== undefined && sum + v > target)) break;
      values.push(v);
      walk(p, o + len, cell + 1, total ? sum : sum + v);
      values.pop();
    }
  };
  walk(0, 0, 0, 0);
  return { splits, complete };
}

/** A linear relation over cells for the joint search: constant + Σ coef·cell = 0. */
export interface CellRelation {
  /** Layout indices of the cells, with their coefficients. */
  readonly cells: readonly number[];
  readonly coefs: readonly number[];
  /** The part of the sum that is known beforehand (last year's cells, for R5–R7). */
  readonly constant: number;
}

/** A run to decide: the layout indices it fills and its candidate readings (one value per index). */
export interface RunChoice {
  readonly cells: readonly number[];
  readonly candidates: readonly (readonly RunValue[])[];
}

/** A cell's value in a sum: not applicable adds as 0. */
const num = (v: RunValue): number => (v === 'NA' ? 0 : v);

/** Most nodes of the joint search over a section's ambiguous runs. */
const MAX_JOINT_NODES = 50_000;

/** What the joint search concluded. */
export interface JointResult {
  /** For each choice, the indices of its candidates that some best reading uses. */
  readonly used: readonly (readonly number[])[];
  /** Relations broken in a best reading (among those fully determined). */
  readonly broken: number;
  /** False when the search stopped at {@link MAX_JOINT_NODES}. */
  readonly complete: boolean;
}

/**
 * Chooses one candidate per run so that the fewest relations break, with the cells that are not in
 * any run fixed (`fixed`: value per layout index, `undefined` for blank or unknown). Relations with
 * an unknown cell are no evidence. Branch and bound, bounded by {@link MAX_JOINT_NODES}; every best
 * reading is kept, so that ties are reported, never settled arbitrarily.
 */
export function chooseJointly(
  choices: readonly RunChoice[],
  fixed: ReadonlyMap<number, number>,
  relations: readonly CellRelation[],
): JointResult {
  const owner = new Map<number, { choice: number; slot: number }>();
  choices.forEach((ch, i) => ch.cells.forEach((cell, slot) => owner.set(cell, { choice: i, slot })));
  // Only relations whose every cell is known or in a run, and that touch a run.
  const rels = relations.filter(
    (r) => r.cells.some((c) => owner.has(c)) && r.cells.every((c) => owner.has(c) || fixed.has(c)),
  );
  // Search the runs with fewest candidates first; a relation is decided when its last run is assigned.
  const order = choices
    .map((_, i) => i)
    .sort((a, b) => (choices[a]?.candidates.length ?? 0) - (choices[b]?.candidates.length ?? 0));
  const rank = new Map(order.map((c, r) => [c, r]));
  const decidedAt: number[][] = order.map(() => []);
  rels.forEach((r, ri) => {
    let last = 0;
    for (const c of r.cells) {
      const o = owner.get(c);
      if (o) last = Math.max(last, rank.get(o.choice) as number);
    }
    (decidedAt[last] as number[]).push(ri);
  });
  // Range of each run cell over its candidates, for the bound.
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  for (const ch of choices) {
    ch.cells.forEach((cell, slot) => {
      const vs = ch.candidates.map((c) => num(c[slot] as RunValue));
      lo.set(cell, Math.min(...vs));
      hi.set(cell, Math.max(...vs));
    });
  }
  const picked: number[] = choices.map(() => -1);
  const valueOf = (cell: number): number | undefined => {
    const o = owner.get(cell);
    if (!o) return fixed.get(cell);
    const p = picked[o.choice] as number;
    return p < 0
      ? undefined
      : num(((choices[o.choice] as RunChoice).candidates[p] as readonly RunValue[])[o.slot] as RunValue);
  };
  const brokenNow = (ri: number): boolean => {
    const r = rels[ri] as CellRelation;
    let s = r.constant;
    r.cells.forEach((c, k) => (s += (r.coefs[k] as number) * (valueOf(c) as number)));
    return s !== 0;
  };
  // Relations not yet decided that cannot hold whatever the remaining runs take.
  const surelyBroken = (depth: number): number => {
    let n = 0;
    for (let d = depth; d < order.length; d++) {
      for (const ri of decidedAt[d] as number[]) {
        const r = rels[ri] as CellRelation;
        let min = r.constant;
        let max = r.constant;
        r.cells.forEach((c, k) => {
          const coef = r.coefs[k] as number;
          const v = valueOf(c);
          if (v !== undefined) (min += coef * v), (max += coef * v);
          else if (coef > 0) (min += lo.get(c) as number), (max += hi.get(c) as number);
          else (min -= hi.get(c) as number), (max -= lo.get(c) as number);
        });
        if (min > 0 || max < 0) n++;
      }
    }
    return n;
  };
  let best = Number.POSITIVE_INFINITY;
  let used: Set<number>[] = choices.map(() => new Set());
  let nodes = 0;
  let complete = true;
  const walk = (depth: number, broken: number): void => {
    if (!complete) return;
    if (++nodes > MAX_JOINT_NODES) {
      complete = false;
      return;
    }
    if (depth === order.length) {
      if (broken < best) {
        best = broken;
        used = choices.map(() => new Set());
      }
      picked.forEach((p, i) => (used[i] as Set<number>).add(p));
      return;
    }
    const ch = order[depth] as number;
    const n = (choices[ch] as RunChoice).candidates.length;
    for (let p = 0; p < n; p++) {
      picked[ch] = p;
      let b = broken;
      for (const ri of decidedAt[depth] as number[]) if (brokenNow(ri)) b++;
      if (b <= best && b + (order.length > depth + 1 ? surelyBroken(depth + 1) : 0) <= best) walk(depth + 1, b);
    }
    picked[ch] = -1;
  };
  walk(0, 0);
  return {
    used: used.map((s) => [...s].sort((a, b) => a - b)),
    broken: best === Number.POSITIVE_INFINITY ? 0 : best,
    complete,
  };
}
