/**
 * What reading a table section gives: each cell read, with where its value came from and how it was
 * decided, and the findings. Every stage returns its part of it; `readSection` puts them together.
 */
import type { CellValue } from '../model/cell.js';
import type { EditionLayout } from '../template/layout.js';
import type { CellSource, SplitDecision } from './cellSource.js';
import type { ParseFinding } from './parseFinding.js';
import type { LinearRelation } from '../check/linear.js';

/** How a cell's row was found: by its label, by the form's order, or as a group row printed as one row. */
export type RowBy = 'label' | 'order' | 'group';

/**
 * Where a cell's value came from in the section's stream, and how it was decided: a value `printed`
 * in the cell's place, one `split` from digits run together (the readings the digits allowed), or
 * `implied` — 0 for an item of a group row printed as one row.
 */
interface CellOrigin {
  /** The stream group the value was read from. */
  readonly group: number;
  /** The token of the group, for a printed value. */
  readonly token?: number;
  readonly row: RowBy;
  readonly value: CellSource['value'];
  /** For a split: what decided it, and how many equally good readings were left (agreeing on this cell). */
  readonly split?: SplitDecision;
  /** For a split: which of the run's units (digits, and placeholders) the value took, `[from, to)`. */
  readonly units?: readonly [number, number];
}

/** One cell read: its index in the edition's layout, its value, its origin. */
export interface CellRead {
  readonly index: number;
  readonly value: CellValue;
  readonly origin: CellOrigin;
}

/** A section read: its cells, and the findings in the order the stages made them. */
export interface SectionReading {
  readonly cells: readonly CellRead[];
  readonly findings: readonly ParseFinding[];
}

/** What reading a section needs from the caller. */
export interface SectionContext {
  readonly layout: EditionLayout;
  /** The relations among this year's cells (R1–R4, and R5–R7 given last year's report). */
  readonly relations: readonly LinearRelation[];
  /** The 1-based input line of a normalised-text offset. */
  readonly lineOf: (offset: number) => number;
  /** Whether the page puts spaces inside digit runs rather than between cells (see `spacesInsideRuns`). */
  readonly spacesInRuns: boolean;
  /** Whether the page prints a cell per line (see `cellPerLine`): values may then be regrouped. */
  readonly cellPerLine: boolean;
}
