/**
 * The back end of the HTML and PDF readers: a document laid out as lines — table rows as cells,
 * everything else as text — read by the same alignment as published text. Each table row becomes a
 * `|`-separated line, whose cells the tokenizer reads by position (an empty cell is a blank), so no
 * digit run can arise from a known cell; findings are given back the source position of their line.
 */
import { checkLimits, coalesceFindings } from './limits.js';
import { checkOptions, readText, type ParseOptions, type ParseResult } from './parseReport.js';
import type { CellSource, PdfBox } from './cellSource.js';
import type { ParseFinding, SourcePosition } from './parseFinding.js';

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
}

/** Text a line can carry without changing the line structure: no breaks, no cell separators. */
const flat = (s: string) => s.replace(/[|\t\r\n\u2028\u2029]+/g, ' ').trim();

/**
 * The text of a line: a row as `|  | a | b |`, text as it is. The empty first cell is the Markdown
 * label column, so that a row whose first cell is a blank value keeps it.
 */
function lineText(line: SourceLine): string {
  return line.cells ? `|  | ${line.cells.map(flat).join(' | ')} |` : flat(line.text ?? '');
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
  const texts = kept.map(lineText);
  const { report, findings, sources } = readText(texts.join('\n'), opts);
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
    ...(sources && { sources: inDocument(sources, kept, texts) }),
  };
}

/**
 * Cells' sources with where they stand in the document: the line each span starts on, and the cell
 * of that line (the `|` before it counted; the first two bound the label column).
 */
function inDocument(
  sources: readonly CellSource[],
  kept: readonly SourceLine[],
  texts: readonly string[],
): CellSource[] {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) starts.push(at), (at += t.length + 1);
  return sources.map((s) => {
    const line = kept[s.span.line - 1];
    if (!line) return s;
    const text = texts[s.span.line - 1] ?? '';
    const upTo = s.span.start - (starts[s.span.line - 1] ?? 0);
    let pipes = 0;
    for (let i = 0; i < upTo && i < text.length; i++) if (text[i] === '|') pipes++;
    const place = line.cells ? line.cellAt?.[pipes - 2] : undefined;
    return { ...s, source: place?.at ?? line.at, ...(place?.box && { box: place.box }) };
  });
}
