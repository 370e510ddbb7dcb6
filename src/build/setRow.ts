import { assertReport } from '../_internal/assertEdition.js';
import type { SectionKey } from '../model/location.js';
import { OgiReportError } from '../model/ogiReportError.js';
import type { CellAt, Report, RowKey } from '../model/report.js';
import { layoutOf } from '../template/layout.js';
import { setCells, type CellUpdates } from './setCell.js';

type DeepPartial<T> = T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * Sets some or all cells of one data row, returning a new report; the input is not changed.
 * @param report - a report of either edition.
 * @param row - the row key, `section.rowPath`; only rows of the report's edition compile.
 * @param cells - values by column key; columns left out keep their value.
 * @returns a new, deeply frozen report.
 * @throws {@link OgiReportError} `UNKNOWN_CELL` or `INVALID_CELL_VALUE`.
 * @example
 * ```ts
 * setRow(report, 'requests.received', { naturalPerson: 18, total: 18 });
 * ```
 * @category Builders
 */
export function setRow<R extends Report, K extends RowKey<R>>(report: R, row: K, cells: Partial<CellAt<R, K>>): R {
  assertReport('setRow', report);
  const layout = layoutOf(report.edition);
  if (!layout.rowByKey.has(row))
    throw new OgiReportError('UNKNOWN_CELL', {
      zh: `${report.edition} 年版格式没有数据行 ${JSON.stringify(row)}`,
      en: `Edition ${report.edition} has no data row ${JSON.stringify(row)}.`,
    });
  return setCells(
    report,
    Object.fromEntries(Object.entries(cells).map(([c, v]) => [`${row}.${c}`, v])) as CellUpdates<R>,
  );
}

/**
 * Sets a prose section's text, or any cells of a table section given as nested rows (a deep partial
 * of the section), returning a new report; the input is not changed.
 * @param report - a report of either edition.
 * @param section - the section key.
 * @param value - the text, or the rows and cells to set.
 * @returns a new, deeply frozen report.
 * @throws {@link OgiReportError} `UNKNOWN_CELL` for a row or column the edition lacks, `INVALID_CELL_VALUE`, or `INVALID_ARGUMENT` for a prose section given something other than a string.
 * @example
 * ```ts
 * setSection(report, 'reviewLitigation', { review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 } });
 * setSection(report, 'overview', '2024年，我局……');
 * ```
 * @category Builders
 */
export function setSection<R extends Report, S extends SectionKey>(
  report: R,
  section: S,
  value: DeepPartial<R[S & keyof R]>,
): R {
  assertReport('setSection', report);
  const layout = layoutOf(report.edition);
  if (!layout.tableSections.some((s) => s.key === section)) {
    if (!layout.template.sections.some((s) => s.key === section) || typeof value !== 'string') {
      throw new OgiReportError('INVALID_ARGUMENT', {
        zh: `部分 ${JSON.stringify(section)} 应为文字，或 ${report.edition} 年版格式没有此部分`,
        en: `Section ${JSON.stringify(section)} takes a string, or does not exist in edition ${report.edition}.`,
      });
    }
    return Object.freeze({ ...report, [section]: value });
  }
  const updates: Record<string, unknown> = {};
  const walk = (node: unknown, path: string): void => {
    const cell = layout.cellByKey.get(path);
    if (cell || typeof node !== 'object' || node === null || path.split('.').length > 6) {
      updates[path] = node;
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
  };
  walk(value, section);
  return setCells(report, updates as CellUpdates<R>);
}
