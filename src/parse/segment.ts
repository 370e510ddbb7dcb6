/**
 * Digit runs: numbers printed with their cell boundaries lost (`801000081` for 80|1|0|0|0|0|81).
 * A run is split into the cells of one or more rows; a printed number never starts with `0` unless
 * it is `0`, and where a row ends in its total the total is not a choice but the sum of the parts,
 * so a run has few splits. Both searches here are bounded (see runBasics.ts), and say when they
 * stopped early rather than guess.
 */
import {
  MAX_CELL_DIGITS,
  MAX_RUN_LENGTH,
  MAX_SPLITS,
  MAX_SPLIT_STEPS,
  type RunPiece,
  type RunRow,
  type RunValue,
  type SplitOptions,
  type Splits,
} from './runBasics.js';
import { byTotal, endsInTotal, runTable, splitRowsByTotal, unsigned } from './splitTotals.js';
import { walkSplits } from './splitWalk.js';

export type { CellRange, RunPiece, RunRow, RunValue } from './runBasics.js';

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
