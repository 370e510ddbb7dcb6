/**
 * Reading a table section, as stages that return data: align the template's rows to the stream
 * ({@link align}), read each placement's values into cells ({@link readPlacements}), decide the digit
 * runs jointly with the sum rules ({@link decideRuns}), then name the values no row took and the rows
 * nothing was found for. A cell is set only where the alignment placed it; every doubt is a finding
 * on its row.
 */
import type { RowLayout } from '../template/layout.js';
import { describeRows } from '../template/describeCell.js';
import type { RowTemplate, TableSectionTemplate } from '../template/types.js';
import { align } from './align.js';
import { reportSettled } from './settled.js';
import type { ParseFinding } from './parseFinding.js';
import { words } from './words.js';
import { readPlacements } from './placements.js';
import { decideRuns } from './runs.js';
import { finder, troubledBlocks, type Find } from './sectionFinder.js';
import type { SectionContext, SectionReading } from './sectionReading.js';
import { isPlain, type Group, type Stream } from './tokenize.js';

export type { SectionContext } from './sectionReading.js';

/** Share of rows printing several numbers, but not their count, from which spaces are taken as noise inside runs. */
const SEPARATED_SHARE = 0.5;
/** Findings that show a section's values did not count as its cells: lines lost, numbers broken or merged. */
const LOSSY: ReadonlySet<ParseFinding['code']> = new Set([
  'VALUE_COUNT',
  'NUMBERS_JOINED',
  'LINES_MERGED',
  'DIGITS_AMBIGUOUS',
]);
/** Most findings about unread groups of values in one section; the rest are counted in one more. */
const MAX_UNPLACED_FINDINGS = 50;

/**
 * Whether a page's spaces fall inside digit runs (`1 50200017`) rather than between cells: decided
 * once per page, since a page is spaced by one habit. Evidence: a number printed with a leading zero,
 * or groups of several numbers, separated by spaces only, of which fewer than half hold as many
 * numbers as a row of their section (or a whole block) has cells.
 */
export function spacesInsideRuns(
  sections: readonly { readonly section: TableSectionTemplate; readonly stream: Stream }[],
): boolean {
  let several = 0;
  let fitting = 0;
  for (const { section, stream } of sections) {
    const counts = new Set(section.blocks.flatMap((b) => [b.columns.length, b.columns.length * countRows(b.rows)]));
    for (const g of stream.groups) {
      if (g.positional) continue;
      // A printed number never starts with 0 unless it is 0: `07199254` is the inside of a run.
      if (g.tokens.some((t) => isPlain(t) && t.digits.length > 1 && t.digits[0] === '0')) return true;
      if (g.glued || g.tokens.length < 2) continue;
      several++;
      if (counts.has(g.tokens.length)) fitting++;
    }
  }
  return several > 0 && fitting / several < SEPARATED_SHARE;
}

const countRows = (rows: readonly RowTemplate[]): number =>
  rows.reduce((a, r) => a + (r.children ? countRows(r.children) : 1), 0);

/** Reads one table section of the report: its cells, each with its origin, and the findings in stage order. */
export function readSection(section: TableSectionTemplate, stream: Stream, ctx: SectionContext): SectionReading {
  const rows = ctx.layout.rows.filter((r) => r.section === section);
  const alignment = align(rows, stream, ctx.cellPerLine);
  const placed = readPlacements(section, rows, alignment, stream, ctx);
  const runs = finder(section, stream, ctx.lineOf);
  const decided = decideRuns(placed.runs, placed.cells, ctx, runs.find);
  const unread = finder(section, stream, ctx.lineOf);
  // A section where some row's values did not count as its cells: a page that lost lines or broke numbers.
  const lossy = [...placed.findings, ...runs.findings].some((f) => LOSSY.has(f.code));
  const cells = [...placed.cells, ...decided];
  reportSettled(alignment, rows, cells, { ...ctx, lossy }, unread.find);
  reportUnplaced(alignment.unplaced, rows, stream, unread.find);
  // Blocks where some values could not be read: there a row's label in a header is no excuse.
  const before = [...placed.findings, ...runs.findings, ...unread.findings];
  const troubled = troubledBlocks(before, rows);
  const missing = finder(section, stream, ctx.lineOf);
  const taken = new Set(alignment.placements.flatMap((p) => p.rows));
  reportMissing(
    rows,
    (i) => taken.has(i) || (!troubled.has((rows[i] as RowLayout).block) && alignment.printed.has(i)),
    missing.find,
  );
  const findings: ParseFinding[] = [...before, ...missing.findings];
  return { cells, findings };
}

/** Groups of values that no row took. */
function reportUnplaced(
  unplaced: readonly { group: number; rows: readonly number[] }[],
  rows: readonly RowLayout[],
  stream: Stream,
  find: Find,
): void {
  for (const [n, u] of unplaced.entries()) {
    if (n === MAX_UNPLACED_FINDINGS) {
      find('ROW_NOT_RECOGNIZED', 'warning', u.group, [], words.moreUnread(unplaced.length - n));
      return;
    }
    const group = stream.groups[u.group] as Group;
    const values = group.tokens.filter((t) => t.kind !== 'blank').length;
    if (u.rows.length > 0) {
      const about = u.rows.map((r) => rows[r] as RowLayout);
      find('VALUES_UNPLACED', 'warning', u.group, about, words.valuesUnplaced(values, describeRows(about)));
    } else {
      find('ROW_NOT_RECOGNIZED', 'warning', u.group, [], words.notARow(values));
    }
  }
}

/** One finding for each run of rows that nothing was placed in and whose label is not printed either. */
function reportMissing(rows: readonly RowLayout[], accounted: (row: number) => boolean, find: Find): void {
  let run: RowLayout[] = [];
  const flush = () => {
    if (run.length > 0)
      find('ROW_MISSING', 'warning', undefined, run, words.rowsMissing(describeRows(run), run.length));
    run = [];
  };
  for (let i = 0; i < rows.length; i++) {
    if (accounted(i)) flush();
    else run.push(rows[i] as RowLayout);
  }
  flush();
}
