/**
 * Digit runs: values that ran together (`0000000`, `1 50200017` on a page that spaces inside
 * numbers) split into their rows' cells — each run's splits listed, then decided jointly so that the
 * sum rules hold across the table, each decision said where it is a doubt.
 */
import type { CellValue } from '../model/cell.js';
import { describeRows } from '../template/describeCell.js';
import { cellsOfRow, type CellLayout, type RowLayout } from '../template/layout.js';
import { pushAll } from '../_internal/arrays.js';
import { cellRanges, chooseJointly, relationsByCell, type JointResult, type RunChoice } from './joint.js';
import { holdsAsRead, reportSplit, runFailed } from './runsSaid.js';
import { words } from './words.js';
import { namedReadings, runCell, shown } from './readValue.js';
import type { Find } from './sectionFinder.js';
import type { CellRead, RowBy, SectionContext } from './sectionReading.js';
import { leastValues, otherReadingNear, splitRun, type RunPiece, type RunRow, type RunValue } from './segment.js';
import type { Regroupings } from './regroup.js';
import type { Group } from './tokenize.js';
import type { LinearRelation } from '../check/linear.js';

/** A run to split: its rows, its group (and the group's index), its pieces, how its rows were found. */
export interface Pending {
  readonly rows: readonly RowLayout[];
  readonly group: Group;
  readonly pieces: readonly RunPiece[];
  readonly by: RowBy;
  /** The group's index in the stream (absent where no cell is read from it). */
  readonly g?: number;
  /** For values a page printed a cell per line, regrouped: the regroupings whose rows' totals hold. */
  readonly listed?: Regroupings;
}

/**
 * A group as a digit run: its digits, with each placeholder a piece of its own. Spaces split pieces
 * too, unless the page puts spaces inside runs (`acrossSpaces`).
 */
export function runPieces(group: Group, acrossSpaces: boolean): RunPiece[] {
  const pieces: RunPiece[] = [];
  group.tokens.forEach((t, k) => {
    if (t.kind === 'na') pieces.push('NA');
    else if (t.kind === 'number') {
      const last = pieces.length - 1;
      // A minus sign starts a piece (and a cell) of its own; digits after it may run on.
      const joins = t.sign > 0 && k > 0 && group.tokens[k - 1]?.kind === 'number' && (acrossSpaces || !group.spaced[k]);
      if (joins && last >= 0) pieces[last] += t.digits;
      else pieces.push(t.sign < 0 ? `-${t.digits}` : t.digits);
    }
  });
  return pieces;
}

/** Whether {@link runPieces}, on a page that puts spaces inside runs, joins numbers a space separates. */
const joinsAcrossSpaces = (group: Group) =>
  group.tokens.some(
    (t, k) => k > 0 && t.kind === 'number' && t.sign > 0 && group.tokens[k - 1]?.kind === 'number' && group.spaced[k],
  );

/** The run rows of a placement: each row's cell count and the position of its total column. */
export function runRows(rows: readonly RowLayout[]): RunRow[] {
  return rows.map((r) => {
    const total = r.block.columns.findIndex((c) => c.role === 'total');
    const signed = r.block.columns.findIndex((c) => c.kind === 'signed');
    return {
      cells: r.block.columns.length,
      ...(total >= 0 && { total }),
      ...(signed >= 0 && { signed }),
    };
  });
}

/** A run to decide, with what the search gives it. */
export interface RunTask {
  readonly pending: Pending;
  readonly choice: RunChoice;
  /** Whether its one reading breaks its totals (no split makes them hold). */
  readonly forced: boolean;
  /**
   * Whether the digits alone allow only one reading (each cell's boundary forced, `0000000`).
   * Otherwise the sum rules chose it, which is right only if the report's own sums hold.
   */
  readonly byDigits: boolean;
  /**
   * Whether that one reading is certain: the digits cannot be read as fewer values than the run has
   * cells (`0 00 0 0 00`), so no cell can have been left blank either.
   */
  readonly certain: boolean;
}

/**
 * Splits the section's digit runs, jointly where a run has several splits, given the cells the
 * placements read (`placed`): the cells the runs give, each with its origin.
 */
export function decideRuns(
  runs: readonly Pending[],
  placed: readonly CellRead[],
  ctx: SectionContext,
  find: Find,
): CellRead[] {
  if (runs.length === 0) return [];
  const listed = listRuns(runs, ctx, find);
  const fixed = new Map<number, number>();
  // Not applicable adds as 0, as in the checker's sums.
  for (const c of placed)
    if (typeof c.value === 'number' || c.value === 'NA') fixed.set(c.index, c.value === 'NA' ? 0 : c.value);
  const choices = narrow(listed, fixed, ctx.relations);
  const tasks = listed.map((t, i) => ({ ...t, choice: choices[i] as RunChoice }));
  const joint = chooseJointly(choices, fixed, ctx.relations);
  // First every decided cell, so that the relations can confirm each split after.
  const read: CellRead[] = [];
  const settled = tasks.flatMap((task, i) => {
    const { cells, first } = settleRun(task, i, joint, ctx, find);
    pushAll(read, cells);
    return first ? [{ ...task, first }] : [];
  });
  const asRead = new Map<number, CellValue>(placed.map((c) => [c.index, c.value]));
  for (const c of read) asRead.set(c.index, c.value);
  const evidence = { relsOf: relationsByCell(ctx.relations), holds: holdsAsRead(asRead) };
  for (const s of settled) reportSplit(s, s.first, joint, ctx, evidence, find);
  return read;
}

/** Each run's splits, or the run reported and dropped when no split makes its totals hold. */
function listRuns(runs: readonly Pending[], ctx: SectionContext, find: Find): RunTask[] {
  const tasks: RunTask[] = [];
  for (const p of runs) {
    if (p.listed) {
      const task = listedTask(p, ctx, find);
      if (task) tasks.push(task);
      continue;
    }
    const rr = runRows(p.rows);
    let { splits, complete } = splitRun(p.pieces, rr);
    let forced = false;
    // The readings of the digits without the sum rules: one, or more (the rules then choose). With
    // two splits under the rules there are two without them; a split whose cells can trade a digit
    // shows a second at once.
    const [one] = splits;
    const other = splits.length > 1 || (one !== undefined && otherReadingNear(p.pieces, one));
    const loose = complete && !other ? splitRun(p.pieces, rr, { totals: false, most: 2 }) : undefined;
    const byDigits = loose?.complete === true && loose.splits.length === 1;
    if (loose && splits.length === 0 && byDigits) {
      // No split makes the totals hold: the report itself may be inconsistent. Only a split that is
      // the one possible reading of the digits is taken, and said to break the totals.
      (splits = loose.splits), (forced = true);
    }
    if (splits.length === 0 && complete) {
      runFailed(p, ctx, find, words.runWhy.noSplit);
      continue;
    }
    const indices = p.rows.flatMap((r) => cellsOfRow(ctx.layout, r).map((c) => c.index));
    // Too many splits to list: the other rows and the column sums may still fix it.
    tasks.push({
      pending: p,
      choice: complete ? { cells: indices, candidates: splits } : { cells: indices, pieces: p.pieces },
      forced,
      byDigits,
      // Pieces joined across spaces are a guess of their own: certain only where none was.
      certain:
        byDigits && !(ctx.spacesInRuns && joinsAcrossSpaces(p.group)) && leastValues(p.pieces) === indices.length,
    });
  }
  return tasks;
}

/** A regrouped run's task: its regroupings are its candidates; none, or too many to list, leave it blank. */
function listedTask(p: Pending, ctx: SectionContext, find: Find): RunTask | undefined {
  const { candidates, complete } = p.listed as Regroupings;
  if (candidates.length === 0 || !complete) {
    const why = complete ? words.runWhy.noRegrouping : words.runWhy.tooManyRegroupings;
    runFailed(p, ctx, find, why);
    return undefined;
  }
  const indices = p.rows.flatMap((r) => cellsOfRow(ctx.layout, r).map((c) => c.index));
  return { pending: p, choice: { cells: indices, candidates }, forced: false, byDigits: false, certain: false };
}

/**
 * The cells of run `i` that every best reading agrees on; reports the run when readings differ
 * (`DIGITS_AMBIGUOUS`, the cells they disagree on blank) or when none was found. Gives the reading
 * too when every cell was set.
 */
function settleRun(
  { pending, choice, byDigits }: RunTask,
  i: number,
  joint: JointResult,
  ctx: SectionContext,
  find: Find,
): { readonly cells: CellRead[]; readonly first?: readonly RunValue[] } {
  const listed = 'candidates' in choice;
  const readings = !joint.complete
    ? listed
      ? choice.candidates
      : []
    : (joint.readings[i] as readonly (readonly RunValue[])[]);
  if (readings.length === 0 || (!listed && joint.open[i])) {
    runFailed(pending, ctx, find, words.runWhy.tooManySplits);
    return { cells: [] };
  }
  const first = readings[0] as readonly RunValue[];
  const differs = choice.cells.map((_, slot) => readings.some((r) => r[slot] !== first[slot]));
  const split = { by: byDigits ? 'digits' : 'sums', readings: readings.length } as const;
  const value = pending.listed?.kind ?? 'split';
  const origin = { group: pending.g ?? -1, row: pending.by, value, split } as const;
  // Each value's units of the run, while every value before it is known (a blank one's length is not).
  let unit = 0;
  const cells = choice.cells.flatMap((cell, slot): CellRead[] => {
    const v = first[slot] as RunValue;
    const units = [unit, unit + (v === 'NA' ? 1 : String(v).length)] as const;
    unit = differs[slot] ? Number.NaN : units[1];
    if (differs[slot]) return [];
    const read = runCell(ctx.layout.cells[cell] as CellLayout, v, pending.rows, find);
    // A repeated value stands for no digits of its own: its source is the whole group.
    const own = Number.isNaN(units[0]) || value === 'repeated' ? origin : { ...origin, units };
    return [{ index: cell, value: read, origin: own }];
  });
  if (!differs.some(Boolean)) return { cells, first };
  const named = namedReadings(readings, differs);
  const list = named.map(shown).join('；');
  const kind = pending.listed?.kind ?? 'digits';
  const message = words.runAmbiguous(describeRows(pending.rows), kind, `${readings.length}`, list, !joint.complete);
  find('DIGITS_AMBIGUOUS', 'error', undefined, pending.rows, message, {
    line: ctx.lineOf(pending.group.at),
    candidates: named,
  });
  return { cells };
}

/**
 * Lists the splits of runs too long to list, within the ranges the relations give their cells from
 * the other runs' candidates (the total row of 三 from its outcome rows): with the ranges most such
 * runs have a handful of splits, and the joint search can then prune on them. Each listed run can
 * narrow the next, so passes repeat while one succeeds (at most once per run). Returns the choices, the
 * tasks' own left as they were.
 */
function narrow(
  tasks: readonly RunTask[],
  fixed: ReadonlyMap<number, number>,
  relations: readonly LinearRelation[],
): RunChoice[] {
  const choices = tasks.map((t) => t.choice);
  const tried = new Map<number, string>();
  for (let changed = true; changed; ) {
    changed = false;
    choices.forEach((c, i) => {
      if (!('pieces' in c)) return;
      const task = tasks[i] as RunTask;
      const ranges = cellRanges(choices, fixed, relations, i);
      // The same ranges split the same way: try each set once.
      const key = ranges.map((r) => r?.join('-') ?? '').join(',');
      if (ranges.every((r) => r === undefined) || tried.get(i) === key) return;
      tried.set(i, key);
      const { splits, complete } = splitRun(task.pending.pieces, runRows(task.pending.rows), { ranges });
      if (!complete || splits.length === 0) return;
      choices[i] = { cells: c.cells, candidates: splits };
      changed = true;
    });
  }
  return choices;
}
