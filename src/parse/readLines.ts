/**
 * The back end of the HTML, PDF and Word readers: a document laid out as lines — table rows as
 * cells, everything else as text — read by the same stages as published text. The lines make the
 * text the headings and the prose are found in (a row shows as `|  | a | b |`); each table row is
 * tokenised from its own cells (an empty cell is a blank), never split again at that line's
 * separators, so no digit run can arise from a known cell and a cell may hold any character.
 * Findings and sources are given back the source position of their line, and of their cell.
 */
import { checkLimits, coalesceFindings } from './limits.js';
import { checkOptions, readText, type ParseOptions, type ParseResult } from './parseReport.js';
import type { CellSource, PdfBox } from './cellSource.js';
import type { ParseFinding, SourcePosition } from './parseFinding.js';
import type { GridRow } from './gridCells.js';

/** Where one cell of a row stands in its document: its position, and for PDF its item's box. */
export interface CellPlace {
  readonly at: SourcePosition;
  readonly box?: PdfBox;
}

/** One line of a laid-out document: a table row (`cells`) or a line of text, with where it came from. */
export interface SourceLine {
  readonly cells?: readonly string[];
  readonly text?: string;
  readonly at: SourcePosition;
  /** Where each cell of a row stands (none for a label or a blank), for the cells' sources. */
  readonly cellAt?: readonly (CellPlace | undefined)[];
  /** The source reader's own findings about this line (a cell holding two numbers, a merged value cell). */
  readonly findings?: readonly ParseFinding[];
  /**
   * The sections whose heading the source reader found starting on this line, by their index in the
   * form's order: the reader takes the sections as found there rather than looking for them again.
   */
  readonly headings?: readonly number[];
}

/** Text a line can carry without changing the line structure: no breaks, no cell separators. */
const flat = (s: string) => s.replace(/[|\t\r\n\u2028\u2029]+/g, ' ').trim();

/** The Markdown label column before a row's cells: a row whose first cell is a blank value keeps it. */
const ROW_HEAD = '|  | ';
const CELL_SEPARATOR = ' | ';

/** The text of a line — a row as `|  | a | b |`, text as it is — and, for a row, its cells' `[start, end)` in it. */
function lineText(line: SourceLine): { text: string; cells?: (readonly [number, number])[] } {
  if (!line.cells) return { text: flat(line.text ?? '') };
  const cells: (readonly [number, number])[] = [];
  let at = ROW_HEAD.length;
  const texts = line.cells.map((c) => {
    const t = flat(c);
    cells.push([at, at + t.length]);
    at += t.length + CELL_SEPARATOR.length;
    return t;
  });
  return { text: `${ROW_HEAD}${texts.join(CELL_SEPARATOR)} |`, cells };
}

/**
 * Reads laid-out lines as a report. The source reader's own findings, carried by their lines, are
 * merged in document order; every finding carries `source` instead of a line of the (never shown)
 * intermediate text.
 */
export function readLines(
  lines: readonly SourceLine[],
  options: ParseOptions | undefined,
  sourceFindings: readonly ParseFinding[] = [],
): ParseResult {
  const opts = checkOptions(options);
  const limits = checkLimits('parseReport', opts.limits);
  const kept = lines.filter((l) => l.findings || (l.cells ? l.cells.length > 0 : flat(l.text ?? '') !== ''));
  const laid = kept.map(lineText);
  const starts: number[] = [];
  let at = 0;
  for (const l of laid) starts.push(at), (at += l.text.length + 1);
  const grid: GridRow[] = laid.flatMap((l, i) => {
    const start = starts[i] as number;
    return l.cells ? [{ start, cells: l.cells.map(([from, to]) => [start + from, start + to] as const) }] : [];
  });
  const headingLines = new Map<number, number>();
  kept.forEach((l, i) => {
    for (const s of l.headings ?? []) headingLines.set(s, starts[i] as number);
  });
  const { report, findings, sources } = readText(laid.map((l) => l.text).join('\n'), opts, {
    grid,
    ...(headingLines.size > 0 && { headingLines }),
  });
  const byLine: ParseFinding[][] = kept.map((l) => [...(l.findings ?? [])]);
  const unplaced: ParseFinding[] = [];
  for (const { line, ...rest } of findings) {
    const at = line === undefined ? undefined : kept[line - 1]?.at;
    if (at) (byLine[(line as number) - 1] as ParseFinding[]).push({ ...rest, source: at });
    else unplaced.push(rest);
  }
  const all = [...sourceFindings, ...unplaced, ...byLine.flat()];
  return {
    ...(report && { report }),
    findings: coalesceFindings(all, limits.findingsPerCode),
    ...(sources && { sources: inDocument(sources, kept, laid, starts) }),
  };
}

/** Cells' sources with where they stand in the document: the line each span starts on, and the cell of that line it falls in. */
function inDocument(
  sources: readonly CellSource[],
  kept: readonly SourceLine[],
  laid: readonly { text: string; cells?: readonly (readonly [number, number])[] }[],
  starts: readonly number[],
): CellSource[] {
  return sources.map((s) => {
    const line = kept[s.span.line - 1];
    if (!line) return s;
    const within = s.span.start - (starts[s.span.line - 1] ?? 0);
    const k = laid[s.span.line - 1]?.cells?.findIndex(([from, to]) => within >= from && within < to) ?? -1;
    const place = k >= 0 ? line.cellAt?.[k] : undefined;
    return { ...s, source: place?.at ?? line.at, ...(place?.box && { box: place.box }) };
  });
}
