/**
 * The placements the alignment made that the labels do not confirm: a label that could as well be
 * another group's confirms nothing, and an unconfirmed placement is kept only where the form's order
 * leaves no choice; elsewhere its values are not read.
 */
import { pushAll } from '../_internal/arrays.js';
import type { RowLayout } from '../template/layout.js';
import type { RowTemplate } from '../template/types.js';
import type { Alignment, Placement } from './align.js';
import { FIT_EXACT, FIT_MISMATCH, fit } from './groupValues.js';
import { AFTER_WEIGHT, ANCHOR, type Labels } from './labels.js';
import type { Group, Stream } from './tokenize.js';

/**
 * Whether the label that confirms a placement could as well be another group's: a label on a line of
 * its own, between two groups with no label on their lines, labels either the numbers above it
 * (displaced below them, as PDF converters do) or those below it. Then the label decides nothing,
 * and the form's order must (see {@link confirmByOrder}).
 */
export function contested(p: Placement, rows: readonly RowLayout[], stream: Stream, labels: Labels): boolean {
  const g = p.groups[0] as number;
  const { before, after } = labels.sides((rows[p.rows[0] as number] as RowLayout).row, g);
  const own = (k: number) => stream.groups[k]?.labelOnLine === true;
  // A label printed with blank cells of its own is a row of its own: that it names the numbers on
  // another line is one reading, that the row is blank is another.
  if (stream.blankCells[before >= after ? g : g + 1] && !own(before >= after ? g : g + 1)) return true;
  // The label just after the group is a row printed blank on a line of its own: the group may as
  // well be an unlabelled row above it.
  if (after > before && stream.blankHead[g + 1]) return true;
  // Some row's label stands right after group g, on a line of its own.
  const labelAfter = () => !own(g + 1) && rows.some((r) => labels.sides(r.row, g).after >= ANCHOR * AFTER_WEIGHT);
  // From before: segment g stands between group g−1 and group g; or group g has a label after it too.
  if (before >= after) return !own(g) && ((g > 0 && !own(g - 1)) || labelAfter());
  // From after: segment g+1 stands between group g and group g+1.
  return !own(g + 1) && stream.groups[g + 1] !== undefined && !own(g);
}

/**
 * Keeps a placement that its label does not confirm only where the form's order leaves no choice:
 * between two confirmed placements, every row taken and no group that could fill one left over.
 * Elsewhere its values are not read: the parser may not shift values between rows.
 */
export function confirmByOrder(
  placements: readonly Placement[],
  skipped: readonly number[],
  rows: readonly RowLayout[],
  stream: Stream,
  labels: Labels,
): Pick<Alignment, 'placements' | 'unplaced'> {
  const kept: Placement[] = [];
  const unplaced: { group: number; rows: number[] }[] = [];
  /** Skipped groups that a gap read in order took after all. */
  const taken = new Set<number>();
  const anchors = placements.filter((p) => p.anchored);
  const bounds = [
    { rowEnd: -1, groupEnd: -1 },
    ...anchors.map((a) => ({ rowEnd: a.rows.at(-1) as number, groupEnd: a.groups.at(-1) as number, a })),
  ];
  for (let b = 0; b < bounds.length; b++) {
    const lo = bounds[b] as { rowEnd: number; groupEnd: number; a?: Placement };
    if (lo.a) kept.push(lo.a);
    const next = anchors[b];
    const rowTo = next ? (next.rows[0] as number) : rows.length;
    const groupTo = next ? (next.groups[0] as number) : stream.groups.length;
    const inGap = placements.filter(
      (p) => !p.anchored && (p.groups[0] as number) > lo.groupEnd && (p.groups[0] as number) < groupTo,
    );
    const gapRows: number[] = [];
    for (let r = lo.rowEnd + 1; r < rowTo; r++) gapRows.push(r);
    const cellsIn = (r: number) => (rows[r] as RowLayout).block.columns.length;
    const leftOver = skipped.some(
      (g) =>
        g > lo.groupEnd &&
        g < groupTo &&
        gapRows.some((r) => fit(stream.groups[g] as Group, cellsIn(r)) > FIT_MISMATCH),
    );
    if (inGap.length === 0 && !leftOver) continue;
    const covered = inGap.reduce((a, p) => a + p.rows.length, 0);
    const ordered = leftOver ? inOrder(gapRows, lo.groupEnd, groupTo, inGap, skipped, rows, stream, labels) : undefined;
    if (covered === gapRows.length && !leftOver) pushAll(kept, inGap);
    else if (ordered) {
      pushAll(kept, ordered);
      for (const p of ordered) taken.add(p.groups[0] as number);
    } else for (const p of inGap) for (const g of p.groups) unplaced.push({ group: g, rows: gapRows });
  }
  kept.sort((a, b) => (a.rows[0] as number) - (b.rows[0] as number));
  // A group no row took could still belong to a row between its neighbours that got nothing: name
  // them. One pass: `skipped` and the placements are both in stream order.
  const named = new Set(unplaced.map((u) => u.group));
  const byGroup = [...kept].sort((a, b) => (a.groups[0] as number) - (b.groups[0] as number));
  let k = 0;
  for (const g of skipped) {
    if (named.has(g) || taken.has(g)) continue;
    while (k < byGroup.length && ((byGroup[k] as Placement).groups.at(-1) as number) < g) k++;
    const before = byGroup[k - 1];
    const after = byGroup[k];
    const from = before ? (before.rows.at(-1) as number) + 1 : 0;
    const to = after ? (after.rows[0] as number) : rows.length;
    const open: number[] = [];
    for (let r = from; r < to && open.length < rows.length; r++) open.push(r);
    unplaced.push({ group: g, rows: open });
  }
  unplaced.sort((a, b) => a.group - b.group);
  return { placements: kept, unplaced };
}

/**
 * A gap's rows read in the form's order when its groups leave no other choice: as many groups as
 * rows, each with exactly its row's number of values, and every label printed in the gap standing
 * next to the group it is given (a label between two groups names one of them). Labels displaced
 * below their numbers make the alignment favour the wrong neighbour and leave one group over; the
 * count says which reading explains every group. Undefined when it does not fit.
 */
function inOrder(
  gapRows: readonly number[],
  groupFrom: number,
  groupTo: number,
  inGap: readonly Placement[],
  skipped: readonly number[],
  rows: readonly RowLayout[],
  stream: Stream,
  labels: Labels,
): Placement[] | undefined {
  if (inGap.some((p) => p.kind !== 'row' || p.groups.length !== 1)) return undefined;
  const groups = [...inGap.map((p) => p.groups[0] as number), ...skipped.filter((g) => g > groupFrom && g < groupTo)];
  if (groups.length !== gapRows.length) return undefined;
  groups.sort((a, b) => a - b);
  const out: Placement[] = [];
  for (let x = 0; x < gapRows.length; x++) {
    const r = rows[gapRows[x] as number] as RowLayout;
    const g = groups[x] as number;
    if (fit(stream.groups[g] as Group, r.block.columns.length) !== FIT_EXACT) return undefined;
    const own = labels.score(r.row, g);
    // The row's label printed next to another group of the gap only: the reading contradicts it.
    if (!nextTo(labels, r.row, g) && groups.some((h) => nextTo(labels, r.row, h))) return undefined;
    out.push({ kind: 'row', rows: [gapRows[x] as number], groups: [g], label: own, anchored: false });
  }
  return out;
}

/** Whether the label of `row` stands in the text on either side of group `g`, at its start or its end. */
function nextTo(labels: Labels, row: RowTemplate, g: number): boolean {
  const here = labels.sides(row, g);
  return Math.max(here.before, here.after, labels.sides(row, g + 1).before) >= ANCHOR;
}
