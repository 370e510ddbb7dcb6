/**
 * The placements of a section read into cells: each row's values where the alignment put them, a
 * group row printed as one row folded into its last item, and the digit runs set aside for
 * {@link decideRuns}. Returns the cells read, the runs, and this stage's findings.
 */
import type { CellValue } from '../model/cell.js';
import { describeCell, describeRows } from '../template/describeCell.js';
import { cellsOfRow, type CellLayout, type RowLayout } from '../template/layout.js';
import type { TableSectionTemplate } from '../template/types.js';
import type { Alignment, Placement } from './align.js';
import { trimmed, trimmedFrom, valueCount } from './groupValues.js';
import { readMoneyRun } from './moneyRun.js';
import type { ParseFinding } from './parseFinding.js';
import { toCell } from './readValue.js';
import { regroupings } from './regroup.js';
import { runPieces, runRows, type Pending } from './runs.js';
import { finder, type Find } from './sectionFinder.js';
import type { CellRead, RowBy, SectionContext } from './sectionReading.js';
import type { Group, Stream, ValueToken } from './tokenize.js';
import { words } from './words.js';

/** A label scored below this, though it anchors its row, is read as a variant of the row's label (an info). */
const LABEL_VARIANT_BELOW = 0.8;

/** What the stage reads from, and what it gives. */
interface Env {
  readonly rows: readonly RowLayout[];
  readonly stream: Stream;
  readonly ctx: SectionContext;
  readonly find: Find;
  readonly cells: CellRead[];
  readonly runs: Pending[];
}

/** A value's place in the stream: its group and its token. */
interface TokenRef {
  readonly g: number;
  readonly token: number;
}

/** The placements' cells, the runs to decide, and the findings. */
export interface Placed {
  readonly cells: readonly CellRead[];
  readonly runs: readonly Pending[];
  readonly findings: readonly ParseFinding[];
}

/** Reads every placement of the alignment, in the stream's order. */
export function readPlacements(
  section: TableSectionTemplate,
  rows: readonly RowLayout[],
  { placements }: Alignment,
  stream: Stream,
  ctx: SectionContext,
): Placed {
  const { find, findings } = finder(section, stream, ctx.lineOf);
  const env: Env = { rows, stream, ctx, find, cells: [], runs: [] };
  for (const p of placements) {
    readPlacement(p, env);
    const r = rows[p.rows[0] as number] as RowLayout;
    if (p.kind === 'row' && p.anchored && p.label < LABEL_VARIANT_BELOW)
      find('LABEL_VARIANT', 'info', p.groups[0], [r], words.labelVariant(r.row));
  }
  return { cells: env.cells, runs: env.runs, findings };
}

/** How a placement's rows were found. */
const rowBy = (p: Placement): RowBy => (p.kind === 'group' ? 'group' : p.anchored ? 'label' : 'order');

/** One placement: a group row printed as one row (folded into its last item when it can be), or rows. */
function readPlacement(p: Placement, env: Env): void {
  const g = p.groups[0] as number;
  const covered = p.rows.map((r) => env.rows[r] as RowLayout);
  if (p.kind !== 'group') {
    readRows(covered, p.groups, rowBy(p), env);
    return;
  }
  const last = covered.at(-1) as RowLayout;
  const foldable = p.groupRow?.row.children?.at(-1)?.key === 'other';
  const label = p.groupRow?.row.label ?? '';
  if (!foldable) {
    env.find('GROUP_WITH_VALUES', 'warning', g, covered, words.groupWithValues(label));
    return;
  }
  for (const r of covered.slice(0, -1))
    for (const c of cellsOfRow(env.ctx.layout, r))
      env.cells.push({ index: c.index, value: 0, origin: { group: g, row: 'group', value: 'implied' } });
  env.find('GROUP_AS_ROW', 'warning', g, covered, words.groupAsRow(label, last.row));
  readRows([last], [g], 'group', env);
}

/** The values of some groups for rows of `cells` cells, each with its place in the stream. */
function valuesOf(
  groups: readonly number[],
  cells: number,
  stream: Stream,
): { tokens: ValueToken[]; refs: TokenRef[] } {
  const tokens: ValueToken[] = [];
  const refs: TokenRef[] = [];
  for (const g of groups) {
    const group = stream.groups[g] as Group;
    const from = trimmedFrom(group, cells);
    trimmed(group, cells).forEach((t, k) => {
      tokens.push(t);
      refs.push({ g, token: from + k });
    });
  }
  return { tokens, refs };
}

/**
 * Rows' values from their groups: set cell by cell when their count is the cells', set aside as a
 * digit run when the digits ran together, a money run, or left blank with a finding.
 */
function readRows(covered: readonly RowLayout[], groups: readonly number[], by: RowBy, env: Env): void {
  const { stream, ctx, find } = env;
  const g = groups[0] as number;
  const group = stream.groups[g] as Group;
  const cells = covered.reduce((a, r) => a + r.block.columns.length, 0);
  const { tokens, refs } = valuesOf(groups, cells, stream);
  const nonBlank = tokens.filter((t) => t.kind !== 'blank').length;
  const count = groups.length === 1 ? valueCount(group, cells) : tokens.length;
  const glued = ctx.spacesInRuns;
  // A single cell's number spaced inside (`3 14`) is a run of one cell on such a page.
  const single =
    groups.length === 1 &&
    group.runCells >= cells &&
    (cells > 1 || (glued && !group.positional && group.tokens.length > 1));
  // Digits run together: on a page that puts spaces inside runs, where tokens touch (59/0), or a
  // single number where several cells were due.
  const free = !group.positional && single;
  // Spaces on this page fall inside numbers, and these are not plain digits a run could split.
  const spacedInside = glued && !group.positional && groups.length === 1 && group.tokens.length > 1;
  if ((free && (glued || group.glued)) || (single && nonBlank === 1 && count !== cells)) {
    env.runs.push({ rows: covered, group, g, pieces: runPieces(group, glued), by });
    return;
  }
  if (groups.length === 1 && covered.length === 1) {
    const money = readMoneyRun(covered[0] as RowLayout, { group, g, by }, glued, ctx, find);
    if (money) {
      for (const c of money) env.cells.push(c);
      return;
    }
  }
  if (count === cells && !spacedInside) {
    let at = 0;
    for (const r of covered) {
      const n = r.block.columns.length;
      setRow(r, tokens.slice(at, at + n), refs.slice(at, at + n), by, env);
      at += n;
    }
    return;
  }
  // A page with a cell per line: numbers broken over two lines, or identical lines merged.
  const listed =
    ctx.cellPerLine && groups.length === 1 && !spacedInside
      ? regroupings(group, runRows(covered), ctx.lineOf)
      : undefined;
  if (listed) {
    env.runs.push({ rows: covered, group, g, pieces: runPieces(group, false), by, listed });
    return;
  }
  const why = spacedInside ? 'spacedInside' : Number.isNaN(count) ? 'edges' : 'count';
  find('VALUE_COUNT', 'error', g, covered, words.valueCount(describeRows(covered), cells, count, why), {
    expected: cells,
    ...(!Number.isNaN(count) && { found: count }),
  });
}

/** One row's tokens into its cells, each cell's problem or note a finding on it. */
function setRow(r: RowLayout, tokens: readonly ValueToken[], refs: readonly TokenRef[], by: RowBy, env: Env): void {
  cellsOfRow(env.ctx.layout, r).forEach((cell, i) => {
    const token = tokens[i];
    const ref = refs[i];
    if (!token || !ref) return;
    const read = toCell(token, cell.column);
    if (read.problem || read.note) reportCell(cell, read, r, ref.g, env.find);
    const value: CellValue = read.value;
    env.cells.push({ index: cell.index, value, origin: { group: ref.g, token: ref.token, row: by, value: 'printed' } });
  });
}

/** The findings of one cell's reading (described only when there is one). */
function reportCell(cell: CellLayout, read: ReturnType<typeof toCell>, r: RowLayout, g: number, find: Find): void {
  const d = describeCell(cell);
  if (read.problem) find('VALUE_INVALID', 'error', g, [r], words.valueInvalid(d, read.problem), { cell });
  if (read.note)
    find(read.note.code, read.note.severity, g, [r], words.cellNote(d, read.note.text), {
      cell,
    });
}
