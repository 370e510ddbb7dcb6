import { pushAll } from '../_internal/arrays.js';
import type { FoundCellKey } from '../model/location.js';
import { assertEdition } from '../_internal/assertEdition.js';
import { buildReport, readCell } from '../_internal/buildReport.js';
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import type { Report, ReportOf } from '../model/report.js';
import { plus, type ExactSum } from '../check/exact.js';
import { describeCell } from '../template/describeCell.js';
import { layoutOf, type CellLayout } from '../template/layout.js';
import type { Edition } from '../template/types.js';
import { correspondence } from './correspondence.js';

/**
 * A cell of the source report that the converted report does not carry.
 * @category Analysis
 */
export interface NotCarried {
  /** The source cell key. */
  readonly key: FoundCellKey;
  /** The source cell in the form's own words. */
  readonly where: LocalizedText;
  /** Its value in the source report. */
  readonly value: CellValue;
  /** Why it was not carried. */
  readonly reason: LocalizedText;
}

/**
 * What {@link convertEdition} returns.
 * @category Analysis
 */
export interface ConvertResult<E extends Edition> {
  /** The report in the target edition. */
  readonly report: ReportOf<E>;
  /** Every source cell the target edition has no place for, with its value: nothing is dropped unlisted. */
  readonly notCarried: readonly NotCarried[];
  /** Target cells summed from several source cells (2021's three （六） items folded into 2019's one). */
  readonly folded: readonly string[];
}

const NO_PLACE: LocalizedText = { zh: '目标版本没有对应的单元格', en: 'the target edition has no corresponding cell' };
const TOO_LARGE: LocalizedText = {
  zh: '合并后的数值超出安全整数范围，目标单元格留空',
  en: 'the folded sum leaves the safe integer range; the target cell is left blank',
};
const NO_SPLIT: LocalizedText = {
  zh: '目标版本将此行分为多项，无法拆分',
  en: 'the target edition splits this row into several, which cannot be done',
};

/**
 * Converts a report to another edition. Cells both editions have are carried as they are; 2021's
 * three （六）其他处理 items are folded into 2019's single row (blank if any is blank); 2019's single row
 * cannot be split, and 2019's 本年增/减, 政府集中采购 and the other columns 2021 dropped have no place. Every
 * source cell not carried is listed with its value, never dropped silently. Prose, agency and year are kept.
 * @param report - a report of either edition.
 * @param edition - the target edition.
 * @returns the converted report, what was not carried, and which cells were folded.
 * @throws {@link OgiReportError} `UNKNOWN_EDITION` for a target that does not exist.
 * @example
 * ```ts
 * const converted = convertEdition(report2020, '2021'); // last year's report in this year's edition
 * converted.notCarried; // what the 2021 edition has no place for
 * ```
 * @category Analysis
 */
export function convertEdition<E extends Edition>(report: Report, edition: E): ConvertResult<E> {
  assertEdition(edition);
  const from = layoutOf(report.edition);
  const to = layoutOf(edition);
  const map = correspondence(from, to);
  const used = new Set<number>();
  const folded: string[] = [];
  const tooLarge: CellLayout[] = [];
  const value = (c: { segments: readonly string[] }) => readCell(report, c.segments) as CellValue;
  const converted = buildReport({ ...report, edition }, (cell) => {
    const sources = map[cell.index] ?? [];
    for (const s of sources) used.add(s.index);
    if (sources.length === 0) return null;
    if (sources.length === 1) return value(sources[0] as { segments: readonly string[] });
    folded.push(cell.key);
    const values = sources.map(value);
    if (values.some((v) => v === null)) return null;
    if (values.every((v) => v === 'NA')) return 'NA';
    const sum = values.reduce<ExactSum>((s, v) => plus(s, 1, typeof v === 'number' ? v : 0), 0);
    if (typeof sum === 'number') return sum;
    // A fold beyond the safe range is no count: blank, and each source cell listed as not carried.
    pushAll(tooLarge, sources);
    return null;
  });
  // A source row that the target splits into several (2019 （六） → 2021's three items) cannot be carried.
  const splitInTarget = (section: string, path: string) =>
    to.rows.some((r) => r.section.key === section && r.path.startsWith(`${path}.`));
  const notCarried = from.cells
    .filter((c) => !used.has(c.index) || tooLarge.includes(c))
    .map((c) => ({
      key: c.key,
      where: describeCell(c),
      value: value(c),
      reason: tooLarge.includes(c) ? TOO_LARGE : splitInTarget(c.section.key, c.path) ? NO_SPLIT : NO_PLACE,
    }));
  return { report: converted as ReportOf<E>, notCarried, folded };
}
