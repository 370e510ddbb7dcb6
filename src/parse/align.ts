/**
 * Global alignment of a table section's template rows to its token stream. Rows come in the form's
 * fixed order; each takes a value group (or two, when its values were split over two lines; or one
 * group covers several rows, section 四's fifteen numbers; or a group row printed as one row). Labels
 * are evidence, scored against the text just before a group (or just after it, for labels displaced
 * below their numbers); how many values a group holds is evidence too. One dynamic programme over
 * (rows, groups): linear in the number of groups.
 */
import type { RowLayout } from '../template/layout.js';
import type { RowTemplate } from '../template/types.js';
import { confirmByOrder, contested } from './confirm.js';
import { FIT_EXACT, FIT_MISMATCH, FIT_RUN, fit, valueCount } from './groupValues.js';
import { ANCHOR, headerWordsOf, Labels } from './labels.js';
import type { Group, Stream } from './tokenize.js';

/** Most value groups aligned in one section; a real table has a few dozen, the rest is reported unread. */
const MAX_GROUPS = 2000;

/** Weight of label evidence against count evidence. */
const LABEL_WEIGHT = 3;

/** Leaving a group unread. */
const SKIP_GROUP = -0.1;

/** A row taking two groups (values split over two lines), rather than one. */
const SPLIT_PENALTY = 0.4;

/** One group covering several rows. */
const MULTI_PENALTY = 0.3;

/** A group row printed as one row. */
const GROUP_ROW_PENALTY = 0.2;

/** Most rows one group may cover. */
const MAX_MULTI = 3;

/** A group row of the template whose children are data rows, which may be printed as one row. */
interface GroupRow {
  readonly row: RowTemplate;
  /** Index of its first data row among the section's rows. */
  readonly first: number;
  readonly count: number;
}

/** Where a run of template rows found its values. */
export interface Placement {
  readonly kind: 'row' | 'multi' | 'group';
  /** Indices of the rows (in the section's row list). */
  readonly rows: readonly number[];
  /** Indices of the groups (in the stream). */
  readonly groups: readonly number[];
  /** Label score of the placement (for `multi`, the lowest over its rows). */
  readonly label: number;
  /** For `group`: the group row. */
  readonly groupRow?: GroupRow;
  /** Whether the labels confirm it; otherwise it stands on the form's order. */
  readonly anchored: boolean;
  /** For a row placed by order: on which side of its values its label is printed. */
  readonly side?: LabelSide;
}

/** Where a row's label stands next to its values: before them, after them (displaced below), both, or neither. */
export type LabelSide = 'before' | 'after' | 'both' | 'none';

/** The section's alignment. */
export interface Alignment {
  readonly placements: readonly Placement[];
  /** Groups holding values that no row took, each with the rows it might have been. */
  readonly unplaced: readonly { readonly group: number; readonly rows: readonly number[] }[];
  /** The rows nothing was placed in whose label is printed between their placed neighbours (a row printed with no cells). */
  readonly printed: ReadonlySet<number>;
}

const enum Op {
  None,
  SkipRow,
  SkipGroup,
  Row,
  Row2,
  Multi,
  GroupRow,
}

/** The leaf group rows of a section (children all data rows), with their position among the rows. */
function groupRowsOf(rows: readonly RowLayout[]): GroupRow[] {
  const out: GroupRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as RowLayout;
    const parent = r.ancestors.at(-1);
    if (!parent?.children || parent.children.some((c) => c.children)) continue;
    if (rows[i - 1]?.ancestors.at(-1) === parent) continue;
    if (parent.children[0] !== r.row) continue;
    out.push({ row: parent, first: i, count: parent.children.length });
  }
  return out;
}

/** The dynamic programme's table: per (rows taken, groups taken), the best score, its step, its argument and label score. */
interface Table {
  readonly n: number;
  readonly m: number;
  /** Row stride: groups + 1. */
  readonly W: number;
  readonly score: Float64Array;
  readonly op: Uint8Array;
  /** Rows taken by a Multi step, or the group row's index. */
  readonly arg: Int32Array;
  readonly lab: Float64Array;
}

/** What the steps of the programme read: the rows, the stream, the label scores, the group rows. */
interface Ctx {
  readonly rows: readonly RowLayout[];
  readonly stream: Stream;
  readonly labels: Labels;
  readonly groupRows: readonly GroupRow[];
  readonly groupAt: ReadonlyMap<number, number>;
  /** For the first row of each block, how many rows the block has. */
  readonly blockRows: readonly number[];
  /** Whether the page prints a cell per line: a group of a few more or fewer values than cells may be regrouped. */
  readonly regroup: boolean;
}

/**
 * How well a group fits `cells` cells: on a page with a cell per line, a free group of another
 * count is values to regroup (numbers broken over lines, identical lines merged), fitting as a run does.
 */
const fitFor = (ctx: Ctx, g: Group, cells: number) =>
  ctx.regroup && !g.positional && !g.glued && g.tokens.length !== cells ? FIT_RUN : fit(g, cells);

/** Keeps step `o` into cell (i, j) when it scores better than what is there. */
function relax(t: Table, i: number, j: number, s: number, o: Op, a = 0, l = 0): void {
  const at = i * t.W + j;
  if (s > (t.score[at] as number)) (t.score[at] = s), (t.op[at] = o), (t.arg[at] = a), (t.lab[at] = l);
}

/** Fills the table, rows by groups: each cell relaxes the steps that leave it. */
function fill(ctx: Ctx): Table {
  const n = ctx.rows.length;
  const m = Math.min(ctx.stream.groups.length, MAX_GROUPS);
  const W = m + 1;
  const t: Table = {
    n,
    m,
    W,
    score: new Float64Array((n + 1) * W).fill(Number.NEGATIVE_INFINITY),
    op: new Uint8Array((n + 1) * W),
    arg: new Int32Array((n + 1) * W),
    lab: new Float64Array((n + 1) * W),
  };
  t.score[0] = 0;
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      const here = t.score[i * W + j] as number;
      if (here === Number.NEGATIVE_INFINITY) continue;
      if (i < n) relax(t, i + 1, j, here, Op.SkipRow);
      if (j < m) relax(t, i, j + 1, here + SKIP_GROUP, Op.SkipGroup);
      if (i < n && j < m) placeSteps(t, ctx, i, j, here);
    }
  return t;
}

/** The steps that place row i (and maybe more) on group j (and maybe the next). */
function placeSteps(t: Table, ctx: Ctx, i: number, j: number, here: number): void {
  const { rows, stream, labels } = ctx;
  const cellsOf = (x: number) => (rows[x] as RowLayout).block.columns.length;
  const g = stream.groups[j] as Group;
  const k = cellsOf(i);
  const l = labels.score((rows[i] as RowLayout).row, j);
  relax(t, i + 1, j + 1, here + LABEL_WEIGHT * l + fitFor(ctx, g, k), Op.Row, 0, l);
  const g2 = stream.groups[j + 1];
  // Values split over two lines of cells, with no label between them.
  if (
    g2 &&
    g.positional &&
    g2.positional &&
    (stream.labels[j + 1] ?? '').trim() === '' &&
    valueCount(g, k) + valueCount(g2, k) === k
  )
    relax(t, i + 1, j + 2, here + LABEL_WEIGHT * l + FIT_EXACT - SPLIT_PENALTY, Op.Row2, 0, l);
  // One group over several rows of the same block (section 四's fifteen numbers): scored as one
  // placement, so that a row whose own label stands before the group is preferred.
  // Only a whole block: a header names every row, so it cannot tell which rows a shorter group is.
  const b = ctx.blockRows[i] ?? 0;
  if (b >= 2 && b <= MAX_MULTI) {
    let cells = 0;
    let minLabel = 1;
    for (let x = i; x < i + b; x++) {
      cells += cellsOf(x);
      minLabel = Math.min(minLabel, labels.anywhere((rows[x] as RowLayout).row, j));
    }
    const f = fitFor(ctx, g, cells);
    if (f > FIT_MISMATCH)
      relax(t, i + b, j + 1, here + LABEL_WEIGHT * minLabel + b * f - MULTI_PENALTY, Op.Multi, b, minLabel);
  }
  const gi = ctx.groupAt.get(i);
  if (gi === undefined) return;
  const gr = ctx.groupRows[gi] as GroupRow;
  const gl = labels.score(gr.row, j);
  if (gl >= ANCHOR)
    relax(t, i + gr.count, j + 1, here + LABEL_WEIGHT * gl + fit(g, k) - GROUP_ROW_PENALTY, Op.GroupRow, gi, gl);
}

/** The best path through the table, back to front: the placements and the groups skipped, in stream order. */
function traceBack(t: Table, groupRows: readonly GroupRow[]): { placements: Placement[]; skipped: number[] } {
  const placements: Placement[] = [];
  const skipped: number[] = [];
  let i = t.n;
  let j = t.m;
  const span = (from: number, count: number) => Array.from({ length: count }, (_, x) => from + x);
  while (i > 0 || j > 0) {
    const at = i * t.W + j;
    const o = t.op[at] as Op;
    const l = t.lab[at] as number;
    const anchored = l >= ANCHOR;
    if (o === Op.SkipRow) i--;
    else if (o === Op.SkipGroup) skipped.push(--j);
    else if (o === Op.Row) placements.push({ kind: 'row', rows: [--i], groups: [--j], label: l, anchored });
    else if (o === Op.Row2)
      (j -= 2), placements.push({ kind: 'row', rows: [--i], groups: [j, j + 1], label: l, anchored });
    else if (o === Op.Multi) {
      i -= t.arg[at] as number;
      placements.push({ kind: 'multi', rows: span(i, t.arg[at] as number), groups: [--j], label: l, anchored });
    } else if (o === Op.GroupRow) {
      const groupRow = groupRows[t.arg[at] as number] as GroupRow;
      i -= groupRow.count;
      placements.push({
        kind: 'group',
        rows: span(i, groupRow.count),
        groups: [--j],
        label: l,
        groupRow,
        anchored: true,
      });
    } else break;
  }
  return { placements: placements.reverse(), skipped: skipped.reverse() };
}

/** Aligns the rows of a table section to its stream. */
export function align(rows: readonly RowLayout[], stream: Stream, regroup = false): Alignment {
  const groupRows = groupRowsOf(rows);
  const labels = new Labels(
    stream,
    rows[0]?.section,
    [...rows.map((r) => r.row), ...groupRows.map((g) => g.row)],
    headerWordsOf(rows),
  );
  const blockRows = rows.map((r, i) =>
    rows[i - 1]?.block === r.block ? 0 : rows.filter((x) => x.block === r.block).length,
  );
  const groupAt = new Map(groupRows.map((g, i) => [g.first, i]));
  const table = fill({ rows, stream, labels, groupRows, groupAt, blockRows, regroup });
  const traced = traceBack(table, groupRows);
  const skipped = traced.skipped;
  const checked = traced.placements.map((p) =>
    p.kind === 'row' && p.anchored && contested(p, rows, stream, labels) ? { ...p, anchored: false } : p,
  );
  for (let g = table.m; g < stream.groups.length; g++) skipped.push(g);
  const confirmed = confirmByOrder(checked, skipped, rows, stream, labels);
  const placements = confirmed.placements.map((p) =>
    p.anchored || p.kind !== 'row'
      ? p
      : { ...p, side: sideOf(labels, (rows[p.rows[0] as number] as RowLayout).row, p) },
  );
  return { placements, unplaced: confirmed.unplaced, printed: printedRows(rows, placements, stream, labels) };
}

/** On which side of a placement's values the label of its row stands. */
function sideOf(labels: Labels, row: RowTemplate, p: Placement): LabelSide {
  const { before, after } = labels.sides(row, p.groups[0] as number);
  const b = before >= ANCHOR;
  const a = after >= ANCHOR;
  return b && a ? 'both' : b ? 'before' : a ? 'after' : 'none';
}

/**
 * The rows nothing was placed in whose label is printed in the text between their placed neighbours'
 * values. A run of such rows shares its stretch of text: each segment of it is read once for all of them.
 */
function printedRows(
  rows: readonly RowLayout[],
  placements: readonly Placement[],
  stream: Stream,
  labels: Labels,
): ReadonlySet<number> {
  const placedAt = new Map<number, Placement>();
  for (const p of placements) for (const r of p.rows) placedAt.set(r, p);
  const out = new Set<number>();
  let lastGroup = -1;
  for (let i = 0; i < rows.length; ) {
    const p = placedAt.get(i);
    if (p) {
      lastGroup = p.groups.at(-1) as number;
      i++;
      continue;
    }
    let next = i + 1;
    while (next < rows.length && !placedAt.has(next)) next++;
    const to = next < rows.length ? ((placedAt.get(next) as Placement).groups[0] as number) : stream.groups.length;
    let open: number[] = [];
    for (let r = i; r < next; r++) open.push(r);
    for (let g = lastGroup + 1; g <= to && open.length > 0; g++) {
      const printed = labels.printed(
        open.map((r) => (rows[r] as RowLayout).row),
        g,
      );
      for (const [k, r] of open.entries()) if (printed[k]) out.add(r);
      open = open.filter((_, k) => !printed[k]);
    }
    i = next;
  }
  return out;
}
