import { assertReport } from '../_internal/assertEdition.js';
import type { FoundCellKey } from '../model/location.js';
import { readCell } from '../_internal/buildReport.js';
import { Dec, ExactDec, toYuan } from '../_internal/decimal.js';
import type { Decimal } from 'decimal.js';
import type { CellValue, Money } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Report } from '../model/report.js';
import { describeCell } from '../template/describeCell.js';
import { layoutOf, type CellLayout } from '../template/layout.js';
import { correspondence } from './correspondence.js';

/**
 * One cell compared between two reports.
 * @category Analysis
 */
export interface CellDifference {
  /** The cell key (in the later report's edition). */
  readonly key: FoundCellKey;
  /** The cell in the form's own words. */
  readonly where: LocalizedText;
  /** The value before (summed, for a cell the earlier edition splits). */
  readonly before: CellValue;
  /** The value after. */
  readonly after: CellValue;
  /** `after − before`, exactly (money in 元), when both are numbers (not applicable counts as 0). */
  readonly change?: Decimal;
  /** `change / before`, to 40 significant digits, when `before` is a non-zero number. */
  readonly relative?: Decimal;
  /** Why `change` is absent: a blank on either side. */
  readonly note?: LocalizedText;
}

/**
 * A cell of one report that has no counterpart in the other.
 * @category Analysis
 */
export interface Unmatched {
  /** Which report the cell is in. */
  readonly side: 'before' | 'after';
  /** The cell key. */
  readonly key: FoundCellKey;
  /** The cell in the form's own words. */
  readonly where: LocalizedText;
  /** Its value. */
  readonly value: CellValue;
}

/**
 * What {@link compareReports} returns.
 * @category Analysis
 */
export interface Comparison {
  /** Every corresponding cell, in the later report's printed order. */
  readonly cells: readonly CellDifference[];
  /** Cells of either report with no counterpart in the other (across a change of edition). */
  readonly unmatched: readonly Unmatched[];
}

const BLANK_NOTE: LocalizedText = { zh: '一方为空白，无法比较', en: 'blank on one side: not comparable' };

function amount(v: CellValue): Decimal | undefined {
  if (v === null) return undefined;
  if (v === 'NA') return new ExactDec(0);
  if (typeof v === 'number') return new ExactDec(v);
  return toYuan(v as Money);
}

/**
 * Compares two reports cell by cell — typically one body's reports for two years — with absolute and
 * relative change, blank-aware (a blank on either side gives no change, and says so), across the
 * 2019/2021 editions wherever cells correspond (2019's （六）其他处理 against the sum of 2021's three
 * items), listing the cells that do not correspond. Never mutates its inputs.
 * @param before - the earlier report.
 * @param after - the later report.
 * @returns the differences and the unmatched cells.
 * @example
 * ```ts
 * const { cells } = compareReports(lastYear, thisYear);
 * cells.filter((c) => c.change?.isNegative()).map((c) => c.where.zh); // what went down
 * ```
 * @category Analysis
 */
export function compareReports(before: Report, after: Report): Comparison {
  assertReport('compareReports', before, 0);
  assertReport('compareReports', after, 1);
  const from = layoutOf(before.edition);
  const to = layoutOf(after.edition);
  const map = correspondence(from, to);
  const back = correspondence(to, from);
  const read = (r: Report, c: CellLayout) => readCell(r, c.segments) as CellValue;
  const sum = (r: Report, cs: readonly CellLayout[]): CellValue => {
    if (cs.length === 1) return read(r, cs[0] as CellLayout);
    const vs = cs.map((c) => read(r, c));
    if (vs.some((v) => v === null)) return null;
    return vs.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
  };
  const cells: CellDifference[] = [];
  const unmatched: Unmatched[] = [];
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const compare = (key: FoundCellKey, where: LocalizedText, b: CellValue, a: CellValue) => {
    const x = amount(b);
    const y = amount(a);
    if (x === undefined || y === undefined)
      return void cells.push({ key, where, before: b, after: a, note: BLANK_NOTE });
    // Exact difference (ExactDec); the ratio is a quotient, to Dec's 40 digits.
    const change = new Dec(y.minus(x));
    cells.push({ key, where, before: b, after: a, change, ...(!x.isZero() && { relative: change.dividedBy(x) }) });
  };
  for (const cell of to.cells) {
    const sources = map[cell.index] ?? [];
    if (sources.length === 0) continue;
    for (const s of sources) usedBefore.add(s.index);
    usedAfter.add(cell.index);
    compare(cell.key, describeCell(cell), sum(before, sources), read(after, cell));
  }
  // A cell the later edition splits into several (2019's （六） against 2021's three items): compared with their sum.
  for (const cell of from.cells) {
    const parts = back[cell.index] ?? [];
    if (usedBefore.has(cell.index) || parts.length < 2) continue;
    usedBefore.add(cell.index);
    for (const p of parts) usedAfter.add(p.index);
    compare(cell.key, describeCell(cell), read(before, cell), sum(after, parts));
  }
  for (const c of to.cells)
    if (!usedAfter.has(c.index))
      unmatched.push({ side: 'after', key: c.key, where: describeCell(c), value: read(after, c) });
  for (const c of from.cells)
    if (!usedBefore.has(c.index))
      unmatched.push({ side: 'before', key: c.key, where: describeCell(c), value: read(before, c) });
  return { cells, unmatched };
}
