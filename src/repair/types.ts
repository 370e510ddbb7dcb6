import type { FoundCellKey } from '../model/location.js';
import type { CellChange } from '../build/fillTotals.js';
import type { Report } from '../model/report.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Slip } from './slips.js';

/**
 * One printed cell a repair changes: its key, its name in the form, the printed value and the
 * value the relations need, and the slip the difference looks like, if any.
 * @category Repairs
 */
export interface RepairChange extends CellChange {
  /** The human slip the change looks like, when it looks like one. */
  readonly slip?: Slip;
  /**
   * `true` when blank cells share the cell's relations, so that they only bound it: `to` is the value
   * within those bounds nearest the printed one (the blanks then take their extreme, usually 0).
   */
  readonly bounded?: true;
}

/**
 * The changes of a repair within one independent part of the form — relations that share no cell
 * with the others' (table 三; each block of table 四; a cell of table 二 checked against the reports
 * aggregated). A repair of the report is one repair of each part that has a broken relation.
 * @category Repairs
 */
export interface RepairPart {
  /** The printed cells the part changes. */
  readonly changes: readonly RepairChange[];
  /** The blanks it fills. */
  readonly fills: readonly CellChange[];
  /** Fingerprints of the findings this part alone makes go away. */
  readonly resolves: readonly string[];
}

/**
 * A smallest set of printed-cell changes after which every sum relation holds.
 * @category Repairs
 */
export interface Repair {
  /** The printed cells to change, in the form's order. These are what the repair counts. */
  readonly changes: readonly RepairChange[];
  /** Blank cells whose value the changes force (`from` is `null`); filling a blank is not counted as a change. */
  readonly fills: readonly CellChange[];
  /** Fingerprints of the findings of `checkReport` (R1–R5, R10) that the repair makes go away. */
  readonly resolves: readonly string[];
  /** The same changes by independent part of the form: a finding is resolved by the part that lists it. */
  readonly parts: readonly RepairPart[];
  /** 1 for the most plausible repairs; repairs of equal rank are equally minimal and equally plausible. */
  readonly rank: number;
  /** `true` when another repair has the same rank: the relations do not tell them apart. */
  readonly tied: boolean;
  /** How many of the changes look like human slips. */
  readonly slips: number;
  /** The total size of the changes, `Σ |to − from|`. */
  readonly size: number;
  /** Why the repair ranks where it does, in both languages. */
  readonly why: LocalizedText;
}

/**
 * Options of {@link suggestRepairs}.
 * @category Repairs
 */
export interface RepairOptions {
  /** The same body's report for the year before: adds R5 (上年结转 = 上年结转下年度) to the relations repaired. */
  readonly previous?: Report;
  /** For an aggregate report, the reports it aggregates: adds R10 (each cell = the sum of theirs). */
  readonly children?: readonly Report[];
  /** The largest number of changed cells tried (1–8, default 4). */
  readonly maxChanges?: number;
  /** The most change sets examined before the search stops (1–10 000 000, default 20 000). */
  readonly budget?: number;
  /** Also return repairs with up to this many more changes than the fewest (0–2, default 0), ranked after them. */
  readonly beyond?: number;
  /** The most repairs returned (default 20); a group of tied repairs is returned whole up to this many. */
  readonly maxRepairs?: number;
}

/**
 * What {@link suggestRepairs} returns.
 * @category Repairs
 */
export interface RepairResult {
  /** The repairs, best first: fewest changes, then most slips, then smallest size. */
  readonly repairs: readonly Repair[];
  /** `true` when the search examined every change set up to the sizes returned (or `maxChanges`); `false` when it stopped at its budget. */
  readonly complete: boolean;
  /** How many change sets were examined. */
  readonly examined: number;
  /**
   * The independent parts of the report (relations sharing no cell) that no repair within the bounds
   * mends: each with its cells and the fingerprints of its broken findings. The repairs returned mend
   * every other part; these stay broken after any of them.
   */
  readonly unrepaired: readonly UnrepairedPart[];
  /** What was found, or why nothing was, in both languages. */
  readonly message: LocalizedText;
}

/**
 * A part of a report that {@link suggestRepairs} found no repair for.
 * @category Repairs
 */
export interface UnrepairedPart {
  /** The printed and blank cells of the part's relations. */
  readonly cells: readonly FoundCellKey[];
  /** Fingerprints of the part's broken findings, as `checkReport` gives them. */
  readonly findings: readonly string[];
}
