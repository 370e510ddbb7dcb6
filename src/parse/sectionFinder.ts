/**
 * The findings of one stage of reading a table section. Each stage keeps its own list and returns
 * it: no stage writes into another's, and what a later stage needs of them (the blocks some finding
 * is about) is derived from the lists returned, not kept on the side.
 */
import type { LocalizedText } from '../model/localizedText.js';
import { cellLocation, describeRows } from '../template/describeCell.js';
import type { CellLayout, RowLayout } from '../template/layout.js';
import type { BlockTemplate, TableSectionTemplate } from '../template/types.js';
import type { ParseFinding, ParseFindingBase, ParseFindingCode, ParseFindingFields } from './parseFinding.js';
import type { Group, Stream } from './tokenize.js';

/** Adds a finding about some rows (none: the section as a whole), at the line of group `g`. */
export type Find = (
  code: ParseFindingCode,
  severity: ParseFinding['severity'],
  g: number | undefined,
  about: readonly RowLayout[],
  message: LocalizedText,
  extra?: FindExtra,
) => void;

/** What a finding may add to its rows: the one cell it is about, the line, the candidate readings. */
type FindExtra = Pick<ParseFindingBase, 'line'> &
  ParseFindingFields['VALUE_COUNT'] &
  ParseFindingFields['DIGITS_AMBIGUOUS'] &
  ParseFindingFields['DIGITS_SPLIT'] & {
    readonly cell?: CellLayout;
  };

/** A stage's findings, and the `find` that adds to them. */
export interface Finder {
  readonly find: Find;
  readonly findings: ParseFinding[];
}

/** A new list of findings about a section, located by the stream's groups. */
export function finder(section: TableSectionTemplate, stream: Stream, lineOf: (offset: number) => number): Finder {
  const findings: ParseFinding[] = [];
  const find: Find = (code, severity, g, about, message, extra = {}) => {
    const first = about[0];
    const { cell, ...rest } = extra;
    // The stage that decides a finding gives its code the fields that code has (see ParseFindingFields).
    findings.push({
      code,
      severity,
      ...(g !== undefined && { line: lineOf((stream.groups[g] as Group).at) }),
      location: cell
        ? cellLocation(cell)
        : { section: section.key, ...(first && { row: first.path, where: describeRows(about) }) },
      ...(about.length > 1 && { rows: about.map((r) => r.path) }),
      message,
      ...rest,
    } as ParseFinding);
  };
  return { find, findings };
}

/**
 * The blocks some finding (not an info) is about — every block of the section for a finding about
 * no row: where values could not be read, a row's label in a header is no excuse for its values.
 */
export function troubledBlocks(
  findings: readonly ParseFinding[],
  rows: readonly RowLayout[],
): ReadonlySet<BlockTemplate> {
  const byPath = new Map(rows.map((r) => [r.path, r]));
  const troubled = new Set<BlockTemplate>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const paths = f.rows ?? (f.location?.row === undefined ? [] : [f.location.row]);
    if (paths.length === 0) for (const r of rows) troubled.add(r.block);
    for (const p of paths) {
      const r = byPath.get(p);
      if (r) troubled.add(r.block);
    }
  }
  return troubled;
}
