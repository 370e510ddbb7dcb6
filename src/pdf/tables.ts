/**
 * Tables from lines: the table sections by their headings; in each, header lines (the form's column
 * words), rows (lines with values) and rows printed blank (a label alone, a row pitch from its
 * neighbours); a label wrapped inside its cell joins its row; columns come from the x-extents the
 * rows' values share, completed by headers over columns no value reaches.
 */
import { maxOf, minOf, pushAll } from '../_internal/arrays.js';
import { findHeadings, sectionBody, sectionTemplates } from '../parse/locate.js';
import { labelKey, lineAt, lineStarts, normalizeText } from '../parse/normalize.js';
import { cellsOfRow, layoutOf } from '../template/layout.js';
import { editions } from '../template/templates.js';
import { hasValues, textOf, type Item, type Line } from './lines.js';

/** A label line nearer a row than this share of the table's row pitch is that row's wrapped label. */
const WRAP_REACH = 0.75;
/** …and nearer it than this share of its distance to the next nearest row. */
const WRAP_MARGIN = 0.75;
/** The row pitch assumed when a table has fewer than two rows on a page, in font sizes. */
const DEFAULT_PITCH = 2.5;
/** Label text counts as a header word from this many characters. */
const HEADER_WORD_MIN = 2;
/** A header line of one word has at least this many characters. */
const HEADER_LINE_MIN = 4;
/** Orders positions across pages: page × this + y (no page is this tall). */
const PAGE_ORDER = 100_000;

/** A horizontal extent. */
interface Span {
  x0: number;
  x1: number;
}
const overlaps = (a: Span, b: Span) => a.x0 < b.x1 && b.x0 < a.x1;

/** A table of a section: its header lines, rows with values and rows printed blank, in order. */
export interface Table {
  /** The header's text, to recognise it repeated on a new page. */
  readonly header: string;
  readonly headers: Line[];
  readonly rows: Line[];
}

/**
 * The sections of the lines, found once by their headings in the lines' text: the line each heading
 * starts on (by the form's order; the reader takes them as found, see `SourceLine.headings`), and
 * the lines of each table section (二, 三, 四), which are laid out as tables.
 */
export function sectionsOf(lines: readonly Line[]): {
  readonly headingLines: readonly (number | undefined)[];
  readonly tables: readonly { key: string; from: number; to: number }[];
} {
  const text = lines.map(textOf).join('\n');
  const norm = normalizeText(text);
  const heads = findHeadings(norm.text);
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lineAt(starts, norm.origin[Math.min(offset, norm.origin.length - 1)] ?? 0) - 1;
  const tables: { key: string; from: number; to: number }[] = [];
  sectionTemplates.forEach((section, s) => {
    const body = section.blocks ? sectionBody(heads, s, norm.text.length) : undefined;
    // Neither the heading's own line nor the next heading's line is the table's.
    if (body)
      tables.push({
        key: section.key,
        from: lineOf(body[0]) + 1,
        to: body[1] < norm.text.length ? lineOf(body[1]) : lines.length,
      });
  });
  return { headingLines: heads.map((h) => h && lineOf(h.start)), tables };
}

/**
 * The most value cells a printed line of each table section has, in any edition (a row of 三: 7;
 * section 四, printed on one line: 15): a table with more columns is not understood, and its rows
 * are then read as text rather than trusted by position.
 */
export const widestLine: ReadonlyMap<string, number> = new Map(
  sectionTemplates
    .filter((s) => s.blocks)
    .map((s) => {
      const widths = editions.map((e) => {
        const layout = layoutOf(e);
        const rows = layout.rows.filter((r) => r.section.key === s.key);
        const cells = rows.map((r) => cellsOfRow(layout, r).length);
        return s.blocks?.some((b) => b.rowsAcross) ? cells.reduce((a, b) => a + b, 0) : maxOf(cells);
      });
      return [s.key, maxOf(widths)] as const;
    }),
);

/** The words of every table's headers and captions, in all editions (row labels of 四 are its headers). */
const headerWords: readonly string[] = [
  ...new Set(
    editions.flatMap((e) => {
      const layout = layoutOf(e);
      const words = layout.tableSections.flatMap((s) => [
        s.header ?? '',
        s.balance?.note ?? '',
        ...(s.blocks ?? []).flatMap((b) => [b.caption ?? '', b.labelHeader ?? '']),
      ]);
      for (const c of layout.cells) words.push(c.column.label, c.column.group?.label ?? '');
      for (const r of layout.rows)
        if (r.section.key === 'reviewLitigation')
          pushAll(words, [r.row.label, ...r.ancestors.map((a) => a.label), r.row.group?.label ?? '']);
      return words.map(labelKey).filter((w) => w.length >= HEADER_WORD_MIN);
    }),
  ),
];

/**
 * A header or caption line: every word of two or more characters is part of the form's header
 * words, and there are two such words or one of four characters or more — a lone short word
 * (申请, 其他) is as likely a label wrapped in its cell.
 */
function isHeader(l: Line): boolean {
  const keys = l.cells
    .flatMap((c) => c.str.split(/\s+/))
    .map(labelKey)
    .filter((k) => k.length >= HEADER_WORD_MIN);
  const distinctive = keys.length >= 2 || (keys[0]?.length ?? 0) >= HEADER_LINE_MIN;
  return distinctive && keys.every((k) => headerWords.some((w) => w.includes(k)));
}

/** The row pitch: the least distance between consecutive rows with values on one page (rows of one line), or a default from the font size. */
function rowPitch(rows: readonly Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as Line;
    const b = rows[i] as Line;
    if (a.page === b.page && b.y > a.y) gaps.push(b.y - a.y);
  }
  return gaps.length > 0 ? minOf(gaps) : DEFAULT_PITCH * (rows[0]?.size ?? 10);
}

/**
 * Label lines of a section that belong to the row next to them (a label wrapped in its cell): much
 * nearer one row than a row pitch, and clearly nearer it than any other. They join that row's label.
 */
export function attachWraps(lines: readonly Line[], from: number, to: number): Set<Line> {
  const attached = new Set<Line>();
  const section = lines.slice(from, to);
  const rows = section.filter(hasValues);
  const pitch = rowPitch(rows);
  for (const l of section) {
    if (hasValues(l) || isHeader(l)) continue;
    const near = rows
      .filter((r) => r.page === l.page)
      .map((r) => ({ r, d: Math.abs(r.y - l.y) }))
      .sort((a, b) => a.d - b.d);
    const [best, second] = near;
    if (!best || best.d > WRAP_REACH * pitch || (second && best.d > WRAP_MARGIN * second.d)) continue;
    (l.y < best.r.y ? best.r.above : best.r.below).push(textOf(l));
    attached.add(l);
  }
  return attached;
}

/**
 * The tables of a section. Header lines start a table, unless they repeat the header of the table
 * before (the table continued on a new page); every other line is a row — with values, or printed
 * blank (a label alone, after the table's first row).
 */
export function tablesOf(lines: readonly Line[], from: number, to: number, skip: ReadonlySet<Line>): Table[] {
  const tables: Table[] = [];
  let pending: Line[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    if (skip.has(l)) continue;
    // Label lines after a header and before the first row are the header's own (其他, 业 构 组织 机构).
    if (!hasValues(l) && (isHeader(l) || pending.length > 0 || tables.length === 0)) {
      pending.push(l);
      continue;
    }
    const last = tables[tables.length - 1];
    const header = pending.map(textOf).join('').replace(/\s+/g, '');
    if (!last || (pending.length > 0 && header !== last.header)) tables.push({ header, headers: pending, rows: [l] });
    else last.rows.push(l);
    pending = [];
  }
  return tables;
}

/** Merges overlapping x-extents into columns, left to right. */
function clusters(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.x0 - b.x0);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.x0 < last.x1) last.x1 = Math.max(last.x1, s.x1);
    else out.push({ x0: s.x0, x1: s.x1 });
  }
  return out;
}

/** How a table's rows are placed: its width (value cells per row) and, where known, its columns. */
export interface TableLayout {
  readonly width: number;
  readonly columns?: readonly Span[];
}

/**
 * How a table's rows are placed. The columns are where its values stand; a column blank in every
 * row has no value to show it, so when the values give fewer columns than the form has (`expected`;
 * for a sub-table of 二, its header's words), the missing ones are taken from the leaf headers (no
 * header below them) that stand over no value — only if exactly as many stand there as are missing.
 * Otherwise the columns are unknown, never guessed.
 */
export function tableLayout(table: Table, expected: number | undefined): TableLayout {
  const placed = table.rows.flatMap((r) => r.cells.filter((c) => c.value && !c.estimated));
  const values = clusters(placed.map((c) => ({ x0: c.x, x1: c.right })));
  const first = values[0]?.x0 ?? Infinity;
  const labelsEnd = Math.max(
    -Infinity,
    ...table.rows.flatMap((r) => r.cells.filter((c) => !c.value && c.right <= first).map((c) => c.right)),
  );
  // Headers in reading order (a header may run over a page break): `at` grows downwards across pages.
  const heads = table.headers
    .flatMap((h) => h.cells.map((c) => ({ x0: c.x, x1: c.right, at: h.page * PAGE_ORDER + h.y })))
    .filter((h) => h.x0 >= labelsEnd);
  // A sub-table of 二 has one header line over its values: its words are its columns.
  const width =
    expected ?? (heads.length > 0 && new Set(heads.map((h) => h.at)).size === 1 ? heads.length : values.length);
  if (values.length === 0 || values.length > width) return { width };
  if (values.length === width) return { width, columns: values };
  const leaves = heads.filter((h) => !heads.some((o) => o !== h && o.at > h.at && overlaps(o, h)));
  const blank = clusters(leaves.filter((h) => !values.some((v) => overlaps(v, h))));
  return values.length + blank.length === width
    ? { width, columns: [...values, ...blank].sort((x, y) => x.x0 - y.x0) }
    : { width };
}

/**
 * A row as cells: its label (wrapped parts included), then one cell per column, blank where no
 * item stands — each with the item it was read from (none for the label and blanks); undefined when
 * its items do not fit (two in one column, a label among values, values whose positions are
 * estimates unless there are as many as the table is wide).
 */
export function rowCells(
  row: Line,
  layout: TableLayout,
): { readonly cells: string[]; readonly items: (Item | undefined)[] } | undefined {
  const labels: string[] = [...row.above];
  const values = row.cells.filter((c) => c.value);
  const start = layout.columns?.[0]?.x0 ?? values[0]?.x ?? Infinity;
  for (const c of row.cells)
    if (!c.value) {
      if (c.right > start) return undefined;
      labels.push(c.str);
    }
  pushAll(labels, row.below);
  let slots: (Item | undefined)[] | undefined;
  if (values.some((c) => c.estimated)) slots = values.length === layout.width ? values : undefined;
  else if (layout.columns) slots = columnSlots(values, layout.columns);
  if (!slots) return undefined;
  const cells = slots.map((c) => c?.str ?? '');
  // No label (section 四's one line of values): no label cell, or it would read as a blank value.
  return labels.length > 0
    ? { cells: [labels.join(' '), ...cells], items: [undefined, ...slots] }
    : { cells, items: slots };
}

/** Values in their columns, none where no item stands; undefined if one misses the columns or two share one. */
function columnSlots(values: readonly Item[], columns: readonly Span[]): (Item | undefined)[] | undefined {
  const slots: (Item | undefined)[] = columns.map(() => undefined);
  for (const c of values) {
    const k = columns.findIndex((col) => overlaps(col, { x0: c.x, x1: c.right }));
    if (k < 0 || slots[k] !== undefined) return undefined;
    slots[k] = c;
  }
  return slots;
}
