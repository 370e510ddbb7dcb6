import { assertReport } from '../_internal/assertEdition.js';
import { misuse, optionKinds } from '../_internal/options.js';
import { checkReport } from '../check/checkReport.js';
import { formatFindings } from '../check/formatFindings.js';
import type { CheckOptions, Finding, RuleId, Severity } from '../check/types.js';
import type { Report } from '../model/report.js';

/**
 * Options of {@link assertConsistent}.
 * @category Testing
 */
export interface AssertConsistentOptions extends CheckOptions {
  /** The least severity that fails the assertion (default `'warning'`). */
  readonly failOn?: Severity;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** An assertion failure any test runner reports: an `Error` named `AssertionError`, with the findings. */
function fail(message: string, findings: readonly Finding[]): never {
  throw Object.assign(new Error(message), { name: 'AssertionError', findings });
}

/**
 * Asserts that a report passes the checks: throws an `AssertionError` listing the formatted findings
 * when any has at least the given severity (default warning). Works with vitest, jest, node:test or
 * any runner that fails on a thrown error.
 * @param report - the report under test.
 * @param options - check options (`previous`, `rules`, `locale`, `children`) and `failOn`.
 * @throws an `Error` named `AssertionError` with a `findings` property.
 * @example
 * ```ts
 * assertConsistent(myExport(), { locale: 'en' });
 * ```
 * @category Testing
 */
export function assertConsistent(report: Report, options: AssertConsistentOptions = {}): void {
  assertReport('assertConsistent', report);
  if (typeof options !== 'object' || options === null)
    misuse('assertConsistent')('选项应为对象', 'options must be an object');
  if (options.failOn !== undefined && !optionKinds.severity.test(options.failOn))
    misuse('assertConsistent')(`failOn 应为${optionKinds.severity.zh}`, `failOn must be ${optionKinds.severity.en}`);
  const { failOn = 'warning', ...check } = options;
  const bad = checkReport(report, check).findings.filter((f) => rank[f.severity] <= rank[failOn]);
  if (bad.length > 0) {
    const locale = options.locale ?? 'zh';
    fail(
      `${locale === 'zh' ? '报告未通过检查' : 'The report fails the checks'} (${bad.length}):\n${formatFindings(bad, { locale })}`,
      bad,
    );
  }
}

/**
 * Asserts that the checks find `rule` broken — at the given cell, when one is named. For testing that
 * an integration catches a corrupted report.
 * @param report - the report under test.
 * @param rule - the rule that must be broken.
 * @param key - a cell key that a broken finding of that rule must have among its operands.
 * @param options - check options.
 * @throws an `Error` named `AssertionError` when no such finding exists.
 * @example
 * ```ts
 * assertBreaks(setCell(consistentReport2021, 'requests.received.total', 999), 'R3', 'requests.received.total');
 * ```
 * @category Testing
 */
export function assertBreaks(report: Report, rule: RuleId, key?: string, options: CheckOptions = {}): void {
  assertReport('assertBreaks', report);
  const findings = checkReport(report, options).findings;
  const hit = findings.some(
    (f) =>
      f.rule === rule &&
      f.status === 'broken' &&
      (key === undefined || f.operands.some((o) => o.key === key) || f.location.key === key),
  );
  if (!hit)
    fail(
      `Expected ${rule} to be broken${key ? ` at ${key}` : ''}; found:\n${formatFindings(findings, { locale: 'en' })}`,
      findings,
    );
}
