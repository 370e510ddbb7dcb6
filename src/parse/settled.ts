/**
 * What the settled values say about the placements: once the runs are decided, each row placed by
 * the form's order is said on its row, and so is each row of a page with a cell per line whose
 * values, read in order, break its sums. The alignment keeps a row by order only where the order
 * leaves it no other place (see `confirmByOrder`); what is left to weigh is what else stands behind it.
 */
import type { CellValue } from '../model/cell.js';
import { describeRows } from '../template/describeCell.js';
import type { RowLayout } from '../template/layout.js';
import type { TableSectionTemplate } from '../template/types.js';
import type { LinearRelation } from '../check/linear.js';
import type { Alignment, LabelSide, Placement } from './align.js';
import { standing, type Standing } from './runsSaid.js';
import type { Find } from './sectionFinder.js';
import type { CellRead, SectionContext } from './sectionReading.js';
import { words, type ByOrderWhy } from './words.js';

/** A row's sum rules as read, as flags at its first cell: one holds, one cannot be told, one breaks. */
const HOLDS = 1;
const UNKNOWN = 2;
const BROKEN = 4;

/** Each relation list's relations by the section they read (a memo of immutable derived data). */
const bySection = new WeakMap<readonly LinearRelation[], Map<TableSectionTemplate | undefined, LinearRelation[]>>();

/** The relations that read a cell of `section` (memoised per list: the lists are compiled once per edition). */
function sectionRelations(ctx: SectionContext, section: TableSectionTemplate | undefined): readonly LinearRelation[] {
  let known = bySection.get(ctx.relations);
  if (!known) bySection.set(ctx.relations, (known = new Map()));
  let list = known.get(section);
  if (!list) {
    list = ctx.relations.filter((rel) => rel.cells.some((c) => ctx.layout.cells[c]?.section === section));
    known.set(section, list);
  }
  return list;
}

/**
 * The section's values as settled, and how the sum rules on a row stand with them: all hold (at least
 * one), one breaks, or none can be told. Every relation is weighed once, on the first question (most
 * sections have no row placed by order to ask about), and its standing marked on each row it reads.
 */
function sumsOf(
  cells: readonly CellRead[],
  rows: readonly RowLayout[],
  ctx: SectionContext,
): (r: RowLayout) => Standing {
  let flags: Uint8Array | undefined;
  const section = rows[0]?.section;
  const weigh = (): Uint8Array => {
    const values: (CellValue | undefined)[] = [];
    for (const c of cells) values[c.index] = c.value;
    const out = new Uint8Array(ctx.layout.cells.length);
    for (const rel of sectionRelations(ctx, section)) {
      const s = standing(rel, (c) => values[c]);
      const flag = s === 'hold' ? HOLDS : s === 'broken' ? BROKEN : UNKNOWN;
      for (const c of rel.cells) {
        const row = ctx.layout.cells[c]?.firstCell;
        if (row !== undefined) out[row] = (out[row] as number) | flag;
      }
    }
    return out;
  };
  return (r) => {
    flags ??= weigh();
    const f = flags[r.firstCell] as number;
    return f & BROKEN ? 'broken' : f & HOLDS && !(f & UNKNOWN) ? 'hold' : 'unknown';
  };
}

/**
 * Says what the settled values say of the section's placements (see {@link reportByOrder} and
 * {@link reportBrokenLines}).
 */
export function reportSettled(
  alignment: Alignment,
  rows: readonly RowLayout[],
  cells: readonly CellRead[],
  ctx: SectionContext & { readonly lossy: boolean },
  find: Find,
): void {
  const sums = sumsOf(cells, rows, ctx);
  const warned = reportByOrder(alignment, rows, sums, ctx, find);
  if (ctx.cellPerLine) reportBrokenLines(alignment.placements, rows, cells, { sums, warned, lossy: ctx.lossy }, find);
}

/**
 * Says each row placed by order: an info where more than the order stands behind it, nothing of the
 * section being left unplaced, and either every sum rule on the row's cells (at least one) holds as
 * read — values shifted by a row would have broken one — or its label stands next to its values on
 * the side every labelled row placed by order has its label (a page printing each label on a line of
 * its own, before its numbers or after them: the print and the order agree). A warning otherwise:
 * only the order stands behind the values (no sum rule and no label, a blank among them, or values
 * of the section that no row took). Returns the rows warned about.
 */
function reportByOrder(
  { placements, unplaced }: Alignment,
  rows: readonly RowLayout[],
  sums: (r: RowLayout) => Standing,
  ctx: SectionContext,
  find: Find,
): ReadonlySet<number> {
  const byOrder = placements.filter((p) => !p.anchored && p.kind === 'row');
  const labelled = byOrder.map((p) => p.side ?? 'none').filter((s) => s !== 'none');
  const agree = (side: LabelSide) => labelled.every((s) => s === side || s === 'both');
  // A page with a cell per line may have lost a blank or broken a number, so that a wrong group of
  // values still counts as many values as the row has cells: there only the sums confirm a row.
  const printedInOrder = (s: LabelSide) => !ctx.cellPerLine && s !== 'none' && (agree('before') || agree('after'));
  const warned = new Set<number>();
  for (const p of byOrder) {
    const r = rows[p.rows[0] as number] as RowLayout;
    const why: ByOrderWhy =
      unplaced.length > 0
        ? 'order'
        : sums(r) === 'hold'
          ? 'sums'
          : printedInOrder(p.side ?? 'none')
            ? 'labels'
            : 'order';
    if (why === 'order') warned.add(p.rows[0] as number);
    find('ROW_BY_ORDER', why === 'order' ? 'warning' : 'info', p.groups[0], [r], words.rowByOrder(r.row, why));
  }
  return warned;
}

/**
 * On a page with a cell per line, values read in order that a sum contradicts, or that no sum
 * confirms where lines may be lost: in a section that shows it lost lines or broke numbers (`lossy`:
 * some row's values did not count as its cells), or in one group for several rows: a blank cell's lost line and a number broken over two lines cancel out in
 * the count, so values may have moved between cells and rows. Said on every row of the placement (a
 * block's values shift together), unless a finding already doubts them: a row warned as placed by
 * order, or values from a digit run or a regrouping, which their own findings explain.
 */
function reportBrokenLines(
  placements: readonly Placement[],
  rows: readonly RowLayout[],
  cells: readonly CellRead[],
  { sums, warned, lossy }: { sums: (r: RowLayout) => Standing; warned: ReadonlySet<number>; lossy: boolean },
  find: Find,
): void {
  const notPrinted = new Set<number>();
  for (const c of cells) if (c.origin.value !== 'printed') notPrinted.add(c.origin.group);
  for (const p of placements) {
    if (p.kind === 'group' || p.rows.some((r) => warned.has(r)) || p.groups.some((g) => notPrinted.has(g))) continue;
    const covered = p.rows.map((r) => rows[r] as RowLayout);
    const stand = covered.map(sums);
    const broken = stand.includes('broken');
    // One group for several rows: on such a page, labels stacked over the values are lines lost.
    const doubted = lossy || p.kind === 'multi';
    if (broken || (doubted && stand.some((s) => s !== 'hold')))
      find('LINES_SHIFTED', 'warning', p.groups[0], covered, words.linesShifted(describeRows(covered), broken));
  }
}
