/**
 * The back end of the HTML and PDF readers: a document laid out as lines — table rows as cells,
 * everything else as text — read by the same alignment as published text. Each table row becomes a
 * `|`-separated line, whose cells the tokenizer reads by position (an empty cell is a blank), so no
 * digit run can arise from a known cell; findings are given back the source position of their line.
 */
import { checkLimits, coalesceFindings } from './limits.js';
import { checkOptions, readText, type ParseOptions, type ParseResult } from './parseReport.js';
import type { ParseFinding, SourcePosition } from './parseFinding.js';

/** One line of a laid-out document: a table row (`cells`) or a line of text, with where it came from. */
export interface SourceLine {
  readonly cells?: readonly string[];
  readonly text?: string;
  readonly at: SourcePosition;
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
  const { report, findings } = readText(kept.map(lineText).join('\n'), opts);
  const byLine: ParseFinding[][] = kept.map((l) => [...(l.findings ?? [])]);
  const unplaced: ParseFinding[] = [];
  for (const { line, ...rest } of findings) {
    const at = line === undefined ? undefined : kept[line - 1]?.at;
    if (at) (byLine[(line as number) - 1] as ParseFinding[]).push({ ...rest, source: at });
    else unplaced.push(rest);
  }
  const all = [...sourceFindings, ...unplaced, ...byLine.flat()];
  return { ...(report && { report }), findings: coalesceFindings(all, limits.findingsPerCode) };
}
