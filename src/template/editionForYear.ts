import { OgiReportError } from '../model/ogiReportError.js';
import { LAST_REPORT_YEAR, editions, templates } from './templates.js';
import type { Edition } from './types.js';

/**
 * The edition of the national template in force for a report year: `'2019'` for 2019 and 2020,
 * `'2021'` from 2021 on.
 * @param reportYear - the calendar year reported on.
 * @returns the edition key.
 * @throws {@link OgiReportError} `NO_EDITION_FOR_YEAR` for a year before 2019 or a non-integer.
 * @example
 * ```ts
 * editionForYear(2020); // '2019'
 * editionForYear(2024); // '2021'
 * ```
 * @category Template
 */
export function editionForYear(reportYear: number): Edition {
  const edition = editionOfYear(reportYear);
  if (edition !== undefined) return edition;
  throw new OgiReportError('NO_EDITION_FOR_YEAR', {
    zh: `没有适用于 ${String(reportYear)} 年度的格式版本：最早的版本自 2019 年起，年份为四位数`,
    en: `No edition of the template applies to report year ${String(reportYear)}: the first edition covers 2019 onward, years of four digits.`,
  });
}

/**
 * The edition in force for a report year, or `undefined` when none applies (a safe twin of
 * {@link editionForYear} for readers).
 * @param reportYear - the calendar year reported on.
 * @returns the edition key, or undefined.
 */
export function editionOfYear(reportYear: number): Edition | undefined {
  if (!Number.isSafeInteger(reportYear) || reportYear > LAST_REPORT_YEAR) return undefined;
  for (const e of editions) {
    const t = templates[e];
    if (reportYear >= t.firstYear && (t.lastYear === undefined || reportYear <= t.lastYear)) return e;
  }
  return undefined;
}
