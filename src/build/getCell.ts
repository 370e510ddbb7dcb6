import { assertReport } from '../_internal/assertEdition.js';
import { readCell } from '../_internal/buildReport.js';
import { OgiReportError } from '../model/ogiReportError.js';
import type { CellValue } from '../model/cell.js';
import type { FoundCellKey } from '../model/location.js';
import type { CellAt, CellKey, Report } from '../model/report.js';
import { layoutOf, type CellLayout } from '../template/layout.js';

/** Looks up a cell key in the report's edition, or throws `UNKNOWN_CELL`. */
export function cellLayoutOf(report: Report, key: string): CellLayout {
  assertReport('getCell', report);
  const cell = layoutOf(report.edition).cellByKey.get(key);
  if (cell === undefined) {
    throw new OgiReportError('UNKNOWN_CELL', {
      zh: `${report.edition} 年版格式没有单元格 ${JSON.stringify(key)}`,
      en: `Edition ${report.edition} has no cell ${JSON.stringify(key)}.`,
    });
  }
  return cell;
}

/**
 * Reads one cell by its key: a key you write (checked against the report's edition at compile
 * time), or a {@link FoundCellKey} from a finding, an issue or a repair about this report.
 * @param report - a report of either edition.
 * @param key - the cell key, `section.row….column`; only keys of the report's edition compile.
 * @returns the cell: a number, `null` (blank), `'NA'` (not applicable), or Money for money cells.
 * @throws {@link OgiReportError} `UNKNOWN_CELL` for a key the edition does not have (callers outside TypeScript).
 * @example
 * ```ts
 * getCell(report, 'requests.outcomes.withheld.stateSecret.naturalPerson'); // 0
 * const f = checkReport(report).findings[0];
 * if (f?.location.key) getCell(report, f.location.key); // the cell the finding is about
 * ```
 * @category Builders
 */
export function getCell<R extends Report, K extends CellKey<R>>(report: R, key: K): CellAt<R, K>;
export function getCell(report: Report, key: FoundCellKey): CellValue;
export function getCell(report: Report, key: string): unknown {
  return readCell(report, cellLayoutOf(report, key).segments);
}
