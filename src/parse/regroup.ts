/**
 * Values a page printed a cell per line, regrouped: a number broken over two lines (`2`, `47` for
 * 247) joined again, or identical neighbouring lines a crawler merged into one (`2`, `0`, `2` for
 * 2|0|0|0|0|0|2) repeated again. Every regrouping that gives the rows their cells is listed, those
 * whose rows' totals hold kept; the sum rules then choose among them jointly, as for digit runs. A
 * regrouping is the reader's reconstruction: it is always said, on its rows.
 */
import type { RunRow, RunValue } from './segment.js';
import type { Group, ValueToken } from './tokenize.js';

/** Most regroupings listed per group; more make the listing incomplete (the rows are left blank). */
const MAX_REGROUPINGS = 64;
/** Most ways tried per group (joins or repeats placed), so that a long group costs a bounded search. */
const MAX_REGROUP_STEPS = 20_000;
/** No printed count is longer: a join past it is no number. */
const MAX_DIGITS = 16;

/** How values were regrouped: numbers `joined` across a line break, or merged lines `repeated`. */
export type RegroupKind = 'joined' | 'repeated';

/** The regroupings of a group for some rows, and whether the listing ran to the end. */
export interface Regroupings {
  readonly kind: RegroupKind;
  readonly candidates: readonly (readonly RunValue[])[];
  readonly complete: boolean;
}

/** A token as a run value: a plain count or a placeholder; undefined for anything else (units, fractions, signs). */
function plain(t: ValueToken): { value: RunValue; digits: string } | undefined {
  if (t.kind === 'na') return { value: 'NA', digits: '' };
  if (t.kind !== 'number' || t.sign < 0 || t.fraction !== '' || t.unit || t.measure) return undefined;
  const value = Number(t.digits);
  return Number.isSafeInteger(value) ? { value, digits: t.digits } : undefined;
}

/** Whether the total of the row at `at` is the sum of its parts (not applicable adding 0). */
function rowHolds(values: readonly RunValue[], at: number, r: RunRow): boolean {
  if (r.total === undefined) return true;
  let sum = 0;
  for (let c = 0; c < r.cells; c++) {
    const v = values[at + c];
    if (c !== r.total && typeof v === 'number') sum += v;
  }
  const total = values[at + r.total];
  return total === 'NA' || total === sum;
}

/**
 * For each count of cells filled, the row that count completes (and where it starts), so that a
 * search checks a row's total as soon as its last cell is placed.
 */
function rowChecks(rows: readonly RunRow[]): Map<number, { readonly at: number; readonly row: RunRow }> {
  const ends = new Map<number, { at: number; row: RunRow }>();
  let at = 0;
  for (const row of rows) {
    ends.set(at + row.cells, { at, row });
    at += row.cells;
  }
  return ends;
}

/** Pushes values; false (and nothing pushed) when they complete a row whose total does not hold. */
function pushChecked(out: RunValue[], values: readonly RunValue[], checks: ReturnType<typeof rowChecks>): boolean {
  const start = out.length;
  for (const v of values) {
    out.push(v);
    const done = checks.get(out.length);
    if (done && !rowHolds(out, done.at, done.row)) {
      out.length = start;
      return false;
    }
  }
  return true;
}

/**
 * The regroupings of a group printed a cell per line whose values are not its rows' cells in number:
 * more values than cells — some numbers broken over two lines, joined back; fewer — identical
 * neighbouring lines merged, repeated back (neighbours then differ: equal ones would have been one
 * line). Undefined where neither applies (a value that is not a plain count, a line with two values,
 * a row with no total to check a regrouping by). Only for pages with a cell per line ({@link cellPerLine}).
 */
export function regroupings(
  group: Group,
  rows: readonly RunRow[],
  lineOf: (offset: number) => number,
): Regroupings | undefined {
  // Only rows whose own total can tell a regrouping that holds from one that does not.
  if (group.positional || !rows.every((r) => r.total !== undefined)) return undefined;
  const values = group.tokens.map(plain);
  if (values.some((v) => v === undefined)) return undefined;
  const lines = group.starts.map(lineOf);
  if (lines.some((l, k) => k > 0 && l === lines[k - 1])) return undefined;
  const tokens = values as { value: RunValue; digits: string }[];
  const cells = rows.reduce((a, r) => a + r.cells, 0);
  if (tokens.length > cells) return { kind: 'joined', ...joinings(tokens, cells, rows) };
  if (
    tokens.length < cells &&
    tokens.every((t, k) => k === 0 || t.digits !== tokens[k - 1]?.digits || t.value !== tokens[k - 1]?.value)
  )
    return {
      kind: 'repeated',
      ...repeats(
        tokens.map((t) => t.value),
        cells,
        rows,
      ),
    };
  return undefined;
}

/**
 * A bounded listing of regroupings: `step(k, filled, take)` offers, for input position k with
 * `filled` cells filled, each way to fill the next cells (`take(values, next)`); a row's total is checked as soon as its last cell is filled, and
 * the listing stops at {@link MAX_REGROUP_STEPS} steps or {@link MAX_REGROUPINGS} regroupings.
 */
function listRegroupings(
  inputs: number,
  cells: number,
  rows: readonly RunRow[],
  step: (k: number, filled: number, take: (values: readonly RunValue[], next: number) => void) => void,
): { candidates: RunValue[][]; complete: boolean } {
  const candidates: RunValue[][] = [];
  const out: RunValue[] = [];
  const checks = rowChecks(rows);
  let steps = 0;
  let complete = true;
  const take = (values: readonly RunValue[], next: number) => {
    const start = out.length;
    if (!pushChecked(out, values, checks)) return;
    walk(next);
    out.length = start;
  };
  const walk = (k: number): void => {
    if (!complete) return;
    if (++steps > MAX_REGROUP_STEPS || candidates.length >= MAX_REGROUPINGS) {
      complete = false;
      return;
    }
    if (k === inputs) {
      if (out.length === cells) candidates.push([...out]);
      return;
    }
    if (out.length < cells) step(k, out.length, take);
  };
  walk(0);
  return { candidates, complete };
}

/** Every way to join `tokens.length − cells` neighbouring pairs of numbers into one number (never a placeholder, never a leading 0). */
function joinings(
  tokens: readonly { value: RunValue; digits: string }[],
  cells: number,
  rows: readonly RunRow[],
): { candidates: RunValue[][]; complete: boolean } {
  return listRegroupings(tokens.length, cells, rows, (k, filled, take) => {
    // The cells left must take the tokens left, a token at least each.
    if (tokens.length - k < cells - filled) return;
    let digits = '';
    for (let j = k; j < tokens.length; j++) {
      const t = tokens[j] as { value: RunValue; digits: string };
      if (t.value === 'NA') {
        if (j === k) take(['NA'], j + 1);
        return;
      }
      digits += t.digits;
      if (digits.length > MAX_DIGITS || (digits.length > 1 && digits[0] === '0')) return;
      take([Number(digits)], j + 1);
    }
  });
}

/** Every way to repeat each value one or more times into `cells` cells. */
function repeats(
  values: readonly RunValue[],
  cells: number,
  rows: readonly RunRow[],
): { candidates: RunValue[][]; complete: boolean } {
  return listRegroupings(values.length, cells, rows, (k, filled, take) => {
    const v = values[k] as RunValue;
    // Each value after this one takes a cell at least.
    const most = cells - filled - (values.length - k - 1);
    for (let times = 1; times <= most; times++)
      take(
        Array.from({ length: times }, () => v),
        k + 1,
      );
  });
}

/** Fewest groups of several values a page needs before its lines say it prints a cell per line. */
const CELL_PER_LINE_EVIDENCE = 3;
/** Share of those groups with every value on a line of its own from which the page prints a cell per line. */
const CELL_PER_LINE_SHARE = 0.5;

/**
 * Whether a page prints a cell per line (page text extracted cell by cell): most groups of several
 * values have each value on a line of its own. Only on such a page can fewer or more values than
 * cells be lines merged or numbers broken, rather than blank cells or a row's own numbers.
 */
export function cellPerLine(
  streams: readonly { readonly stream: { readonly groups: readonly Group[] } }[],
  lineOf: (offset: number) => number,
): boolean {
  let several = 0;
  let ownLines = 0;
  for (const { stream } of streams)
    for (const g of stream.groups) {
      if (g.positional || g.tokens.length < 2) continue;
      several++;
      const lines = g.starts.map(lineOf);
      if (lines.every((l, k) => k === 0 || l !== lines[k - 1])) ownLines++;
    }
  return several >= CELL_PER_LINE_EVIDENCE && ownLines / several >= CELL_PER_LINE_SHARE;
}
