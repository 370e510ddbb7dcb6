/**
 * Where each cell's value came from, and how it was decided: the explanation `parseReport` (and the
 * HTML, PDF and Word readers) give with `explain: true`. Derived from the cells' origins once the
 * section is read, so the default path pays nothing for it.
 */
import type { FoundCellKey } from '../model/location.js';
import type { EditionLayout } from '../template/layout.js';
import type { SourcePosition } from './parseFinding.js';
import type { CellRead } from './sectionReading.js';
import type { Group, Stream } from './tokenize.js';

/**
 * Characters of the text a reader was given: offsets `[start, end)` and the 1-based line of `start`.
 * @category Parsing
 */
export interface TextSpan {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The 1-based line the span starts on. */
  readonly line: number;
}

/**
 * How a value split from digits run together was decided.
 * @category Parsing
 */
export interface SplitDecision {
  /** `digits`: the digits allow one reading; `sums`: the sum rules chose among the digits' readings. */
  readonly by: 'digits' | 'sums';
  /** The equally good readings left — all of which agree on the cell, or it would be blank. */
  readonly readings: number;
}

/**
 * A PDF item's box on its page, in points from the page's top-left corner (y grows downwards).
 * @category Parsing
 */
export interface PdfBox {
  /** The left edge. */
  readonly x: number;
  /** The top edge (the baseline less the font size). */
  readonly y: number;
  /** The width. */
  readonly width: number;
  /** The height (the font size). */
  readonly height: number;
}

/**
 * Where a cell's value came from and how it was decided — the answer to "why 247?".
 * @example
 * ```ts
 * const { sources } = parseReport(text, { explain: true });
 * const why = sources?.find((s) => s.key === 'requests.received.total');
 * console.log(text.slice(why?.span.start, why?.span.end), why?.value); // e.g. "247" printed
 * ```
 * @category Parsing
 */
export interface CellSource {
  /** The cell. */
  readonly key: FoundCellKey;
  /**
   * The characters read, as offsets `[start, end)` into the text the reader was given (for HTML,
   * PDF and Word: the text they laid the document out as), and the 1-based line where they start.
   */
  readonly span: TextSpan;
  /** Those characters: the value as printed, or the run of digits it was split from. */
  readonly text: string;
  /** How the cell's row was found: by its `label`, by the form's `order`, or as a `group` row printed as one row. */
  readonly row: 'label' | 'order' | 'group';
  /**
   * How the value was decided: `printed` in the cell's place; `split` from digits run together (see
   * `split`); `joined` from a number a page broke over two lines; `repeated` from a line a crawler
   * merged with identical neighbours; `implied` — 0 for an item of a group row printed as one row
   * (the older layout). All but `printed` and `implied` are chosen by the sum rules, with a finding.
   */
  readonly value: 'printed' | 'split' | 'joined' | 'repeated' | 'implied';
  /**
   * For a split: decided by the `digits` alone (they allow one reading) or by the `sums` (the sum
   * rules chose among the digits' readings), and how many equally good readings were left — all
   * agreeing on this cell.
   */
  readonly split?: SplitDecision;
  /**
   * For the HTML and PDF readers, where in the document: the table, row and grid column of an HTML
   * cell; the page and position of a PDF item, with `box`.
   */
  readonly source?: SourcePosition;
  /** For PDF: the item's box on its page, in points from the top-left corner. */
  readonly box?: PdfBox;
}

/** The extent of a group's tokens `[from, to]` in the normalised text. */
function extent(group: Group, from: number, to: number): [number, number] {
  return [group.starts[from] ?? group.at, group.ends[to] ?? group.at];
}

/** Where units `[from, to)` of a run stand: a digit or sign each, a placeholder one; `undefined` if they cannot be placed. */
function unitsExtent(group: Group, text: string, [from, to]: readonly [number, number]): [number, number] | undefined {
  const at: number[] = [];
  group.tokens.forEach((t, k) => {
    if (at.length >= to || t.kind === 'blank') return;
    const s = group.starts[k] as number;
    if (t.kind === 'na') at.push(s);
    else
      for (let i = s; i < (group.ends[k] as number) && at.length < to; i++) if (/[\d-]/.test(text[i] ?? '')) at.push(i);
  });
  const first = at[from];
  const last = at[to - 1];
  return first === undefined || last === undefined ? undefined : [first, last + 1];
}

/**
 * The sources of a section's cells: normalised offsets taken back to the input's (`original`), with
 * their line and text. A value split from a run points at its own digits where they can be placed.
 */
export function sourcesOf(
  reads: readonly CellRead[],
  stream: Stream,
  layout: EditionLayout,
  normalized: string,
  input: string,
  original: (offset: number) => number,
  lineOf: (offset: number) => number,
): CellSource[] {
  return reads.flatMap((c): CellSource[] => {
    const group = stream.groups[c.origin.group];
    const cell = layout.cells[c.index];
    if (!group || !cell) return [];
    const { token, units } = c.origin;
    const [from, to] =
      token !== undefined
        ? extent(group, token, token)
        : ((units && unitsExtent(group, normalized, units)) ?? extent(group, 0, group.tokens.length - 1));
    // The end of the last character read: one past the original of the character before `to`.
    const raw = [original(from), to > from ? original(to - 1) + 1 : original(from)] as const;
    const printed = input.slice(raw[0], raw[1]);
    const text = printed.trim();
    const start = raw[0] + (text === '' ? 0 : printed.indexOf(text));
    return [
      {
        key: cell.key as FoundCellKey,
        span: { start, end: start + text.length, line: lineOf(from) },
        text,
        row: c.origin.row,
        value: c.origin.value,
        ...(c.origin.split && { split: c.origin.split }),
      },
    ];
  });
}
