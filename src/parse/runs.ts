/**
 * Digit runs: values that ran together (`0000000`, `1 50200017` on a page that spaces inside
 * numbers) split into their rows' cells — each run's splits listed, then decided jointly so that the
 * sum rules hold across the table, each decision said where it is a doubt.
 */
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import { describeRows } from '../template/describeCell.js';
import { cellsOfRow, type CellLayout, type RowLayout } from '../template/layout.js';
import { pushAll } from '../_internal/arrays.js';
import {
  cellRanges,
  chooseJointly,
  relationsByCell,
  type LinearRelation,
  type JointResult,
  type RunChoice,
} from './joint.js';
import { msg } from './parseFinding.js';
import { namedReadings, runCell, shown } from './readValue.js';
import type { Find } from './sectionFinder.js';
import type { CellRead, RowBy, SectionContext } from './sectionReading.js';
import { leastValues, otherReadingNear, splitRun, type RunPiece, type RunRow, type RunValue } from './segment.js';
import type { Group } from './tokenize.js';

/** A run to split: its rows, its group (and the group's index), its pieces, how its rows were found. */
export interface Pending {
  readonly rows: readonly RowLayout[];
  readonly group: Group;
  readonly pieces: readonly RunPiece[];
  readonly by: RowBy;
  /** The group's index in the stream (absent where no cell is read from it). */
  readonly g?: number;
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
function runRows(rows: readonly RowLayout[]): RunRow[] {
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
interface RunTask {
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
      runFailed(p, ctx, find, msg('没有一种拆分能使合计成立', 'no split makes the totals hold'));
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
    runFailed(
      pending,
      ctx,
      find,
      msg('可能的拆分过多（超出搜索上限）', 'too many possible splits (search bound reached)'),
    );
    return { cells: [] };
  }
  const first = readings[0] as readonly RunValue[];
  const differs = choice.cells.map((_, slot) => readings.some((r) => r[slot] !== first[slot]));
  const split = { by: byDigits ? 'digits' : 'sums', readings: readings.length } as const;
  const origin = { group: pending.g ?? -1, row: pending.by, value: 'split', split } as const;
  // Each value's units of the run, while every value before it is known (a blank one's length is not).
  let unit = 0;
  const cells = choice.cells.flatMap((cell, slot): CellRead[] => {
    const v = first[slot] as RunValue;
    const units = [unit, unit + (v === 'NA' ? 1 : String(v).length)] as const;
    unit = differs[slot] ? Number.NaN : units[1];
    if (differs[slot]) return [];
    const value = runCell(ctx.layout.cells[cell] as CellLayout, v, pending.rows, find);
    return [{ index: cell, value, origin: Number.isNaN(units[0]) ? origin : { ...origin, units } }];
  });
  if (!differs.some(Boolean)) return { cells, first };
  const where = describeRows(pending.rows);
  const named = namedReadings(readings, differs);
  const list = named.map(shown).join('；');
  const bound = joint.complete ? msg('', '') : msg('（联合搜索达到上限）', ' (joint search bound reached)');
  find(
    'DIGITS_AMBIGUOUS',
    'error',
    undefined,
    pending.rows,
    msg(
      `${where.zh}：数字连在一起，有 ${readings.length} 种同样合理的拆分${bound.zh}：${list}；不一致的格按空白处理`,
      `${where.en}: digits run together have ${readings.length} equally good splits${bound.en}: ${list}; the cells they disagree on are left blank`,
    ),
    { line: ctx.lineOf(pending.group.at), candidates: named },
  );
  return { cells };
}

/**
 * Says how a run was split unless its digits allow one reading only and the relations confirm it: a
 * warning, since a split the sum rules chose is right only if the report's own sums hold (a report
 * with a wrong total may have another split that makes every sum hold by chance).
 */
function reportSplit(
  { pending, choice, forced, byDigits, certain }: RunTask,
  first: readonly RunValue[],
  joint: JointResult,
  ctx: SectionContext,
  { relsOf, holds }: Evidence,
  find: Find,
): void {
  const listed = 'candidates' in choice;
  const own = confirmed(choice.cells, relsOf, holds);
  // The digits' one reading, certain or confirmed by every relation on its cells: nothing to doubt.
  // Sums the report breaks are the checker's to say, once — not a doubt on every run.
  if (certain || (byDigits && own)) return;
  const unconfirmed = forced || joint.broken > 0 || !own;
  const where = describeRows(pending.rows);
  const line = ctx.lineOf(pending.group.at);
  // No relation on its cells (section 二 without last year's report): the digits alone decided.
  if (byDigits && !choice.cells.some((c) => relsOf.has(c))) {
    find('DIGITS_SPLIT', 'warning', undefined, pending.rows, onlyReading(where, shown(first)), { line });
    return;
  }
  const note = forced
    ? msg('（该读法使合计不成立）', ' (this reading breaks the totals)')
    : joint.broken > 0
      ? msg(
          `（表中仍有 ${joint.broken} 处合计关系不成立，拆分可能有误）`,
          ` (${joint.broken} sum relation(s) of the table still break: the split may be wrong)`,
        )
      : unconfirmed
        ? msg('（仅凭行合计，列合计无法核对）', ' (by the row total only: the column sums could not confirm it)')
        : listed
          ? msg(
              '（数字本身有多种拆分，此为使合计成立者；若报告合计本身有误，实际数值可能不同）',
              ' (the digits allow other splits: this is the one under which the sums hold; if the report’s own sums are wrong, the values may differ)',
            )
          : msg('（由其他行与列合计推出）', ' (given by the other rows and the column sums)');
  find(
    'DIGITS_SPLIT',
    // Chosen by the sum rules, not by the digits alone: right only if the report's sums hold.
    'warning',
    undefined,
    pending.rows,
    msg(
      `${where.zh}：数字连在一起，按合计关系拆分为 ${shown(first)}${note.zh}`,
      `${where.en}: digits run together, split by the sum rules into ${shown(first)}${note.en}`,
    ),
    { line },
  );
}

/** The message of a run split the one way its digits allow, with no sum relation to confirm it. */
export function onlyReading(where: LocalizedText, split: string, also: LocalizedText = msg('', '')): LocalizedText {
  return msg(
    `${where.zh}：数字连在一起，拆分为 ${split}（数字只容许这一种读法，无合计关系可核对${also.zh}）`,
    `${where.en}: digits run together, split into ${split} (the only reading of the digits; no sum relation can confirm it${also.en})`,
  );
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

/** A run left blank: its rows, its digits and why. */
export function runFailed(
  p: Pending,
  ctx: { readonly lineOf: (offset: number) => number },
  find: Find,
  why: LocalizedText,
): void {
  const digits = p.pieces.map((x) => (x === 'NA' ? '/' : x)).join('');
  const where = describeRows(p.rows);
  find(
    'DIGITS_AMBIGUOUS',
    'error',
    undefined,
    p.rows,
    msg(
      `${where.zh}：数字连在一起（${digits.slice(0, 40)}），${why.zh}，按空白处理`,
      `${where.en}: digits run together (${digits.slice(0, 40)}); ${why.en}; left blank`,
    ),
    { line: ctx.lineOf(p.group.at) },
  );
}

/** What confirms a split: the relations of each cell, and whether one holds as the section was read. */
interface Evidence {
  readonly relsOf: ReadonlyMap<number, readonly LinearRelation[]>;
  readonly holds: (rel: LinearRelation) => boolean;
}

/**
 * Whether a relation holds with the cells as read — every cell a number or not applicable (0) —
 * memoised: once the runs are settled the cells no longer change, and a column's relation is asked
 * once per run it crosses.
 */
function holdsAsRead(cells: ReadonlyMap<number, CellValue>): (rel: LinearRelation) => boolean {
  const known = new Map<LinearRelation, boolean>();
  return (rel) => {
    let holds = known.get(rel);
    if (holds !== undefined) return holds;
    let sum = rel.constant;
    holds = true;
    for (let k = 0; k < rel.cells.length && holds; k++) {
      const v = cells.get(rel.cells[k] as number);
      if (typeof v !== 'number' && v !== 'NA') holds = false;
      else sum += (rel.coefs[k] as number) * (v === 'NA' ? 0 : v);
    }
    holds &&= sum === 0;
    known.set(rel, holds);
    return holds;
  };
}

/** Whether every sum relation on these cells could be evaluated, and holds. */
function confirmed(
  cells: readonly number[],
  relsOf: ReadonlyMap<number, readonly LinearRelation[]>,
  holds: (rel: LinearRelation) => boolean,
): boolean {
  let any = false;
  for (const cell of cells)
    for (const rel of relsOf.get(cell) ?? []) {
      if (!holds(rel)) return false;
      any = true;
    }
  // With no relation on its cells (section 二), a split has no evidence beyond its digits.
  return any;
}
