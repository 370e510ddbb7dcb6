/**
 * A PDF's pages laid out as lines for the reader: table rows as cells in their columns — a blank
 * cell is a column with no item, never a shift — wrapped labels joined to their rows, prose lines
 * that run on joined into paragraphs.
 */
import type { PdfPosition } from '../parse/parseFinding.js';
import type { CellPlace, SourceLine } from '../parse/readLines.js';
import { linesOf, textOf, type Item, type Line } from './lines.js';
import { attachWraps, rowCells, sectionsOf, tableLayout, tablesOf, widestLine, type TableLayout } from './tables.js';
import type { PdfTextPage } from './textItems.js';

/** A prose line ending this close (in font sizes) to the page's right margin continues on the next line. */
const RIGHT_MARGIN = 2;
/** …if the next line starts within this many font sizes of it, at most this many below. */
const SAME_INDENT = 1;
const NEXT_LINE = 2.5;

const round = (n: number) => Math.round(n * 10) / 10;
const position = (l: Line): PdfPosition => ({ kind: 'pdf', page: l.page, x: round(l.cells[0]?.x ?? 0), y: round(l.y) });
/** Where a value item stands: its position, and its box (from its baseline up by its font size). */
const place = (page: number, it: Item): CellPlace => ({
  at: { kind: 'pdf', page, x: round(it.x), y: round(it.y) },
  box: { x: round(it.x), y: round(it.y - it.size), width: round(it.right - it.x), height: round(it.size) },
});

/**
 * Whether a text line runs on to the next: it reaches the right margin, and the next line is not
 * indented from it — a paragraph's indented first line runs on to a line at the margin — and stands
 * just below it, or first on the next page (a sentence a page end broke).
 */
function continues(l: Line, next: Line | undefined, right: number): boolean {
  if (!next || next.page < l.page || next.page > l.page + 1) return false;
  const end = l.cells[l.cells.length - 1]?.right ?? 0;
  const x = (c: Line) => c.cells[0]?.x ?? 0;
  return (
    end >= right - RIGHT_MARGIN * l.size &&
    x(next) < x(l) + SAME_INDENT * l.size &&
    (next.page > l.page || next.y - l.y < NEXT_LINE * l.size)
  );
}

/** Chinese characters and full-width punctuation, between which and Latin letters or digits no space is typed. */
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}])[ \\u00a0]+(?=[0-9A-Za-z])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`([0-9A-Za-z%])[ \\u00a0]+(?=[${CJK}])`, 'g');

/**
 * Prose as the author typed it: a PDF sets Latin digits and letters in their own font runs, and the
 * gaps between runs read as spaces (`2024 年`, `240 件`) that were never typed.
 */
const typed = (text: string) => text.replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1');

/** Two lines of one paragraph joined: with a space only between two Latin words. */
const joinLine = (text: string, next: string) =>
  /[0-9A-Za-z]$/.test(text) && /^[0-9A-Za-z]/.test(next) ? `${text} ${next}` : text + next;

/** How every table row is placed, and the lines of the table sections, which never join into paragraphs. */
function rowLayouts(
  lines: readonly Line[],
  tables: ReturnType<typeof sectionsOf>['tables'],
  skip: Set<Line>,
): { layoutOf: Map<Line, TableLayout>; tabular: Set<Line> } {
  const layoutOf = new Map<Line, TableLayout>();
  const tabular = new Set<Line>();
  for (const { key, from, to } of tables) {
    for (let i = from; i < to; i++) tabular.add(lines[i] as Line);
    for (const l of attachWraps(lines, from, to)) skip.add(l);
    for (const table of tablesOf(lines, from, to, skip)) {
      // 三 and 四 have one width in every edition; 二's sub-tables say theirs in their headers.
      const layout = tableLayout(table, key === 'proactiveDisclosure' ? undefined : widestLine.get(key));
      for (const r of table.rows) layoutOf.set(r, layout);
    }
  }
  return { layoutOf, tabular };
}

/**
 * Lays the pages out as lines for the reader.
 * @param pages - the pages' text items.
 */
export function pdfLines(pages: readonly PdfTextPage[]): SourceLine[] {
  const lines = pages.flatMap(linesOf);
  const skip = new Set<Line>();
  const { headingLines, tables } = sectionsOf(lines);
  const { layoutOf, tabular } = rowLayouts(lines, tables, skip);
  // The sections whose heading starts on each line: such a line starts a line of its own.
  const headingsAt = new Map<number, number[]>();
  headingLines.forEach((line, s) => line !== undefined && headingsAt.set(line, [...(headingsAt.get(line) ?? []), s]));
  const right = new Map<number, number>();
  for (const l of lines) right.set(l.page, Math.max(right.get(l.page) ?? 0, l.cells[l.cells.length - 1]?.right ?? 0));
  const out: SourceLine[] = [];
  // A paragraph being joined: its text so far, where its first line stands, and the headings on that line.
  let prose: { text: string; at: PdfPosition; headings?: readonly number[] } | undefined;
  const flush = () => {
    if (prose) out.push({ ...prose, text: typed(prose.text) });
    prose = undefined;
  };
  lines.forEach((l, i) => {
    if (skip.has(l)) return;
    const layout = layoutOf.get(l);
    const row = layout && rowCells(l, layout);
    if (row) {
      out.push({ cells: row.cells, at: position(l), cellAt: row.items.map((it) => it && place(l.page, it)) });
      return;
    }
    const headings = headingsAt.get(i);
    if (headings) flush();
    prose = prose
      ? { ...prose, text: joinLine(prose.text, textOf(l)) }
      : { text: textOf(l), at: position(l), ...(headings && { headings }) };
    if (tabular.has(l) || !continues(l, lines[i + 1], right.get(l.page) ?? 0)) flush();
  });
  flush();
  return out;
}
