import { assertReport } from '../_internal/assertEdition.js';
import { buildReport, readCell } from '../_internal/buildReport.js';
import { validateCell } from '../_internal/validateCell.js';
import type { CellValue } from '../model/cell.js';
import { OgiReportError } from '../model/ogiReportError.js';
import type { FoundCellKey } from '../model/location.js';
import type { CellAt, CellKey, Report } from '../model/report.js';
import { cellLayoutOf } from './getCell.js';

/**
 * Updates for {@link setCells}: cell keys of the report's edition and their new values.
 * @category Builders
 */
export type CellUpdates<R extends Report> = { readonly [K in CellKey<R>]?: CellAt<R, K> };

/**
 * Sets several cells at once, returning a new report; the input is not changed.
 * @param report - a report of either edition.
 * @param updates - cell keys and values; only keys of the report's edition compile, each with its cell's type.
 * @returns a new, deeply frozen report.
 * @throws {@link OgiReportError} `UNKNOWN_CELL` for a key the edition lacks, `INVALID_CELL_VALUE` for a value the cell cannot hold (negative count, fraction, unsafe integer, bad money).
 * @example
 * ```ts
 * const next = setCells(report, {
 *   'requests.received.naturalPerson': 18,
 *   'requests.carriedOver.naturalPerson': 0,
 * });
 * ```
 * @category Builders
 */
export function setCells<R extends Report>(report: R, updates: CellUpdates<R>): R {
  assertReport('setCells', report);
  if (typeof updates !== 'object' || updates === null)
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: 'setCells：更新应为“单元格键 → 值”的对象',
      en: 'setCells: the updates must be an object of cell keys to values',
    });
  const byKey = new Map<string, CellValue>();
  for (const [key, value] of Object.entries(updates)) {
    const cell = cellLayoutOf(report, key);
    const problem = validateCell(cell, value);
    if (problem) throw new OgiReportError('INVALID_CELL_VALUE', problem.message, [problem]);
    byKey.set(key, value as CellValue);
  }
  return buildReport(report, (cell) =>
    byKey.has(cell.key) ? (byKey.get(cell.key) as CellValue) : (readCell(report, cell.segments) as CellValue),
  ) as R;
}

/**
 * Sets one cell, returning a new report; the input is not changed.
 * @param report - a report of either edition.
 * @param key - the cell key; only keys of the report's edition compile, or a {@link FoundCellKey} from a finding or repair about this report.
 * @param value - the new value, typed by the cell: count, signed change or money; `null` for blank, `'NA'` for not applicable.
 * @returns a new, deeply frozen report.
 * @throws {@link OgiReportError} `UNKNOWN_CELL` or `INVALID_CELL_VALUE`.
 * @example
 * ```ts
 * const next = setCell(report, 'requests.received.naturalPerson', 18);
 * ```
 * @category Builders
 */
// One signature, the value's type computed from the key: a wrong value is reported on the value
// (with two overloads, TypeScript reported the last one's complaint about the key).
export function setCell<R extends Report, K extends CellKey<R> | FoundCellKey>(
  report: R,
  key: K,
  value: K extends FoundCellKey ? CellValue : CellAt<R, K & CellKey<R>>,
): R;
export function setCell<R extends Report>(report: R, key: string, value: CellValue): R {
  return setCells(report, { [key]: value } as unknown as CellUpdates<R>);
}
