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
export const MAX_SPLITS = 64;
/** Most search steps for one run. */
export const MAX_SPLIT_STEPS = 20_000;
/** Most digits in one run that is split at all; longer runs are refused (no row has that many). */
export const MAX_RUN_LENGTH = 400;
/** Most digits of one cell: a safe integer has at most 16. */
const MAX_CELL_DIGITS = 16;

/** The splits of a run, and whether the search ran to the end. */
export interface Splits {
  /** Each split: the cell values of every covered row, in order. */
  readonly splits: readonly (readonly number[])[];
  /** False when the search stopped at a bound: then `splits` may be incomplete. */
  readonly complete: boolean;
}

/**
 * Every split of `digits` into the rows' cells, where each total equals its row's parts (unless
 * `totals` is false). Depth first, in digit order, bounded by {@link MAX_SPLIT_STEPS} and
 * {@link MAX_SPLITS}.
 */
export function splitRun(digits: string, rows: readonly RunRow[], totals = true): Splits {
  const cellCount = rows.reduce((a, r) => a + r.cells, 0);
  if (digits.length > MAX_RUN_LENGTH || digits.length < cellCount || digits.length > cellCount * MAX_CELL_DIGITS) {
    return { splits: [], complete: digits.length <= MAX_RUN_LENGTH };
  }
  const splits: number[][] = [];
  const values: number[] = [];
  let steps = 0;
  let complete = true;
  // Cells still to place after cell number c (for the length bounds).
  const remainingAfter: number[] = [];
  for (let c = 0, left = cellCount; c < cellCount; c++) remainingAfter.push(--left);
  const rowOf: { row: RunRow; col: number }[] = [];
  for (const row of rows) for (let col = 0; col < row.cells; col++) rowOf.push({ row, col });

  const walk = (at: number, cell: number, rowSum: number): void => {
    if (!complete) return;
    if (++steps > MAX_SPLIT_STEPS || splits.length >= MAX_SPLITS) {
      complete = false;
      return;
    }
    if (cell === cellCount) {
      if (at === digits.length) splits.push([...values]);
      return;
    }
    const { row, col } = rowOf[cell] as { row: RunRow; col: number };
    const sum = col === 0 ? 0 : rowSum;
    const left = remainingAfter[cell] as number;
    const place = (text: string) => {
      const v = Number(text);
      values.push(v);
      walk(at + text.length, cell + 1, col === row.total ? sum : sum + v);
      values.pop();
    };
    if (totals && col === row.total && row.total === row.cells - 1) {
      // The total is the sum of the parts before it: no choice.
      const text = String(sum);
      if (Number.isSafeInteger(sum) && digits.startsWith(text, at) && digits.length - at - text.length >= left) place(text);
      return;
    }
    if (digits[at] === '0') {
      if (digits.length - at - 1 >= left) place('0');
      return;
    }
    for (let len = 1; len <= MAX_CELL_DIGITS && at + len <= digits.length - left; len++) {
      if (digits.length - at - len > left * MAX_CELL_DIGITS) continue;
      const text = digits.slice(at, at + len);
      if (!Number.isSafeInteger(Number(text))) break;
      place(text);
    }
  };
  walk(0, 0, 0);
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
  readonly candidates: readonly (readonly number[])[];
}

/** Most nodes of the joint search over a section's ambiguous runs. */
export const MAX_JOINT_NODES = 50_000;

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
export function chooseJointly(choices: readonly RunChoice[], fixed: ReadonlyMap<number, number>, relations: readonly CellRelation[]): JointResult {
  const owner = new Map<number, { choice: number; slot: number }>();
  choices.forEach((ch, i) => ch.cells.forEach((cell, slot) => owner.set(cell, { choice: i, slot })));
  // Only relations whose every cell is known or in a run, and that touch a run.
  const rels = relations.filter((r) => r.cells.some((c) => owner.has(c)) && r.cells.every((c) => owner.has(c) || fixed.has(c)));
  // Search the runs with fewest candidates first; a relation is decided when its last run is assigned.
  const order = choices.map((_, i) => i).sort((a, b) => (choices[a]?.candidates.length ?? 0) - (choices[b]?.candidates.length ?? 0));
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
      const vs = ch.candidates.map((c) => c[slot] as number);
      lo.set(cell, Math.min(...vs));
      hi.set(cell, Math.max(...vs));
    });
  }
  const picked: number[] = choices.map(() => -1);
  const valueOf = (cell: number): number | undefined => {
    const o = owner.get(cell);
    if (!o) return fixed.get(cell);
    const p = picked[o.choice] as number;
    return p < 0 ? undefined : ((choices[o.choice] as RunChoice).candidates[p] as readonly number[])[o.slot];
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
  return { used: used.map((s) => [...s].sort((a, b) => a - b)), broken: best === Number.POSITIVE_INFINITY ? 0 : best, complete };
}
