/**
 * The depth-first search of {@link splitRun}: every split of a run's pieces into its rows' cells, the
 * totals summed as it goes, bounded by its budget and cut by the cell counts the units can still make.
 */
import {
  DEAD_ENDS_FROM,
  MAX_CELL_DIGITS,
  MAX_RUN_LENGTH,
  MAX_SPLITS,
  MINUS_UNIT,
  PLACEHOLDER_UNIT,
  runUnits,
  unitsOf,
  type Budget,
  type CellRange,
  type RunPiece,
  type RunRow,
  type RunValue,
  type Splits,
} from './runBasics.js';

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

/** What the walk knows of a run and its rows before it starts: per piece and per cell, fixed. */
interface Tables {
  readonly cellCount: number;
  /** Digits and placeholders still ahead of each piece, for the length bounds. */
  readonly digitsFrom: readonly number[];
  readonly placeholdersFrom: readonly number[];
  /** Per cell: its column, whether it is its row's total (the sum of the parts before it), signed, last. */
  readonly colOf: readonly number[];
  readonly isTotal: readonly boolean[];
  readonly isSigned: readonly boolean[];
  readonly lastCol: readonly boolean[];
  /** The unit each piece starts at. */
  readonly unitStart: readonly number[];
}

function tablesOf(pieces: readonly RunPiece[], rows: readonly RunRow[]): Tables {
  const digitsFrom: number[] = new Array(pieces.length + 1).fill(0);
  const placeholdersFrom: number[] = new Array(pieces.length + 1).fill(0);
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p] as RunPiece;
    digitsFrom[p] = (digitsFrom[p + 1] as number) + (piece === 'NA' ? 0 : piece.length);
    placeholdersFrom[p] = (placeholdersFrom[p + 1] as number) + (piece === 'NA' ? 1 : 0);
  }
  const colOf: number[] = [];
  const isTotal: boolean[] = [];
  const isSigned: boolean[] = [];
  const lastCol: boolean[] = [];
  for (const row of rows)
    for (let col = 0; col < row.cells; col++) {
      colOf.push(col);
      isTotal.push(col === row.total);
      isSigned.push(col === row.signed);
      lastCol.push(col === row.cells - 1);
    }
  const unitStart: number[] = [];
  for (let p = 0, u = 0; p < pieces.length; u += unitsOf(pieces[p] as RunPiece), p++) unitStart.push(u);
  return { cellCount: colOf.length, digitsFrom, placeholdersFrom, colOf, isTotal, isSigned, lastCol, unitStart };
}

/** One walk: its run, its tables and bounds, and what it has found so far. */
interface Walk {
  readonly pieces: readonly RunPiece[];
  readonly t: Tables;
  readonly totals: boolean;
  readonly budget: Budget;
  readonly most: number;
  readonly ranges: readonly (CellRange | undefined)[] | undefined;
  readonly placeholderTotals: boolean;
  /** The budget's steps when the walk began: dead ends are cut once it has taken a few. */
  readonly start: number;
  counts: ReturnType<typeof cellCounts> | undefined;
  readonly splits: RunValue[][];
  readonly values: RunValue[];
  complete: boolean;
}

/** The depth-first search of {@link splitRun}. */
export function walkSplits(
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
  const w: Walk = {
    pieces,
    t: tablesOf(pieces, rows),
    totals,
    budget,
    most,
    ranges,
    placeholderTotals,
    start: budget.steps,
    counts: undefined,
    splits: [],
    values: [],
    complete: true,
  };
  walk(w, 0, 0, 0, 0);
  return { splits: w.splits, complete: w.complete };
}

/** At piece p, offset o within it, cell number `cell`; `rowSum` adds up the row's parts so far. */
function walk(w: Walk, p: number, o: number, cell: number, rowSum: number): void {
  if (!w.complete) return;
  const { pieces, t } = w;
  if (++w.budget.steps > w.budget.limit || w.splits.length >= w.most) {
    w.complete = false;
    return;
  }
  let piece = pieces[p];
  if (piece !== undefined && piece !== 'NA' && o === piece.length) {
    p++;
    o = 0;
    piece = pieces[p];
  }
  if (cell === t.cellCount) {
    if (p === pieces.length) w.splits.push([...w.values]);
    return;
  }
  if (piece === undefined) return;
  // The units left must make the cells left: once the walk is past its first steps, a dead end is
  // cut here, not found cells later (most walks end before the table would pay for itself).
  if (w.budget.steps - w.start > DEAD_ENDS_FROM) w.counts ??= cellCounts(pieces);
  const u = (t.unitStart[p] as number) + o;
  const left = t.cellCount - cell;
  if (w.counts && (left < (w.counts.fewest[u] as number) || left > (w.counts.most[u] as number))) return;
  const sum = t.colOf[cell] === 0 ? 0 : rowSum;
  if (piece === 'NA') placeholderCell(w, p, cell, sum);
  else numberCell(w, piece, p, o, cell, sum);
}

/** The cell is a placeholder: not where its range excludes 0, nor a total beside numbers on the strict pass. */
function placeholderCell(w: Walk, p: number, cell: number, sum: number): void {
  const range = w.ranges?.[cell];
  if (range && range[0] > 0) return;
  const col = w.t.colOf[cell] as number;
  if (w.t.isTotal[cell] && !w.placeholderTotals && col > 0 && w.values.slice(-col).some((v) => v !== 'NA')) return;
  take(w, 'NA', p + 1, 0, cell, sum);
}

/** Goes on with `v` as the cell's value. */
function take(w: Walk, v: RunValue, p: number, o: number, cell: number, sum: number): void {
  w.values.push(v);
  walk(w, p, o, cell + 1, sum);
  w.values.pop();
}

/** The cell starts at digit `o` of a digit piece: its total, a negative number, or each length the bounds allow. */
function numberCell(w: Walk, piece: string, p: number, o: number, cell: number, sum: number): void {
  const { t } = w;
  const range = w.ranges?.[cell];
  const total = t.isTotal[cell] === true;
  const left = t.cellCount - cell - 1;
  // The digits and placeholders after this cell must fill the cells left, and no more.
  const restDigits = piece.length - o + (t.digitsFrom[p + 1] as number);
  const restPlaceholders = t.placeholdersFrom[p + 1] as number;
  const minLen = Math.max(1, restDigits - (left - restPlaceholders) * MAX_CELL_DIGITS);
  const maxLen = Math.min(MAX_CELL_DIGITS, piece.length - o, restDigits + restPlaceholders - left);
  if (w.totals && total && t.lastCol[cell] === true) {
    // The total is the sum of the parts before it: no choice.
    const text = String(sum);
    const inRange = !range || (sum >= range[0] && sum <= range[1]);
    if (
      inRange &&
      Number.isSafeInteger(sum) &&
      text.length >= minLen &&
      text.length <= maxLen &&
      piece.startsWith(text, o)
    )
      take(w, sum, p, o + text.length, cell, sum);
    return;
  }
  // A minus sign starts a cell, and only in the column that may be negative.
  if (piece[o] === '-') {
    if (t.isSigned[cell] !== true) return;
    walkNegative(piece, o, minLen, maxLen, range, (v, len) => take(w, v, p, o + len, cell, sum + v));
    return;
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
    take(w, v, p, o + len, cell, total ? sum : sum + v);
  }
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
