import { checkedOptions, misuse, optionKinds } from '../_internal/options.js';
import { AGENCY_NAME } from '../_internal/agencyName.js';
import { assertEdition } from '../_internal/assertEdition.js';
import { buildReport } from '../_internal/buildReport.js';
import type { Agency, ReportOf, Scope } from '../model/report.js';
import { OgiReportError } from '../model/ogiReportError.js';
import type { Edition } from '../template/types.js';
import { editionOfYear } from '../template/editionForYear.js';
import { FIRST_REPORT_YEAR } from '../template/templates.js';
import { administrativeLevels } from '../model/administrativeLevels.js';

/**
 * What {@link emptyReport} needs to know.
 * @category Builders
 */
export interface EmptyReportOptions<E extends Edition> {
  /** The edition; see `editionForYear`. */
  readonly edition: E;
  /** The calendar year reported on. */
  readonly reportYear: number;
  /** The reporting body. */
  readonly agency: Agency;
  /** `'self'` (default) or `'aggregate'`. */
  readonly scope?: Scope;
}

/**
 * A report with every cell blank and every prose section empty: the start of building one.
 * @param options - edition, report year, agency and scope.
 * @returns a deeply frozen report.
 * @throws {@link OgiReportError} `UNKNOWN_EDITION` or `INVALID_ARGUMENT` (year not an integer ≥ 2019, empty agency name).
 * @example
 * ```ts
 * const report = emptyReport({ edition: '2021', reportYear: 2024, agency: { name: '某某市某某局' } });
 * report.requests.received.total; // null: blank, not zero
 * ```
 * @category Builders
 */
export function emptyReport<E extends Edition>(options: EmptyReportOptions<E>): ReportOf<E> {
  if (options === undefined)
    misuse('emptyReport')(
      '缺少选项（edition、reportYear、agency）',
      'options are required (edition, reportYear, agency)',
    );
  checkedOptions('emptyReport', options, {
    edition: optionKinds.string,
    reportYear: optionKinds.integer,
    agency: optionKinds.object,
    scope: optionKinds.string,
  });
  const { edition, reportYear, agency, scope = 'self' } = options;
  assertEdition(edition);
  const inForce = editionOfYear(reportYear);
  if (inForce === undefined) {
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: `报告年度应为 ${FIRST_REPORT_YEAR} 至 9999 年的整数，实为 ${String(reportYear)}`,
      en: `reportYear must be an integer from ${FIRST_REPORT_YEAR} to 9999, got ${String(reportYear)}.`,
    });
  }
  // A new report is drafted in the edition in force for its year (a published one in the wrong edition is R0's to flag).
  if (inForce !== edition) {
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: `${reportYear} 年度适用 ${inForce} 年版格式，而非 ${edition} 年版`,
      en: `reportYear ${reportYear} is reported in the ${inForce} edition, not ${edition}.`,
    });
  }
  if (agency?.level !== undefined && !administrativeLevels.includes(agency.level)) {
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: `行政层级应为 ${administrativeLevels.join('、')} 之一，实为 ${String(agency.level)}`,
      en: `agency.level must be one of ${administrativeLevels.join(', ')}, got ${String(agency.level)}.`,
    });
  }
  if (typeof agency?.name !== 'string' || !AGENCY_NAME.test(agency.name)) {
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: '机关名称应为一行非空文字',
      en: 'agency.name must be one non-blank line.',
    });
  }
  if (scope !== 'self' && scope !== 'aggregate') {
    throw new OgiReportError('INVALID_ARGUMENT', {
      zh: `报告范围应为 'self' 或 'aggregate'，实为 ${String(scope)}`,
      en: `scope must be 'self' or 'aggregate', got ${String(scope)}.`,
    });
  }
  const head = { edition, reportYear, agency, scope, overview: '', problems: '', otherMatters: '' };
  return buildReport(head, () => null) as unknown as ReportOf<E>;
}
